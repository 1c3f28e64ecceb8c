// Supplier cells of the 2026-12zzb round (UK public bodies' spend and contract data; matching-58): an expense type pasted
// after the name, a name cut by a finance system's name field, "Biosci" for BioScience. Names outside the batch where the
// listings allow.
import { Screener, bundledDataset } from "../../src/core";
import { CELL_TABLES, productPart } from "../../src/core/cells/anatomy";
import { CutNames } from "../../src/core/matching/cut-names";
import { matchableVariants } from "../../src/core/matching/listed-names";

const screener = new Screener(bundledDataset());
const screen = (name: string) => screener.screen({ name, country: "", product: "" });

describe("a UK spend file's expense type after the name (expenseTypes; 2026-12zzb round)", () => {
  it("reads a whole expense type after a dash as a product part, not in brackets nor inside a name", () => {
    expect(CELL_TABLES.expenseType.test("GOODS FOR RESALE")).toBe(true);
    expect(CELL_TABLES.expenseType.test("Cleaning Materials")).toBe(true);
    expect(productPart("ACME TEA FARM - STATIONERY")).toBe("ACME TEA FARM".length);
    expect(productPart("ACME TEA FARM - IT HARDWARE")).toBe("ACME TEA FARM".length);
    expect(productPart("ACME TEA FARM (STATIONERY)")).toBe(-1);
    expect(productPart("ACME - STATIONERY WAREHOUSE")).toBe(-1);
  });
  it("finds the listed name before it", () => {
    for (const [name, id] of [
      ["Xinjiang Zhongtai Chemical Co., Ltd. - CLEANING MATERIALS", "xinjiang-zhongtai-chemical"],
      ["Hoshine Silicon Industry (Shanshan) Co., Ltd - IT HARDWARE", "hoshine"],
      ["Xinjiang Zhongtai Chemical Co., Ltd. - PROFESSIONAL FEES [SUP-40001]", "xinjiang-zhongtai-chemical"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
    expect(screen("ACME OFFICE SUPPLIES LTD - STATIONERY").risk).toBe("none");
  });
});

describe("a name cut by a finance system's name field (CutNames; 2026-12zzb round)", () => {
  const cuts = new CutNames([
    ["Alphonse Betamaxx Gammaray Trading Company Ltd", "a", "listing-a"],
    ["Alphonse Betamaxx Gammaray Textiles Co Ltd", "b", "listing-b"],
    ["Delta Epsilon Zeta Cotton Buying and Selling Co Ltd", "c", "listing-c"],
  ]);
  it("reads a start of one listing's name cut mid-word as strong", () => {
    const [read] = cuts.read(["delta", "epsilon", "zeta", "cotton", "buying", "and", "s"], false);
    expect(read.item).toBe("c");
    expect(read.cutWord).toEqual(["s", "selling"]);
    expect(read.missing).toEqual(["co", "ltd"]);
    expect(read.strong).toBe(true);
  });
  it("keeps a start several listings share, and a cut at a space, at a possible match", () => {
    const shared = cuts.read(["alphonse", "betamaxx", "gammaray", "t"], false);
    expect(shared.map((r) => r.item).sort()).toEqual(["a", "b"]);
    expect(shared.every((r) => !r.strong)).toBe(true);
    const atSpace = cuts.read(["delta", "epsilon", "zeta", "cotton", "buying"], true);
    expect(atSpace.map((r) => [r.item, r.strong])).toEqual([["c", false]]);
  });
  it("reads nothing where a name is not cut: whole words off a field length, too few words, another word", () => {
    expect(cuts.read(["delta", "epsilon", "zeta", "cotton", "buying"], false)).toEqual([]);
    expect(cuts.read(["delta", "epsilon", "zet"], true)).toEqual([]);
    expect(cuts.read(["delta", "epsilon", "zeta", "cotton", "trading"], true)).toEqual([]);
    expect(cuts.read(["delta", "epsilon", "zeta", "cotton", "buying", "and", "selling", "co", "ltd"], true)).toEqual([]);
  });
  it("finds the listed name cut at 40 characters, after a code, or mid-word anywhere", () => {
    for (const [name, id] of [
      ["V10023 Heze Cotton and Linen Trading Developmen", "heze-cotton-and-linen"],
      ["CHINA COTTON GROUP SHANDONG LOGISTI", "china-cotton-group-shandong-logistics-park"],
      ["4000123 Xinjiang Tianshan Wool Tex [SUP-1]", "xinjiang-tianshan-wool-textile"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
      expect(r.match?.evidence.some((e) => e.text.includes("name cut short"))).toBe(true);
    }
  });
  it("keeps a start that several listings share at a possible match, and a start too short at nothing", () => {
    expect(screen("Hefei Bitland Information Tec").risk).toBe("review");
    expect(screen("Xinjiang Tianshan Wo").risk).not.toBe("high");
  });
});

describe("Biosci for BioScience (abbreviations.json; 2026-12zzb round)", () => {
  it("reads the short form as the word", () => {
    const r = screen("QINGDAO VITAL NUTRACEUTICAL INGREDIENTS BIOSCI CO LTD");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toContain("qingdao-vital-nutraceutical");
    expect(screen("Acme Biosci Ltd").risk).toBe("none");
  });
});

describe("a listing's name copied with its scope words (matchableVariants; 2026-12zzb round)", () => {
  it("keeps the published name with its scope words as a variant beside the name without them", () => {
    expect(matchableVariants("Tangshan Sanyou Group and its Subsidiaries")).toEqual(
      expect.arrayContaining(["Tangshan Sanyou Group", "Tangshan Sanyou Group and its Subsidiaries"]),
    );
    expect(matchableVariants("Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries")).not.toContain(
      "Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries",
    );
  });
  it("finds the name so written as an exact match, and nothing for another group so written", () => {
    const r = screen("TANGSHAN SANYOU GROUP AND ITS SUBSIDIARIES - IT HARDWARE [SUP-1]");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toContain("tangshan-sanyou");
    expect(r.match?.score).toBe(1);
    expect(screen("FGV Holdings Berhad and its subsidiaries and joint ventures").match?.listing.id).toContain("fgv");
    expect(screen("Acme Holdings and its subordinate and affiliated entities").risk).toBe("none");
  });
});

describe("the German ERP abbreviation Masch. for machine (abbreviations.json; earlier leftover of 2026-12zz)", () => {
  it("reads Masch. with its dot as machine, and not without it", () => {
    const r = screen("XUZHOU FORGING AND PRESSING MASCH. WORKS");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toContain("xuzhou-forging");
    expect(screen("Acme Masch. Works").risk).toBe("none");
  });
});

describe("goods and a code in the middle of a cell, with more after them (found by the property test once 12zzb entered its pool)", () => {
  it("reads the name before the goods as at the end of a cell", () => {
    for (const name of [
      "1004440 JIANGGUOGUO - DRIED FRUIT [SUP-30220] - Tomatoes",
      "1004440 JIANGGUOGUO - DRIED FRUIT [SUP-30220], 1 Jalan Klang, Shah Alam",
    ]) {
      const r = new Screener(bundledDataset()).screen({ name, country: "", product: "" });
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain("jiangguoguo");
    }
  });
});
