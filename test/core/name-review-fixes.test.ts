// Defects a review of the 2026-12zl round's name changes found (branch review-names-1), each on the review's own names,
// none a row of a held-out batch.
import { Screener, bundledDataset, type ScreenResult } from "../../src/core";
import { readCellAnatomy, type CellAnatomy } from "../../src/core/cells";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string): ScreenResult => screener.screen({ name, country });
const found = (name: string, country?: string) => {
  const r = screen(name, country);
  return [name, r.match?.listing.id ?? null, r.risk];
};
const candidates = (a: CellAnatomy) => a.candidates.map((p) => `${p.role}:${p.text}`);

describe("a French phrase whose first word is also a word of its own (métaux non ferreux)", () => {
  it("is traced by the required-word filter as the matcher reads it, not spelt out first", () => {
    expect(found("Xinjiang Zijin Métaux non ferreux Co Ltd")).toEqual([
      "Xinjiang Zijin Métaux non ferreux Co Ltd",
      "uflpa-2025-01-15-xinjiang-zijin-nonferrous-metal-co-ltd",
      "high",
    ]);
    expect(found("Baiyin Métaux non ferreux")).toEqual([
      "Baiyin Métaux non ferreux",
      "uflpa-2026-08-03-baiyin-nonferrous-group-co-ltd",
      "high",
    ]);
  });
});

describe("a word read as another of its trade or translated is a reading, not an exact match", () => {
  it("does not call Works, Plant or Factory for one another an exact match", () => {
    const r = screen("Da Wei Chemical Plant");
    expect(r.match?.listing.id).toBe("hist-unknown-date-da-wei-chemical");
    expect(r.match?.literal).toBe(false);
    expect(r.score).toBeLessThan(1);
    expect(r.note).not.toMatch(/exact/);
  });
  it("lets the country rule drop a swapped or translated word, as any match not exact", () => {
    for (const [name, country] of [
      ["Da Wei Chemical Works", "Germany"],
      ["Wuyi Machinery Works", "India"],
      ["Ashele Kupfer GmbH", "Germany"],
      ["Valley Teppiche GmbH", "Germany"],
    ])
      expect(found(name, country)).toEqual([name, null, "none"]);
  });
  it("keeps an exact match in another country, and a listing's own spelling before a swapped one", () => {
    const r = screen("Da Wei Chemical Factory", "Germany");
    expect([r.match?.listing.id, r.risk, r.match?.literal]).toEqual(["hist-unknown-date-da-wei-chemical", "high", true]);
    // The listing names "Hangzhou Wulin Machinery Plant" before its alias "… Works": the alias, as written, is matched.
    const works = screen("Hangzhou Wulin Machinery Works GmbH", "Germany");
    expect([works.match?.matched.name, works.risk, works.match?.literal]).toEqual(["Hangzhou Wulin Machinery Works", "high", true]);
  });
});

describe("a tier note after a lone word", () => {
  it("is not read off, so the one word is not screened as a name", () => {
    expect(candidates(readCellAnatomy("Northwind - Tier 2 packaging"))).not.toContain("name:Northwind");
    expect(candidates(readCellAnatomy("Northwind Tier 1"))).not.toContain("name:Northwind");
    expect(candidates(readCellAnatomy("Northwind Mill - Tier 2 packaging"))).toContain("name:Northwind Mill");
    for (const name of ["Sigma - Tier 2 packaging", "Top - Tier 1 supplier", "Top Tier 1"])
      expect(found(name)).toEqual([name, null, "none"]);
  });
});
