// The pinyin reader's homophone stage (src/core/transliterate/pinyin.ts, readsAsMeaning): a pinyin word is read by its
// English meaning in Chinese text only when read from the characters it stands for (pinyin-words.json "characters").
import pinyinWords from "../../src/data/transliteration/pinyin-words.json";
import pinyinChars from "../../src/data/transliteration/pinyin-chars.json";
import { Screener, bundledDataset } from "../../src/core";
import { analyseName } from "../../src/core/normalise/name-analysis";
import { bundledTables } from "../../src/core/normalise/tables";
import { PinyinReader, readsAsMeaning } from "../../src/core/transliterate/pinyin";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

const BIOCHEMICAL = "uflpa-2026-08-03-xinjiang-biochemical-pharmaceutical-co-ltd";
const ZIJIN_ZINC = "uflpa-2025-01-15-xinjiang-zijin-zinc-industry-co-ltd";

describe("readsAsMeaning", () => {
  const recorded = new Map([
    ["shenghua", ["生化"]],
    ["dianqi", ["电气", "电器"]],
  ]);
  const of = (word: string) => recorded.get(word);
  it("reads a word by its meaning from its own characters only", () => {
    expect(readsAsMeaning("shenghua", "生化", of)).toBe(true);
    expect(readsAsMeaning("shenghua", "盛华", of)).toBe(false);
    expect(readsAsMeaning("dianqi", "电器", of)).toBe(true);
    expect(readsAsMeaning("dianqi", "电汽", of)).toBe(false);
  });
  it("leaves words without recorded characters as they were (places, legal forms, brands)", () => {
    expect(readsAsMeaning("xinjiang", "新疆", of)).toBe(true);
    expect(readsAsMeaning("gongsi", "公斯", of)).toBe(true);
  });
});

describe("the reader with a small table", () => {
  const words = new Set(["xinjiang", "zhiyao", "shenghua", "shishang"]);
  const reader = new PinyinReader(
    { syllables: { xin: "新", jiang: "疆", sheng: "生盛", hua: "化华", zhi: "制", yao: "药", fu: "孚", shi: "时", shang: "尚" } },
    (w) => words.has(w),
    () => undefined,
    {},
    {},
    (w) => ({ shenghua: ["生化"], zhiyao: ["制药"], shishang: ["时尚"] })[w],
  );
  it("groups the word from its characters, and writes a homophone syllable by syllable", () => {
    expect(reader.read("新疆生化制药")).toBe("xinjiang shenghua zhiyao");
    expect(reader.read("新疆盛华制药")).toBe("xinjiang sheng hua zhiyao");
  });
  it("runs a homophone's syllables into the plain pinyin around it", () => {
    expect(reader.read("孚盛华")).toBe("fushenghua");
  });
  it("reads every word by its meaning when no characters are recorded", () => {
    const before = new PinyinReader({ syllables: { sheng: "生盛", hua: "化华" } }, (w) => words.has(w));
    expect(before.read("盛华")).toBe("shenghua");
  });
});

describe("the recorded characters (pinyin-words.json)", () => {
  const syllableOf = new Map<string, string>();
  for (const [syllable, chars] of Object.entries(pinyinChars.syllables as Record<string, string>))
    for (const ch of chars) syllableOf.set(ch, syllable);
  const characters = pinyinWords.characters as Record<string, string[]>;
  it("are given for every word with a meaning, and for no other", () => {
    expect(Object.keys(characters).sort()).toEqual(Object.keys(pinyinWords.words).sort());
  });
  it("each read as their word in the character table", () => {
    for (const [word, forms] of Object.entries(characters)) {
      expect(forms.length).toBeGreaterThan(0);
      for (const form of forms) expect([form, [...form].map((ch) => syllableOf.get(ch)).join("")]).toEqual([form, word]);
    }
  });
});

describe("homophones through the bundled reader and the screener", () => {
  const reader = bundledPinyinReader();
  const screener = new Screener(bundledDataset(), undefined, { pinyin: reader });
  const ids = (r: ReturnType<Screener["screen"]>) => [r.match, ...r.otherMatches].filter(Boolean).map((m) => m!.listing.id);

  it("reads 生化 as biochemical and its homophone 盛华 as plain pinyin", () => {
    expect(reader.read("新疆生化制药有限公司")).toBe("xinjiang shenghua zhiyao youxian gongsi");
    expect(reader.read("新疆盛华制药有限公司")).toBe("xinjiang sheng hua zhiyao youxian gongsi");
    const listed = screener.screen({ name: "新疆生化制药有限公司", country: "CN" });
    expect([listed.risk, listed.match?.listing.id]).toEqual(["high", BIOCHEMICAL]);
    const homophone = screener.screen({ name: "新疆盛华制药有限公司", country: "CN" });
    expect(ids(homophone)).not.toContain(BIOCHEMICAL);
    expect(homophone.risk).not.toBe("high");
  });

  it("reads 锌业 as zinc and its homophone 鑫业 as plain pinyin, run into the name before it", () => {
    expect(reader.read("云南驰宏锌业股份有限公司")).toBe("yunnan chihong xinye gufen youxian gongsi");
    expect(reader.read("云南驰宏鑫业股份有限公司")).toBe("yunnan chihongxinye gufen youxian gongsi");
    // The reading's run is not cut into a word the characters are not (zijin and 锌业's zinc).
    const homophone = screener.screen({ name: "新疆紫金鑫业有限公司", country: "CN" });
    expect(ids(homophone)).not.toContain(ZIJIN_ZINC);
  });

  it("does not join or cut a reading's syllables into a word the reader refused (华学 is not 化学's chemical)", () => {
    expect(reader.read("新疆中泰华学股份有限公司")).toBe("xinjiang zhongtaihuaxue gufen youxian gongsi");
    const homophone = screener.screen({ name: "新疆中泰华学股份有限公司", country: "CN" });
    expect(ids(homophone)).not.toContain("uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd");
    expect(homophone.risk).not.toBe("high");
    const listed = screener.screen({ name: "新疆中泰化学股份有限公司", country: "CN" });
    expect([listed.risk, listed.match?.listing.id]).toEqual(["high", "uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd"]);
  });

  it("reads a word that only a homophone's syllables made up as the words around it (华孚时尚: huafu, fashion)", () => {
    expect(reader.read("华孚时尚股份有限公司")).toBe("huafu shishang gufen youxian gongsi");
  });

  it("still reads Latin pinyin, whose characters are unknown, by meaning", () => {
    const words = (name: string) => analyseName(name, bundledTables()).latin?.tokens;
    expect(words("Hubei Shenghua Zhiyao")).toEqual(["hubei", "biochemical", "pharmaceuticals"]);
    expect(words("Yunnan Chihong Xinye")).toEqual(["yunnan", "chihong", "zinc"]);
    for (const [name, id] of [
      ["Xinjiang Shenghua Zhiyao Youxian Gongsi", BIOCHEMICAL],
      ["Xinjiang Zijin Xinye Youxian Gongsi", ZIJIN_ZINC],
    ]) {
      const r = screener.screen({ name, country: "CN" });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining([id])]);
    }
  });
});
