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

describe("places named like another country do not make a name name it (src/core/matching/country-evidence.ts)", () => {
  it("reads Georgia after a US city, before a ZIP code or before USA as the US state, an address", () => {
    for (const cell of [
      "Hoshine Silicon, Atlanta, Georgia",
      "Hoshine Silicon, 1200 Peachtree St NE, Atlanta, Georgia",
      "Hoshine Silicon, Georgia 30339",
      "Camel Group, Savannah, Georgia, USA",
    ]) {
      const r = screen(cell);
      expect([cell, r.risk, r.match?.evidence.some((e) => /names Georgia/.test(e.text))]).toEqual([cell, "high", false]);
    }
  });
  it("still reads Georgia the country elsewhere", () => {
    const r = screen("Hoshine Silicon, Tbilisi, Georgia");
    expect(r.risk).toBe("review");
    expect(r.match?.evidence[0].text).toMatch(/names Georgia, not the listing's country/);
  });
  it("reads Inner Mongolia and Nei Mongol, however written, as a region of China", () => {
    for (const cell of ["Hoshine Silicon (Inner-Mongolia)", "Hoshine Silicon, Hohhot, Inner  Mongolia", "Hoshine Silicon (Nei Mongol)"])
      expect([cell, screen(cell).risk]).toEqual([cell, "high"]);
    // Mongolia itself is still another country than China's.
    expect(screen("Hoshine Silicon Mongolia").match?.evidence[0].text).toMatch(/names Mongolia, not the listing's country/);
  });
  it("places a country cell that names Inner Mongolia or a Georgia city in China or the United States", () => {
    expect(screen("Xuanda Food Co., Ltd.", "Inner-Mongolia").risk).toBe("high");
    expect(screen("Hoshine Silicon Industry Co., Ltd.", "Atlanta, Georgia").match?.evidence.some((e) => /United States/.test(e.text))).toBe(true);
  });
});
