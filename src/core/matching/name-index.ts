import type { ListedName, Listing } from "../dataset/schema";
import {
  analyseCjk,
  analyseName,
  analyseWords,
  canonicalWords,
  classify,
  readAsCapitalI,
  spellOutWords,
  toSimplified,
  type CanonicalWords,
  type CjkAnalysis,
  type LatinAnalysis,
  type TokenClass,
} from "../normalise/name-analysis";
import { cjkRuns, foldText, hasCjk, latinTokens } from "../normalise/text";
import { TruncatedWords, type TruncationRead } from "./truncations";
import { CELL_TABLES } from "../cells/anatomy";
import type { NormalisationTables } from "../normalise/tables";
import type { Evidence, NameMatch } from "../screening/types";
import type { PinyinReader } from "../transliterate/pinyin";
import { droppedPrefix, withoutPlacePrefix } from "./cjk-forms";
import { isIYSwap, isInnerTransposition, isShortWordSlip, withinOneEdit } from "./edit-distance";
import { coversSubordinates } from "./subordinate-units";
import { matchableVariants } from "./listed-names";
import { Match } from "./name-match";
import { CutNames, type CutRead } from "./cut-names";
import { NOT_PLAIN, PlainWordReader } from "./plain-words";
import { RequiredWordFilter, tracesSomething, type TypoLengths, type WordFacts } from "./required-words";
import { sortShort } from "./small-sort";

/** One matchable form of one listed name. */
export interface IndexedName {
  listing: Listing;
  listed: ListedName;
  latin: LatinAnalysis | null;
  /**
   * The words that must all be found in a supplier name for it to match: the distinctive words, or, for a
   * name made only of common words and places ("Western Gold Co., Ltd."), all of its words.
   */
  required: number[];
  /** True when the name has no distinctive word, so it is identified only as a whole. */
  wholeNameOnly: boolean;
  /** First letters of the name's words ("sdp" for Sime Darby Plantation), for acronyms written beside it. */
  initials: string;
  /** Every word of the listing's names and products: extra business words found here are expected, others are not. */
  vocabulary: Set<string>;
  cjk: CjkAnalysis | null;
  /** The Chinese core without its place prefix (中泰化学 of 新疆中泰化学), when it has one: a short form. */
  shortCore: string | null;
  /** For the pinyin reading of a listed Chinese name: the reading ("luotuo jituan gufen youxian gongsi"); else null. */
  pinyinOf: string | null;
}

/**
 * Scoring weights. A score of 1 is an exact match after normalisation; each difference costs a little.
 * strong and possible are the thresholds the screener uses for "match" and "possible match".
 */
export const WEIGHTS = {
  strong: 0.92,
  possible: 0.78,
  tokenOrder: 0.01,
  joinedWords: 0.02,
  typo: 0.04,
  /** A listed word found as a truncation written with a dot ("Industr.", "Whs."): src/core/matching/truncations.ts. */
  truncatedWord: 0.01,
  /**
   * A word found as another of its trade ("works" for the listed "factory", "machinery" for "machine"): so that a name of
   * the listing written as the supplier writes it ("Hangzhou Wulin Machinery Works" beside "… Machinery Plant") ranks first.
   */
  otherReading: 0.01,
  missingGeneric: 0.03,
  /** "Daqo New Energy" for the listed "Xinjiang Daqo New Energy": a leading place often tells group companies apart. */
  missingLeadingPlace: 0.09,
  /**
   * Another place in the listed leading place's stead ("Sichuan Kelun Pharmaceutical" for the listed "Guangxi Kelun
   * Pharmaceutical"): a Chinese registered name starts with its region, so this is another company of the same brand, a
   * parent or a sister. With missingLeadingPlace and extraPlace it rules out even a possible match, unless the listing
   * covers subsidiaries or names that place itself.
   */
  otherLeadingPlace: 0.12,
  /**
   * A company named after a listing that covers its subsidiaries, with business words added ("Tangshan Sanyou Chemical
   * Industries" for "Tangshan Sanyou Group and its Subsidiaries"): as cjkSubordinate for Chinese names.
   */
  namedSubsidiary: 0.05,
  /** "Linglong International Europe" for the listed "… D.O.O. Zrenjanin": a trailing place only says where. */
  missingPlace: 0.03,
  extraGeneric: 0.02,
  /** An extra business word the listing never uses ("Supermax Hardware" for a glove maker). */
  extraForeignGeneric: 0.09,
  /**
   * The same beside a listed name's only distinctive word ("Giant Tyres", "HY Solar Lights", "KTK
   * Logistics"): a single word shared in another trade names another firm more often than the listed one. Rules out a
   * possible match by itself.
   */
  extraForeignGenericSingle: 0.23,
  extraPlace: 0.03,
  /** A listed business word replaced by another one ("Sime Darby Plantation" vs "Sime Darby Property"): a sister company. */
  substitutedGeneric: 0.05,
  /**
   * A listed business word dropped and a word of another trade the listing never uses added ("Century Sunshine
   * Hotel" for "Century Sunshine Group Holdings", "Hongyuan Textile" for "Hongyuan Green Energy"): another firm
   * with the same name words. Replaces substitutedGeneric.
   */
  substitutedBusiness: 0.11,
  /** An extra distinctive word: heavier when the listed name has a single distinctive word or none. */
  extraDistinctiveSingle: 0.18,
  extraDistinctive: 0.12,
  cjkContained: 0.1,
  /** A unit named after a listing that covers "its subsidiaries" or "subordinates" (新疆生产建设兵团第一师). */
  cjkSubordinate: 0.05,
  /** A cell read without its address or second line. */
  droppedText: 0.02,
  /** A Chinese supplier name read as pinyin to meet a pinyin-based English listing. */
  pinyinReading: 0.03,
  /**
   * The listed name's only trade word is missing ("COFCO Corporation" for the listed "COFCO Sugar Holdings", "Zhuhai
   * Seine Technology" for "Zhuhai Seine Printing Technology"): the supplier may be the listed firm, or its parent or a
   * sister company of the same group, so the match is at most possible (review), never strong. At least this is taken off.
   */
  missingOnlyTradeWord: 0.09,
  /** A named branch (分公司) of a listed company is the same legal person. */
  branch: 0.03,
  cjkContaining: 0.15,
  /**
   * A name cut by a finance system's field mid-word, read as the start of one listing's name (src/core/matching/cut-names.ts:
   * "Linxi County Fangpei Cotton Buying and S"). A name cut at a space, or whose start several listings share, is at most
   * possible: WEIGHTS.strong less cutNameUnsure.
   */
  cutName: 0.03,
  cutNameUnsure: 0.02,
} as const;

/** Shared by every row that matches nothing: 100,000 rows then keep 100,000 fewer arrays alive. */
export const NO_MATCHES: NameMatch[] = Object.freeze([]) as unknown as NameMatch[];
const NO_ENTRIES: IndexedName[] = Object.freeze([]) as unknown as IndexedName[];
const NOT_CUT: readonly string[] = Object.freeze([]);
/** One typo is allowed in listed words from these lengths; the required-word filter is given the same. */
export const MIN_TYPO_LENGTH: TypoLengths = { distinctive: 6, other: 5 };
const MIN_CJK_CONTAINED_LENGTH = 3;
/** A supplier's Chinese core this long or longer matches a listed core it is part of (cjkMayMatch relies on it). */
const MIN_CJK_CONTAINING_LENGTH = 4;
const MIN_SPLIT_LENGTH = 7;

export interface NameIndexOptions {
  /**
   * false aligns every listed name with every supplier name, skipping the required-word filter: the tests
   * compare the two ways to show the filter never loses a match.
   */
  quickReject?: boolean;
  /**
   * Reads Chinese as pinyin (src/core/transliterate): listed Chinese names are also matched by their pinyin
   * ("Luotuo Jituan" meets 骆驼集团), and Chinese supplier names by theirs against pinyin-based English listings.
   * Without it, Chinese and Latin names meet only through curated aliases.
   */
  pinyin?: PinyinReader;
}

/** What quickMiss() says of a cell. */
export const QUICK_MISS = {
  /** Read the full way (matchCell): the cell may match, or is not plain text. */
  unsure: 0,
  /** Matches no listed name. */
  noMatch: 1,
  /** Matches no listed name, and has a watched word. */
  noMatchWatched: 2,
} as const;
export type QuickMiss = (typeof QUICK_MISS)[keyof typeof QUICK_MISS];

const TRACES = 1;
const WATCHED = 2;
/** A word the truncation stage reads as a cut word when a dot follows it (TruncatedWords.readWord). */
const TRUNCATES = 4;
/** The first word of a listed name long enough to be cut by a field (CutNames.startsName). */
const STARTS_NAME = 8;

