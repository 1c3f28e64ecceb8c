import fc from "fast-check";
import { bundledDataset, bundledTables } from "../../src/core";
import { NameIndex, QUICK_MISS } from "../../src/core/matching/name-index";
import { NOT_PLAIN, PlainWordReader } from "../../src/core/matching/plain-words";
import { foldText, latinTokens } from "../../src/core/normalise/text";
import { RuleBook } from "../../src/core/rules/region-product";
import { generateNames, nameSources } from "../../scripts/bench/engine";
import { loadCases } from "../eval/cases";

const tables = bundledTables();
const dataset = bundledDataset();

/** A reader whose description of a word is the word itself, counting how often it was asked. */
function wordReader() {
  const described: string[] = [];
  const reader = new PlainWordReader<string>(
    (word) => {
      described.push(word);
      return word;
    },
    (word) => (word.startsWith("x") ? 1 : 0),
    tables.bracketed,
  );
  const read = (text: string): string[] | null => {
    const count = reader.readWords(text);
    return count === NOT_PLAIN ? null : reader.describedWords(count).slice(0, count);
  };
  return { reader, read, described };
}

const PLAIN = [..."abcxyzABCXYZ0129 .,&-/()\t\n\r", "(m)", "(M)", "(s)", "(p)", "Co., Ltd.", "S.A.", "d.o.o.", ..."éŞşİıĞğÖöÜüÇçĐđŠšŽžÁÑñ"];
const NOT_PLAIN_CHARS = ["'", "`", "合", "’", "ß", "æ", "\u00a0", "\u0301", "ĳ", "Ⅻ", "ｍ"];
/** Every code unit up to the end of Latin Extended-B, and a few after it. */
const LATIN = Array.from({ length: 0x260 }, (_, c) => String.fromCharCode(c));

/**
 * Texts made of `alphabet`'s pieces are read as latinTokens(foldText(text)) reads them, or said not to be
 * plain. Returns how many of them were read.
 */
function readsLikeLatinTokens(alphabet: string[], maxLength: number, numRuns: number, seed: number): number {
  const { read } = wordReader();
  let readCount = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength }), (parts) => {
      const text = parts.join("");
      const words = read(text);
      if (words === null) return;
      readCount++;
      expect(words).toEqual(latinTokens(foldText(text), tables.bracketed));
    }),
    { numRuns, seed },
  );
  return readCount;
}

