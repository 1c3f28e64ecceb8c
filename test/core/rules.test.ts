import { RuleBook, Screener, bundledDataset, type Dataset } from "../../src/core";

const dataset = bundledDataset();
const screener = new Screener(dataset);
const ruleIds = (name: string, country = "", product = "") => screener.screen({ name, country, product }).ruleHits.map((h) => h.ruleId);

describe("region and product rules", () => {
  it("applies country-wide orders to the row's country and product", () => {
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "cotton yarn")).toContain("turkmenistan-cotton");
    expect(ruleIds("Lilongwe Leaf Co", "Malawi", "tobacco leaf")).toContain("malawi-tobacco");
  });
  it("applies a country-wide order when the product is not given, but not when another product is", () => {
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan")).toContain("turkmenistan-cotton");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "polyester fleece")).toEqual([]);
  });
  it("reads the rules' goods in a product cell in German and other European languages (2026-12zz round)", () => {
    expect(ruleIds("Lilongwe Leaf Co", "Malawi", "Tabak")).toContain("malawi-tobacco");
    expect(ruleIds("Ashgabat Textiles", "TM", "Baumwolle")).toContain("turkmenistan-cotton");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "coton")).toContain("turkmenistan-cotton");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "algodón")).toContain("turkmenistan-cotton");
    expect(ruleIds("Marange Mining Co", "Zimbabwe", "Diamanten")).toContain("marange-diamonds");
    expect(ruleIds("Qingdao Foods", "China", "Tomaten")).toContain("xuar-cotton-tomatoes");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "Polyester")).toEqual([]);
  });
  it("reads the rules' goods in Polish and Czech product cells (2026-12zzf round)", () => {
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Tytoń nieprzetworzony")).toContain("malawi-tobacco");
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Liście tytoniu")).toContain("malawi-tobacco");
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Papierosy")).toContain("malawi-tobacco");
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Surový tabák")).toContain("malawi-tobacco");
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Cigarety")).toContain("malawi-tobacco");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "Przędza z bawełny")).toContain("turkmenistan-cotton");
    expect(ruleIds("Ashgabat Textiles", "Turkmenistan", "Příze z bavlny")).toContain("turkmenistan-cotton");
    expect(ruleIds("Qingdao Foods", "China", "Koncentrat pomidorowy")).toContain("xuar-cotton-tomatoes");
    expect(ruleIds("Harare Gems Ltd", "Zimbabwe", "Surowe diamanty")).toContain("marange-diamonds");
    expect(ruleIds("Bukavu Comptoir", "DRC", "Sztabki złota")).toContain("drc-artisanal-gold");
    expect(ruleIds("Limbe Leaf Trading Ltd", "Malawi", "Herbata")).toEqual([]);
  });
  it("reads a rule's country written in another language by the country reader (2026-12zz round)", () => {
    expect(ruleIds("Harare Gems Ltd", "Simbabwe", "Diamanten")).toContain("marange-diamonds");
    expect(ruleIds("Lilongwe Leaf Co", "Malawi", "Tabak")).toContain("malawi-tobacco");
    expect(ruleIds("Qingdao Tomato Foods", "VR China", "tomato paste")).toContain("xuar-cotton-tomatoes");
    expect(ruleIds("Harare Gems Ltd", "Simbabwe", "Kupfer")).toEqual([]);
  });
  it("reads Sinkiang and Xingjiang in a name as Xinjiang, and Xinxiang (Henan) as no region (2026-12zu round)", () => {
    expect(ruleIds("Sinkiang Cotton Trading Co")).toContain("uflpa-xinjiang-presumption");
    expect(ruleIds("Xingjiang Textile Co Ltd", "China")).toContain("uflpa-xinjiang-presumption");
    expect(ruleIds("Xinxiang Textile Co Ltd", "China")).toEqual([]);
  });
  it("needs both the country and a covered product for a sub-national order", () => {
    expect(ruleIds("Qingdao Tomato Foods", "China", "tomato paste")).toContain("xuar-cotton-tomatoes");
    expect(ruleIds("Qingdao Electronics", "China", "laptops")).toEqual([]);
    expect(ruleIds("Kinshasa Metals", "DR Congo", "gold bullion")).toContain("drc-artisanal-gold");
    expect(ruleIds("Kinshasa Metals", "DR Congo", "copper")).toEqual([]);
  });
  it("places a supplier in Xinjiang by a region word in its name or country cell", () => {
    expect(ruleIds("Urumqi Hongfa Trading Co")).toContain("uflpa-xinjiang-presumption");
    expect(ruleIds("Hongfa Trading Co", "Xinjiang, China")).toContain("uflpa-xinjiang-presumption");
    expect(ruleIds("新疆某某纺织有限公司")).toContain("uflpa-xinjiang-presumption");
  });
  it("places a supplier in Xinjiang by a country cell the country reader places there, and not by a name word when the cell names a region abroad", () => {
    // A prefecture or place of the country table's Xinjiang that is no rule keyword (2026-12e: "Ili", "Kizilsu").
    expect(ruleIds("Yilite Industry Co., Ltd.", "Ili")).toContain("uflpa-xinjiang-presumption");
    expect(ruleIds("Hongfa Trading Co", "Kizilsu")).toContain("uflpa-xinjiang-presumption");
    // Aksu is also a town of Kazakhstan's Pavlodar Region: the cell places the supplier there.
    expect(ruleIds("Aksu Ferroalloy Plant JSC", "Pavlodar Region", "ferroalloys")).toEqual([]);
    expect(ruleIds("Aksu Ferroalloy Plant JSC", "", "ferroalloys")).toContain("uflpa-xinjiang-presumption");
  });
  it("matches region words as whole words only", () => {
    expect(ruleIds("Hamilton Aksuvital Ltd")).toEqual([]);
  });
  it("makes a rule hit a review, never high, and explains why", () => {
    const r = screener.screen({ name: "Golden Fields Textiles", country: "Turkmenistan", product: "cotton" });
    expect(r.risk).toBe("review");
    expect(r.note).toMatch(/Turkmenistan/);
    expect(r.note).toMatch(/country "Turkmenistan"/);
  });
  it("drops a rule whose order has been lifted", () => {
    const lifted: Dataset = {
      ...dataset,
      listings: dataset.listings.map((l) =>
        l.id === "wro-2018-05-18-turkmenistan-cotton" ? { ...l, status: "inactive" as const, statusDate: "2026-01-01" } : l,
      ),
    };
    const book = new RuleBook(lifted);
    expect(
      book.evaluate({ nameText: "Ashgabat Textiles", countryText: "Turkmenistan", productText: "cotton" }).map((h) => h.ruleId),
    ).not.toContain("turkmenistan-cotton");
  });
});