export interface QueryAnalysis {
  latin: LatinAnalysis | null;
  cjk: CjkAnalysis | null;
}

export class NameIndex {
  private readonly cjkEntries: IndexedName[] = [];
  /**
   * Every MIN_CJK_CONTAINING_LENGTH characters of each listed Chinese core, and the cores shorter than that:
   * scoreCjk matches a supplier's core that equals or contains a listed core, or is that many characters of
   * one or more, so a Chinese name holding none of them matches no Chinese name. (A name that holds a longer
   * core holds its first piece, so only the short cores are looked for whole.)
   */
  private readonly shortCjkCores: string[] = [];
  private readonly cjkCorePieces = new Set<string>();
  /** Words a run-together supplier name may be cut into ("topglove" → "top glove"). */
  private readonly knownWords: Set<string>;
  private readonly requiredWords: RequiredWordFilter<IndexedName>;
  /** Every listed name with Latin words, in dataset order. */
  private readonly latinEntries: IndexedName[] = [];
  private readonly plainWords: PlainWordReader<WordFacts>;
  private readonly truncations: TruncatedWords;
  /** The listed names as written, for names a field cut (cut-names.ts). */
  private readonly cutNames: CutNames<IndexedName>;
  readonly size: number;

  /**
   * @param watchedWord words (folded, as written) the caller wants to hear of in quickMiss: the screener's
   * region words
   */
  constructor(
    listings: readonly Listing[],
    private readonly tables: NormalisationTables,
    private readonly options: NameIndexOptions = {},
    watchedWord: (word: string) => boolean = () => false,
  ) {
    let size = 0;
    const written: Array<readonly [string, IndexedName, string]> = [];
    // A branch, plant or office of a listed company is that company: these extra words are expected (generic-words.json,
    // branchWords); so are the words around a vessel's name beside a vessel listing (vesselWords).
    const branchWords = analyseName(tables.branchWords.join(" "), tables).latin?.tokens ?? [];
    const vesselWords = analyseName(tables.vesselWords.join(" "), tables).latin?.tokens ?? [];
    for (const listing of listings) {
      if (listing.matchBy !== "name") continue;
      const seen = new Set<string>();
      const vocabulary = new Set<string>(analyseName(`${listing.name} ${listing.products ?? ""}`, tables).latin?.tokens ?? []);
      for (const t of branchWords) vocabulary.add(t);
      if (isVesselListing(listing)) for (const t of vesselWords) vocabulary.add(t);
      const entries: IndexedName[] = [];
      for (const listed of listing.names) {
        for (const variant of matchableVariants(listed.name)) {
          const analysis = analyseName(variant, tables);
          const key = `${analysis.latin?.tokens.join(" ") ?? ""}|${analysis.cjk?.core ?? ""}`;
          if (seen.has(key)) continue;
          seen.add(key);
          for (const t of analysis.latin?.tokens ?? []) vocabulary.add(t);
          const entry = makeEntry(listing, listed, vocabulary, analysis.latin, analysis.cjk, null, tables.joiningWords);
          entries.push(entry);
          if (entry.latin && entry.required.length > 0) written.push([variant, entry, listing.id]);
          // The pinyin of a listed Chinese name, matched like a Latin name ("Luotuo Jituan" for 骆驼集团): read
          // with its trade name as the English brand (大全 "daqo") and, when it has one, as plain pinyin too
          // ("Daquan"), as a pinyin rendering of the Chinese name writes it. The plain reading is kept only when
          // the name has a distinctive word besides the trade name (the brand reading has two): the trade name's
          // pinyin alone is a homophone of other firms' names (溢达集团 would read "Yida Group", the name of 亿达集团).
          if (!analysis.cjk || analysis.latin || !options.pinyin) continue;
          let distinctive = 0;
          for (const brands of [true, false]) {
            const reading = options.pinyin.read(analysis.cjk.full, brands);
            const pinyin = reading ? analyseName(reading, tables).latin : null;
            const pinyinKey = `${pinyin?.tokens.join(" ") ?? ""}|`;
            if (brands) distinctive = pinyin?.classes.filter((c) => c === "distinctive").length ?? 0;
            else if (distinctive < 2) continue;
            if (reading && pinyin && !seen.has(pinyinKey)) {
              seen.add(pinyinKey);
              entries.push(makeEntry(listing, listed, vocabulary, pinyin, null, reading, tables.joiningWords));
            }
          }
        }
      }
      for (const entry of entries) if (this.add(entry)) size++;
    }
    this.size = size;
    for (const core of new Set(this.cjkEntries.flatMap((e) => [e.cjk!.core, ...(e.shortCore ? [e.shortCore] : [])]))) {
      if (core.length < MIN_CJK_CONTAINING_LENGTH) this.shortCjkCores.push(core);
      for (let i = 0; i + MIN_CJK_CONTAINING_LENGTH <= core.length; i++)
        this.cjkCorePieces.add(core.slice(i, i + MIN_CJK_CONTAINING_LENGTH));
    }
    this.knownWords = new Set([
      ...this.latinEntries.flatMap((e) => e.required.map((i) => e.latin!.tokens[i])),
      ...tables.genericWords,
      ...tables.places,
      ...tables.legalTokens,
      ...tables.abbreviations.keys(),
    ]);
    this.requiredWords = new RequiredWordFilter(
      this.latinEntries.map((e) => ({ tokens: e.latin!.tokens, required: e.required, item: e })),
      (word) => tables.abbreviations.get(word),
      (word) => this.cutOf(word),
      (word) => classify(word, tables),
      MIN_TYPO_LENGTH,
    );
    this.cutNames = new CutNames(written, tables.bracketed, (word) => tables.legalTokens.has(tables.abbreviations.get(word) ?? word));
    this.truncations = new TruncatedWords(
      this.latinEntries.flatMap((e) => e.latin!.tokens),
      tables,
    );
    this.plainWords = new PlainWordReader(
      // A word the analysis reads with a capital I ("lndustrial") is traced as read (name-analysis.ts readAsCapitalI).
      (word) => this.requiredWords.factsOf(readAsCapitalI(word) ?? word),
      (word, facts) =>
        (tracesSomething(facts) ? TRACES : 0) |
        (watchedWord(word) ? WATCHED : 0) |
        (this.truncations.readWord(word) !== null ? TRUNCATES : 0) |
        (this.cutNames.startsName(word) ? STARTS_NAME : 0),
      tables.bracketed,
    );
  }

  /**
   * The quick answer for most cells: plain text whose words are read straight from the cell and leave no
   * trace of all the required words of any listed name. As matchCell settles such a cell, it matches
   * nothing; a cell of other text, or one that may match, is `unsure` and read the full way.
   */
  quickMiss(text: string): QuickMiss {
    const read = this.quickRead(text);
    return typeof read === "number" ? read : QUICK_MISS.unsure;
  }

  /**
   * quickMiss, except that for plain text that may match it gives the listed names the cell's words may match
   * (what matchCell works out first), to be passed to matchCell rather than worked out again.
   */
  quickRead(text: string): QuickMiss | IndexedName[] {
    if (this.options.quickReject === false) return QUICK_MISS.unsure;
    const reader = this.plainWords;
    const count = reader.readWords(text);
    if (count === NOT_PLAIN) return QUICK_MISS.unsure;
    if (reader.flags & TRACES) {
      const possible = this.requiredWords.possibleFor(reader.describedWords(count), count);
      if (possible === null) return QUICK_MISS.unsure;
      if (possible.length > 0) return possible;
    }
    // A word cut and marked with a dot ("Microelectr.") may stand for a required word: such a cell is read the full way.
    const cutAtEnd = CELL_TABLES.fieldLengths.has(text.trimStart().length);
    // The reader has told whether some word a dot follows is such a word: the words of read() are those of a plain cell.
    if ((cutAtEnd || reader.dottedFlags & TRUNCATES) && this.truncations.read(foldText(text), cutAtEnd) !== null) return QUICK_MISS.unsure;
    // A name cut by a field (cut-names.ts): the first word a listed name's first word, the cheap test first.
    // Only for a cell with a word that starts a listed name (the reader's flag), and of a cut name's length at least.
    if (reader.flags & STARTS_NAME && this.cutNames.mayHoldCut(text, () => latinTokens(foldText(text), this.tables.bracketed)))
      return QUICK_MISS.unsure;
    return reader.flags & WATCHED ? QUICK_MISS.noMatchWatched : QUICK_MISS.noMatch;
  }

