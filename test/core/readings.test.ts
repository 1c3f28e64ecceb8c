import { Screener, bundledDataset } from "../../src/core";
import { WEIGHTS } from "../../src/core/matching/name-index";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A word read from another language, a pinyin trade word ("kuangye" as mining) as a translated word ("Bergbau" as
// mining), is a reading, not the name as written: each costs WEIGHTS.otherReading, and the match is not exact. It stays
// literal for the country evidence while only pinyin business words are read and every distinctive word is as written.
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
    // Literal for the country evidence: only a pinyin business word is read (see below); a translation is not.
    expect(pinyin.match?.literal).toBe(true);
    expect(german.match?.literal).toBe(false);
    expect(english.match?.literal).toBe(true);
  });

  it("counts each word read from another language", () => {
    const r = screener.screen({ name: "Zijin Kuangye Jituan Company Limited" });
    expect(r.match?.listing.id).toBe(zijin);
    expect(r.score).toBeCloseTo(1 - 2 * WEIGHTS.otherReading, 6);
  });

  it("keeps a pinyin name abroad whose distinctive words are as written, with a note; drops a translation", () => {
    // Issue 10: "a match that is not exact on every distinctive word drops to None, and an exact match keeps its risk
    // with a note saying the countries differ". A pinyin business word ("Kuangye") is the Chinese firm's own name in
    // its own language; a German one ("Bergbau") in Peru or Germany is more likely another firm's (review-names-1).
    for (const name of ["Zijin Kuangye Group Company Limited", "Zijin Mining Group Company Limited"]) {
      const r = screener.screen({ name, country: "Peru" });
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.evidence.some((e) => e.kind === "country")).toBe(true);
    }
    expect(screener.screen({ name: "Hefei Bitland Xinxi Jishu Co Ltd", country: "United States" }).risk).toBe("high");
    expect(screener.screen({ name: "Xinjiang Zhongtai Huaxue Co Ltd", country: "Vietnam" }).risk).toBe("high");
    expect(screener.screen({ name: "Zijin Bergbau Group Company Limited", country: "Peru" }).risk).toBe("none");
  });

  it("drops a match abroad in which anything else differs (a misspelt word)", () => {
    expect(screener.screen({ name: "Zijin Kuangye Groupp Company Limited" }).risk).not.toBe("none");
    expect(screener.screen({ name: "Zijin Kuangye Groupp Company Limited", country: "Peru" }).risk).toBe("none");
  });
});
