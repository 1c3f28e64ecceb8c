import abbreviationsJson from "../../data/normalisation/abbreviations.json";
import cjkLegalFormsJson from "../../data/normalisation/cjk-legal-forms.json";
import genericWordsJson from "../../data/normalisation/generic-words.json";
import legalFormsJson from "../../data/normalisation/legal-forms.json";
import regionalVariantsJson from "../../data/normalisation/regional-variants.json";
import pinyinWordsJson from "../../data/transliteration/pinyin-words.json";
import placeVariantsJson from "../../data/normalisation/place-variants.json";
import traditionalSimplifiedJson from "../../data/normalisation/traditional-simplified.json";
import japaneseShinjitaiJson from "../../data/normalisation/japanese-shinjitai.json";
import { wordFormVariants, type WordFormRule } from "./word-forms";
import {
  addPhrase,
  BUNDLED_TRANSLATION_FILES,
  compileTranslations,
  type TranslatedPhrase,
  type TranslationFile,
} from "../translate/business-words";
import { foldText, latinTokens } from "./text";

/** The normalisation tables in src/data/normalisation, compiled once into lookups. */
export interface NormalisationTables {
  /** Whole-token rewrites: mfg → manufacturing. */
  abbreviations: Map<string, string>;
  /**
   * Abbreviations written for two words, as written → the other readings ("elec" is read as "electronics" and may also
   * be "electric"): spellOutWords keeps the first, the matcher tries the others for a listed word the first does not
   * find; and words written for another of the same trade ("machinery" for "machine"; "works", "plant" and "factory"
   * for one another, 厂), which the matcher tries as written.
   */
  otherReadings: Map<string, string[]>;
  /**
   * Pinyin words that stand for several English words, spelt out in Latin names as those words
   * ("mianma" → cotton and linen, "gangtie" → iron and steel): pinyin-words.json entries whose English has a space.
   */
  writtenOut: Map<string, string[]>;
  /**
   * Pinyin compounds written as two words ("shengwu keji" for "shengwukeji", 生物科技 → biotechnology; 2026-12zf round):
   * first word → second word → the compound, for compounds of pinyin-words.json made of two of its words.
   */
  pinyinPairs: Map<string, Map<string, string>>;
  /**
   * Phrases of two or three words read as other words, by first word, longest first: another language's read as English
   * words in English order ("mine d'or" → gold mine; the translation stage, src/core/translate, whose single words are
   * in abbreviations and writtenOut), and a place written in two words read as its one-word spelling ("hong kong" →
   * hongkong; place-variants.json).
   */
  phrases: Map<string, TranslatedPhrase[]>;
  /**
   * Words and phrases (folded, words joined by a space) read as English from another language: the translation stage's
   * ("kupfer", "metaux non ferreux") and the pinyin words ("huaxue", "kuangye"; matching-44). Each costs the matcher
   * WEIGHTS.otherReading, and a name matched through one is not matched exactly; nor literally, but for a pinyin word
   * read as a business word of the listed name (see pinyinWords).
   */
  translated: Set<string>;
  /**
   * The pinyin words of `translated` ("huaxue", "kuangye"). A Chinese firm's name written in pinyin is the listed firm's
   * own name in its own language: a pinyin business word keeps the match literal for the country evidence ("Huafu
   * Shishang" in Vietnam is Huafu Fashion, as "Huafu Fashion" is), while a translated word does not ("Valley Teppiche
   * GmbH" in Germany is a German carpet firm, not the listed Valley Carpets).
   */
  pinyinWords: Set<string>;
  /** Rewrites written with brackets, applied before punctuation is dropped: (m) → malaysia. */
  bracketed: Array<readonly [string, string]>;
  /** Legal forms as normalised token sequences ("company limited") → display form. */
  legalForms: Map<string, string>;
  legalFormMaxTokens: number;
  /** The last and first words of every legal form, to rule most names out at once. */
  legalFormLastWords: Set<string>;
  legalFormFirstWords: Set<string>;
  /** Single tokens that are legal forms on their own; they weigh nothing wherever they stand. */
  legalTokens: Set<string>;
  genericWords: Set<string>;
  /**
   * Generic words that describe a company without naming a trade ("group", "technology", "international"): beside a
   * listed name's only distinctive word they do not suggest another firm (generic-words.json, descriptors).
   */
  descriptorWords: Set<string>;
  /**
   * Descriptors that name a group or its holding company ("group", "holdings"): added where the listed name's only trade
   * word is missing, they name the group, the parent that reading allows for, not another trade (generic-words.json, groupWords).
   */
  groupWords: Set<string>;
  /**
   * Descriptors that say what a firm of a group does ("international", "trade", "technology"): with the listed name's trade
   * words, a group's name that drops all of them names the group or a sister firm, not the listed one (generic-words.json,
   * activityDescriptors; matching-57).
   */
  activityDescriptors: Set<string>;
  /** Words that only join others ("and", "of", "the"): an extra one says nothing about the firm (generic-words.json, joining). */
  joiningWords: Set<string>;
  /**
   * Words of a branch, plant or office ("branch", "plant", "works"), as written: a listed company's branch is that
   * company, so the matcher expects them beside every listed name (generic-words.json, branchWords).
   */
  branchWords: readonly string[];
  /**
   * Words around a vessel's name ("fishing", "vessel", "fv"), as written: expected beside a vessel listing's name, and
   * never a listed name's only trade word (generic-words.json, vesselWords).
   */
  vesselWords: readonly string[];
  places: Set<string>;
  cjkSuffixes: string[];
  cjkPrefixes: string[];
  cjkDescriptors: string[];
  /** The group word a registered name may put in brackets before its legal form (集团 of "(集团)有限公司"), simplified
   * as the affixes are (cjk-legal-forms.json, groupWords). */
  cjkGroupWords: string[];
  /** A branch's endings (分公司, 分厂, 办事处 …), simplified, as written: a name ending in one after a legal form is the
   * company, then its branch (cjk-legal-forms.json, branchEndings). */
  cjkBranchEndings: readonly string[];
  traditionalToSimplified: Map<string, string>;
  /**
   * The characters traditionalToSimplified changes, as one character class (global, by code point): most
   * names hold none of them and are left as they are without a look-up per character.
   */
  traditionalChars: RegExp;
  /**
   * Taiwan word forms and their mainland equivalents, simplified, by first character, longest first
   * ("資訊" → "信息"): from OpenCC's TWPhrasesRev (regional-variants.json).
   */
  regionalPhrases: Map<string, Array<readonly [string, string]>>;
  /** The first characters (UTF-16 code units) of regionalPhrases, as one character class: where a phrase may start. */
  regionalPhraseStarts: RegExp;
  /**
   * The written forms of each canonical word, as the abbreviation table lists them ("pharmaceuticals": "pharmaceutical",
   * "pharma", …): a misspelt business word is compared with these as well as with the canonical ("Pharmaceutcal").
   */
  spellings: Map<string, string[]>;
  /** legalTokens, places and genericWords in one lookup, the first of them winning. */
  tokenClasses: Map<string, "legal" | "place" | "generic">;
}

