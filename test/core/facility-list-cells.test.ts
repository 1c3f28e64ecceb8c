// Supplier cells of a brand's social-compliance facility list (amfori BSCI, Sedex, WRAP, Open Supply Hub exports kept in
// Excel; 2026-12zv round, matching-51): the supplier's facility, tier or processing step after a dash, audit ratings and
// dates after the name, platform numbers and tier labels before it. Names outside the labelled set.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy, type CellAnatomy } from "../../src/core/cells";
import { auditEnd, facilityPart, platformLead, tierLead } from "../../src/core/cells/facility-list";

const candidates = (a: CellAnatomy) => a.candidates.map((p) => `${p.role}:${p.text}`);
const facility = (a: CellAnatomy) => a.parts.filter((p) => p.role === "facility").map((p) => p.text);
const screener = new Screener(bundledDataset());
const screen = (name: string, country?: string) => screener.screenAll([{ name, country }])[0];
const SANYOU = "wro-2016-03-29-tangshan-sanyou";
const TIANHONGJI = "uflpa-2026-08-03-xinjiang-tianhongji-technology-co-ltd";
const ZHONGHE = "uflpa-2024-11-25-xinjiang-zhonghe-co-ltd-also-known-as-xinjiang-joinworld-co-";
const noLegalForm = () => false;

