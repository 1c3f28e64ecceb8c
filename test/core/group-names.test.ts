import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A group's word where the listed name's only trade word is missing (generic-words.json groupWords; matching-48): the
// supplier names the group, the parent the missing trade word already allows for. Names here are in no labelled file.
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string) => screener.screen({ name, country } as ScreenInput);
const HUAFU = "uflpa-2025-01-15-huafu-fashion-co-ltd-and-25-subsidiaries-22-in-xuar-3-in-nin";

describe("a group named after a listed firm whose trade word it lacks", () => {
  it("is a possible match, in Chinese and in English, with a place or without", () => {
    for (const name of [
      "上海华孚（集团）有限公司",
      "上海华孚集团有限公司",
      "深圳华孚控股有限公司",
      "Shanghai Huafu Group Co., Ltd.",
      "Ningbo Huafu Holdings Co., Ltd.",
    ]) {
      const r = screen(name);
      expect([name, r.risk, r.match?.listing.id]).toEqual([name, "review", HUAFU]);
      expect(r.match?.evidence.some((e) => /only trade word, "fashion"/.test(e.text))).toBe(true);
    }
  });
  it("as the same name without the group word is", () => {
    expect(screen("上海华孚有限公司").risk).toBe("review");
    expect(screen("华孚集团有限公司").risk).toBe("review");
  });
  it("is not read beside a listed name a letter away, nor with a word of another trade", () => {
    expect(screen("Kingdom Holdings Ltd.").risk).toBe("none");
    expect(screen("Huafu Hotel Group Co., Ltd.").risk).toBe("none");
  });
});

// A subsidiary named after a listing's own acronym (matching-48): one listed word is enough when it is the acronym of three
// capitals or more of a listing that covers its subsidiaries, and only business words the listing does not use follow it.
describe("a subsidiary named after the listing's acronym", () => {
  const FGV = "wro-2020-09-30-fgv";
  it("reads the acronym and business words as a covered subsidiary", () => {
    for (const name of ["FGV Trading Sdn Bhd", "FGV Refinery Sdn. Bhd.", "FGV Agri Services Sdn Bhd"]) {
      const r = screen(name, "Malaysia");
      expect([name, r.risk, r.match?.listing.id]).toEqual([name, "lifted", FGV]);
      expect(r.match?.evidence.some((e) => /covers its subsidiaries/.test(e.text))).toBe(true);
    }
  });
  it("not with a place or a word of the firm's own, and not for a listed word that is no acronym", () => {
    expect(screen("FGV Projetos").risk).toBe("none");
    expect(screen("FGV Kuantan Trading Sdn Bhd").risk).toBe("none");
    // Supermax is a word, not an acronym: a single listed word beside another trade often names another firm
    // ("Supermax Personal Care", "Super Max Hardware" in the labelled set), so a US unit is not read by name alone.
    expect(screen("Supermax Healthcare Inc").risk).toBe("none");
    expect(screen("Supermax Hardware Sdn Bhd").risk).toBe("none");
  });
  it("leaves a name of the acronym and the listing's own words as strong as before", () => {
    expect(screen("XPCC Cotton Co Ltd").match?.score).toBe(0.98);
  });
});