  private add(entry: IndexedName): boolean {
    let added = false;
    const latin = entry.latin;
    if (latin && entry.required.length > 0) {
      this.latinEntries.push(entry);
      added = true;
    }
    if (entry.cjk && entry.cjk.core.length >= 2) {
      this.cjkEntries.push(entry);
      added = true;
    }
    return added;
  }

  /** @param pinyin whether the text is the pinyin reader's reading of Chinese characters (LatinAnalysis.pinyin) */
  analyse(text: string, pinyin = false): QueryAnalysis {
    const written0 = foldText(text);
    const truncation = this.truncations.read(written0, CELL_TABLES.fieldLengths.has(text.trimStart().length));
    const folded = truncation?.text ?? written0;
    return this.analyseFolded(folded, canonicalWords(folded, this.tables), hasCjk(folded), truncation, pinyin);
  }

  private analyseFolded(
    folded: string,
    words: CanonicalWords,
    cjk: boolean,
    truncation: TruncationRead | null = null,
    pinyin = false,
  ): QueryAnalysis {
    const latin = analyseWords(words, this.tables);
    if (latin && truncation)
      latin.truncated = truncation.reads.map(([written, read]) => [written, this.tables.abbreviations.get(read) ?? read]);
    if (latin && pinyin) latin.pinyin = true;
    return { latin: latin && this.splitRunTogether(latin), cjk: cjk ? analyseCjk(folded, this.tables) : null };
  }

  /**
   * Matches a supplier cell: the whole text, then, without a strong match, its shorter readings. Most cells
   * match nothing, and most of those are settled from their words alone, before legal forms are removed and
   * words classified. `words` are the cell's words (abbreviations spelt out), for the region rules. `known` is
   * what quickRead gave for the same text, when it gave the listed names the cell may match.
   */
  matchCell(text: string, known?: IndexedName[]): { matches: NameMatch[]; words: readonly string[] } {
    const written0 = foldText(text);
    const truncation = this.truncations.read(written0, CELL_TABLES.fieldLengths.has(text.trimStart().length));
    const folded = truncation?.text ?? written0;
    const written = latinTokens(folded, this.tables.bracketed);
    const cjk = hasCjk(folded);
    const mayHaveReadings = text.includes(",") || text.includes("\n") || text.includes("\r");
    const possible = this.options.quickReject === false ? null : (known ?? this.requiredWords.possibleNames(written));
    // A name a field cut lacks the listed words after the cut, which the required-word filter asks for (cut-names.ts).
    // The words as written: a last word the truncation stage wrote out ("INGREDI" → "ingredients") is the cut word.
    const cuts = this.cutNames.read(
      truncation ? latinTokens(written0, this.tables.bracketed) : written,
      CELL_TABLES.fieldLengths.has(text.trimStart().length),
    );
    if (
      possible !== null &&
      possible.length === 0 &&
      cuts.length === 0 &&
      !(cjk && this.chineseMayMatch(folded)) &&
      !(mayHaveReadings && this.readingsMayMatch(text))
    ) {
      // The region rules look for region words as written or spelt out, so the words as written serve them.
      return { matches: NO_MATCHES, words: written };
    }
    const words = spellOutWords(written, this.tables);
    const analysis = this.analyseFolded(folded, words, cjk, truncation);
    // Without a word to cut in two, the analysed words are some of the words just traced.
    let matches = this.match(analysis, possible ?? undefined);
    if (cjk && this.options.pinyin && (matches[0]?.score ?? 0) < WEIGHTS.strong) matches = this.matchPinyin(analysis, matches);
    if (cuts.length > 0 && (matches[0]?.score ?? 0) < WEIGHTS.strong) matches = matchCut(cuts, matches);
    const found = (matches[0]?.score ?? 0) >= WEIGHTS.strong || !mayHaveReadings ? matches : this.matchShorterReadings(text, matches);
    return { matches: found, words: analysis.latin?.tokens ?? words.tokens };
  }

  /** Whether a cell's Chinese characters may match a listed Chinese name, or (read as pinyin) a listed Latin one. */
  private chineseMayMatch(folded: string): boolean {
    const chinese = toSimplified(cjkRuns(folded).join(""), this.tables);
    return this.cjkMayMatch(chinese) || this.pinyinMayMatch(chinese);
  }

  /**
   * False when the Chinese part of a folded cell can match no listed Chinese name. A cell's core, after
   * legal forms and descriptors are removed, is part of its Chinese characters run together and simplified,
   * and so are the cores of its shorter readings: if that text holds no listed core and no
   * MIN_CJK_CONTAINING_LENGTH characters of one, none of them can.
   */
  private cjkMayMatch(chinese: string): boolean {
    for (const core of this.shortCjkCores) if (chinese.includes(core)) return true;
    for (let i = 0; i + MIN_CJK_CONTAINING_LENGTH <= chinese.length; i++) {
      if (this.cjkCorePieces.has(chinese.slice(i, i + MIN_CJK_CONTAINING_LENGTH))) return true;
    }
    return false;
  }

  /**
   * A Chinese name read as pinyin and matched against the Latin names ("新疆中泰化学股份有限公司" → "xinjiang
   * zhongtai huaxue gufen youxian gongsi" → Xinjiang Zhongtai Chemical Co. Ltd.). Only for a name without
   * Latin words of its own; a match costs WEIGHTS.pinyinReading and says how the name was read.
   */
  private matchPinyin(analysis: QueryAnalysis, matches: NameMatch[]): NameMatch[] {
    if (!analysis.cjk || (analysis.latin && analysis.latin.tokens.length > 0)) return matches;
    const reading = this.options.pinyin!.read(analysis.cjk.full);
    if (!reading) return matches;
    const latin = this.analyse(reading, true).latin;
    if (!latin) return matches;
    const best = matches.slice();
    // A listing whose Chinese name the Chinese path has already judged (a possible subsidiary, a short form) is not
    // judged again by the pinyin of the same characters: the characters say more than their reading.
    const judged = new Set(matches.filter((m) => m.matched.kind === "chinese").map((m) => m.listing.id));
    for (const entry of this.latinCandidates(latin)) {
      if (entry.pinyinOf) continue; // Chinese meets Chinese on the Chinese path.
      if (judged.has(entry.listing.id)) continue;
      const m = scoreLatin(latin, entry, this.tables);
      // A reading is exact or nothing: a syllable one letter apart is another character (研 yan, 银 yin).
      if (!m || m.evidence.some((e) => e.kind === "fuzzy")) continue;
      keepBest(
        best,
        new Match(
          m.listing,
          m.matched,
          Math.round((m.score - WEIGHTS.pinyinReading) * 1000) / 1000,
          [{ kind: "abbreviation", text: `Chinese name read as pinyin "${reading}"` }, ...m.evidence],
          false,
          m.part,
        ),
      );
    }
    return best.length > 1 ? sortShort(best, byScoreDescending) : best;
  }

  /** Whether the pinyin reading of a Chinese cell's characters leaves a trace of some listed Latin name's required words. */
  private pinyinMayMatch(chinese: string): boolean {
    const pinyin = this.options.pinyin;
    if (!pinyin || this.options.quickReject === false) return pinyin !== undefined;
    const reading = pinyin.read(chinese);
    return reading !== null && this.requiredWords.mayMatch(latinTokens(reading));
  }

  private readingsMayMatch(text: string): boolean {
    return this.shorterReadings(text).some((r) => this.requiredWords.mayMatch(latinTokens(foldText(r.text), this.tables.bracketed)));
  }

  /** When the whole cell gives no strong match, its first line or the text before an address may. */
  private matchShorterReadings(text: string, matches: NameMatch[]): NameMatch[] {
    let best = matches;
    for (const reading of this.shorterReadings(text)) {
      const found = this.match(this.analyse(reading.text));
      if (found.length === 0) continue;
      const adjusted = found.map(
        (m) =>
          new Match(
            m.listing,
            m.matched,
            Math.round((m.score - WEIGHTS.droppedText) * 1000) / 1000,
            [...m.evidence, { kind: "extra_word", text: `text after the name ignored: "${reading.dropped.slice(0, 60)}"` }],
            m.literal,
            m.part,
          ),
      );
      if (adjusted[0].score > (best[0]?.score ?? 0)) best = adjusted.filter((m) => m.score >= WEIGHTS.possible);
    }
    return best;
  }

  /**
   * Whether a word (lower case, as written) is a word of the listings: a required word of a listed name, or a generic
   * word, place, legal form or abbreviation of the normalisation tables (the words a run-together name is cut into).
   * The OCR stage asks it whether a repaired word is one (src/core/cells/ocr.ts).
   */
  knowsWord(word: string): boolean {
    return this.knownWords.has(word);
  }

