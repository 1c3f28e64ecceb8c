import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A US importer's vendor master (NetSuite, QuickBooks, SAP) and the readings the 2026-12zs round (matching-48) met.
// Names here are NOT from held-out batch 2026-12zs: other listed firms, clean firms, or the same firms written otherwise.
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string) => screener.screen({ name, country } as ScreenInput);

describe("readings found by the property test once 12zs entered its pool", () => {
  it("reads a name before two codes, one after the other", () => {
    expect(screen("Hoshine Silicon (Acct# 5512093) (V2210)").risk).toBe("high");
    expect(screen("Ann Joo Steel (Acct# 5512093) (V2210)", "MY").risk).toBe("none");
  });
  it("sets a tier note aside before a register's note or goods after a dash", () => {
    for (const cell of [
      "Lop County Meixin Hair Products (Tier 2 - human hair) [STORES]",
      "Lop County Meixin Hair Products (Tier 2 - human hair) - GREEN TEA",
      "Hoshine Silicon (Tier 3 - metallurgical silicon) [STORES]",
    ])
      expect([cell, screen(cell).risk]).toEqual([cell, "high"]);
  });
});
