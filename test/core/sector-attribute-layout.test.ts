import layoutJson from "../../src/data/sector/attribute-layout.json";
import termsJson from "../../src/data/sector/terms.json";
import { bundledProductReader, ProductReader, type TermFile } from "../../src/core/sector";
import { AttributeLayoutReader, bundledAttributeLayoutReader, type AttributeLayoutFile } from "../../src/core/sector/attribute-layout";
import { bundledHeadNounReader } from "../../src/core/sector/head-noun";

// The attribute-layout stage alone (src/core/sector/attribute-layout.ts, src/data/sector/attribute-layout.json),
// then through the product reader.
const layout = bundledAttributeLayoutReader();

describe("attribute layout: the table", () => {
  test("limits are small positive numbers, forms and conjunctions are single words", () => {
    const file = layoutJson as AttributeLayoutFile;
    expect(file.maxHeadWords).toBeGreaterThan(0);
    expect(file.maxModifierWords).toBeGreaterThan(0);
    for (const w of [...file.forms, ...file.conjunctions]) expect(w).toMatch(/^[a-z]+$/);
    expect(new Set(file.forms).size).toBe(file.forms.length);
  });
});

describe("attribute layout: which lines are written NOUN, attribute, attribute", () => {
  test("the head is the first part; a short first attribute is read before it", () => {
    expect(layout.read("Shorts, chino, khaki, 34")).toEqual({
      text: "chino Shorts, khaki, 34",
      headStart: 1,
      headEnd: 2,
      head: "shorts",
      form: false,
      list: false,
    });
    expect(layout.read("Tumbler, glass")).toMatchObject({ text: "glass Tumbler", headStart: 1, headEnd: 2, head: "tumbler" });
  });

  test("a first attribute with a number, a boundary word or more words stays an attribute", () => {
    expect(layout.read("Football, size 4, match")).toMatchObject({ text: "Football, size 4, match", headStart: 0, headEnd: 1 });
    expect(layout.read("Cotton, not carded or combed")).toMatchObject({ text: "Cotton, not carded or combed", headStart: 0 });
    expect(layout.read("Tea, green, loose leaf, 250g")).toMatchObject({ text: "green Tea, loose leaf, 250g", headStart: 1 });
  });

  test("a head that names the form of a good, and lines that list articles, are marked", () => {
    expect(layout.read("Flakes, sea salt, 250g")).toMatchObject({ head: "flakes", form: true });
    expect(layout.read("Cardigans, jumpers and similar articles, knitted")).toMatchObject({ list: true });
  });

  test.each([
    "Cotton drawstring bag",
    "Supply of aggregates, sand and cement",
    "Catering: supply of rice, beans and pulses",
    "Apple iPad 10.9-inch, Blue",
    "Amazon Essentials Men's Slim-Fit Crewneck T-Shirt, Pack of 2",
    "真丝围巾, 桑蚕丝",
    "Gloves (nitrile), blue",
  ])("not the layout: %s", (text) => {
    expect(layout.read(text)).toBeNull();
  });

  test("a reader built from another table uses its limits and boundaries", () => {
    const strict = new AttributeLayoutReader({ maxHeadWords: 1, maxModifierWords: 1, forms: [], conjunctions: [] }, (w) => w === "for");
    expect(strict.read("Mug, coffee")).toMatchObject({ text: "coffee Mug" });
    expect(strict.read("Bar soap, olive oil")).toBeNull();
    expect(strict.read("Soap, olive oil")).toMatchObject({ text: "Soap, olive oil", headStart: 0 });
    expect(strict.read("Case for laptops, grey")).toBeNull();
  });
});

describe("attribute layout through the product reader", () => {
  const reader = bundledProductReader();
  test.each([
    // goods named only in the attributes are not the line's good
    ["Shorts, chino, olive, 34", ["Garments"]],
    ["Bench, garden, charcoal", ["Furniture"]],
    ["Pouch, cotton, zip", []],
    ["Cable, copper, 3 core", []],
    ["Diffuser, reed, vanilla", []],
    ["Hourglass, sand, 5 minute", []],
    ["Bodywash, goat milk, 250ml", []],
    // a manufactured material the List names stays the good of an article made of it; a colour does not
    ["Jar, glass, amber, 250ml", ["Glass"]],
    ["Vase, porcelain, white", ["Ceramics"]],
    // the head names the form of the good
    ["Flakes, sea salt, 250g", ["Salt"]],
    ["Bar, silver, 1oz", ["Silver"]],
    // the first attribute read before the head finds compound terms
    ["Gloves, nitrile, blue, L", ["Rubber Gloves", "Gloves"]],
    ["Beans, green, fine, 1kg", ["Beans (green beans)", "Beans", "Beans (green, soy, yellow)"]],
    // lists of articles keep their goods
    ["Cardigans, jumpers and similar articles, knitted", ["Garments"]],
  ])("%s → %j", (text, expected) => {
    expect(reader.read(text).goods.sort()).toEqual([...expected].sort());
  });

  test("a line whose goods were all attributes is unmapped, with its head given", () => {
    expect(reader.read("Pouch, cotton, zip")).toMatchObject({ status: "unmapped", head: { kind: "article", word: "pouch" } });
  });

  test("without the stage, the attributes' goods are read (as before)", () => {
    const withoutLayout = new ProductReader(termsJson as TermFile, bundledHeadNounReader());
    expect(withoutLayout.read("Shorts, chino, olive, 34").goods).toContain("Olives");
  });
});