  /**
   * Shorter readings of a cell that holds more than a name: its first line ("Aksu Huafu …\nAksu, Xinjiang"),
   * or the text before a comma that starts an address or a city ("Supermax Corporation Bhd, Lot 38, Jalan Klang").
   */
  shorterReadings(text: string): Array<{ text: string; dropped: string }> {
    const readings: Array<{ text: string; dropped: string }> = [];
    const newline = text.search(/[\r\n]/);
    if (newline > 0) readings.push({ text: text.slice(0, newline).trim(), dropped: text.slice(newline).trim() });
    const firstLine = newline > 0 ? text.slice(0, newline) : text;
    for (let at = firstLine.indexOf(","); at > 0 && readings.length < 4; at = firstLine.indexOf(",", at + 1)) {
      const head = firstLine.slice(0, at).trim();
      const tail = firstLine.slice(at + 1).trim();
      // A comma inside a legal form ("Co., Ltd.") does not end the name.
      if (head && tail && !/^(ltd|limited|inc|llc|sdn|bhd|berhad|s\.?a\.?|pte|pvt|plc|co)\b/i.test(tail))
        readings.push({ text: head, dropped: tail });
    }
    return readings;
  }

  /**
   * The two words splitRunTogether cuts a word into (long, distinctive, unknown, and made of two known words), spelt
   * out as it spells them; none for a word it does not cut; null for a pinyin word for several English words
   * ("mianma" → cotton and linen) or a word that opens a translated phrase ("mine" of "mine d'or" → gold mine), which
   * is read the full way.
   */
  private cutOf(word: string): readonly string[] | null {
    if (this.tables.writtenOut.has(word) || this.tables.phrases.has(word)) return null;
    if (word.length < MIN_SPLIT_LENGTH || this.knownWords.has(word) || classify(word, this.tables) !== "distinctive") return NOT_CUT;
    const cut = this.findCut(word);
    if (cut < 0) return NOT_CUT;
    return [word.slice(0, cut), word.slice(cut)].map((part) => this.tables.abbreviations.get(part) ?? part);
  }

  /** "SmartGlove", "NewEnergy", "IndustrialCompany": cut unknown long words into two known ones. */
  private splitRunTogether(latin: LatinAnalysis): LatinAnalysis {
    if (!latin.tokens.some((t, i) => latin.classes[i] === "distinctive" && t.length >= MIN_SPLIT_LENGTH && !this.knownWords.has(t)))
      return latin;
    const tokens: string[] = [];
    const classes: TokenClass[] = [];
    const rewrites = latin.rewrites.slice();
    latin.tokens.forEach((token, i) => {
      const cut =
        latin.classes[i] === "distinctive" && token.length >= MIN_SPLIT_LENGTH && !this.knownWords.has(token)
          ? this.findCut(token, latin.pinyin)
          : -1;
      if (cut < 0) {
        tokens.push(token);
        classes.push(latin.classes[i]);
        return;
      }
      for (const part of [token.slice(0, cut), token.slice(cut)]) {
        const canonical = this.tables.abbreviations.get(part) ?? part;
        tokens.push(canonical);
        classes.push(classify(canonical, this.tables));
      }
      rewrites.push([token, `${token.slice(0, cut)} ${token.slice(cut)}`]);
    });
    return { ...latin, tokens, classes, rewrites };
  }

  /**
   * @param pinyin a run of a pinyin reading's syllables (LatinAnalysis.pinyin): no part is a word of the abbreviation
   * table, which the reader, knowing the characters, would have read as a word ("zijinxinye" from 紫金鑫业 is not zinc)
   */
  private findCut(token: string, pinyin = false): number {
    for (let cut = 3; cut <= token.length - 3; cut++) {
      const [head, rest] = [token.slice(0, cut), token.slice(cut)];
      if (!this.knownWords.has(head) || !this.knownWords.has(rest)) continue;
      if (pinyin && (this.tables.abbreviations.has(head) || this.tables.abbreviations.has(rest))) continue;
      return cut;
    }
    return -1;
  }

  /**
   * All listed names that match the query at or above the possible-match threshold, best first, one per
   * listing. `candidates`, when known, are the listed names whose required words the query traces.
   */
  match(query: QueryAnalysis, candidates = this.latinCandidates(query.latin)): NameMatch[] {
    if (candidates.length === 0 && !(query.cjk && query.cjk.core.length >= 2)) return NO_MATCHES;
    const best: NameMatch[] = [];
    if (query.latin) {
      for (const entry of candidates) keepBest(best, scoreLatin(query.latin, entry, this.tables));
    }
    if (query.cjk && query.cjk.core.length >= 2) {
      for (const entry of this.cjkEntries) keepBest(best, scoreCjk(query.cjk, entry));
    }
    if (best.length === 0) return NO_MATCHES;
    return best.length > 1 ? sortShort(best, byScoreDescending) : best;
  }

  /**
   * The listed names that can match these words: those whose required words the words trace, or, with the
   * quick rejection off (to test it), every listed name.
   */
  private latinCandidates(query: LatinAnalysis | null): IndexedName[] {
    if (!query || query.tokens.length === 0) return NO_ENTRIES;
    if (this.options.quickReject === false) return this.latinEntries;
    return this.requiredWords.possibleNames(query.tokens, true) ?? this.latinEntries;
  }
}

const byScoreDescending = (a: NameMatch, b: NameMatch) => b.score - a.score;

/**
 * A name a field cut, read as the start of a listed name (cut-names.ts): strong when cut mid-word with every word
 * before the cut exact and one listing's name only, else a possible match at most.
 */
function matchCut(cuts: readonly CutRead<IndexedName>[], matches: NameMatch[]): NameMatch[] {
  const best = matches.slice();
  for (const cut of cuts) {
    const entry = cut.item;
    const score = cut.strong ? 1 - WEIGHTS.cutName : WEIGHTS.strong - WEIGHTS.cutNameUnsure;
    const read = cut.cutWord ? `"${cut.cutWord[0]}" read as the start of "${cut.cutWord[1]}", ` : "";
    const missing = cut.missing.length > 0 ? `"${cut.missing.join(" ")}" not written` : "";
    keepBest(
      best,
      new Match(
        entry.listing,
        entry.listed,
        score,
        [
          {
            kind: "abbreviation",
            text: `name cut short, as a finance system's name field cuts it: ${read}${missing}${
              cut.strong
                ? ""
                : cut.cutWord
                  ? "; several listed names start this way, so the name may be another of them: a possible match"
                  : "; the name ends at a whole word, as a shorter name of another firm may: a possible match"
            }`,
          },
        ],
        false,
      ),
    );
  }
  return best.length > 1 ? sortShort(best, byScoreDescending) : best;
}

/** Keeps the best match per listing, in the order listings were first matched (a handful at most). */
function keepBest(best: NameMatch[], m: NameMatch | null) {
  if (!m || m.score < WEIGHTS.possible) return;
  const at = best.findIndex((b) => b.listing === m.listing);
  if (at < 0) best.push(m);
  else if (m.score > best[at].score) best[at] = m;
}

function isVesselListing(listing: Listing): boolean {
  return (
    listing.names.some((n) => n.kind === "vessel" || /\bvessel/i.test(n.name)) ||
    /\bvessel/i.test(`${listing.scope ?? ""} ${listing.notes ?? ""}`)
  );
}

function makeEntry(
  listing: Listing,
  listed: ListedName,
  vocabulary: Set<string>,
  latin: LatinAnalysis | null,
  cjk: CjkAnalysis | null,
  pinyinOf: string | null,
  joiningWords: ReadonlySet<string>,
): IndexedName {
  const requiredSet = new Set<number>();
  let wholeNameOnly = false;
  if (latin) {
    latin.classes.forEach((c, i) => c === "distinctive" && requiredSet.add(i));
    const meaningful = latin.classes.map((c, i) => (c === "legal" ? -1 : i)).filter((i) => i >= 0);
    const onlyPlaces = meaningful.every((i) => latin.classes[i] === "place");
    // A bare place ("Kathmandu") identifies nobody; common words together ("Western Gold") may.
    if (requiredSet.size === 0 && !onlyPlaces && meaningful.length >= 1) {
      for (const i of meaningful) requiredSet.add(i);
      // "…, Xinye Branch": registers name a branch by its town alone ("… Co Ltd (Xinye)"); the other words still
      // tell it from its parent.
      const last = meaningful[meaningful.length - 1];
      if (meaningful.length >= 3 && latin.tokens[last] === "branch") requiredSet.delete(last);
      // A word that only joins others ("and", "of") is no part of the name's identity: registers drop it ("Econ Trade
      // Development" for "Economic and Trade Development"); its absence costs what a missing business word costs.
      if (requiredSet.size >= 3) for (const i of meaningful) if (joiningWords.has(latin.tokens[i])) requiredSet.delete(i);
      wholeNameOnly = true;
    }
    // A place with a short code that reads like a legal form ("GP Lumut") is matched as a whole.
    if (requiredSet.size === 0 && onlyPlaces && meaningful.length < latin.tokens.length && meaningful.length > 0) {
      latin.tokens.forEach((_, i) => requiredSet.add(i));
      wholeNameOnly = true;
    }
  }
  const initials = latin
    ? latin.tokens
        .filter((_, i) => latin.classes[i] !== "legal")
        .map((t) => t[0])
        .join("")
    : "";
  const shortCore = cjk ? withoutPlacePrefix(cjk.core) : null;
  // Every entry has every field, set in one place: entries of one shape are read without megamorphic lookups.
  return { listing, listed, vocabulary, latin, cjk, required: Array.from(requiredSet), wholeNameOnly, initials, shortCore, pinyinOf };
}