interface PinyinWordsFile {
  legalForms: string[];
  words: Record<string, string>;
  /** The characters each word stands for, read by the pinyin reader (src/core/transliterate), not here. */
  characters?: Record<string, string[]>;
}
interface RegionalFile {
  chars: Record<string, string>;
  phrases: Record<string, string>;
}
interface AbbreviationFile {
  entries: { canonical: string; variants: string[] }[];
  /** Single tokens read as several words ("ie", from "I/E", is "import and export"). */
  phrases?: { canonical: string; variants: string[] }[];
  /** Ordinal words from "first": each is read as its figure with st, nd, rd or th ("eighth" → "8th"). */
  ordinals?: string[];
  /** Abbreviations written for two words: also read as these canonicals ("elec": electronics, and also electric). */
  otherReadings?: { canonical: string; variants: string[] }[];
  /** Generic words that differ only in these endings are one word (word-forms.ts). */
  wordForms?: WordFormRule;
}
interface LegalFormFile {
  forms: { canonical: string; variants: string[] }[];
  /** Words that occur inside legal forms but also in ordinary names ("one", "member", "hk"); they keep their weight. */
  ordinaryWords?: string[];
}
interface CjkFile {
  suffixes: string[];
  prefixes: string[];
  descriptors?: string[];
  groupWords?: string[];
  branchEndings?: string[];
}
interface GenericFile {
  words: string[];
  places: string[];
  descriptors?: string[];
  joining?: string[];
  groupWords?: string[];
  activityDescriptors?: string[];
  branchWords?: string[];
  vesselWords?: string[];
}
interface TraditionalFile {
  map: Record<string, string>;
}
interface ShinjitaiFile {
  /** Japanese shinjitai kanji → simplified Chinese (団 → 团, 鉱 → 矿). */
  chars: Record<string, string>;
}

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
function ordinalFigure(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function compileAbbreviations(file: AbbreviationFile) {
  const abbreviations = new Map<string, string>();
  const bracketed: Array<readonly [string, string]> = [];
  for (const { canonical, variants } of file.entries) {
    const target = foldText(canonical).trim();
    for (const variant of [canonical, ...variants]) {
      const folded = foldText(variant).trim();
      // "(m)" only in brackets, "bus." only with its dot: the bare words are initials or other words ("Bus Depot"). "b/p"
      // (the Spanish buque pesquero before a vessel's name) only with its slash: "BP" is a firm's name.
      if (/^\(.*\)$/.test(folded) || /^[a-z]{2,}\.$/.test(folded) || /^[a-z]\/[a-z]$/.test(folded)) {
        bracketed.push([folded, target]);
        continue;
      }
      const tokens = latinTokens(folded);
      // Single letters would rewrite initials inside real names; only bracketed forms may be that short.
      if (tokens.length !== 1 || (tokens[0].length < 2 && tokens[0] !== "&")) continue;
      if (!abbreviations.has(tokens[0])) abbreviations.set(tokens[0], target);
    }
    if (target === "and") abbreviations.set("and", "and");
  }
  return { abbreviations, bracketed };
}

export function compileTables(files: {
  abbreviations: AbbreviationFile;
  legalForms: LegalFormFile;
  cjk: CjkFile;
  generic: GenericFile;
  traditional: TraditionalFile;
  /** OpenCC's Taiwan and Hong Kong variant characters and Taiwan word forms (optional: tests may leave it out). */
  regional?: RegionalFile;
  /** Japanese shinjitai kanji read as simplified Chinese (japanese-shinjitai.json; optional: tests may leave it out). */
  shinjitai?: ShinjitaiFile;
  /** Pinyin business words (read as their English words) and pinyin legal forms (src/data/transliteration/). */
  pinyinWords?: PinyinWordsFile;
  /** Other spellings of one place ("kumul" → "hami"), rewritten like abbreviations (place-variants.json). */
  placeVariants?: AbbreviationFile;
  /** Business words of German, French, … read as English (src/data/translation; optional: tests may leave it out). */
  translations?: readonly TranslationFile[];
}): NormalisationTables {
  const { abbreviations, bracketed } = compileAbbreviations(files.abbreviations);
  // "Eighth" is read as "8th", as written in figures (spellOutWords joins the "8" and "th" that latinTokens parts).
  (files.abbreviations.ordinals ?? []).forEach((word, i) => abbreviations.set(word, ordinalFigure(i + 1)));
  const phrases = new Map<string, TranslatedPhrase[]>();
  for (const { canonical, variants } of files.placeVariants?.entries ?? []) {
    for (const variant of variants) {
      // "Hong Kong" written in two words is the place word "hongkong".
      const tokens = latinTokens(foldText(variant));
      if (tokens.length > 1) addPhrase(phrases, tokens, [canonical]);
      else if (!abbreviations.has(variant)) abbreviations.set(variant, canonical);
    }
  }
  // "huaxue" is read as "chemical", and as whatever "chemical" itself is read as.
  const writtenOut = new Map<string, string[]>();
  for (const { canonical, variants } of files.abbreviations.phrases ?? []) {
    const words = latinTokens(foldText(canonical)).map((t) => abbreviations.get(t) ?? t);
    for (const variant of variants) writtenOut.set(foldText(variant).trim(), words);
  }
  for (const [word, english] of Object.entries(files.pinyinWords?.words ?? {})) {
    const target = foldText(english);
    if (target.includes(" ")) {
      // Chinese text: written out by the pinyin reader (src/core/transliterate); Latin names: by spellOutWords.
      writtenOut.set(
        word,
        target.split(" ").map((t) => abbreviations.get(t) ?? t),
      );
      continue;
    }
    if (!abbreviations.has(word)) abbreviations.set(word, abbreviations.get(target) ?? target);
  }
  // "bergbau" is read as "mining", as an abbreviation is; "nichteisenmetalle" written out as "nonferrous metals".
  const translated = compileTranslations(files.translations ?? []);
  // A pinyin word read as English ("huaxue" as chemical) is a reading from another language, as a translated word is.
  const pinyinWords = new Set<string>(Object.keys(files.pinyinWords?.words ?? {}).map((w) => foldText(w).trim()));
  const translatedWords = new Set<string>(pinyinWords);
  for (const [word, english] of translated.words) {
    const read = english.map((t) => abbreviations.get(t) ?? t);
    if (read.length > 1) {
      if (!writtenOut.has(word)) {
        writtenOut.set(word, read);
        translatedWords.add(word);
      }
    } else if (!abbreviations.has(word)) {
      abbreviations.set(word, read[0]);
      if (read[0] !== word) translatedWords.add(word);
    }
  }
  for (const [first, list] of translated.phrases)
    for (const { rest, english } of list) {
      addPhrase(
        phrases,
        [first, ...rest],
        english.map((t) => abbreviations.get(t) ?? t),
      );
      translatedWords.add([first, ...rest].join(" "));
    }
  const pinyinPairs = new Map<string, Map<string, string>>();
  const pinyin = files.pinyinWords?.words ?? {};
  for (const word of Object.keys(pinyin)) {
    for (let k = 2; k <= word.length - 2; k++) {
      const first = word.slice(0, k);
      const second = word.slice(k);
      if (!(first in pinyin) || !(second in pinyin)) continue;
      let next = pinyinPairs.get(first);
      if (!next) pinyinPairs.set(first, (next = new Map()));
      next.set(second, word);
    }
  }
  // "warehousing" is read as "warehouse": generic words that differ only in their ending (word-forms.ts).
  if (files.abbreviations.wordForms) {
    const genericTokens = files.generic.words.flatMap((w) => latinTokens(foldText(w)).map((t) => abbreviations.get(t) ?? t));
    const spelt = new Set(abbreviations.values());
    const forms = wordFormVariants(genericTokens, files.abbreviations.wordForms, (w) => spelt.has(w));
    for (const [form, read] of forms) if (!abbreviations.has(form)) abbreviations.set(form, read);
    for (const [written, read] of abbreviations)
      if (forms.has(read) && abbreviations.get(read) !== read) abbreviations.set(written, abbreviations.get(read)!);
  }
  // "elec" is read as "electronics"; it may also be "electric", as "electric" itself is read.
  const otherReadings = new Map<string, string[]>();
  for (const { canonical, variants } of files.abbreviations.otherReadings ?? []) {
    const target = foldText(canonical).trim();
    for (const variant of variants) {
      const written = foldText(variant).trim();
      otherReadings.set(written, [...(otherReadings.get(written) ?? []), abbreviations.get(target) ?? target]);
    }
  }
  const pinyinLegal = (files.pinyinWords?.legalForms ?? []).map((f) => ({ canonical: f, variants: [] as string[] }));
  const expand = (tokens: string[]) => tokens.map((t) => abbreviations.get(t) ?? t);

  const legalForms = new Map<string, string>();
  const legalTokens = new Set<string>();
  const ordinary = new Set([...LEGAL_FORM_FILLERS, ...(files.legalForms.ordinaryWords ?? []).map((w) => foldText(w))]);
  let legalFormMaxTokens = 1;
  for (const { canonical, variants } of [...files.legalForms.forms, ...pinyinLegal]) {
    for (const variant of [canonical, ...variants]) {
      const tokens = expand(latinTokens(foldText(variant), bracketed));
      if (tokens.length === 0) continue;
      legalForms.set(tokens.join(" "), canonical);
      legalFormMaxTokens = Math.max(legalFormMaxTokens, tokens.length);
      // Every word of a legal form ("sdn", "bhd", "pvt") weighs nothing wherever it stands in a name.
      for (const t of tokens) if (tokens.length === 1 || !ordinary.has(t)) legalTokens.add(t);
    }
  }

  const simplified = new Map(Object.entries(files.traditional.map));
  // A Taiwan or Hong Kong variant character (僞/偽, 衆/眾) is read as OpenCC's standard traditional form, then simplified.
  for (const [variant, standard] of Object.entries(files.regional?.chars ?? {})) {
    if (!simplified.has(variant)) simplified.set(variant, simplified.get(standard) ?? standard);
  }
  // A Japanese shinjitai form (団, 鉱) is read as the simplified character a mainland name writes (团, 矿).
  for (const [shinjitai, mainland] of Object.entries(files.shinjitai?.chars ?? {})) {
    if (!simplified.has(shinjitai)) simplified.set(shinjitai, mainland);
  }
  const toSimplified = (s: string) => Array.from(s, (ch) => simplified.get(ch) ?? ch).join("");
  const regionalPhrases = new Map<string, Array<readonly [string, string]>>();
  for (const [phrase, mainland] of Object.entries(files.regional?.phrases ?? {})) {
    const key = toSimplified(phrase);
    const list = regionalPhrases.get(key[0]) ?? [];
    list.push([key, toSimplified(mainland)] as const);
    regionalPhrases.set(key[0], list);
  }
  for (const list of regionalPhrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  // Bracketed forms such as (株) keep their brackets: a bare 株 or 주 starts many real names.
  const cjkList = (list: string[] | undefined) =>
    Array.from(new Set((list ?? []).map((s) => toSimplified(foldText(s)).replace(/\s/g, "")).filter(Boolean))).sort(
      (a, b) => b.length - a.length,
    );

  const words = new Set<string>();
  for (const w of files.generic.words) for (const t of expand(latinTokens(foldText(w)))) words.add(t);
  const descriptorWords = new Set<string>();
  for (const w of files.generic.descriptors ?? []) for (const t of expand(latinTokens(foldText(w)))) descriptorWords.add(t);
  const groupWords = new Set<string>();
  for (const w of files.generic.groupWords ?? []) for (const t of expand(latinTokens(foldText(w)))) groupWords.add(t);
  const activityDescriptors = new Set<string>();
  for (const w of files.generic.activityDescriptors ?? []) for (const t of expand(latinTokens(foldText(w)))) activityDescriptors.add(t);
  const joiningWords = new Set<string>();
  for (const w of files.generic.joining ?? []) for (const t of expand(latinTokens(foldText(w)))) joiningWords.add(t);
  const places = new Set<string>();
  for (const p of files.generic.places) for (const t of latinTokens(foldText(p))) places.add(abbreviations.get(t) ?? t);

  const legalFormLastWords = new Set<string>();
  const legalFormFirstWords = new Set<string>();
  for (const key of legalForms.keys()) {
    const words = key.split(" ");
    legalFormLastWords.add(words[words.length - 1]);
    legalFormFirstWords.add(words[0]);
  }
  const spellings = new Map<string, string[]>();
  for (const [written, read] of abbreviations) {
    if (written === read || written.length < MIN_SPELLING_LENGTH || !/^[a-z]+$/.test(written)) continue;
    const list = spellings.get(read);
    if (list) list.push(written);
    else spellings.set(read, [written]);
  }
  const tokenClasses = new Map<string, "legal" | "place" | "generic">();
  for (const w of words) tokenClasses.set(w, "generic");
  for (const p of places) tokenClasses.set(p, "place");
  for (const t of legalTokens) tokenClasses.set(t, "legal");

  return {
    tokenClasses,
    spellings,
    abbreviations,
    otherReadings,
    writtenOut,
    pinyinPairs,
    phrases,
    translated: translatedWords,
    pinyinWords,
    bracketed,
    legalForms,
    legalFormMaxTokens,
    legalFormLastWords,
    legalFormFirstWords,
    legalTokens,
    genericWords: words,
    descriptorWords,
    groupWords,
    activityDescriptors,
    joiningWords,
    branchWords: files.generic.branchWords ?? [],
    vesselWords: files.generic.vesselWords ?? [],
    places,
    cjkSuffixes: cjkList(files.cjk.suffixes),
    cjkPrefixes: cjkList(files.cjk.prefixes),
    cjkDescriptors: cjkList(files.cjk.descriptors),
    cjkGroupWords: cjkList(files.cjk.groupWords),
    cjkBranchEndings: files.cjk.branchEndings ?? [],
    traditionalToSimplified: simplified,
    traditionalChars: anyOf(
      [...simplified].filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from),
      "g",
    ),
    regionalPhrases,
    regionalPhraseStarts: anyOf([...regionalPhrases.keys()], ""),
  };
}

/**
 * A regex that matches any one of these characters (each one code point, as a string iterator gives it), by UTF-16
 * code units: a character class for those of the Basic Multilingual Plane, each surrogate pair spelt out for the
 * others. (A class of thousands of code points with the u flag is several times slower to search.) Never matches
 * when empty.
 */
function anyOf(characters: string[], flags: string): RegExp {
  const unit = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  const bmp = new Set<string>();
  const pairs = new Set<string>();
  for (const ch of characters) {
    if (ch.length === 1) bmp.add(unit(ch.charCodeAt(0)));
    else pairs.add(unit(ch.charCodeAt(0)) + unit(ch.charCodeAt(1)));
  }
  return new RegExp([`[${[...bmp].join("")}]`, ...pairs].join("|"), flags);
}

/** Written forms shorter than this are not compared for a typo (name-index.ts allows one from five letters). */
const MIN_SPELLING_LENGTH = 5;

/** Words inside multi-word legal forms that also occur in ordinary names. */
const LEGAL_FORM_FILLERS = new Set([
  "and",
  "of",
  "the",
  "de",
  "public",
  "private",
  "joint",
  "stock",
  "general",
  "partnership",
  "trading",
  "open",
  "closed",
  "mutual",
  "union",
  "national",
  "state",
  "holding",
  "holdings",
  "group",
  "foreign",
  "invested",
  "enterprise",
  "industrial",
]);

let defaultTables: NormalisationTables | null = null;

/** The tables shipped in src/data/normalisation. */
export function bundledTables(): NormalisationTables {
  if (!defaultTables) {
    defaultTables = compileTables({
      abbreviations: abbreviationsJson as AbbreviationFile,
      legalForms: legalFormsJson as LegalFormFile,
      cjk: cjkLegalFormsJson as CjkFile,
      generic: genericWordsJson as GenericFile,
      traditional: traditionalSimplifiedJson as TraditionalFile,
      regional: regionalVariantsJson as RegionalFile,
      shinjitai: japaneseShinjitaiJson as ShinjitaiFile,
      pinyinWords: pinyinWordsJson as PinyinWordsFile,
      placeVariants: placeVariantsJson as AbbreviationFile,
      translations: BUNDLED_TRANSLATION_FILES,
    });
  }
  return defaultTables;
}