describe("the supplier's own facility after a dash", () => {
  it("sets a facility, tier or processing part aside behind a name without a legal form, the name first", () => {
    const a = readCellAnatomy("Tangshan Sanyou Group – Soda Ash Plant No. 2 (Caofeidian)");
    expect(candidates(a)[0]).toBe("name:Tangshan Sanyou Group");
    expect(facility(a)).toEqual(["Soda Ash Plant No. 2 (Caofeidian)"]);
    for (const tail of ["viscose spinning mill", "Workshop 4", "Tier 2 - staple fibre", "Unit III, Tangshan", "No. 7"]) {
      expect(candidates(readCellAnatomy(`Tangshan Sanyou Group – ${tail}`))[0]).toBe("name:Tangshan Sanyou Group");
    }
  });

  it("finds the listed firm, and the note names the part that matched", () => {
    const r = screen("Tangshan Sanyou Group – Soda Ash Plant No. 2 (Caofeidian)", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(SANYOU);
    expect(r.note).toContain('"Tangshan Sanyou Group"');
    const formed = screen("Xinjiang Tianhongji Technology Co., Ltd. (Urumqi) – Workshop 4", "CN");
    expect(formed.risk).toBe("high");
    expect(formed.match?.listing.id).toBe(TIANHONGJI);
  });

  it("reads a facility joined by a bare hyphen only straight after a legal form", () => {
    const a = readCellAnatomy("XINJIANG ZHONGHE CO.,LTD.-ELECTRODE FOIL PLANT");
    expect(candidates(a)[0]).toBe("name:XINJIANG ZHONGHE CO.,LTD.");
    expect(facility(a)).toEqual(["ELECTRODE FOIL PLANT"]);
    const r = screen("XINJIANG ZHONGHE CO.,LTD.-ELECTRODE FOIL PLANT", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(ZHONGHE);
    // A hyphen inside a name is no dash: "WOOL-TEXTILE MILL" is the name.
    expect(facilityPart("ACME WOOL-TEXTILE MILL", noLegalForm)).toBe(-1);
  });

  it("keeps a part after a dash that is a parent, a second firm or a place, not a facility", () => {
    expect(facility(readCellAnatomy("Acme Dyeing Mill – Tangshan Sanyou Group"))).toEqual([]);
    expect(facility(readCellAnatomy("Acme Trading – Ningbo Acme Knitting Mill Co., Ltd."))).toEqual([]);
    expect(facility(readCellAnatomy("Acme Trading – 宁波纺织厂有限公司"))).toEqual([]);
    expect(facility(readCellAnatomy("Acme Garments – Dhaka, Bangladesh"))).toEqual([]);
    // A dash inside a bracket is the bracket's own note.
    expect(facilityPart("Acme (Tier 2 - fabric mill)", noLegalForm)).toBe(-1);
  });

  it("leaves a clean firm with a facility part clean, and gives a look-alike nothing more than its name alone", () => {
    for (const cell of ["Vishal Fabrics Ltd – Ahmedabad processing unit", "KG Denim Ltd – Mettupalayam denim mill", "Zhonghe Textile – dyeing mill (Tier 2)"])
      expect(screen(cell, "IN").risk).toBe("none");
    for (const [name, tail] of [["Tianhong Technology", "Unit 3"], ["Sanyou Chemical", "Tier 2 spinning"], ["Zhonghe Textile", "Plant No. 1"]]) {
      const alone = screen(name, "CN");
      const sited = screen(`${name} – ${tail}`, "CN");
      expect(sited.risk).not.toBe("high");
      expect(sited.risk).toBe(alone.risk);
      expect(sited.match?.score ?? 0).toBeLessThanOrEqual(alone.match?.score ?? 0);
    }
  });
});

describe("audit ratings, dates and platform numbers", () => {
  it("sets a rating, a grade before a date and a date after the name aside", () => {
    for (const end of [" rating B 2025-03-14", " – amfori BSCI rating A, 2024-11-02", " [BSCI ID 551207] D 2022-06-30", " audit grade C", " 14.03.2025"]) {
      const a = readCellAnatomy(`Xinjiang Tianhongji Technology Co., Ltd.${end}`);
      expect(candidates(a)).toContain("name:Xinjiang Tianhongji Technology Co., Ltd.");
      expect(screen(`Xinjiang Tianhongji Technology Co., Ltd.${end}`, "CN").risk).toBe("high");
    }
    expect(auditEnd("Acme Ltd rating D 2023-09-07")?.[0].trim()).toBe("rating D 2023-09-07");
  });

  it("sets a platform number before the name aside", () => {
    expect(platformLead("amfori 301-4477 – Acme Ltd")?.[0].trim()).toBe("amfori 301-4477 –");
    expect(platformLead("Sedex ID ZC1044312 Acme Ltd")?.[0].trim()).toBe("Sedex ID ZC1044312");
    const r = screen("BSCI ID 55120 – Tangshan Sanyou Group Co., Ltd.", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(SANYOU);
  });

  it("keeps a grade word or a letter that is part of a name", () => {
    expect(auditEnd("Grade A Foods Ltd")).toBeNull();
    expect(auditEnd("Plan B")).toBeNull();
    expect(auditEnd("Vitamin C Trading")).toBeNull();
    expect(platformLead("Wrap Film Industries Ltd")).toBeNull();
    expect(screen("Vishal Fabrics Ltd rating C 2024-01-09", "IN").risk).toBe("none");
  });
});

describe("tier labels before the name", () => {
  it("sets the label and its step aside", () => {
    expect(tierLead("Tier 2 - fabric mill: Acme Ltd")?.[0]).toBe("Tier 2 - fabric mill: ");
    expect(tierLead("Tier 4 - ginning - Acme Ltd")?.[0]).toBe("Tier 4 - ginning - ");
    expect(tierLead("TIER 3: ACME LTD")?.[0]).toBe("TIER 3: ");
    expect(candidates(readCellAnatomy("Tier 3 - spinning: Xinjiang Zhonghe Co., Ltd."))).toEqual(["name:Xinjiang Zhonghe Co., Ltd."]);
  });

  it("screens each party of 'Tier 2: A / Tier 3: B'", () => {
    const a = readCellAnatomy("Tier 1: Acme Garments Ltd / Tier 2: Tangshan Sanyou Group Co., Ltd.");
    expect(candidates(a)).toEqual(["name:Acme Garments Ltd", "name:Tangshan Sanyou Group Co., Ltd."]);
    const r = screen("Tier 1: Acme Garments Ltd / Tier 2: Tangshan Sanyou Group Co., Ltd.", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(SANYOU);
  });

  it("keeps 'Tier' in a name and a tier without a colon or a dash", () => {
    expect(tierLead("Tier One Logistics Ltd")).toBeNull();
    expect(tierLead("Tier 1 Acme Ltd")).toBeNull();
    expect(tierLead("Tier 2 - Acme Ltd")?.[0]).toBe("Tier 2 - ");
    expect(screen("Tier 1 - cut & sew: Vishal Fabrics Ltd", "IN").risk).toBe("none");
  });
});

describe("a lone word before the dash", () => {
  it("is read off before a facility word, not before a tier note alone (review-names-1)", () => {
    expect(candidates(readCellAnatomy("Sanyou – Caofeidian soda ash plant"))[0]).toBe("name:Sanyou");
    expect(candidates(readCellAnatomy("Northwind – Tier 2 packaging"))).not.toContain("name:Northwind");
    expect(facility(readCellAnatomy("Northwind – Tier 2 packaging"))).toEqual([]);
  });
});

describe("review-names-6: tier labels, an em dash and facility words in other shapes (names outside the labelled set)", () => {
  it("reads Tier-2, Tier II, a bracketed step, a capitalised step before a colon and a step straight after the figure", () => {
    expect(tierLead("Tier-2: Acme Ltd")?.[0]).toBe("Tier-2: ");
    expect(tierLead("Tier II: Acme Ltd")?.[0]).toBe("Tier II: ");
    expect(tierLead("Tier 2 (fabric): Acme Ltd")?.[0]).toBe("Tier 2 (fabric): ");
    expect(tierLead("Tier 2 - Fabric Mill: Acme Ltd")?.[0]).toBe("Tier 2 - Fabric Mill: ");
    expect(tierLead("Tier 2 supplier: Acme Ltd")?.[0]).toBe("Tier 2 supplier: ");
    for (const cell of ["Tier 2 - Fabric Mill: Hoshine Silicon Industry (Shanshan) Co., Ltd", "Tier 2 supplier: Hoshine Silicon Industry (Shanshan) Co., Ltd", "Tier II: Xinjiang Zhonghe Co., Ltd."])
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
  });

  it("keeps a capitalised part before a dash, a roman letter in a name and a word after Tier in the name", () => {
    // Before a dash a capitalised part may be the name: only the label is read off.
    expect(tierLead("Tier 1 - Acme Garments - Unit 3")?.[0]).toBe("Tier 1 - ");
    expect(tierLead("Tier I Apparel Ltd")).toBeNull();
    expect(tierLead("Tier Industries: Acme Ltd")).toBeNull();
    expect(tierLead("Tier Vision Ltd: Acme")).toBeNull();
    expect(screen("Tier II: Vishal Fabrics Ltd", "IN").risk).toBe("none");
  });

  it("reads a facility after an em dash, and a warehouse, building, dye house, laundry or tannery as a facility", () => {
    const a = readCellAnatomy("Tangshan Sanyou Group — soda ash facility");
    expect(candidates(a)[0]).toBe("name:Tangshan Sanyou Group");
    expect(facility(a)).toEqual(["soda ash facility"]);
    for (const tail of ["Warehouse 3", "Building 5", "dye house", "Laundry", "tannery"])
      expect(facility(readCellAnatomy(`Tangshan Sanyou Group – ${tail}`))).toEqual([tail]);
    expect(screen("Tangshan Sanyou Group — Caofeidian warehouse", "CN").match?.listing.id).toBe(SANYOU);
    // A clean firm stays clean, and a second firm after the dash is not a facility.
    expect(screen("Pacific Textiles — Panyu dye house", "CN").risk).toBe("none");
    expect(facility(readCellAnatomy("Acme Trading — Ningbo Dye House Co., Ltd."))).toEqual([]);
  });
});
