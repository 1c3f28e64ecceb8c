/**
 * The head-noun stage of the product reader: which of the goods found in a product text is the article the text
 * names, and which only qualify it. A phrase names one article, its head: in English the last noun before
 * qualifiers (sizes, counts, "for …", "with …"); in Chinese the end of the word run. A good named before the head
 * in the same phrase is a modifier: what the article is made of ("cotton bag", "silver necklace"), what it is for
 * ("laptop bag", "coffee filter"), or what a service works on ("toy safety testing"). The head nouns that are not
 * List goods are a data table, src/data/sector/head-nouns.json; the rule and its sources are in
 * docs/sector-risk.md, "Head nouns". Pure: given the text's tokens and where goods were found, it says which
 * governor (if any) each found good is under.
 */
import headJson from "../../data/sector/head-nouns.json";
import { cjkKey } from "../countries/tables";
import { foldText, hasCjk, latinTokens } from "../normalise/text";
import { dotlessI } from "./turkish";
import { thaiTable } from "./thai";
import { russianTable } from "./russian";
import { czechTable, lStroke, polishTable } from "./west-slavic";
import { romanceTables } from "./romance";

/** article, accessory, service: see head-nouns.json; name: a word that makes the words before it a name ("Rice University"). */
export type HeadKind = "article" | "accessory" | "service" | "name";
/** A language whose head-first heads read anywhere count only in a text read in it. */
export type HeadLanguage = "malay" | "portuguese";
const ALL_LANGUAGES: ReadonlySet<HeadLanguage> = new Set<HeadLanguage>(["malay", "portuguese"]);

export interface HeadNounFile {
  boundaries: string[];
  quantityAfter: string[];
  /**
   * Pack words that are also heads ("case"): directly followed by a bare count ("large case 1000") the word is the
   * quantity the good comes in, not an accessory of it; the search for a head after the good ends there.
   */
  countPacks?: string[];
  /**
   * Goods' terms that are a product line ("iphone", "samsung galaxy"): a word with a digit in the two words right after
   * one is its model number ("iPhone 15", "Galaxy S24", "iPad Air 5"), not a size or count, and the search for a head
   * after the good goes on past it ("iPhone 15 Clear Case" is a case).
   */
  modelNames?: string[];
  /**
   * Words that open an exclusion ("excluding", "excl.", "other than"): a good named after one, in the same phrase,
   * is excluded from the text ("Clothing, excluding footwear", "Sports goods (excl. footballs)").
   */
  exclusions?: string[];
  /** Words after an article or accessory head that say what it is for: a good after them is its purpose ("Case for iPhone"). */
  purpose?: string[];
  /**
   * Words that add something to the goods named before them ("including", "incl"): a service word after one, with a
   * good before it, comes with the goods and does not make the text a service ("Carpet replacement, including
   * installation").
   */
  inclusions?: string[];
  /**
   * Words that name what comes with the good before them ("Human hair wig with wig cap"): the words after one, in the
   * good's phrase, say nothing of what the good is, so an "unless" phrase of the good is not looked for there.
   */
  accompaniments?: { words: string[]; note?: string };
  /** Words after a service head that say what it works on: a good after them is its object ("Removal of furniture"). */
  complement?: string[];
  /**
   * Purpose words written only after the article they qualify (Portuguese "p/", para): a good after one, with words
   * before it in its phrase, is what that article is for ("Saco ráfia PP p/ açúcar", "Barril de carvalho p/ cachaça").
   */
  purposeAfterArticle?: string[];
  /** Service heads that supply what follows their complement word ("Delivery of road salt" supplies the salt). */
  supplyingServices?: string[];
  /** Characters after which a Chinese or Japanese word has ended, as at the end of a run (the Japanese の, "of"). */
  cjkWordEnds?: string[];
  /**
   * A group may say where its words count as heads. "adjacent": only directly after the good (味 flavour, 清洁 cleaning:
   * "番茄味锅巴" is a flavour, "新鲜番茄美味多汁" still tomatoes, "纯棉袜子易清洁" still socks). "wordEnd" (Chinese): only
   * where the word ends the run of characters or one of `cjkWordEnds` (the Japanese の) follows ("番茄酱陆运费" is freight,
   * "纯棉T恤运费到付" still a T-shirt).
   * "phraseEnd": only as the last word of the good's phrase or directly before one of "before" ("for rice packing",
   * "packing material"; "Frozen shrimp IQF packing 10 x 1 kg" names the good and how it is packed).
   * "packBeforeNumber": not directly before a number, where the word is the pack the good comes in ("Broccoli box 6kg";
   * "Banana boxes reused" are boxes).
   */
  heads: Array<{
    kind: HeadKind;
    words: string[];
    note?: string;
    adjacent?: boolean;
    wordEnd?: boolean;
    phraseEnd?: boolean;
    packBeforeNumber?: boolean;
    before?: string[];
  }>;
  /**
   * Conjunctions ("and") that join a good to a second modifier of one head: in "Coconut and shea body butter" or
   * "Glass and mirror cleaner" the singular good before the conjunction qualifies the head after the second modifier,
   * as in "Coconut body butter". A plural good before it is a noun of its own ("Gloves and face masks").
   */
  sharedHeadConjunctions?: string[];
  /**
   * Material words ("fabric", "cloth", "textile"): a good whose term ends in one, named after another good in its
   * phrase, is that good's cover or material ("Chair … Blue Fabric"), not its head.
   */
  attributeMaterials?: string[];
  /** Attribute materials that are also an article: alone, directly after another good's term, they are that article. */
  kindMaterials?: string[];
  /**
   * Word sequences that describe a good and are never its head, though they contain a head word ("short sleeve",
   * "long sleeve" on a garment; "skin on" on a fillet or wedge): the search for a head after a good skips them. Chinese
   * ones are skipped in the run after a Chinese good (去壳 shelled and 去皮 peeled hold 壳 and 皮; 罐头 canned holds 罐).
   */
  attributePhrases?: string[];
  materialsThatStay: { goods: string[]; note?: string };
  /**
   * Languages that write the head first (Vietnamese: "đế giày", a shoe sole; "máy pha cà phê", a coffee machine): head
   * words written before the good they govern, with at most two words between ("keo dán giày", shoe glue). Read only in
   * a phrase read head first, where a good after another good is its modifier ("áo polo vải cotton"). A group marked
   * `anywhere` is read so in every text, before the heads written after the good (Portuguese: "forma p/ calçados", "doce
   * de banana"); with `language` "malay" (Malay and Indonesian: "kotak sarung tangan", a glove box; "pakan udang", shrimp
   * feed), only in a text the product reader reads as Malay or Indonesian (`malay` in terms.json); with `language`
   * "portuguese" ("forma", "capa", "doce de"), only in a text it reads as Portuguese (`portuguese` in terms.json), not in
   * "Forma Ideale cheese" or "Capa de cacao". A group with `materialAfter` words ("de") does not govern a material named
   * after one of them ("Capa de algodão", a cover made of cotton): the material is the good.
   */
  headFirst?: {
    note?: string;
    heads: Array<{ kind: HeadKind; words: string[]; anywhere?: boolean; language?: HeadLanguage; materialAfter?: string[]; note?: string }>;
  };
  /** Natural stones of the List (sector Mining): an article worked from one (a headstone, a plaque) is still the stone. */
  workedStones?: { goods: string[]; note?: string };
  /**
   * Goods whose outfit or parts are named after one of `words` ("with", a boundary word): a good named after the word,
   * following one of these goods in its phrase, is that good's ("Plush reindeer with scarf", "Doll with dress and shoes":
   * a toy's clothes are the toy's), not a second good.
   */
  outfits?: {
    goods: string[];
    words: string[];
    /**
     * For an owner good listed here, the only goods it owns after the word ("Soap with goat milk": a soap owns its
     * ingredients, not the towel of a gift set, "Soap with cotton towel"); an owner good not listed owns any good.
     */
    owns?: Record<string, string[]>;
    note?: string;
  };
  /**
   * Words that name a good and also the pack it is sold in ("tin"): directly after a quantity (a number, or a number
   * and one of `packUnits`: "2.6kg Tin", "5 litre tin") the word is the pack, not the good.
   */
  packs?: string[];
  packUnits?: string[];
  /**
   * Words that say a good is absent when they directly follow it ("free": "Peanut-free catering", "Sugar free syrup"):
   * the good is excluded from the text.
   */
  freeFrom?: string[];
  /**
   * Words that, directly after an article or accessory head, name what is put into it ("refill": "Salt bin refills",
   * "Soap dispenser refills"): the head word then names the container the good goes into, not the article bought, and
   * no later word is read as the good's head ("Salt bin refill bags" are salt, in bags).
   */
  refills?: string[];
}