describe("PlainWordReader", () => {
  it("reads the words latinTokens finds in the folded text, or says the text is not plain", () => {
    readsLikeLatinTokens([...PLAIN, ...NOT_PLAIN_CHARS], 30, 5000, 17);
  });
  it("folds every Latin character as foldText does the whole cell", () => {
    const { read } = wordReader();
    readsLikeLatinTokens([...LATIN, ...PLAIN], 24, 20_000, 23);
    // The same with only the characters that fold to one ASCII letter or digit, so that nearly every text is read.
    const folding = LATIN.filter((c) => /^[a-z0-9]$/.test(foldText(c)));
    expect(folding.length).toBeGreaterThan(300);
    expect(readsLikeLatinTokens([...folding, ..." .,&-/\n"], 24, 20_000, 29)).toBeGreaterThan(15_000);
    expect(read("Ege Gıda Sanayi ve Ticaret A.Ş.")).toBeNull();
    expect(read("Šumadija Plastika d.o.o.")).toEqual(["sumadija", "plastika", "doo"]);
    expect(read("İPLİK SANAYİ")).toEqual(["iplik", "sanayi"]);
  });
  it("says not plain only for characters that do not fold to ASCII, apostrophes, bracketed or dotted forms and breaks inside single letters", () => {
    const { read } = wordReader();
    expect(read("Ningbo Hongda Textile Co., Ltd.")).toEqual(["ningbo", "hongda", "textile", "co", "ltd"]);
    expect(read("Industrias del Norte S.A. de C.V.")).toEqual(["industrias", "del", "norte", "sa", "de", "cv"]);
    expect(read("Johnson & Johnson No2")).toEqual(["johnson", "and", "johnson", "no", "2"]);
    expect(read("Acme (Hangzhou branch)")).toEqual(["acme", "hangzhou", "branch"]);
    expect(read("Sinar Plastics (M) Sdn Bhd")).toBeNull();
    expect(read("Baoding Trade & Bus. Co Ltd")).toBeNull(); // a dotted form ("bus." is business)
    expect(read("Yutong Bus Co. Ltd.")).toEqual(["yutong", "bus", "co", "ltd"]);
    expect(read("Int'l Trading")).toBeNull();
    expect(read("Café Sol")).toEqual(["cafe", "sol"]);
    expect(read("Straße 5")).toBeNull();
    expect(read("Acme S, A Lot 5")).toBeNull();
    expect(read("Acme S.A\nLot 5")).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."abcXYZ019 .-/&"), { maxLength: 30 }), (chars) => {
        expect(read(chars.join(""))).not.toBeNull();
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
  it("describes each word once, and ORs the flags of a text's words", () => {
    const { reader, read, described } = wordReader();
    read("Acme Xylo acme ACME");
    expect(described).toEqual(["acme", "xylo"]);
    expect(reader.flags).toBe(1);
    read("Acme Widgets");
    expect(reader.flags).toBe(0);
    expect(described).toEqual(["acme", "xylo", "widgets"]);
  });
  it("stays right when its table fills up and is emptied, and with long words", () => {
    const { read, described } = wordReader();
    const letters = (i: number) => Array.from(i.toString(26), (d) => String.fromCharCode(97 + parseInt(d, 26))).join("");
    const names = Array.from({ length: 30_000 }, (_, i) => `Supplier${letters(i)} Alpha`);
    for (const name of names) expect(read(name)).toEqual(latinTokens(foldText(name)));
    for (const name of names.slice(0, 50)) expect(read(name)).toEqual(latinTokens(foldText(name)));
    expect(described.length).toBeGreaterThan(30_000);
    const long = "Q".repeat(60) + " Holdings " + "r".repeat(255) + "s";
    expect(read(long)).toEqual(["q".repeat(60), "holdings", "r".repeat(255) + "s"]);
    expect(read(long)).toEqual(["q".repeat(60), "holdings", "r".repeat(255) + "s"]);
  });
});

describe("NameIndex.quickMiss", () => {
  const rules = new RuleBook(dataset, (word) => tables.abbreviations.get(word) ?? word);
  const index = new NameIndex(dataset.listings, tables, {}, (word) => rules.isRegionWord(word));
  const cases = loadCases();
  const names = [
    ...cases.map((c) => c.query),
    ...generateNames(20_000, nameSources(dataset, cases), 7).map((x) => String(x.name ?? "")),
    "Acme S, A Lot 5",
    "Xinjiang Acme Trading Co., Ltd.",
    "Acme Trading, Lot 5, Xinjiang",
  ];

  it("says 'no match' only for cells that match nothing, and names a region exactly when the rules see one", () => {
    let settled = 0;
    for (const name of names) {
      const text = name.trim();
      if (!text) continue;
      const quick = index.quickMiss(text);
      if (quick === QUICK_MISS.unsure) continue;
      settled++;
      const { matches, words } = index.matchCell(text);
      expect({ text, matches: matches.length }).toEqual({ text, matches: 0 });
      expect({ text, watched: quick === QUICK_MISS.noMatchWatched }).toEqual({ text, watched: rules.mentionsRegion(text, words) });
    }
    // Most cells are settled this way; a reader that never settled anything would pass the checks above.
    expect(settled).toBeGreaterThan(names.length / 2);
  });
  it("is never sure with the quick rejection turned off", () => {
    const full = new NameIndex(dataset.listings, tables, { quickReject: false });
    expect(full.quickMiss("Acme Widgets Ltd")).toBe(QUICK_MISS.unsure);
  });
});
