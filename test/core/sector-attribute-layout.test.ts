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
    const strict = new AttributeLayoutReader(
      { maxHeadWords: 1, maxModifierWords: 1, maxTermWords: 2, forms: [], conjunctions: [] },
      (w) => w === "for",
    );
    expect(strict.read("Mug, coffee")).toMatchObject({ text: "coffee Mug" });
    expect(strict.read("Bar soap, olive oil")).toBeNull();
    expect(strict.read("Soap, olive oil")).toMatchObject({ text: "Soap, olive oil", headStart: 0 });
    expect(strict.read("Case for laptops, grey")).toBeNull();
  });
});

describe("attribute layout: noun-first lines without a comma", () => {
  const terms = new Set(["table salt", "lithium ion battery", "coffee table", "rubber glove"]);
  const isTerm = (words: readonly string[]) => terms.has(words.join(" ")) || terms.has(words.join(" ").replace(/s$/, ""));

  test("the first word read after the next ones makes a term: the line is read with them first", () => {
    expect(layout.nounFirst("Salt Table Sachet Portion Pack", isTerm)).toEqual({
      text: "Table Salt Sachet Portion Pack",
      headStart: 0,
      headWords: 2,
    });
    expect(layout.nounFirst("Battery Lithium Ion Rechargeable 12V", isTerm)).toEqual({
      text: "Lithium Ion Battery Rechargeable 12V",
      headStart: 0,
      headWords: 3,
    });
    expect(layout.read("Gloves Rubber Household Yellow", isTerm)).toMatchObject({
      text: "Rubber Gloves Household Yellow",
      headStart: 0,
      headEnd: 2,
    });
  });

  test.each([
    "Coffee table oak", // already starts with a term
    "Table Salt 1kg",
    "Paper towels 6 rolls", // no term either way
    "Salt, table", // a comma line: the comma layout reads it
    "Salt-Table Sachet", // the words moved must be whole words of letters
    "盐 Table",
  ])("read as written: %s", (text) => {
    expect(layout.nounFirst(text, isTerm)).toBeNull();
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
    // noun-first lines without a comma, when the table knows the term read the other way round
    ["Tomatoes Chopped In Juice 400g", ["Tomato Products"]],
    ["Battery Lithium Ion Rechargeable For Scanner", ["Lithium-Ion Batteries"]],
    // lists of articles keep their goods
    ["Cardigans, jumpers and similar articles, knitted", ["Garments"]],
    // two short attributes read before the head when, so read, they make a term
    ["Oil, palm, refined, 20L", ["Refined Palm Oil"]],
    ["Oil, palm, crude", ["Crude Palm Oil"]],
    // noun-first lines read with a compound the table knows as a look-alike ("unless"), or a term
    ["Horn Shoe Long Handle Plastic", []],
    ["Covers Shoe Disposable Blue", []],
    ["Cabinet Shoe Three Tier Beech", ["Furniture"]],
    ["Blanket Fleece Red 150x200cm", ["Textiles"]],
    // noun-first lines that start with an accessory followed by a good: the accessory is the head
    ["Holder Glove Box Triple Wall Mounted", []],
    ["Pad Incontinence Cotton Feel Large", []],
    ["Cover Duvet Cotton White Double", ["Textiles"]],
    ["Tube socks, white", ["Garments"]],
    // a spaced dash ends the head as a comma does: after an article of the head-noun table or a good, the part after
    // it is attributes; after any other head (a category) it may list what the category holds, so goods are kept
    ["Jewellery - gold", []],
    ["Pallets - timber, 1200x1000", []],
    ["Patient menu - chicken casserole", []],
    ["Furniture fittings - hinges", []],
    ["Hand towels - paper", []],
    ["Hand towels - cotton, white", ["Textiles"]],
    ["Dry goods - rice, flour", ["Rice"]],
  ])("%s → %j", (text, expected) => {
    expect(reader.read(text).goods.sort()).toEqual([...expected].sort());
  });

  test("a spaced dash ends the head; a hyphen inside a word does not", () => {
    expect(layout.read("Jewellery - gold")).toMatchObject({ text: "gold Jewellery", head: "jewellery", dash: true });
    expect(layout.read("Jewellery, gold")).not.toHaveProperty("dash");
    expect(layout.read("Hi-viz vests")).toBeNull();
  });

  test("a line whose goods were all attributes is unmapped, with its head given", () => {
    expect(reader.read("Pouch, cotton, zip")).toMatchObject({ status: "unmapped", head: { kind: "article", word: "pouch" } });
  });

  test("without the stage, the attributes' goods are read (as before)", () => {
    const withoutLayout = new ProductReader(termsJson as TermFile, bundledHeadNounReader());
    expect(withoutLayout.read("Shorts, chino, olive, 34").goods).toContain("Olives");
  });
});

describe("attribute layout: a plural good after an accessory word (2026-12r)", () => {
  const reader = bundledProductReader();
  test("the plural good is the line's noun; the accessory word says who it is for", () => {
    expect(reader.read("Cleaner jackets hi-vis yellow").goods).toEqual(["Garments"]);
    // A singular good after the accessory word: the accessory is the head, as before.
    expect(reader.read("Holder Glove Box Triple Wall Mounted").goods).toEqual([]);
  });
});