/** Where a good was found: token positions (Latin) or character positions in the CJK key (Chinese), end exclusive. */
export interface GoodSpan {
  start: number;
  end: number;
  /** A material term ("cotton", "leather"): it does not govern a good before it ("polo shirt, pique cotton"). */
  material: boolean;
  /** The text writes the term's last word in the plural ("bathrobes" for "bathrobe"): the good is a noun of its own. */
  plural?: boolean;
  /** The goods the term gives, when the caller knows them: a good of `outfits` owns the goods named after "with". */
  goods?: readonly string[];
  /**
   * Whether this good is read head first, whatever the text's reading: in a text mixing two scripts each term is read
   * in its own language's order (a Thai term head first, an English one in English order: "เส้นหมี่ข้าว (Rice Vermicelli)").
   */
  headFirst?: boolean;
}

/** What a good found in the text is subordinate to: a head noun of the table, or another good after it. */
export interface Governor {
  /** "excluded": the good is named in an exclusion ("excl. glasses"); word is the word that opened it. */
  kind: HeadKind | "good" | "excluded";
  /** The head as found (folded), e.g. "bag", "testing", "壳"; for kind "good" the position of the governing good. */
  word: string;
  /** For kind "good" in Latin text: the token position where the governing good starts. */
  start?: number;
}

/** A Chinese head word, as a CJK key, and where it counts (HeadNounFile.heads: "adjacent", "wordEnd"). */
interface CjkHead {
  word: string;
  kind: HeadKind;
  adjacent: boolean;
  wordEnd: boolean;
}

/** Where a head of a placed group counts (HeadNounFile.heads: "adjacent", "phraseEnd", "before"). */
interface HeadPlace {
  adjacent: boolean;
  phraseEnd: boolean;
  packBeforeNumber: boolean;
  before: ReadonlySet<string>;
}

/** Punctuation that ends a phrase ("Gloves, nitrile", "Laptop (15 in) bag"). Hyphens do not: "t-shirt". */
// A slash ends a phrase, except after a one-letter abbreviation ("p/ calçados", para; "c/ osso", com), which is a word.
// Where Thai and Latin letters meet, a phrase ends too: an English description beside its Thai name ("Nitrile exam gloves
// ถุงมือไนไตรล์") names the same thing twice, not a good and its head.
const PHRASE_PUNCTUATION =
  /[,;:()[\]+|]|(?<!(?:^|[^\p{L}\p{N}])\p{L})\/| - |(?<=\p{Script=Thai})\s+(?=\p{Script=Latin})|(?<=\p{Script=Latin})\s+(?=\p{Script=Thai})/u;
const DIGIT = /\p{N}/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** A model number written into a Chinese word (苹果15手机壳: the run goes on through "15"); a space ends it. */
const MODEL_CHAR = /[0-9a-z]/;
const QUANTITY = /^\d+(?:g|kg|mg|ml|cl|l|mm|cm|m|v|w|ah|mah|pcs|pc|x)$/;