/** Plurals and obvious stems ("glove" → "gloves", "co" → "company") are not worth explaining. */
function isObviousRewrite(from: string, to: string): boolean {
  return to.startsWith(from.slice(0, Math.max(2, from.length - 1)));
}

/** A listed word found only as a truncation ("Industr." for industries) is a weaker match than the word written out. */
function truncationPenalty(truncated: Array<[string, string]>, entry: IndexedName, evidence: Evidence[]): number {
  let penalty = 0;
  for (const [written, read] of truncated) {
    if (!entry.latin!.tokens.includes(read)) continue;
    penalty += WEIGHTS.truncatedWord;
    evidence.push({ kind: "abbreviation", text: `"${written}" read as "${read}" (a shortened word)` });
  }
  return penalty;
}

function describeNormalisation(query: LatinAnalysis, evidence: Evidence[]) {
  for (const [from, to] of query.rewrites) {
    // An abbreviation read the other way for this name ("elec" as "electric") already says so.
    if (evidence.some((e) => e.kind === "abbreviation" && e.text.startsWith(`"${from}" read as`))) continue;
    if (!isObviousRewrite(from, to)) evidence.push({ kind: "abbreviation", text: `"${from}" read as "${to}"` });
  }
  if (query.strippedLegalForms.length > 0) {
    evidence.push({ kind: "legal_form", text: `legal form ${query.strippedLegalForms.map((f) => `"${f}"`).join(", ")} ignored` });
  }
}

interface Alignment {
  used: boolean[];
  covered: boolean[];
  /** Listed index, query index, listed index, … of the words found, to tell whether the order was kept. */
  matchedAt: number[];
  penalty: number;
  evidence: Evidence[];
  /** A word found as another of its trade ("works" for "factory", "machinery" for "machine"): not an exact match. */
  readOther: boolean;
  /** The listed word found by a clerk's slip in a short word (isShortWordSlip): it needs another listed name word found. */
  slipAt?: number;
}

const NUMBERED_WORDS = new Set(["factory", "plant", "branch", "unit", "works", "division", "number", "line", "site"]);

/** Extra query words that say nothing against the match. */
function isExpectedExtra(query: LatinAnalysis, qi: number, entry: IndexedName): boolean {
  const token = query.tokens[qi];
  if (entry.vocabulary.has(token)) return true;
  if (/^\d+$/.test(token) && qi > 0 && NUMBERED_WORDS.has(query.tokens[qi - 1])) return true;
  return token.length >= 2 && token === entry.initials;
}

/**
 * The rest of a word an ERP field cut, joined after a space ("Techn ology", "INDUS TRY"), when the start was read as an
 * abbreviation ("techn" as technology): the two written parts together are the word the start was read as.
 */
function restOfCutWord(query: LatinAnalysis, qi: number, tables: NormalisationTables): boolean {
  if (qi === 0 || query.rewrites.length === 0) return false;
  const before = query.tokens[qi - 1];
  for (const [written, read] of query.rewrites) {
    if (read !== before) continue;
    const whole = written + query.tokens[qi];
    if ((tables.abbreviations.get(whole) ?? whole) === read) return true;
  }
  return false;
}

/** Equal, or equal but for a plural s ("Gold Mines" for "Gold Mine"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const d = a.length - b.length;
  return (d === 1 && a.endsWith("s") && a.startsWith(b)) || (d === -1 && b.endsWith("s") && b.startsWith(a));
}

function take(a: Alignment, li: number, qi: number, count: number, cost: number, note: Evidence | null, alsoCovers = 0): true {
  for (let k = 0; k < count; k++) a.used[qi + k] = true;
  for (let k = 0; k <= alsoCovers; k++) a.covered[li + k] = true;
  a.matchedAt.push(li, qi);
  a.penalty += cost;
  if (note) a.evidence.push(note);
  return true;
}

/**
 * Finds listed word li in the query: exactly; split over two or three query words ("super max",
 * "bao long da"); run together with the next listed word ("hoshinesilicon"); or, if long, with one typo.
 */