describe("the quick check before the rules", () => {
  const book = new RuleBook(bundledDataset());
  it("lets a row through when its name mentions a region, or its country is one a rule names", () => {
    expect(book.mayFire(true, "")).toBe(true);
    expect(book.mayFire(false, "China")).toBe(true);
    expect(book.mayFire(false, "Aksu, Xinjiang")).toBe(true);
    expect(book.mayFire(false, "Turkmenistan")).toBe(true);
  });
  it("rules out rows with neither, whatever their product", () => {
    expect(book.mayFire(false, "")).toBe(false);
    expect(book.mayFire(false, "Germany")).toBe(false);
    expect(book.evaluate({ nameText: "Acme", countryText: "Germany", productText: "cotton", nameMentionsRegion: false })).toEqual([]);
  });
  it("agrees with the rules themselves on every country the benchmark uses", () => {
    for (const country of [
      "China",
      "CN",
      "Malaysia",
      "India",
      "Viet Nam",
      "Mexico",
      "Türkiye",
      "United States",
      "Sri Lanka",
      "Malawi",
      "DRC",
      "Zimbabwe",
    ]) {
      for (const productText of ["", "cotton T-shirts", "tomato paste", "tobacco", "gold", "diamonds"]) {
        const hits = book.evaluate({ nameText: "Acme Trading", countryText: country, productText });
        if (hits.length > 0) expect(book.mayFire(false, country)).toBe(true);
      }
    }
  });
  it("gives the same hits when told the name mentions no region as when it reads the name itself", () => {
    const names = [
      "Acme Trading",
      "Qingdao Tomato Foods",
      "Urumqi Hongfa Trading Co",
      "Hamilton Aksuvital Ltd",
      "新疆某某纺织有限公司",
      "Kashi Cotton (M) Sdn Bhd",
    ];
    for (const nameText of names) {
      for (const countryText of ["", "China", "Turkmenistan", "DR Congo", "Germany"]) {
        for (const productText of ["", "cotton T-shirts", "tomato paste", "gold", "laptops"]) {
          const told = book.evaluate({ nameText, countryText, productText, nameMentionsRegion: book.mentionsRegion(nameText) });
          expect({ nameText, countryText, productText, hits: told }).toEqual({
            nameText,
            countryText,
            productText,
            hits: book.evaluate({ nameText, countryText, productText }),
          });
        }
      }
    }
  });
  it("shares frozen hits between rows of the same country and product whose names mention no region", () => {
    const row = { countryText: "China", productText: "cotton T-shirts", nameMentionsRegion: false };
    const a = book.evaluate({ ...row, nameText: "Acme Trading" });
    const b = book.evaluate({ ...row, nameText: "Qingdao Apparel Co" });
    expect(a.map((h) => h.ruleId)).toEqual(["xuar-cotton-tomatoes"]);
    expect(b).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a[0]) && Object.isFrozen(a[0].reasons)).toBe(true);
    expect(book.evaluate({ ...row, productText: "cotton yarn", nameText: "Acme Trading" })).not.toBe(a);
    const inXinjiang = book.evaluate({ ...row, nameText: "Urumqi Hongfa Trading Co", nameMentionsRegion: true });
    expect(inXinjiang).not.toBe(a);
    expect(inXinjiang.map((h) => h.ruleId)).toContain("uflpa-xinjiang-presumption");
  });
});
