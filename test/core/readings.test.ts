import { Screener, bundledDataset } from "../../src/core";
import { WEIGHTS } from "../../src/core/matching/name-index";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A word read from another language, a pinyin trade word ("kuangye" as mining) as a translated word ("Bergbau" as
// mining), is a reading, not the name as written: each costs WEIGHTS.otherReading, and the match is neither exact nor
// literal (so a row in another country than the listing's drops it, as the country evidence drops every reading).
// Names of listed firms written for this test, not rows of a held-out batch.
describe("readings from another language cost the same", () => {
  const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
  const zijin = "uflpa-2025-01-15-zijin-mining-group-co-ltd";

  it("scores a pinyin trade word as a translated word: one otherReading each, not exact", () => {
    const pinyin = screener.screen({ name: "Zijin Kuangye Group Company Limited" });
    const german = screener.screen({ name: "Zijin Bergbau Group Company Limited" });
    const english = screener.screen({ name: "Zijin Mining Group Company Limited" });
    expect([pinyin.match?.listing.id, german.match?.listing.id, english.match?.listing.id]).toEqual([zijin, zijin, zijin]);
    expect(english.score).toBe(1);
    expect(pinyin.score).toBeCloseTo(1 - WEIGHTS.otherReading, 6);
    expect(german.score).toBeCloseTo(1 - WEIGHTS.otherReading, 6);
    expect([pinyin.risk, german.risk]).toEqual(["high", "high"]);
    expect(pinyin.match?.evidence.some((e) => e.kind === "exact")).toBe(false);
    expect(pinyin.match?.literal).toBe(false);
    expect(english.match?.literal).toBe(true);
  });

  it("counts each word read from another language", () => {
    const r = screener.screen({ name: "Zijin Kuangye Jituan Company Limited" });
    expect(r.match?.listing.id).toBe(zijin);
    expect(r.score).toBeCloseTo(1 - 2 * WEIGHTS.otherReading, 6);
  });

  it("drops a pinyin reading, as a translation, when the row's country differs; keeps the name as written", () => {
    expect(screener.screen({ name: "Zijin Kuangye Group Company Limited", country: "Peru" }).risk).toBe("none");
    expect(screener.screen({ name: "Zijin Bergbau Group Company Limited", country: "Peru" }).risk).toBe("none");
    expect(screener.screen({ name: "Zijin Mining Group Company Limited", country: "Peru" }).risk).toBe("high");
  });
});
