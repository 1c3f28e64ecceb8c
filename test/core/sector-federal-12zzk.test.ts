import prefixJson from "../../src/data/sector/line-prefix.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledLinePrefixReader, type LinePrefixFile } from "../../src/core/sector/line-prefix";

// sector-66 (tuned on 2026-12zzk): US federal procurement lines, on texts written for the test, outside every labelled
// file (test/eval/products*.csv). Each group says how the texts read on main 95be7a1, before.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;
const prefix = bundledLinePrefixReader();

describe("line prefix: a National Stock Number alone before the item (line-prefix.json bareCodes)", () => {
  test("the table's codes are anchored regular expressions", () => {
    for (const c of (prefixJson as LinePrefixFile).bareCodes ?? []) expect(c).toMatch(/^\^.*\$$/);
  });
  test("an NSN is set aside, the item is read", () => {
    expect(prefix.read("8405-01-111-2222 JACKET,MEN'S,SERVICE DRESS,GREEN")).toEqual({
      kind: "reference",
      prefix: "8405-01-111-2222",
      description: "JACKET,MEN'S,SERVICE DRESS,GREEN",
    });
    expect(prefix.read("8915-01-E15-9999 PEACHES,SLICED,CANNED")?.prefix).toBe("8915-01-E15-9999");
  });
  test("other leading numbers are no NSN", () => {
    expect(prefix.read("2000 BAGS RICE")?.kind).not.toBe("reference");
    expect(prefix.read("8405-01-111 JACKET")).toBeNull();
  });
  // On 95be7a1: service (the modifier "SERVICE DRESS" as a service word) and Locks;Brassware.
  test.each([
    ["8405-01-111-2222 JACKET,MEN'S,SERVICE DRESS,GREEN", ["Garments"]],
    ["5340-01-234-5678 PADLOCK,KEYED ALIKE,BRASS", ["Locks"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("line prefix: a federal code's group title before the item (line-prefix.json codeTitles)", () => {
  test("a PSC code and a NAICS code give the title and the item", () => {
    expect(prefix.codeTitle("8960 BEVERAGES, NONALCOHOLIC - TEA, GREEN, BAGS")).toEqual({
      code: "8960",
      title: "BEVERAGES, NONALCOHOLIC",
      item: "TEA, GREEN, BAGS",
      titleNamesItem: false,
    });
    expect(prefix.codeTitle("NAICS 316210 FOOTWEAR MANUFACTURING - LOAFERS, DRESS")?.titleNamesItem).toBe(true);
  });
  test("a title with a colon ends at the dash only", () => {
    expect(prefix.codeTitle("9530 BARS AND RODS: NONFERROUS - COPPER ROD")?.title).toBe("BARS AND RODS: NONFERROUS");
  });
  test("no code, a title in mixed case or with digits, or no dash: none", () => {
    expect(prefix.codeTitle("COFFEE, TEA - COFFEE")).toBeNull();
    expect(prefix.codeTitle("2000 bags - rice")).toBeNull();
    expect(prefix.codeTitle("2000 BAGS 50 KG - RICE")).toBeNull();
    expect(prefix.codeTitle("8955 COFFEE, TEA, AND COCOA")).toBeNull();
  });
  // On 95be7a1: Coffee;Tea;Cocoa, Meat;Poultry;Fish;Hogs, Electronics, Sugarcane, Footwear;Garments.
  test.each([
    ["8955 COFFEE, TEA, AND COCOA - TEA, BLACK, BAGS", ["Tea"]],
    ["8905 MEAT, POULTRY, AND FISH - PORK, LOIN, FROZEN", ["Hogs"]],
    ["NAICS 334111 ELECTRONIC COMPUTER MANUFACTURING - PHOTOVOLTAIC MODULES, 400W", ["Solar Modules"]],
    ["8925 SUGAR, CONFECTIONERY, AND NUTS - CHEWING GUM, MINT", []],
    ["8430 FOOTWEAR, MEN'S - LOAFERS, DRESS, BROWN", ["Footwear"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: a title alone is read as before; a service title with no goods in the item stays a service.
  test("a title alone, a service title", () => {
    expect(read("8955 COFFEE, TEA, AND COCOA")).toEqual(["Coffee", "Tea", "Cocoa"]);
    expect(reader.read("NAICS 561720 JANITORIAL SERVICES - BUILDING 12 AND ANNEX").status).toBe("service");
  });
});

describe("line prefix: an order document's name before the item (line-prefix.json documentNames)", () => {
  test("is set aside", () => {
    expect(prefix.read("DELIVERY ORDER - NITRILE GLOVES, EXAM, MEDIUM")?.description).toBe("NITRILE GLOVES, EXAM, MEDIUM");
  });
  // On 95be7a1: service ("delivery" read as a delivery service).
  test("DELIVERY ORDER - NITRILE GLOVES, EXAM, MEDIUM", () => {
    expect(read("DELIVERY ORDER - NITRILE GLOVES, EXAM, MEDIUM")).toEqual(["Rubber Gloves", "Gloves"]);
  });
  test("guards: a service after the name, the words inside a line", () => {
    expect(reader.read("TASK ORDER - SOFTWARE DEVELOPMENT SPRINT 4").status).toBe("service");
    expect(read("Delivery order tracking system")).toEqual([]);
  });
});

describe("attribute layout: the federal item-name order", () => {
  // On 95be7a1 each read as it does now; they guard the layout changes.
  test.each([
    ["6140-01-555-6666 BATTERY,RECHARGEABLE,LITHIUM-ION,12V", ["Lithium-Ion Batteries"]],
    ["Tomato puree, tinned, 400g", ["Tomato Products"]],
    ["BATTERY,NONRECHARGEABLE,LITHIUM,3V", []],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // On 95be7a1: none (the second attribute, the material, was not read with the head).
  test.each(["BATTERY,STORAGE,LITHIUM-ION,24V", "Battery, backup, lithium-ion, 12V"])(
    "the second attribute of two words makes the term: %s",
    (text) => {
      expect(read(text)).toEqual(["Lithium-Ion Batteries"]);
    },
  );
  // On 95be7a1: "canned tomato" read across the head "tomato sauce", no good.
  test("a head that is a term keeps a modifier that would run across it after it", () => {
    expect(read("Tomato sauce, canned, 6 x 3 kg")).toEqual(["Tomato Products"]);
  });
});

describe("colour names of US military shades (imitation.json colourNames)", () => {
  // On 95be7a1: Olives.
  test.each(["Parachute cord olive drab", "Rucksack frame olive drab"])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
  test("guards: olives and charcoal themselves", () => {
    expect(read("Olives, green, pitted")).toEqual(["Olives"]);
    expect(read("Charcoal briquettes 20lb")).toEqual(["Charcoal"]);
  });
});

describe("terms for federal article names and false flags (terms.json)", () => {
  // On 95be7a1: none, none, none, Garments, service, none, none.
  test.each([
    ["INSERTS,GLOVE,ARCTIC,WOOL,LARGE", ["Gloves"]],
    ["Liners, glove, fleece, black", ["Gloves"]],
    ["Undershirt, moisture wicking, tan", ["Garments"]],
    ["Slacks, men's, navy", ["Garments"]],
    ["Lockset, cylindrical, passage", ["Locks"]],
    ["Dress oxford, men's, black", ["Footwear"]],
    ["Service dress uniform, women's", ["Garments"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // On 95be7a1: Timber, Furniture, Rubber.
  test.each(["Timber cruise report, north unit", "Chair glides, nylon, 8 pack", "Rubber sheet, neoprene, 1/8 in"])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
  test("guards: bricks and mortar as goods, natural rubber sheet", () => {
    expect(read("Brick and mortar for the garden wall")).toContain("Bricks");
    expect(read("Natural rubber sheet, 3 mm")).toEqual(["Rubber"]);
  });
});

describe("hot cocoa and PV systems with modules (terms.json Cocoa unless, goodsCues)", () => {
  // On 95be7a1: Cocoa (hot chocolate drinks are no Cocoa in the labelled files), service.
  test("Hot cocoa mix, 50 envelopes", () => {
    expect(read("Hot cocoa mix, 50 envelopes")).toEqual([]);
  });
  test("DESIGN-BUILD 1 MW SOLAR PV SYSTEM INCLUDING MODULES", () => {
    expect(read("DESIGN-BUILD 1 MW SOLAR PV SYSTEM INCLUDING MODULES")).toEqual(["Solar Modules"]);
  });
  test("guards: cocoa powder; installation with modules furnished by the buyer", () => {
    expect(read("Cocoa powder, unsweetened")).toEqual(["Cocoa"]);
    expect(reader.read("Solar PV installation with government-furnished modules").status).toBe("service");
  });
});

describe("footwear care kits and physical-training shoes (terms.json Footwear unless, notServices)", () => {
  // On 95be7a1: Footwear, service.
  test("Boot care kit, polish and brush", () => {
    expect(read("Boot care kit, polish and brush")).toEqual([]);
  });
  test("SHOES,RUNNING,PHYSICAL TRAINING,SIZE 9", () => {
    expect(read("SHOES,RUNNING,PHYSICAL TRAINING,SIZE 9")).toEqual(["Footwear"]);
  });
  test("guard: boots themselves", () => {
    expect(read("Safety boots, steel toe, size 9")).toEqual(["Footwear"]);
  });
});