function findWord(
  query: LatinAnalysis,
  listed: LatinAnalysis,
  li: number,
  a: Alignment,
  tables: NormalisationTables,
  required = false,
): boolean {
  const word = listed.tokens[li];
  const q = query.tokens;
  // Prefer the occurrence that keeps the listed order ("fishing vessels owned by Dalian Ocean Fishing").
  let after = -1;
  const found = a.matchedAt;
  for (let k = 0; k < found.length; k += 2) if (found[k] < li && found[k + 1] > after) after = found[k + 1];
  for (let qi = after + 1; qi < q.length; qi++) if (!a.used[qi] && sameWord(q[qi], word)) return take(a, li, qi, 1, 0, null);
  for (let qi = 0; qi <= after && qi < q.length; qi++) if (!a.used[qi] && sameWord(q[qi], word)) return take(a, li, qi, 1, 0, null);
  for (let qi = 0; qi + 1 < q.length; qi++) {
    if (a.used[qi] || a.used[qi + 1] || !word.startsWith(q[qi])) continue;
    // Joined as written, or as the abbreviation table reads the joined word ("indu stry", cut by an ERP field, for
    // "industries"); the latter not for a required word, as the required-word filter traces only the word as written.
    const joined = q[qi] + q[qi + 1];
    // A pinyin reading's syllables written apart are a homophone the reader refused for its characters (LatinAnalysis.pinyin).
    if (joined === word || (!required && !query.pinyin && joined.length >= MIN_SPLIT_LENGTH && tables.abbreviations.get(joined) === word))
      return take(a, li, qi, 2, WEIGHTS.joinedWords, { kind: "joined_words", text: `"${q[qi]} ${q[qi + 1]}" = "${word}"` });
    if (qi + 2 < q.length && !a.used[qi + 2] && q[qi] + q[qi + 1] + q[qi + 2] === word) {
      return take(a, li, qi, 3, WEIGHTS.joinedWords, {
        kind: "joined_words",
        text: `"${q[qi]} ${q[qi + 1]} ${q[qi + 2]}" = "${word}"`,
      });
    }
  }
  // An abbreviation written for two words, read the other way ("elec", read as "electronics", for the listed "electric").
  if (query.rewrites.length > 0 && tables.otherReadings.size > 0) {
    for (const [written, read] of query.rewrites) {
      if (!tables.otherReadings.get(written)?.includes(word)) continue;
      for (let qi = 0; qi < q.length; qi++) {
        if (!a.used[qi] && q[qi] === read) return take(a, li, qi, 1, 0, { kind: "abbreviation", text: `"${written}" read as "${word}"` });
      }
    }
  }
  // A trade word written in full for another of the same trade ("Machinery" for the listed "Machine", as "Mach" is read
  // either way): otherReadings of a word as written.
  if (tables.otherReadings.size > 0) {
    for (let qi = 0; qi < q.length; qi++) {
      if (!a.used[qi] && tables.otherReadings.get(q[qi])?.includes(word)) {
        a.readOther = true;
        return take(a, li, qi, 1, WEIGHTS.otherReading, { kind: "abbreviation", text: `"${q[qi]}" read as "${word}"` });
      }
    }
  }
  const next = listed.tokens[li + 1];
  if (next !== undefined && !a.covered[li + 1]) {
    for (let qi = 0; qi < q.length; qi++) {
      if (a.used[qi] || !q[qi].startsWith(word) || q[qi].length <= word.length) continue;
      const rest = q[qi].slice(word.length);
      if (rest === next || (!query.pinyin && tables.abbreviations.get(rest) === next)) {
        return take(a, li, qi, 1, WEIGHTS.joinedWords, { kind: "joined_words", text: `"${q[qi]}" = "${word} ${next}"` }, 1);
      }
    }
  }
  const distinctive = listed.classes[li] === "distinctive";
  const minLength = distinctive ? MIN_TYPO_LENGTH.distinctive : MIN_TYPO_LENGTH.other;
  if (word.length >= minLength) {
    for (let qi = 0; qi < q.length; qi++) {
      if (a.used[qi] || query.classes[qi] === "legal" || q[qi].length < minLength - 1) continue;
      if (distinctive && query.classes[qi] !== "distinctive") continue;
      if (withinOneEdit(q[qi], word)) {
        return take(a, li, qi, 1, WEIGHTS.typo, { kind: "fuzzy", text: `"${q[qi]}" ~ "${word}" (one letter differs)` });
      }
    }
    // A business word misspelt as one of its written forms ("pharmaceutcal" for "pharmaceutical", read as "pharmaceuticals").
    // Not for a required word: the required-word filter traces typos of the word itself only, and must trace every way
    // a required word is found.
    const spellings = distinctive || required ? undefined : tables.spellings.get(word);
    if (spellings !== undefined) {
      for (let qi = 0; qi < q.length; qi++) {
        if (a.used[qi] || query.classes[qi] !== "distinctive" || q[qi].length < minLength - 1) continue;
        const spelt = spellings.find((w) => withinOneEdit(q[qi], w));
        if (spelt !== undefined)
          return take(a, li, qi, 1, WEIGHTS.typo, { kind: "fuzzy", text: `"${q[qi]}" ~ "${spelt}" (one letter differs)` });
      }
    }
  } else if (distinctive && word.length === minLength - 1) {
    // A distinctive word one letter shorter: only two neighbouring vowels after the first letter swapped ("gaint" for
    // "giant", 2026-12za round), the typist's slip, not any word one letter from it.
    for (let qi = 0; qi < q.length; qi++) {
      if (a.used[qi] || query.classes[qi] !== "distinctive" || !isInnerTransposition(q[qi], word)) continue;
      return take(a, li, qi, 1, WEIGHTS.typo, { kind: "fuzzy", text: `"${q[qi]}" ~ "${word}" (two vowels swapped)` });
    }
    // Or an "i" written "y", or the reverse ("tayda" for "taida", 2026-12zv round): one sound in two romanisations.
    for (let qi = 0; qi < q.length; qi++) {
      if (a.used[qi] || query.classes[qi] !== "distinctive" || !isIYSwap(q[qi], word)) continue;
      return take(a, li, qi, 1, WEIGHTS.typo, { kind: "fuzzy", text: `"${q[qi]}" ~ "${word}" ("i" and "y" written for each other)` });
    }
    // Or two neighbouring letters swapped, a letter doubled or undoubled, a long vowel written "ee" / "i" ("namno" for
    // "nanmo", "xinbba" for "xinba", "bidi" for "beedi"; 2026-12zza round): a clerk's slip (edit-distance.ts shortWordSlips).
    for (let qi = 0; qi < q.length; qi++) {
      if (a.used[qi] || query.classes[qi] !== "distinctive" || !isShortWordSlip(q[qi], word)) continue;
      a.slipAt = li;
      return take(a, li, qi, 1, WEIGHTS.typo, {
        kind: "fuzzy",
        text: `"${q[qi]}" ~ "${word}" (a letter swapped, doubled or a long vowel)`,
      });
    }
  }
  return false;
}

/**
 * Aligns the listed name's words with the query's. Every required listed word must be found; everything
 * else only adjusts the score, and each adjustment is recorded as evidence.
 */
function scoreLatin(query: LatinAnalysis, entry: IndexedName, tables: NormalisationTables): NameMatch | null {
  const evidence: Evidence[] = [];
  const literal = { value: false };
  let penalty = alignLatin(query, entry, tables, evidence, literal);
  if (penalty === null) return null;
  if (query.truncated) penalty += truncationPenalty(query.truncated, entry, evidence);
  const score = Math.max(0, Math.round((1 - penalty) * 1000) / 1000);
  if (entry.pinyinOf) evidence.unshift({ kind: "abbreviation", text: `pinyin of the listed Chinese name: "${entry.pinyinOf}"` });
  return new Match(entry.listing, entry.listed, score, evidence, literal.value && !entry.pinyinOf);
}

/** The listed word "number" (from "No.", "Nr.") right before a listed figure the query has. */
function droppedNumberWord(tokens: readonly string[], li: number, covered: readonly boolean[]): boolean {
  return tokens[li] === "number" && li + 1 < tokens.length && covered[li + 1] && /^\d+$/.test(tokens[li + 1]);
}

function tooWeak(penalty: number): boolean {
  return Math.round((1 - penalty) * 1000) / 1000 < WEIGHTS.possible;
}

/**
 * Aligns the listed name's words with the query's and returns the penalty, or null as soon as a required
 * word is missing or the penalty rules out even a possible match. Every adjustment is recorded in `evidence`.
 */
