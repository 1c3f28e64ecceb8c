// Supplier cells of a supplier-data enrichment export (Dun & Bradstreet / Moody's Orbis fields pasted into the name cell;
// 2026-12zx round, matching-54): identifiers, industry codes with their text, match grades and confidence codes,
// markers, name, former-name and trade-style labels, and a parent or ultimate owner after GU: / DU: / Parent:. Queries
// outside the labelled set.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { ENRICHMENT_ANY, enrichmentNameReadings } from "../../src/core/cells/enrichment";

const screener = new Screener(bundledDataset());
const screen = (name: string, country?: string) => screener.screenAll([{ name, country }])[0];
const readings = (cell: string) => enrichmentNameReadings(cell).map((r) => `${r.role}:${r.text}`);
const ZHONGTAI = "uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd";
const ZHONGHE = "uflpa-2024-11-25-xinjiang-zhonghe-co-ltd-also-known-as-xinjiang-joinworld-co-";
const HANGTON = "wro-2021-08-04-hangton-no-112";

describe("identifiers of an enrichment export", () => {
  it("sets aside a DUNS plain, dashed, in brackets or not available, and a BvD ID", () => {
    expect(readings("XINJIANG ZHONGTAI CHEMICAL CO LTD - D-U-N-S: 41-222-3333")).toEqual(["name:XINJIANG ZHONGTAI CHEMICAL CO LTD"]);
    expect(readings("Xinjiang Zhongtai Chemical Co Ltd (DUNS 412223333)")).toEqual(["name:Xinjiang Zhongtai Chemical Co Ltd"]);
    expect(readings("XINJIANG ZHONGTAI CHEMICAL CO LTD D-U-N-S: not available")).toEqual(["name:XINJIANG ZHONGTAI CHEMICAL CO LTD"]);
    expect(readings("HANGTON NO 112 (FISHING VESSEL) DUNS 412223333")).toEqual([
      "name:HANGTON NO 112 (FISHING VESSEL)",
      "name:HANGTON NO 112",
    ]);
    for (const cell of [
      "XINJIANG ZHONGTAI CHEMICAL CO LTD - D-U-N-S: 41-222-3333",
      "Xinjiang Zhongtai Chemical Co Ltd, DUNS 412223333, SIC 2812",
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(ZHONGTAI);
    }
    const vessel = screen("HANGTON NO 112 (FISHING VESSEL) DUNS 412223333", "FJ");
    expect(vessel.risk).toBe("high");
    expect(vessel.match?.listing.id).toBe(HANGTON);
  });
});

describe("industry codes, grades and markers", () => {
  it("sets aside an SIC or NAICS code with the industry text after it", () => {
    expect(readings("XINJIANG ZHONGHE CO., LTD. - SIC 3334 - Primary aluminum")).toEqual(["name:XINJIANG ZHONGHE CO., LTD."]);
    expect(readings("Xinjiang Zhonghe Co., Ltd. SIC 3334 Primary aluminum")).toEqual(["name:Xinjiang Zhonghe Co., Ltd."]);
    expect(screen("XINJIANG ZHONGHE CO LTD - SIC 3334 - Primary aluminum", "CN").match?.listing.id).toBe(ZHONGHE);
    expect(screen("XINJIANG ZHONGHE CO LTD - SIC 3334 - Primary aluminum", "CN").risk).toBe("high");
  });

  it("sets aside a match grade, a confidence code and a marker field", () => {
    expect(readings("XINJIANG ZHONGHE CO LTD [Match Grade: AAZZAAFZZAA; CC 7]")).toEqual(["name:XINJIANG ZHONGHE CO LTD"]);
    expect(readings("HANGTON NO. 112 - Single location - Tuna longliner")).toEqual(["name:HANGTON NO. 112"]);
    expect(readings("HANGTON NO. 112 (F/V) - DUNS 412223333 - Fiji (flag)")).toEqual([
      "name:HANGTON NO. 112 (F/V)",
      "name:HANGTON NO. 112",
    ]);
    const r = screen("XINJIANG ZHONGHE CO LTD [Match Grade: AAZZAAFZZAA; CC 7]", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(ZHONGHE);
    expect(screen("HANGTON NO. 112 - Single location - Tuna longliner", "FJ").match?.listing.id).toBe(HANGTON);
  });
});

describe("labels", () => {
  it("screens a name after Primary name:, a former name after Previous name:, a trade name after Trade style:", () => {
    expect(readings("Primary name: Xinjiang Zhonghe Co., Ltd. | Registered address: Urumqi, Xinjiang | SIC 3334")).toEqual([
      "name:Xinjiang Zhonghe Co., Ltd.",
    ]);
    expect(readings("Acme New Materials Co., Ltd. | Previous name: Xinjiang Zhonghe Co., Ltd.")).toEqual([
      "name:Acme New Materials Co., Ltd.",
      "name:Xinjiang Zhonghe Co., Ltd.",
    ]);
    expect(readings("ACME TRADING ENTERPRISE TRADESTYLE: XINJIANG ZHONGTAI CHEMICAL SIC 2812")).toEqual([
      "name:ACME TRADING ENTERPRISE",
      "trading_as:XINJIANG ZHONGTAI CHEMICAL",
    ]);
    expect(readings("Xinjiang Zhongtai Chemical Co Ltd (Trade style) SIC 2812 Alkalies and chlorine")).toEqual([
      "trading_as:Xinjiang Zhongtai Chemical Co Ltd",
    ]);
    for (const [cell, id] of [
      ["Primary name: Xinjiang Zhonghe Co., Ltd. | Registered address: Urumqi, Xinjiang | SIC 3334", ZHONGHE],
      ["Acme New Materials Co., Ltd. | Previous name: Xinjiang Zhonghe Co., Ltd.", ZHONGHE],
      ["Xinjiang Zhongtai Chemical Co Ltd (Trade style) SIC 2812 Alkalies and chlorine", ZHONGTAI],
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(id);
    }
  });

  it("screens a parent after GU: on its own, a match on it alone a possible match with a note", () => {
    expect(readings("Acme Aluminium Products Co., Ltd.; GU: Xinjiang Zhonghe Co., Ltd.")).toEqual([
      "name:Acme Aluminium Products Co., Ltd.",
      "ultimate:Xinjiang Zhonghe Co., Ltd.",
    ]);
    const anatomy = readCellAnatomy("Acme Aluminium Products Co., Ltd.; GU: Xinjiang Zhonghe Co., Ltd.");
    expect(anatomy.candidates.map((c) => c.text)).not.toContain("GU: Xinjiang Zhonghe Co., Ltd.");
    for (const cell of [
      "Acme Aluminium Products Co., Ltd.; GU: Xinjiang Zhonghe Co., Ltd.",
      "Acme Aluminium Products Co., Ltd. | Parent: Xinjiang Zhonghe Co., Ltd.",
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("review");
      expect(r.match?.listing.id).toBe(ZHONGHE);
      expect(r.match?.part?.role).toBe("ultimate");
    }
    // The supplier listed itself stays High beside its parent.
    const listed = screen("Xinjiang Zhongtai Chemical Co., Ltd. | GU: Xinjiang Zhonghe Co., Ltd.", "CN");
    expect(listed.risk).toBe("high");
    expect(listed.match?.listing.id).toBe(ZHONGTAI);
  });
});

describe("what is not an enrichment field", () => {
  it("leaves names with figures or label-like words alone", () => {
    expect(ENRICHMENT_ANY.test("SIC TRADING CO LTD")).toBe(false);
    expect(ENRICHMENT_ANY.test("PRIMARY STEEL LTD")).toBe(false);
    expect(ENRICHMENT_ANY.test("CC HOLDINGS LTD")).toBe(false);
    expect(enrichmentNameReadings("Parent Brothers Ltd")).toEqual([]);
  });

  it("keeps clean firms in the same shapes clean", () => {
    for (const cell of [
      "Haier Smart Home Co., Ltd. - D-U-N-S: 52-111-2222 - SIC 3632",
      "Midea Group Co., Ltd. [Match Grade: AAZZZZZZFZZ; CC 8] | Single location",
      "Foshan Acme Electric Co., Ltd. | GU: Midea Group Co., Ltd.",
      "Qingdao Acme Textile Co., Ltd. | Previous name: Qingdao Acme Knitting Co., Ltd. | NAICS 313210",
    ]) {
      expect(screen(cell, "CN").risk).toBe("none");
    }
  });
});

describe("review fixes (review-names-8; queries outside the labelled set)", () => {
  it("reads a labelled field in brackets after the name for its role", () => {
    expect(readings("Acme New Materials Co., Ltd. (Previous name: Xinjiang Zhonghe Co., Ltd.)")).toEqual([
      "name:Acme New Materials Co., Ltd.",
      "name:Xinjiang Zhonghe Co., Ltd.",
    ]);
    expect(readings("Acme New Materials Co., Ltd. (Trade style: Xinjiang Zhongtai Chemical)")).toEqual([
      "name:Acme New Materials Co., Ltd.",
      "trading_as:Xinjiang Zhongtai Chemical",
    ]);
    expect(readings("Acme New Materials Co., Ltd. (GU: Xinjiang Zhonghe Co., Ltd.)")).toEqual([
      "name:Acme New Materials Co., Ltd.",
      "ultimate:Xinjiang Zhonghe Co., Ltd.",
    ]);
    const former = screen("Acme New Materials Co., Ltd. (Previous name: Xinjiang Zhonghe Co., Ltd.)", "CN");
    expect([former.risk, former.match?.listing.id]).toEqual(["high", ZHONGHE]);
    const trade = screen("Acme New Materials Co., Ltd. (Trade style: Xinjiang Zhongtai Chemical)", "CN");
    expect([trade.risk, trade.match?.listing.id, trade.match?.part?.role]).toEqual(["high", ZHONGTAI, "trading_as"]);
    const parent = screen("Acme New Materials Co., Ltd. (GU: Xinjiang Zhonghe Co., Ltd.)", "CN");
    expect([parent.risk, parent.match?.part?.role]).toEqual(["review", "ultimate"]);
    expect(screen("Qingdao Acme Textile Co., Ltd. (Previous name: Qingdao Acme Knitting Co., Ltd.)", "CN").risk).toBe("none");
  });

  it("reads a label that opens a line of the cell", () => {
    expect(ENRICHMENT_ANY.test("Acme New Materials Co., Ltd.\nGU: Xinjiang Zhonghe Co., Ltd.")).toBe(true);
    const r = screen("Acme New Materials Co., Ltd.\nGU: Xinjiang Zhonghe Co., Ltd.", "CN");
    expect([r.risk, r.match?.listing.id, r.match?.part?.role]).toEqual(["review", ZHONGHE, "ultimate"]);
  });

  it("does not cap a listed owner that is the only name in the cell (written in the supplier's place)", () => {
    for (const cell of ["GU: Xinjiang Zhonghe Co., Ltd.", "Parent: Xinjiang Zhonghe Co., Ltd. | DUNS 412223333 | HQ"]) {
      const r = screen(cell, "CN");
      expect([cell, r.risk, r.match?.listing.id]).toEqual([cell, "high", ZHONGHE]);
      expect(r.note).toContain("no other name in the cell");
    }
    // With the supplier's own name beside it, the owner stays capped, the note saying the parent is listed.
    const r = screen("Parent: Xinjiang Zhonghe Co., Ltd. | Acme Aluminium Products Co., Ltd.", "CN");
    expect([r.risk, r.match?.part?.role]).toEqual(["review", "ultimate"]);
    expect(r.note).toContain("the parent is listed");
  });

  it("does not cap a listed owner whose listing covers its subsidiaries", () => {
    const r = screen("Acme Trading Co., Ltd. | Parent: Hoshine Silicon Industry Co., Ltd.", "CN");
    expect([r.risk, r.match?.listing.id, r.match?.part?.role]).toEqual(["high", "wro-2021-06-24-hoshine", "ultimate"]);
    expect(r.note).toContain("whose listing covers its subsidiaries");
  });
});
