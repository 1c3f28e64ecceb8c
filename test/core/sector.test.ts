import termsJson from "../../src/data/sector/terms.json";
import {
  bundledProductReader,
  bundledSectorBook,
  bundledSectorList,
  combineLabels,
  ProductReader,
  SectorBook,
  type TermFile,
} from "../../src/core/sector";
import type { SectorHit } from "../../src/core/sector";

const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;
const book = bundledSectorBook();
const label = (country: string, product: string) => book.assess(country, product).label;

describe("product text → List goods", () => {
  test.each([
    ["Nitrile examination gloves", ["Rubber Gloves", "Gloves"]],
    ["Disposable gloves", ["Rubber Gloves", "Gloves"]],
    ["Work gloves", ["Gloves"]],
    ["PV modules", ["Solar Modules"]],
    ["Solar panels 550W mono", ["Solar Modules"]],
    ["光伏组件", ["Solar Modules"]],
    ["Polysilicon", ["Polysilicon"]],
    ["Tomato paste", ["Tomato Products"]],
    ["Tomatoes", ["Tomatoes"]],
    ["Workwear", ["Garments"]],
    ["Uniforms", ["Garments"]],
    ["Cotton shirts", ["Garments"]],
    ["Raw cotton", ["Cotton"]],
    ["Cotton yarn", ["Thread/Yarn"]],
    ["Laptops", ["Electronics"]],
    ["Laptops and printers", ["Electronics"]],
    ["笔记本电脑", ["Electronics"]],
    ["Lithium-ion batteries", ["Lithium-Ion Batteries"]],
    ["锂电池", ["Lithium-Ion Batteries"]],
    ["Cobalt hydroxide", ["Cobalt ore (heterogenite)"]],
    ["Leather safety boots", ["Footwear"]],
    // Jewellery is an article made from gold, which the List does not name (the head-noun stage; docs/sector-risk.md).
    ["Gold jewellery", []],
    ["Gold bullion", ["Gold"]],
    ["Toys", ["Toys"]],
    ["Palm oil", ["Crude Palm Oil", "Refined Palm Oil"]],
    ["服装", ["Garments"]],
    ["Berries", []],
    ["Strawberries", ["Strawberries"]],
  ])("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });

  test("an unmapped product gives no goods, never a guess", () => {
    for (const text of ["Fasteners", "Bicycles", "Adhesives", "Silicon metal", "Batteries", "Widgets", "x"]) {
      expect(reader.read(text)).toEqual({ status: "unmapped", goods: [], terms: [] });
    }
  });

  test("services and blanks map to nothing, apart from unmapped goods", () => {
    expect(reader.read("Carpet cleaning services").status).toBe("service");
    expect(reader.read("IT services").status).toBe("service");
    expect(reader.read("Laptop repair").status).toBe("service");
    expect(reader.read("").status).toBe("blank");
    expect(reader.read("   ").status).toBe("blank");
    expect(reader.read(null).status).toBe("blank");
  });

  test("'unless' phrases stop an entry", () => {
    expect(goods("Nail polish")).toEqual([]);
    expect(goods("Steel nails")).toEqual(["Nails"]);
    expect(goods("Gold-plated connectors")).toEqual([]);
    expect(goods("Coffee machines")).toEqual([]);
    expect(goods("Printer toner cartridges")).toEqual([]);
  });

  test("an 'unless' phrase after a purpose word that follows the term says what the good is for and does not stop it", () => {
    expect(goods("Milk chocolate buttons")).toEqual([]);
    expect(goods("Fresh milk for chocolate drinks")).toEqual(["Dairy Products"]);
    expect(goods("Chocolate drinks with fresh milk")).toEqual([]);
  });

  test("articles and care products named after a good are not that good; the good itself still is", () => {
    expect(goods("Cement mixer 140L")).toEqual([]);
    expect(goods("Portland cement 25kg")).toEqual(["Cement"]);
    expect(goods("Glass cleaner spray")).toEqual([]);
    expect(goods("Float glass 6mm")).toEqual(["Glass"]);
    expect(goods("Salt and pepper grinder set")).toEqual([]);
    expect(goods("Dark chocolate 70% cocoa")).toEqual([]);
    expect(goods("Natural cocoa powder")).toEqual(["Cocoa"]);
    expect(goods("Milk, not containing added sugar")).toEqual(["Dairy Products"]);
    expect(goods("Canned sardines in olive oil")).toEqual(["Fish"]);
    expect(goods("Table olives in brine")).toEqual(["Olives"]);
  });

  test("whole words only: no good inside a longer word", () => {
    expect(goods("Teamwork software")).toEqual([]);
    expect(goods("Riceland")).toEqual([]);
    expect(goods("Pricing")).toEqual([]);
  });

  test("every good of the term table is a good of the List", () => {
    const listed = new Set(bundledSectorList().entries.map((e) => e.good));
    expect([...reader.goods].filter((g) => !listed.has(g))).toEqual([]);
  });

  test("bad term tables are refused", () => {
    expect(() => new ProductReader({ services: [], entries: [{ goods: [], terms: ["x"] }] })).toThrow(/no goods/);
    expect(() => new ProductReader({ services: [], entries: [{ goods: ["Toys"], terms: ["!!"] }] })).toThrow(/no words/);
  });

  test("mentionsTerm: a cheap test for a term of the table as written, before read()", () => {
    for (const t of ["Green tea leaves", "hilo de algodón", "Kaffee", "Nitrile gloves", "多晶硅"])
      expect([t, reader.mentionsTerm(t)]).toEqual([t, true]);
    for (const t of ["Hangzhou branch", "Consulting", "North Shore Plant", "物流"]) expect([t, reader.mentionsTerm(t)]).toEqual([t, false]);
    // A term is no good by itself: read() decides ("tea towel" is an "unless" phrase of Tea).
    expect(reader.mentionsTerm("Tea towels")).toBe(true);
    expect(reader.read("Tea towels").goods).not.toContain("Tea");
  });

  test("the bundled table loads", () => {
    expect(new ProductReader(termsJson as TermFile).goods.size).toBe(reader.goods.size);
  });
});

describe("goods × country → label", () => {
  test.each([
    ["Malaysia", "Nitrile examination gloves", "Forced labour"],
    ["MY", "Rubber gloves", "Forced labour"],
    ["China", "Nitrile gloves", "Forced labour"],
    ["China", "PV modules", "Input risk"],
    ["China", "Polysilicon", "Forced labour"],
    ["China", "Tomato paste", "Forced labour"],
    ["Mexico", "Tomatoes", "Forced and child labour"],
    ["China (Xinjiang)", "Workwear", "Forced labour"],
    ["PRC", "Laptops", "Forced and child labour"],
    ["Pakistan", "Laptops", "Child labour"],
    ["Turkmenistan", "Raw cotton", "Forced and child labour"],
    ["DRC", "Cobalt hydroxide", "Child labour"],
    ["Indonesia", "Palm oil", "Input risk"],
    ["United Kingdom", "Uniforms", ""],
    ["Malaysia", "Tomato paste", ""],
    ["China", "Fasteners", ""],
    ["", "Laptops", ""],
    ["China", "", ""],
    ["Congo", "Cobalt", ""],
  ])("%s / %s → %j", (country, product, expected) => {
    expect(label(country, product)).toBe(expected);
  });

  test("several goods or countries combine their kinds of labour", () => {
    const hit = (l: SectorHit["label"]): SectorHit => ({ good: "g", countryCode: "CN", country: "China", label: l, input: null });
    expect(combineLabels([])).toBe("");
    expect(combineLabels([hit("Input risk")])).toBe("Input risk");
    expect(combineLabels([hit("Input risk"), hit("Child labour")])).toBe("Child labour");
    expect(combineLabels([hit("Forced labour"), hit("Child labour")])).toBe("Forced and child labour");
    expect(combineLabels([hit("Forced labour"), hit("Forced labour")])).toBe("Forced labour");
    expect(label("China / Pakistan", "Electronics")).toBe("Forced and child labour");
    expect(book.assess("China / Pakistan", "Electronics").hits.map((h) => h.countryCode)).toEqual(["CN", "PK"]);
  });
});

describe("the note sentence", () => {
  test("names the good, the country, the kind of labour and the edition, and says it is not a finding", () => {
    const s = book.assess("Malaysia", "Nitrile examination gloves").sentence;
    expect(s).toBe(
      "Sector risk: Rubber Gloves from Malaysia (forced labour) is on the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor (2022 edition); this is a sector indication, not a finding about this supplier.",
    );
  });

  test("input risk names the input and its labour", () => {
    expect(book.assess("China", "Solar modules").sentence).toContain(
      "Solar Modules from China (made with Polysilicon from China, listed for forced labour) is on",
    );
    expect(book.assess("China", "锂电池").sentence).toContain(
      "made with Cobalt ore (heterogenite) from Democratic Republic of the Congo, listed for child labour",
    );
  });

  test("no hit, no sentence", () => {
    expect(book.assess("UK", "Uniforms").sentence).toBe("");
  });

  test("a smaller List gives its own edition", () => {
    const list = { ...bundledSectorList(), edition: 2024, entries: bundledSectorList().entries.filter((e) => e.good === "Toys") };
    const small = new SectorBook(list);
    expect(small.assess("China", "Toys").sentence).toContain("(2024 edition)");
    expect(small.assess("China", "Laptops").label).toBe("");
  });
});