function alignLatin(
  query: LatinAnalysis,
  entry: IndexedName,
  tables: NormalisationTables,
  evidence: Evidence[],
  literal: { value: boolean },
): number | null {
  const listed = entry.latin!;
  const a: Alignment = {
    used: new Array<boolean>(query.tokens.length).fill(false),
    covered: new Array<boolean>(listed.tokens.length).fill(false),
    matchedAt: [],
    penalty: 0,
    evidence,
    readOther: false,
  };
  for (const li of entry.required) {
    if (a.covered[li]) continue;
    if (!findWord(query, listed, li, a, tables, true)) return null;
  }
  if (a.matchedAt.length === 0) return null;

  let missingGeneric = 0;
  /** Listed words missing other than descriptors ("group", "holdings"), and the cost of the words found. */
  let missingOther = 0;
  let foundPenalty = a.penalty;
  for (let li = 0; li < listed.tokens.length; li++) {
    if (a.covered[li] || listed.classes[li] === "legal") continue;
    const before = a.penalty;
    if (findWord(query, listed, li, a, tables)) {
      foundPenalty += a.penalty - before;
      continue;
    }
    // "No." before a number that was found ("Lien Yi Hsing 12" for "Lien Yi Hsing No. 12"): registers drop it, and it
    // tells nothing apart.
    if (droppedNumberWord(listed.tokens, li, a.covered)) {
      a.penalty += WEIGHTS.tokenOrder;
      evidence.push({ kind: "generic", text: `the listed "No." before ${listed.tokens[li + 1]} is left out` });
      continue;
    }
    if (!tables.descriptorWords.has(listed.tokens[li])) missingOther++;
    if (listed.classes[li] === "place") {
      a.penalty += li === 0 ? WEIGHTS.missingLeadingPlace : WEIGHTS.missingPlace;
      evidence.push({ kind: "extra_word", text: `listed place "${listed.tokens[li]}" not in the supplier name` });
    } else {
      a.penalty += WEIGHTS.missingGeneric;
      missingGeneric++;
    }
  }
  // A slip in a short word is read only beside another word of the listed name's own, a place or a name word, found too
  // ("Hunan Namno Biotechnology"): alone with business words it is as likely another name ("Giatn Manufacturing", "Crops").
  if (a.slipAt !== undefined && !listed.classes.some((c, li) => li !== a.slipAt && a.covered[li] && (c === "place" || c === "distinctive")))
    return null;
  const company = namesACompany(query, tables);
  const missingTrade = company ? onlyTradeWordMissing(listed, a.covered, tables) : null;
  const missingActivity = company && missingTrade === null ? groupWithoutActivity(query, listed, a.covered, tables) : null;
  const subsidiary = missingOther === 0 && namedSubsidiary(query, entry, a, tables);
  if (!subsidiary && tooWeak(a.penalty)) return null;

  const strict = entry.wholeNameOnly || entry.required.length === 1;
  const groupOfListed = missingTrade !== null && missingOther === 1 && requiredAsWritten(query, entry, a);
  const extras: string[] = [];
  let extraGeneric = 0;
  /** Extra words the listing does not explain: distinctive words and business words it never uses. */
  let foreignExtras = 0;
  for (let qi = 0; qi < query.tokens.length; qi++) {
    if (a.used[qi]) continue;
    const cls: TokenClass = query.classes[qi];
    if (cls === "legal") continue;
    if (subsidiary) {
      // Business words after the name of a listing that covers its subsidiaries: they name the subsidiary.
      extras.push(query.tokens[qi]);
      continue;
    }
    if (restOfCutWord(query, qi, tables)) {
      a.penalty += WEIGHTS.joinedWords;
      a.evidence.push({ kind: "joined_words", text: `"${query.tokens[qi]}" is the rest of the word before it, cut by a space` });
      continue;
    }
    if (isExpectedExtra(query, qi, entry) || tables.joiningWords.has(query.tokens[qi])) {
      // Another name of the same listing ("XPCC (Bingtuan)"), its initials ("(SDP)"), a numbered branch ("Factory 21"), or a
      // word that only joins others ("Investment & Development" for the listed "Investment Development").
      a.penalty += WEIGHTS.extraGeneric;
      extraGeneric++;
      continue;
    }
    if (entry.wholeNameOnly) {
      // Names made of common words are identified only as a whole: any extra word may be another company.
      a.penalty += WEIGHTS.extraDistinctiveSingle;
      if (cls !== "place") foreignExtras++;
    } else if (cls === "distinctive") {
      a.penalty += strict ? WEIGHTS.extraDistinctiveSingle : WEIGHTS.extraDistinctive;
      foreignExtras++;
    } else if (cls === "place") {
      a.penalty += WEIGHTS.extraPlace;
    } else {
      a.penalty +=
        strict && !tables.descriptorWords.has(query.tokens[qi]) ? WEIGHTS.extraForeignGenericSingle : WEIGHTS.extraForeignGeneric;
      // A group's word where the listed trade word is the only listed word missing ("Shanghai Huafu Group" for the listed
      // "Huafu Fashion") names the group, the parent that missing word allows for: not another trade in the listed one's
      // stead. Only beside the other listed words as written: a name a letter away with "Holdings" is another firm
      // ("Kingdom Holdings" for "Kingtom Aluminio"), and so is a name without the listed place ("Yida Group" for "Changji
      // Yida Textiles").
      if (!groupOfListed || !tables.groupWords.has(query.tokens[qi])) {
        extraGeneric++;
        foreignExtras++;
      }
    }
    if (tooWeak(a.penalty)) return null;
    extras.push(query.tokens[qi]);
  }
  if (subsidiary) {
    a.penalty = foundPenalty + WEIGHTS.namedSubsidiary;
    evidence.push({
      kind: "extra_word",
      text: `a company named after the listing, which covers its subsidiaries ("${extras.join(" ")}" added)`,
    });
    extras.length = 0;
  }
  if (listed.classes[0] === "place" && !a.covered[0]) otherLeadingPlace(query, entry, a);
  if (subsidiary) {
    // The listed name whole, then business words: no word of it replaced.
  } else if (missingGeneric > 0 && foreignExtras > 0) a.penalty += WEIGHTS.substitutedBusiness;
  else if (missingGeneric > 0 && extraGeneric > 0) a.penalty += WEIGHTS.substitutedGeneric;

  if (!inListedOrder(a.matchedAt)) {
    a.penalty += WEIGHTS.tokenOrder;
    evidence.push({ kind: "token_order", text: "same words in another order" });
  }
  if (missingTrade !== null) {
    a.penalty = Math.max(a.penalty, WEIGHTS.missingOnlyTradeWord);
    evidence.push({
      kind: "extra_word",
      text: `the listed name's only trade word, "${missingTrade}", is not in the supplier name: it may be the parent or a sister company, not the listed firm`,
    });
  }
  if (missingActivity !== null) {
    a.penalty = Math.max(a.penalty, WEIGHTS.missingOnlyTradeWord);
    evidence.push({
      kind: "extra_word",
      text: `a group's name without the listed business words ${missingActivity.map((w) => `"${w}"`).join(", ")}: it may be the parent or a sister company of the group, not the listed firm`,
    });
  }
  if (tooWeak(a.penalty)) return null;

  // A word of another language read as English ("kupfer" as copper), or a word found as another of its trade ("works"
  // for "factory"), is a reading, not the name as written: neither exact nor literal, so the country rule applies.
  // Each such reading costs WEIGHTS.otherReading, as a word found as another of its trade does (a pinyin word and a
  // translated word alike), so that the name as written ranks first.
  let readings = 0;
  let distinctiveReadings = 0;
  for (const [written, read] of query.rewrites) {
    if (!tables.translated.has(written)) continue;
    readings++;
    if (!tables.pinyinWords.has(written) || readsARequiredWord(read, entry)) distinctiveReadings++;
  }
  const nothingElseDiffers = a.penalty === 0 && !a.readOther;
  a.penalty += readings * WEIGHTS.otherReading;
  const exact = nothingElseDiffers && readings === 0;
  if (exact) evidence.unshift({ kind: "exact", text: "exact match after normalisation" });
  // Literal (for the country evidence, issue 10: "a match that is not exact on every distinctive word drops"): nothing
  // differs but business words read from pinyin ("Huaxue" for a listed "Chemical": the firm's own name in its own
  // language; tables.pinyinWords), and every required word was found as written (not as a plural or joined form, nor
  // read from another language). A translated word ("Bergbau") is not literal: a German name in Germany is a German firm.
  literal.value =
    nothingElseDiffers &&
    distinctiveReadings === 0 &&
    entry.required.every((li) => foundAsWritten(a.matchedAt, li, query.tokens, listed.tokens[li]));
  if (extras.length > 0) {
    evidence.push({
      kind: "extra_word",
      text: `extra word${extras.length > 1 ? "s" : ""} ${extras.map((e) => `"${e}"`).join(", ")} not in the listed name`,
    });
  }
  if (missingGeneric > 0)
    evidence.push({ kind: "generic", text: 'some business words (such as "group" or "glove") differ; they count for little' });
  describeNormalisation(query, evidence);
  return a.penalty;
}

/**
 * Whether the supplier name is written as a company's name, with a legal form ("COFCO Corporation") or a descriptor
 * ("Zhuhai Seine Technology"), rather than as a bare name or brand ("Chenguang", a trading name): a company's full name
 * without the listed trade word may be another company of the group, a bare name is a short form of the listed one.
 */
function namesACompany(query: LatinAnalysis, tables: NormalisationTables): boolean {
  if (query.strippedLegalForms.length > 0) return true;
  for (let qi = 0; qi < query.tokens.length; qi++) {
    if (query.classes[qi] === "legal" || tables.descriptorWords.has(query.tokens[qi])) return true;
  }
  return false;
}

/**
 * The listed name's one trade word (a generic word that is not a descriptor such as "group" or "technology", nor a word
 * that only joins others), when it has exactly one and the supplier name lacks it; else null.
 */
function onlyTradeWordMissing(listed: LatinAnalysis, covered: readonly boolean[], tables: NormalisationTables): string | null {
  let trade: string | null = null;
  let found = false;
  for (let li = 0; li < listed.tokens.length; li++) {
    const word = listed.tokens[li];
    if (listed.classes[li] !== "generic" || tables.descriptorWords.has(word) || tables.joiningWords.has(word)) continue;
    // A vessel's "No." and the words around a vessel's name say what it is, not what trade a firm is in.
    if (tables.vesselWords.includes(word)) continue;
    if (trade !== null && word !== trade) return null;
    trade = word;
    if (covered[li]) found = true;
  }
  return trade !== null && !found ? trade : null;
}

/**
 * The listed name's business words (its trade words and activityDescriptors: "international", "trade", "technology"), when
 * it has some, the supplier name has a group word ("group", "holdings") and lacks every one of them ("Gansu Yasheng Group
 * Co., Ltd." for the listed "Gansu Yasheng International Trade Group Co., Ltd.", 2026-12zza round): the group or a sister
 * firm of it, a possible match only. Else null.
 */
function groupWithoutActivity(
  query: LatinAnalysis,
  listed: LatinAnalysis,
  covered: readonly boolean[],
  tables: NormalisationTables,
): string[] | null {
  if (!query.tokens.some((t) => tables.groupWords.has(t))) return null;
  const missing: string[] = [];
  for (let li = 0; li < listed.tokens.length; li++) {
    const word = listed.tokens[li];
    if (listed.classes[li] !== "generic" || tables.groupWords.has(word) || tables.joiningWords.has(word)) continue;
    if (tables.vesselWords.includes(word)) continue;
    if (tables.descriptorWords.has(word) && !tables.activityDescriptors.has(word)) continue;
    if (covered[li]) return null;
    missing.push(word);
  }
  return missing.length > 0 ? missing : null;
}