function plurals(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`];
  if (word.endsWith("y")) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

export class HeadNounReader {
  private readonly latinHeads = new Map<string, HeadKind>();
  /** Where a Latin head counts, when its group says (see HeadNounFile.heads). */
  private readonly latinPlaces = new Map<string, HeadPlace>();
  private readonly cjkHeads: CjkHead[] = [];
  /** Characters after which a CJK word has ended (の), as CJK keys. */
  private readonly cjkWordEnds: ReadonlySet<string>;
  private readonly longestLatin: number;
  private readonly boundaries: ReadonlySet<string>;
  private readonly quantityAfter: ReadonlySet<string>;
  private readonly countPacks: ReadonlySet<string>;
  private readonly modelNames: ReadonlySet<string>;
  private readonly packs: ReadonlySet<string>;
  private readonly packUnits: ReadonlySet<string>;
  private readonly stays: ReadonlySet<string>;
  private readonly workedStones: ReadonlySet<string>;
  private readonly outfitGoods: ReadonlySet<string>;
  private readonly outfitWords: ReadonlySet<string>;
  private readonly outfitOwns: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly exclusions: ReadonlySet<string>;
  private readonly exclusionStarts: ReadonlySet<string>;
  private readonly longestExclusion: number;
  private readonly purpose: ReadonlySet<string>;
  private readonly inclusions: ReadonlySet<string>;
  private readonly accompaniments: ReadonlySet<string>;
  private readonly complement: ReadonlySet<string>;
  private readonly purposeAfterArticle: ReadonlySet<string>;
  /** Each purpose abbreviation with the pattern of it written with its slash ("p/"). */
  private readonly purposeAfterArticleWritten: ReadonlyArray<readonly [string, RegExp]>;
  private readonly supplying: ReadonlySet<string>;
  private readonly attributeMaterials: ReadonlySet<string>;
  private readonly kindMaterials: ReadonlySet<string>;
  private readonly attributePhrases: string[][];
  /** Chinese attribute phrases, as CJK keys, longest first. */
  private readonly cjkAttributePhrases: string[];
  private readonly freeFrom: ReadonlySet<string>;
  private readonly refills: ReadonlySet<string>;
  private readonly sharedHeadConjunctions: ReadonlySet<string>;
  private readonly headFirstHeads = new Map<string, HeadKind>();
  /** The head-first heads read in every text, not only in a phrase read head first, with their language if any. */
  private readonly anywhereHeads = new Map<string, { kind: HeadKind; language?: HeadLanguage }>();
  /** The words after which a head read anywhere does not govern a material ("capa" → "de"). */
  private readonly materialAfter = new Map<string, ReadonlySet<string>>();

  constructor(file: HeadNounFile) {
    for (const head of file.heads) {
      for (const word of head.words) {
        // Turkish heads with ı are read as the reader reads every text: ı as i ("kutu", "yapıştırıcı").
        const folded = foldText(dotlessI(word));
        if (hasCjk(folded)) {
          this.cjkHeads.push({ word: cjkKey(folded), kind: head.kind, adjacent: head.adjacent === true, wordEnd: head.wordEnd === true });
          continue;
        }
        const tokens = latinTokens(folded);
        if (tokens.length === 0) throw new Error(`head-nouns.json: the head "${word}" has no words`);
        for (const last of plurals(tokens[tokens.length - 1])) {
          const key = [...tokens.slice(0, -1), last].join(" ");
          const known = this.latinHeads.get(key);
          if (known && known !== head.kind) throw new Error(`head-nouns.json: "${key}" is both ${known} and ${head.kind}`);
          this.latinHeads.set(key, head.kind);
          if (head.adjacent || head.phraseEnd || head.packBeforeNumber) {
            this.latinPlaces.set(key, {
              adjacent: head.adjacent === true,
              phraseEnd: head.phraseEnd === true,
              packBeforeNumber: head.packBeforeNumber === true,
              before: new Set((head.before ?? []).flatMap((w) => plurals(foldText(w).trim()))),
            });
          }
        }
      }
    }
    this.cjkHeads.sort((a, b) => b.word.length - a.word.length);
    this.cjkWordEnds = new Set((file.cjkWordEnds ?? []).map((w) => cjkKey(foldText(w))));
    for (const w of this.cjkWordEnds) if ([...w].length !== 1) throw new Error(`head-nouns.json: the word end "${w}" is not one character`);
    this.longestLatin = Math.max(1, ...[...this.latinHeads.keys()].map((k) => k.split(" ").length));
    this.boundaries = new Set(file.boundaries.map((w) => foldText(w)));
    this.quantityAfter = new Set(file.quantityAfter.map((w) => foldText(w)));
    this.countPacks = new Set((file.countPacks ?? []).flatMap((w) => plurals(latinTokens(foldText(w)).join(" "))));
    this.modelNames = new Set((file.modelNames ?? []).map((w) => latinTokens(foldText(w)).join(" ")));
    this.packs = new Set((file.packs ?? []).map((w) => latinTokens(foldText(w)).join(" ")));
    this.packUnits = new Set((file.packUnits ?? []).map((w) => foldText(w).trim()));
    this.stays = new Set(file.materialsThatStay.goods);
    this.workedStones = new Set(file.workedStones?.goods ?? []);
    this.outfitGoods = new Set(file.outfits?.goods ?? []);
    this.outfitWords = new Set((file.outfits?.words ?? []).map((w) => foldText(w).trim()));
    this.outfitOwns = new Map(Object.entries(file.outfits?.owns ?? {}).map(([owner, goods]) => [owner, new Set(goods)] as const));
    const phrase = (w: string) => latinTokens(foldText(w)).join(" ");
    this.exclusions = new Set((file.exclusions ?? []).map(phrase));
    this.exclusionStarts = new Set([...this.exclusions].map((k) => k.split(" ")[0]));
    this.longestExclusion = Math.max(1, ...[...this.exclusions].map((k) => k.split(" ").length));
    this.purpose = new Set((file.purpose ?? []).map(phrase));
    this.inclusions = new Set((file.inclusions ?? []).map(phrase));
    this.accompaniments = new Set((file.accompaniments?.words ?? []).map(phrase));
    this.complement = new Set((file.complement ?? []).map(phrase));
    this.purposeAfterArticle = new Set((file.purposeAfterArticle ?? []).map(phrase));
    this.purposeAfterArticleWritten = [...this.purposeAfterArticle].map((w) => [w, new RegExp(`(?:^|[^\\p{L}\\p{N}])${w}/`, "u")] as const);
    this.supplying = new Set((file.supplyingServices ?? []).map(phrase));
    this.attributeMaterials = new Set((file.attributeMaterials ?? []).map(phrase));
    this.kindMaterials = new Set((file.kindMaterials ?? []).map(phrase));
    for (const word of this.kindMaterials) {
      if (!this.attributeMaterials.has(word)) throw new Error(`head-nouns.json: the kind material "${word}" is not an attribute material`);
    }
    this.attributePhrases = (file.attributePhrases ?? []).filter((w) => !hasCjk(foldText(w))).map((w) => latinTokens(foldText(w)));
    this.cjkAttributePhrases = (file.attributePhrases ?? [])
      .map((w) => foldText(w))
      .filter(hasCjk)
      .map(cjkKey)
      .sort((a, b) => b.length - a.length);
    this.freeFrom = new Set((file.freeFrom ?? []).map(phrase));
    this.refills = new Set((file.refills ?? []).flatMap((w) => plurals(phrase(w))));
    this.sharedHeadConjunctions = new Set((file.sharedHeadConjunctions ?? []).map(phrase));
    for (const head of file.headFirst?.heads ?? []) {
      for (const word of head.words) {
        const key = phrase(word.replace(/đ/g, "d"));
        this.headFirstHeads.set(key, head.kind);
        if (head.anywhere) {
          const materialAfter = new Set((head.materialAfter ?? []).map(phrase));
          this.anywhereHeads.set(key, { kind: head.kind, language: head.language });
          if (materialAfter.size > 0) this.materialAfter.set(key, materialAfter);
        }
      }
    }
  }

  /** A head read anywhere, in a text read in these languages (one without `language` in every text). */
  private anywhereHead(words: string, languages: ReadonlySet<HeadLanguage>): HeadKind | undefined {
    const head = this.anywhereHeads.get(words);
    return head && (!head.language || languages.has(head.language)) ? head.kind : undefined;
  }

  /** The length of the attribute phrase ("short sleeve", "skin on") starting at token i, or 0. */
  private attributePhraseAt(tokens: readonly string[], i: number): number {
    for (const words of this.attributePhrases) {
      if (words.length > 0 && words.every((w, k) => tokens[i + k] === w || tokens[i + k] === `${w}s`)) return words.length;
    }
    return 0;
  }

  /** Where the text's Latin attribute phrases stand ("head on", "skin on"): token spans, end exclusive. */
  attributeSpans(tokens: readonly string[]): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const n = this.attributePhraseAt(tokens, i);
      if (n > 0) spans.push([i, i + n]);
    }
    return spans;
  }

  /** Whether a word introduces what an article is for ("for"). */
  isPurpose(word: string): boolean {
    return this.purpose.has(word);
  }

  /** Whether a word names what comes with the good before it ("with"). */
  isAccompaniment(word: string): boolean {
    return this.accompaniments.has(word);
  }

  /** Whether a word adds something to the goods before it ("including"). */
  isInclusion(word: string): boolean {
    return this.inclusions.has(word);
  }

  /** Whether a word ends the phrase a head is in: a boundary ("for", "with", "and" …) or opens an exclusion ("excluding"). */
  isBoundary(word: string): boolean {
    return this.boundaries.has(word) || this.exclusionStarts.has(word);
  }

  /** The kind of a Latin head word or phrase ("bag", "screen protectors"), or undefined when it is not in the table. */
  headKind(words: string): HeadKind | undefined {
    return this.latinHeads.get(latinTokens(foldText(words)).join(" "));
  }

  /**
   * The phrase number of each token (tokens as latinTokens(foldText(text)) gives them): punctuation ends a
   * phrase. When splitting at punctuation tokenises differently from the whole text, the text is one phrase.
   */
  latinPhrases(folded: string, tokens: readonly string[]): number[] {
    const ids: number[] = [];
    folded.split(PHRASE_PUNCTUATION).forEach((chunk, phrase) => {
      for (let n = latinTokens(chunk).length; n > 0; n--) ids.push(phrase);
    });
    if (ids.length !== tokens.length) return tokens.map(() => 0);
    return ids;
  }

  /**
   * A good named after an outfit word ("with") that follows, in its phrase, a good whose outfit it can be (`outfits`:
   * Toys) is that good's outfit or part: "Plush reindeer 30cm with scarf" is a toy, its scarf the toy's. The nearest
   * outfit word before the good decides.
   */
  private outfit(tokens: readonly string[], phrases: readonly number[], span: GoodSpan, spans: readonly GoodSpan[]): Governor | null {
    if (this.outfitGoods.size === 0 || (span.goods ?? []).some((g) => this.outfitGoods.has(g))) return null;
    for (let i = span.start - 1; i >= 0 && phrases[i] === phrases[span.start]; i--) {
      if (!this.outfitWords.has(tokens[i])) continue;
      const owner = spans.find(
        (g) =>
          g.end <= i &&
          phrases[g.start] === phrases[span.start] &&
          (g.goods ?? []).some((good) => this.outfitGoods.has(good) && this.owns(good, span.goods)),
      );
      return owner ? { kind: "good", word: tokens.slice(owner.start, owner.end).join(" "), start: owner.start } : null;
    }
    return null;
  }

  /** Whether an outfit owner good owns a good named after the outfit word (`outfits.owns`). */
  private owns(owner: string, goods: readonly string[] | undefined): boolean {
    const owned = this.outfitOwns.get(owner);
    return !owned || !goods || goods.some((g) => owned.has(g));
  }

  /**
   * A good whose words are a pack word ("tin") directly after a quantity ("2.6kg Tin", "5 litre tin", "48 TIN") names
   * the pack, not the good: it is governed as an article, itself.
   */
  private pack(tokens: readonly string[], phrases: readonly number[], span: GoodSpan): Governor | null {
    const words = tokens.slice(span.start, span.end).join(" ");
    if (!this.packs.has(words)) return null;
    const number = (i: number) => i >= 0 && DIGIT.test(tokens[i]);
    const before = span.start - 1;
    const quantity =
      number(before) ||
      (before >= 1 && this.packUnits.has(tokens[before]) && number(before - 1) && phrases[before - 1] === phrases[before]);
    return quantity && phrases[before] === phrases[span.start] ? { kind: "article", word: words } : null;
  }

  /** For each good found in Latin text (token spans), the head that governs it, or null when it is the head itself. */
  latin(
    folded: string,
    tokens: readonly string[],
    spans: readonly GoodSpan[],
    headFirst = false,
    languages: ReadonlySet<HeadLanguage> = ALL_LANGUAGES,
  ): Array<Governor | null> {
    const phrases = this.latinPhrases(folded, tokens);
    // The Malay and Indonesian heads marked `anywhere` are read only in a text the reader takes for Malay or Indonesian
    // ("Pakan udang"), not in an English one ("Uji green tea", "Tutup tomato paste", "Benih shrimp"); the Portuguese
    // ones only in a text it takes for Portuguese ("Forma p/ calçados"), not in "Forma cheese wheel" or "Capa de cacao".
    const anywhere = (words: string) => this.anywhereHead(words, languages);
    // The purpose abbreviations written in this text with their slash ("p/"), not a letter of a code ("S1P", "P10").
    const written = new Set(this.purposeAfterArticleWritten.filter(([, pattern]) => pattern.test(folded)).map(([w]) => w));
    // A material word of kindMaterials that is also an article ("jersey"), alone and directly after another good's term, is
    // that article, and the good names its kind ("Football jersey" is a jersey); with words between ("tee cotton jersey")
    // it is what the good is made of.
    const compoundHead = (s: GoodSpan) =>
      s.end - s.start === 1 && this.kindMaterials.has(tokens[s.start]) && spans.some((t) => t !== s && !t.material && t.end === s.start);
    const isAttribute = (s: GoodSpan) => this.attributeMaterials.has(tokens[s.end - 1]) && !compoundHead(s);
    const goodStarts = new Map(spans.filter((s) => !s.material).map((s) => [s.start, s]));
    // A good that is not a material is not governed by a material word after it ("Chair … Blue Fabric").
    const productStarts = new Map([...goodStarts].filter(([, s]) => !isAttribute(s)));
    const governors = spans.map((span) =>
      (span.headFirst ?? headFirst)
        ? (this.outfit(tokens, phrases, span, spans) ??
          this.pack(tokens, phrases, span) ??
          this.before(tokens, phrases, span, spans, anywhere, written) ??
          this.headBefore(tokens, phrases, span, spans) ??
          this.goodBefore(tokens, phrases, span, productStarts))
        : (this.outfit(tokens, phrases, span, spans) ??
          this.pack(tokens, phrases, span) ??
          this.before(tokens, phrases, span, spans, anywhere, written) ??
          this.headBefore(tokens, phrases, span, spans, anywhere) ??
          this.after(tokens, phrases, span, span.material ? goodStarts : productStarts) ??
          this.sharedHead(tokens, phrases, span, spans) ??
          (span.material ? this.articleBefore(tokens, phrases, span) : null) ??
          (isAttribute(span) ? this.goodBefore(tokens, phrases, span, productStarts) : null)),
    );
    // A good that qualifies another good which itself qualifies an article, accessory or service head qualifies that
    // head too ("Ceramic tea cup": ceramic → tea → cup, so the cup is of ceramic; the tea is what the cup is for).
    const byStart = new Map(spans.map((s, k) => [s.start, k]));
    return governors.map((governor) => {
      let current = governor;
      for (let hops = 0; current?.kind === "good" && current.start !== undefined && hops < spans.length; hops++) {
        const next = byStart.has(current.start) ? governors[byStart.get(current.start)!] : null;
        if (!next || next.kind === "excluded") break;
        current = next;
      }
      return current && current.kind !== "good" && current.kind !== "excluded" ? current : governor;
    });
  }

  /**
   * A material word ("fabric") named after a good that is not a material, in its phrase with no digit or boundary
   * word between, is that good's attribute: the good governs it ("Sofa bed grey fabric").
   */
  private goodBefore(
    tokens: readonly string[],
    phrases: readonly number[],
    span: GoodSpan,
    productStarts: ReadonlyMap<number, GoodSpan>,
  ): Governor | null {
    for (let i = span.start - 1; i >= 0 && phrases[i] === phrases[span.start]; i--) {
      if (this.isBoundary(tokens[i]) || DIGIT.test(tokens[i])) return null;
      const good = productStarts.get(i);
      if (good && good.end <= span.start) return { kind: "good", word: tokens.slice(good.start, good.end).join(" ") };
    }
    return null;
  }

  /** Whether a text opens with a head written before its good ("May pha ca phe …", "Op lung dien thoai …"). */
  opensHeadFirst(tokens: readonly string[]): boolean {
    return this.headFirstHeads.has(tokens[0] ?? "") || this.headFirstHeads.has(tokens.slice(0, 2).join(" "));
  }

  /**
   * In a phrase read head first, a head word written before the good with at most two words between, none a good, a
   * digit or a boundary word ("đế giày", "keo dán giày", "gia công rang xay cà phê"): it governs the good. With the
   * table of heads read anywhere, the same in any phrase ("Kotak dispenser sarung tangan").
   */
  private headBefore(
    tokens: readonly string[],
    phrases: readonly number[],
    span: GoodSpan,
    spans: readonly GoodSpan[],
    headOf: (words: string) => HeadKind | undefined = (words) => this.headFirstHeads.get(words),
  ): Governor | null {
    for (let end = span.start; end >= span.start - 2 && end > 0; end--) {
      if (end < span.start) {
        const between = tokens[end];
        if (phrases[end] !== phrases[span.start] || this.isBoundary(between) || DIGIT.test(between)) return null;
        if (spans.some((g) => g.start <= end && end < g.end)) return null;
      }
      for (let n = Math.min(2, end); n >= 1; n--) {
        if (phrases[end - n] !== phrases[span.start]) continue;
        const words = tokens.slice(end - n, end).join(" ");
        const kind = headOf(words);
        // A material after "de" is what the head is made of, not what it is for ("Capa de algodão", "capa de edredom algodão").
        const madeOf = this.materialAfter.get(words);
        if (kind && span.material && madeOf && tokens.slice(end, span.start).some((w) => madeOf.has(w))) return null;
        if (kind && !spans.some((g) => g.start < end && end - n < g.end)) return { kind, word: words };
      }
    }
    return null;
  }

  /**
   * A material named after an article or accessory head in its phrase is that article's attribute, as in a catalogue
   * line ("Tote bag cotton canvas", "Pad Incontinence Cotton Feel"): the head governs it. A digit or a boundary word
   * between them ends the search.
   */
  private articleBefore(tokens: readonly string[], phrases: readonly number[], span: GoodSpan): Governor | null {
    for (let i = span.start - 1; i >= 0 && phrases[i] === phrases[span.start]; i--) {
      if (this.isBoundary(tokens[i]) || DIGIT.test(tokens[i])) return null;
      for (let n = Math.min(this.longestLatin, i + 1); n >= 1; n--) {
        const words = tokens.slice(i - n + 1, i + 1).join(" ");
        const kind = this.latinHeads.get(words);
        if (kind === "article" || kind === "accessory") return { kind, word: words };
      }
    }
    return null;
  }

  /**
   * What governs a good from before it in its phrase: an exclusion opened earlier ("Clothing, excluding footwear"),
   * or the nearest "for" / "of" right after a head ("Case for iPhone", "Removal and storage of office furniture").
   */
  private before(
    tokens: readonly string[],
    phrases: readonly number[],
    span: GoodSpan,
    spans: readonly GoodSpan[],
    anywhere: (words: string) => HeadKind | undefined = (words) => this.anywhereHead(words, ALL_LANGUAGES),
    written: ReadonlySet<string> = new Set(),
  ): Governor | null {
    const inPhrase = (i: number) => i >= 0 && phrases[i] === phrases[span.start];
    for (let i = span.start - 1; inPhrase(i); i--) {
      for (let n = Math.min(this.longestExclusion, span.start - i); n >= 1; n--) {
        const words = tokens.slice(i, i + n).join(" ");
        if (this.exclusions.has(words)) return { kind: "excluded", word: words };
      }
    }
    for (let i = span.start - 1; inPhrase(i); i--) {
      const link = tokens[i];
      if (!this.purpose.has(link) && !this.complement.has(link)) continue;
      // A size or quantity may stand between the head and the link ("Ultrasonic cleaner 2L for circuit boards").
      let headEnd = i;
      const sizeWord = (w: string) => DIGIT.test(w) || this.packUnits.has(w);
      while (i - headEnd < 3 && inPhrase(headEnd - 1) && sizeWord(tokens[headEnd - 1])) headEnd--;
      if (!tokens.slice(headEnd, i).some((w) => DIGIT.test(w))) headEnd = i;
      // A purpose word that opens its phrase says what the head ending the phrase before it is for ("Vacuum cleaners:
      // for carpets", "Storage boxes, for toys").
      const opensPhrase = this.purpose.has(link) && i === headEnd && i > 0 && phrases[i - 1] !== phrases[i];
      const headPhrase = (k: number) => inPhrase(k) || (opensPhrase && k >= 0 && phrases[k] === phrases[i - 1]);
      for (let n = Math.min(this.longestLatin, headEnd); n >= 1; n--) {
        if (!headPhrase(headEnd - n)) continue;
        const words = tokens.slice(headEnd - n, headEnd).join(" ");
        // A Malay or Indonesian head read anywhere is a head here too ("Kotak untuk sarung tangan").
        const kind = this.latinHeads.get(words) ?? anywhere(words);
        if (!kind) continue;
        // An article named for a good is made for it, not of it: an accessory of the good ("Polybags for blankets").
        if (this.purpose.has(link) && kind !== "service") return { kind: "accessory", word: words };
        if (this.complement.has(link) && kind === "service" && !this.supplying.has(words)) return { kind, word: words };
      }
      // A good named after "for" that follows another good of its phrase is what that good is for, not a second good
      // ("Strawberries for dessert tables", "Nitrile gloves … for bench work", "Satin ribbon for bouquets").
      if (this.purpose.has(link) && spans.some((g) => g.end <= i && inPhrase(g.start) && g.start !== span.start)) {
        return { kind: "accessory", word: link };
      }
      // "p/" (para) is written only after the article it qualifies: the good after it is that article's purpose.
      if (
        written.has(link) &&
        this.purposeAfterArticle.has(link) &&
        inPhrase(i - 1) &&
        !DIGIT.test(tokens[i - 1]) &&
        !spans.some((g) => g.end <= i && inPhrase(g.start))
      ) {
        return { kind: "accessory", word: link };
      }
      return null;
    }
    return null;
  }

  /**
   * The head a singular good shares with a second modifier joined to it by a conjunction ("Coconut and shea body
   * butter": the butter; "Glass and mirror cleaner": the cleaner): at least one word between the conjunction and the
   * head, none of them a good, a digit or a boundary word. A plural good ("Gloves and face masks") is a noun of its own.
   */
  private sharedHead(tokens: readonly string[], phrases: readonly number[], span: GoodSpan, spans: readonly GoodSpan[]): Governor | null {
    const conjunction = span.end;
    const last = tokens[span.end - 1] ?? "";
    if (!this.sharedHeadConjunctions.has(tokens[conjunction] ?? "") || (last.endsWith("s") && !last.endsWith("ss"))) return null;
    const inPhrase = (i: number) => i < tokens.length && phrases[i] === phrases[span.start];
    for (let i = conjunction + 2; i <= conjunction + 3 && inPhrase(i); i++) {
      const between = tokens[i - 1];
      if (!inPhrase(i - 1) || this.isBoundary(between) || DIGIT.test(between) || spans.some((g) => g.start <= i - 1 && i - 1 < g.end))
        return null;
      if (this.latinHeads.has(between)) return null;
      for (let n = Math.min(this.longestLatin, tokens.length - i); n >= 1; n--) {
        const words = tokens.slice(i, i + n).join(" ");
        const kind = this.latinHeads.get(words);
        if (kind && kind !== "name" && !spans.some((g) => g.start <= i && i < g.end)) return { kind, word: words };
      }
    }
    return null;
  }

  /** The head after a good in its phrase: a head noun of the table, or another good. */
  private after(
    tokens: readonly string[],
    phrases: readonly number[],
    span: GoodSpan,
    goodStarts: ReadonlyMap<number, GoodSpan>,
  ): Governor | null {
    if (span.end < tokens.length && phrases[span.end] === phrases[span.start] && this.freeFrom.has(tokens[span.end])) {
      return { kind: "excluded", word: tokens[span.end] };
    }
    // A product line's model number ("iPhone 15", "Galaxy S24") is part of its name, not a size or count.
    const model = this.modelNames.has(tokens.slice(span.start, span.end).join(" "));
    for (let i = span.end; i < tokens.length && phrases[i] === phrases[span.start]; i++) {
      const token = tokens[i];
      if (model && i <= span.end + 1 && DIGIT.test(token)) continue;
      if (this.isBoundary(token) || DIGIT.test(token)) return null;
      if (goodStarts.has(i)) return { kind: "good", word: tokens.slice(i, goodStarts.get(i)!.end).join(" "), start: i };
      const attribute = this.attributePhraseAt(tokens, i);
      if (attribute > 0) {
        i += attribute - 1;
        continue;
      }
      for (let n = Math.min(this.longestLatin, tokens.length - i); n >= 1; n--) {
        const words = tokens.slice(i, i + n);
        const kind = this.latinHeads.get(words.join(" "));
        const next = tokens[i + n] ?? "";
        // A head its group places: directly after the good, or at the end of the phrase ("for rice packing").
        const place = kind ? this.latinPlaces.get(words.join(" ")) : undefined;
        if (place && !this.placed(place, i === span.end, i + n >= tokens.length || phrases[i + n] !== phrases[i], next)) continue;
        // "Salt bin refill bags": the good is what refills the bin, whatever it comes packed in.
        if (kind && kind !== "service" && this.refills.has(next)) return null;
        // "Cotton bathrobes waffle white": an article word directly after a good written in the plural describes that
        // noun (its weave, cut or kind), as in a catalogue line; a modifier is written in the singular ("cotton bag").
        if (kind === "article" && i === span.end && span.plural) break;
        // "Nitrile gloves … large case 1000": a pack word directly followed by a bare count (100 or more; "Laptop case 15"
        // is a size) is the quantity.
        if (kind && this.countPacks.has(words.join(" ")) && /^\d{3,}$/.test(next)) return null;
        if (kind && !this.quantityAfter.has(next)) return { kind, word: words.join(" ") };
      }
    }
    return null;
  }

  /**
   * For each good found in Latin text, the accessory a Chinese run right after it ends with, when only a model number
   * or size stands between them: in a mixed title the Chinese words name what the article is ("iPhone 15 手机壳",
   * "MacBook Air 13 保护壳" are cases). Only accessories: an article word in Chinese often translates the English one
   * ("Leather Handbag 真皮手提包"). So is a Chinese run that ends with an accessory directly before the good, which
   * opens the Latin stretch: the title names the accessory, then the device it fits ("硅胶手机壳 iPhone 15", "钢化膜 iPhone
   * 15 Pro"). When splitting at the Chinese runs tokenises differently, nothing is governed.
   */
  latinBeforeCjk(folded: string, tokens: readonly string[], spans: readonly GoodSpan[]): Array<Governor | null> {
    const none = spans.map(() => null);
    if (!hasCjk(folded)) return none;
    const pieces = folded.split(CJK_RUN_SPLIT);
    const runs = folded.match(CJK_RUN_SPLIT) ?? [];
    const counts = pieces.map((p) => latinTokens(p).length);
    if (counts.reduce((a, b) => a + b, 0) !== tokens.length) return none;
    // The token index where each Latin stretch ends, and the accessory its following Chinese run ends with.
    const stretches: Array<{ start: number; end: number; governor: Governor | null; before: Governor | null }> = [];
    const accessoryEnding = (run: string): Governor | null => {
      const head = this.cjkHeads.find((h) => h.kind === "accessory" && run.endsWith(h.word));
      return head ? { kind: head.kind, word: head.word } : null;
    };
    let at = 0;
    pieces.forEach((piece, k) => {
      const run = k < runs.length ? cjkKey(runs[k]) : "";
      const before = k > 0 ? accessoryEnding(cjkKey(runs[k - 1])) : null;
      stretches.push({ start: at, end: at + counts[k], governor: accessoryEnding(run), before });
      at += counts[k];
    });
    return spans.map((span) => {
      const stretch = stretches.find((s) => span.start >= s.start && span.end <= s.end);
      if (stretch?.before && span.start === stretch.start) return stretch.before;
      if (!stretch?.governor) return null;
      // Only a model number, size or count between the good and the Chinese run.
      for (let i = span.end; i < stretch.end; i++) if (!DIGIT.test(tokens[i]) && !/^[a-z]{1,3}$/.test(tokens[i])) return null;
      return stretch.governor;
    });
  }

  /**
   * For each good found in the CJK key (character spans), the head after it in the same run of CJK characters (a model
   * number written into the run, without a space, does not end it: 苹果15手机壳).
   */
  cjk(text: string, spans: readonly GoodSpan[]): Array<Governor | null> {
    const goodStarts = new Map(spans.filter((s) => !s.material).map((s) => [s.start, s]));
    return spans.map((span) => {
      for (let i = span.end; i < text.length && (CJK_CHAR.test(text[i]) || MODEL_CHAR.test(text[i])); i++) {
        if (!CJK_CHAR.test(text[i])) {
          // A model number (苹果15手机壳) goes on; a quantity with its unit (番茄500g罐头) ends the run.
          const run = /^[0-9a-z]+/.exec(text.slice(i))![0];
          if (QUANTITY.test(run)) break;
          i += run.length - 1;
          continue;
        }
        if (goodStarts.has(i)) return { kind: "good", word: text.slice(i, goodStarts.get(i)!.end) };
        // An attribute phrase (去壳 shelled, 罐头 canned) describes the good; a head word inside it is not its head.
        const attribute = this.cjkAttributePhrases.find((w) => text.startsWith(w, i));
        if (attribute) {
          i += attribute.length - 1;
          continue;
        }
        // "adjacent" heads count only directly after the good (番茄味锅巴, not 新鲜番茄美味多汁), "wordEnd" ones only where
        // the run ends or a word end of the table follows (の "of"; 番茄酱陆运费, not 纯棉T恤运费到付): elsewhere the word is part of a
        // selling point, and the search goes on.
        const wordEnds = (at: number) => !CJK_CHAR.test(text[at] ?? "") || this.cjkWordEnds.has(text[at]);
        const placed = (h: CjkHead) => (!h.adjacent || i === span.end) && (!h.wordEnd || wordEnds(i + h.word.length));
        const head = this.cjkHeads.find((h) => text.startsWith(h.word, i) && placed(h));
        if (head) return { kind: head.kind, word: head.word };
      }
      return null;
    });
  }

  /** Whether a placed head counts where it stands: right after the good, at its phrase's end, or before a listed word. */
  private placed(place: HeadPlace, adjacent: boolean, phraseEnd: boolean, next: string): boolean {
    if (place.adjacent && !adjacent) return false;
    if (place.packBeforeNumber && DIGIT.test(next)) return false;
    return !place.phraseEnd || phraseEnd || place.before.has(next);
  }

  /** A natural stone of the List worked into articles (Granite, Sandstone, the stone family). */
  isWorkedStone(good: string): boolean {
    return this.workedStones.has(good);
  }

  /**
   * Whether a good stays the text's good under its governor: only an article made of a manufactured material the List
   * names, or worked from a natural stone it names ("Sandstone memorial plaque").
   */
  keeps(governor: Governor | null, good: string): boolean {
    if (governor === null) return true;
    return governor.kind === "article" && (this.stays.has(good) || this.isWorkedStone(good));
  }
}

let bundled: HeadNounReader | null = null;

/** The head-noun reader for the bundled table. */
export function bundledHeadNounReader(): HeadNounReader {
  if (bundled) return bundled;
  const file = headJson as HeadNounFile;
  // Thai heads are written before the good, as Vietnamese ones (src/data/sector/thai.json, split into words).
  const thai = thaiTable();
  // Russian heads are written before the good in the genitive ("Семена томата"), read in every text (Cyrillic words
  // are no other language's), as the Russian stage writes them: stems (src/data/sector/russian.json).
  const russian = russianTable();
  bundled = new HeadNounReader({
    ...file,
    boundaries: [
      ...(file.boundaries ?? []),
      ...thai.boundaries,
      ...russian.boundaries,
      ...polishTable().boundaries,
      ...czechTable().boundaries,
    ],
    purpose: [...(file.purpose ?? []), ...thai.purpose],
    inclusions: [...(file.inclusions ?? []), ...(russian.inclusions ?? [])],
    headFirst: {
      ...file.headFirst,
      heads: [
        ...(file.headFirst?.heads ?? []),
        ...thai.heads,
        ...russian.heads.map((h) => ({ ...h, anywhere: true })),
        // Polish and Czech heads (machines, lines, cases for a good) are written before it, read in every text, with ł as l.
        ...[polishTable(), czechTable()].flatMap((t) => t.heads.map((h) => ({ ...h, words: h.words.map(lStroke), anywhere: true }))),
        // Spanish heads (a machine or a mounting structure for a good, an arepa of maize) are written before it, read in every text.
        ...romanceTables().flatMap((t) => t.heads.map((h) => ({ ...h, anywhere: true }))),
      ],
    },
  });
  return bundled;
}
