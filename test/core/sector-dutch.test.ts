import { bundledProductReader } from "../../src/core/sector";
import { CompoundReader } from "../../src/core/sector/compound";

// The 2026-12zo Dutch and French words (docs/sector-risk.md, "Dutch compounds"), on texts outside the batch
// test/eval/products-heldout-2026-12zo.csv: Dutch compounds read by the compound stage with its Dutch table, the
// negation rule, Dutch and French names of List goods, articles made of cotton, and Dutch and French service words.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("Dutch compounds (the compound stage with src/data/sector/dutch.json)", () => {
  test.each([
    ["Cacaopoeder ongezoet 250 g", "Cocoa"],
    ["cacaobonen Forastero, jutezak 64 kg", "Cocoa"],
    ["Koffiebonen Arabica 1 kg", "Coffee"],
    ["Pandanrijst 5 kg", "Rice"],
    ["Dooizout in zakken van 25 kg", "Salt"],
    ["Rietsuikerklontjes 500 g", "Sugarcane"],
    ["Hazelnootkernen geblancheerd 1 kg", "Hazelnuts"],
    ["Vanillestokjes Tahiti 3 st.", "Vanilla"],
    ["Komijnzaad gemalen 500 g", "Cumin"],
    ["Rijstbloem bruin 1 kg", "Rice"],
    ["Kantoorstoelen zwart, 12 st.", "Furniture"],
    ["Regenbroek navy maat L", "Garments"],
    ["Beschermkleding EN ISO 11612", "Garments"],
    ["Kruidenthee in theezakjes, 20 st.", "Tea"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("a word of the table is not split, and German words are still split", () => {
    expect(goods("Basmatireis 5 kg")).toContain("Rice");
    expect(goods("melkchocolade tabletten 100 g")).not.toContain("Dairy Products");
  });

  test("one stage for several languages: a word is split by the first table that splits it", () => {
    const stage = new CompoundReader(
      { abbreviations: {}, minPart: 4, heads: ["reis"], modifiers: [], forms: [], exclusions: [] },
      { abbreviations: {}, minPart: 4, heads: ["rijst"], modifiers: ["cacao"], forms: ["poeder"], exclusions: ["prijs"] },
    );
    const isTerm = (words: readonly string[]) => ["reis", "rijst", "cacao"].includes(words.join(" "));
    expect(stage.read("Langkornreis", isTerm)).toBe("langkorn reis");
    expect(stage.read("Zilvervliesrijst", isTerm)).toBe("zilvervlies rijst");
    expect(stage.read("cacaopoeder", isTerm)).toBe("cacao");
    expect(stage.read("Inkoopprijs", isTerm)).toBe("Inkoopprijs");
    expect(stage.parts).toEqual(["reis", "rijst", "cacao"]);
  });
});

describe("negations: a good named after zonder, sans, ohne, without, 无 is absent", () => {
  test.each([
    ["Snoepgoed zonder cacao, 1 kg"],
    ["Bonbons sans cacao 200 g"],
    ["Fruchtgummi ohne Kakao"],
    ["Mints without cocoa, 50 g"],
    ["无可可糖果 500克"],
    ["Müsli zonder toegevoegde suiker"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("the good before the negation stays", () => {
    expect(goods("Cacaopoeder zonder toegevoegde suiker 500 g")).toEqual(["Cocoa"]);
    expect(goods("Koffie zonder cafeïne, bonen 1 kg")).toContain("Coffee");
  });
});

describe("Dutch and French traps", () => {
  test.each([
    ["Couverture chocolade melk 35 %, 2,5 kg", "Dairy Products"],
    ["Chocolat au lait en pistoles 5 kg", "Dairy Products"],
    ["Chocolade tabletten puur, cacaoboter 32 %", "Cocoa"],
    ["Wattenstaafjes 100 % katoen, 300 st.", "Cotton"],
    ["Distributeurs de savon muraux, 10 pcs", "Soap"],
  ])("%s is not %s", (text, good) => {
    expect(goods(text)).not.toContain(good);
  });
});

describe("articles made of cotton name the article (as English 'cotton trousers')", () => {
  test.each([
    ["Broek van katoen, grijs, maat 50", "Garments"],
    ["Werkbroeken katoen 100 %", "Garments"],
    ["Linge de cuisine en coton, 10 pcs", "Textiles"],
    ["Linge de lit en coton percale", "Textiles"],
  ])("%s → %s, not Cotton", (text, good) => {
    const read = goods(text);
    expect(read).toContain(good);
    expect(read).not.toContain("Cotton");
  });
});

describe("Dutch and French service words name a service on a good", () => {
  test.each([
    ["Keuring van cacaobonen op ochratoxine"],
    ["Inspectie zending rijst voor verscheping"],
    ["Controle partij koffie bij ontvangst"],
    ["Contrôle de conformité des jouets"],
    ["Reiniging van tapijten per m²"],
    ["Nettoyage de panneaux solaires, 40 pcs"],
    ["Vertaling productfiches speelgoed"],
    ["Herverpakken van suiker in zakjes"],
    ["Opslag van hazelnoten in koelcel"],
    ["Loonslachting varkens per kop"],
    ["Plaatsing van zonnepanelen op sporthal"],
    ["Onderhoud zonnepanelen 2025"],
    ["Entretien des panneaux solaires"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

test("a supply cue keeps the good beside a service word (levering, fourniture), as English 'Supply and installation of'", () => {
  expect(goods("Levering en plaatsing van zonnepanelen, sporthal")).toContain("Solar Modules");
  expect(goods("Fourniture et installation de panneaux solaires")).toContain("Solar Modules");
});

describe("cartons and cases are packaging for a good, not the good", () => {
  test.each([["Cartons for nitrile gloves, 500 pcs"], ["Caisses carton pour bananes, 500 pcs"], ["Shipping carton for frozen prawns"]])(
    "%s names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  test("a case of the good and a carton as its quantity keep the good", () => {
    expect(goods("caisse de bananes 18 kg")).toContain("Bananas");
    expect(goods("Bananas Cavendish, carton 18 kg")).toContain("Bananas");
    expect(goods("Nitrile gloves, carton of 1000")).toContain("Rubber Gloves");
  });
});

describe("a service word before a code is the line's service, not a supplier's catalogue reference", () => {
  test.each([["Audit SA8000 of a tilapia supplier"], ["Audit BSCI-2024 toy supplier"], ["Inspectie 2024-118 hazelnoten"]])(
    "%s names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  test("a supplier's name before a code is still set aside", () => {
    expect(goods("Bidfood 22310 Ketchup Tomato Squeezy")).toContain("Tomato Products");
  });
});