/**
 * A company named after a listing that covers its subsidiaries ("Tangshan Sanyou Chemical Industries" for "Tangshan Sanyou
 * Group and its Subsidiaries"): the query starts with the listed words, in their order, at least two of them places or
 * distinctive words (a single word beside another trade often names another firm: "Supermax Hardware", "Top Glove
 * Supplies"), and adds only business words or places. One own name word of the subsidiary may stand right after the
 * listed words when a trade word follows it ("Tangshan Sanyou Xingda Chemical Fibre", 唐山三友兴达化纤): a Chinese group's
 * units are registered as the group's name, their own word, then their trade, and their Chinese names are read so by
 * cjkSubordinate (the listed Chinese name, then anything).
 * One listed word is enough when it is the listing's own acronym of three capitals or more ("FGV Palm Industries Sdn
 * Bhd", "FGV Refineries Sdn Bhd" for "FGV Holdings Berhad and its subsidiaries and joint ventures"; matching-48) and
 * only business words follow it: no place and no own word, as an acronym beside another name often names another firm.
 */
function namedSubsidiary(query: LatinAnalysis, entry: IndexedName, a: Alignment, tables: NormalisationTables): boolean {
  if (a.matchedAt.length < 2 || !a.used[0] || !inListedOrder(a.matchedAt)) return false;
  const listed = entry.latin!;
  let named = 0;
  let namedWord = "";
  let lastFound = -1;
  for (let k = 0; k < a.matchedAt.length; k += 2) {
    if (listed.classes[a.matchedAt[k]] !== "generic") {
      named++;
      namedWord = listed.tokens[a.matchedAt[k]];
    }
    if (a.matchedAt[k + 1] > lastFound) lastFound = a.matchedAt[k + 1];
  }
  const acronym = named === 1 && isListedAcronym(namedWord, entry);
  if (named < 2 && !acronym) return false;
  let extra = false;
  let ownWords = 0;
  /** An added business word the listing does not use: without one, the acronym and the listing's own words are read as
   * any name of the listing is ("XPCC Cotton Co Ltd"), not as a subsidiary's. */
  let unexplained = false;
  for (let qi = 0; qi < query.tokens.length; qi++) {
    if (a.used[qi] || query.classes[qi] === "legal") continue;
    if (acronym && query.classes[qi] !== "generic") return false;
    if (!isExpectedExtra(query, qi, entry) && !tables.joiningWords.has(query.tokens[qi])) unexplained = true;
    if (query.classes[qi] === "distinctive") {
      // One own word, right after the listed words, then a trade word (not a descriptor such as "group").
      const next = qi + 1 < query.tokens.length ? query.tokens[qi + 1] : null;
      const tradeNext =
        next !== null && query.classes[qi + 1] === "generic" && !tables.descriptorWords.has(next) && !tables.joiningWords.has(next);
      if (++ownWords > 1 || qi !== lastFound + 1 || !tradeNext) return false;
    }
    extra = true;
  }
  return extra && (!acronym || unexplained) && coversSubordinates(entry.listing);
}

/** The fewest letters of a listed acronym that alone names a subsidiary (namedSubsidiary): FGV, XPCC; not "SA". */
const MIN_ACRONYM_LETTERS = 3;

/** Whether a listed word (lower case) is written in the listed name as an acronym: letters, all capitals ("FGV"). */
function isListedAcronym(word: string, entry: IndexedName): boolean {
  if (word.length < MIN_ACRONYM_LETTERS || !/^[a-z]+$/.test(word)) return false;
  return entry.listed.name.split(/[^A-Za-z]+/).includes(word.toUpperCase());
}

/** Whether every required word of the listed name was found as written (not as a typo, a plural or a joined form). */
function requiredAsWritten(query: LatinAnalysis, entry: IndexedName, a: Alignment): boolean {
  const listed = entry.latin!;
  return entry.required.every((li) => foundAsWritten(a.matchedAt, li, query.tokens, listed.tokens[li]));
}

/** The listed leading place is missing: a place of the query's own before the words found stands in its stead. */
function otherLeadingPlace(query: LatinAnalysis, entry: IndexedName, a: Alignment): void {
  let first = query.tokens.length;
  for (let k = 1; k < a.matchedAt.length; k += 2) if (a.matchedAt[k] < first) first = a.matchedAt[k];
  for (let qi = 0; qi < first; qi++) {
    if (a.used[qi] || query.classes[qi] !== "place") continue;
    if (isExpectedExtra(query, qi, entry) || coversSubordinates(entry.listing)) return;
    a.penalty += WEIGHTS.otherLeadingPlace;
    a.evidence.push({
      kind: "extra_word",
      text: `another place, "${query.tokens[qi]}", where the listed name starts with "${entry.latin!.tokens[0]}": another company of the same name`,
    });
    return;
  }
}

/** Whether a word read from another language (its English reading, one or more words) reads one of the listed name's required words. */
function readsARequiredWord(read: string, entry: IndexedName): boolean {
  const listed = entry.latin!.tokens;
  for (const word of read.split(" ")) for (const li of entry.required) if (listed[li] === word) return true;
  return false;
}

function foundAsWritten(matchedAt: readonly number[], li: number, query: readonly string[], word: string): boolean {
  for (let k = 0; k < matchedAt.length; k += 2) if (matchedAt[k] === li && query[matchedAt[k + 1]] === word) return true;
  return false;
}

/** Whether the query words found keep the listed order: no two found in crossed positions. */
function inListedOrder(matchedAt: readonly number[]): boolean {
  for (let i = 0; i < matchedAt.length; i += 2) {
    for (let j = i + 2; j < matchedAt.length; j += 2) {
      const listedBefore = matchedAt[i] < matchedAt[j];
      if (listedBefore ? matchedAt[i + 1] > matchedAt[j + 1] : matchedAt[i + 1] < matchedAt[j + 1]) return false;
    }
  }
  return true;
}

function scoreCjk(query: CjkAnalysis, entry: IndexedName): NameMatch | null {
  const listed = entry.cjk!;
  let score: number;
  let how: Evidence;
  if (query.core === listed.core) {
    score = query.branch ? 1 - WEIGHTS.branch : 1;
    how = { kind: "cjk_exact", text: `Chinese name "${entry.listed.name}" matches after removing legal forms` };
  } else if (listed.core.length >= MIN_CJK_CONTAINED_LENGTH && query.core.startsWith(listed.core) && coversSubordinates(entry.listing)) {
    score = 1 - WEIGHTS.cjkSubordinate;
    how = {
      kind: "cjk_contains",
      text: `starts with the listed Chinese name "${listed.core}", and the listing covers its subsidiaries or subordinates ("${query.core.slice(listed.core.length)}")`,
    };
  } else if (listed.core.length >= MIN_CJK_CONTAINED_LENGTH && query.core.includes(listed.core)) {
    score = 1 - WEIGHTS.cjkContained;
    how = {
      kind: "cjk_contains",
      text: query.core.startsWith(listed.core)
        ? `possible subsidiary or branch: starts with the listed Chinese name "${listed.core}" and adds "${query.core.slice(listed.core.length)}"`
        : `listed Chinese name "${listed.core}" contained; extra "${query.core.replace(listed.core, "")}" (a branch or qualifier?)`,
    };
  } else if (query.core.length >= MIN_CJK_CONTAINING_LENGTH && listed.core.includes(query.core)) {
    score = 1 - WEIGHTS.cjkContaining;
    how = { kind: "cjk_contains", text: `"${query.core}" is part of the listed Chinese name "${listed.core}"` };
  } else if (listed.named && listed.named !== listed.core && listed.named.length >= 4 && query.core.startsWith(listed.named)) {
    // 骆驼集团襄阳蓄电池 for 骆驼集团(股份有限公司): named after the listed company, with a place and a business added.
    score = 1 - WEIGHTS.cjkContained;
    how = {
      kind: "cjk_contains",
      text: `possible subsidiary: starts with the listed Chinese name "${listed.named}" and adds "${query.core.slice(listed.named.length)}"`,
    };
  } else if (entry.shortCore && query.core === entry.shortCore) {
    score = 1 - WEIGHTS.cjkContaining;
    how = {
      kind: "cjk_contains",
      text: `possible short form of the listed Chinese name "${listed.core}" (without "${droppedPrefix(listed.core, entry.shortCore)}" and the legal form)`,
    };
  } else {
    return null;
  }
  const evidence: Evidence[] = [how];
  if (query.stripped.length > 0)
    evidence.push({ kind: "legal_form", text: `legal form ${query.stripped.map((s) => `"${s}"`).join(", ")} ignored` });
  if (query.core === listed.core && query.branch) evidence.push({ kind: "cjk_contains", text: `a branch of it: "${query.branch}"` });
  return new Match(entry.listing, entry.listed, score, evidence, query.core === listed.core);
}
