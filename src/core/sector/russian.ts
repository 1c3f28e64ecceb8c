/**
 * The Russian stage of the product reader. Russian (and the Kazakh and Uzbek registers written in Russian) inflects
 * its nouns and adjectives: cotton is "хлопок", "хлопка", "хлопку", "хлопковый", "хлопковая", "хлопковое" …; gloves
 * "перчатки", "перчаток", "перчаточный". The stage writes every Cyrillic word as its stem: the inflection endings of
 * the table (`endings`: -ая, -ого, -ые, -ов, -а, -и …) are taken off its end, the longest first and again while one
 * fits, leaving at least four letters ("хлопковая" → "хлопк", "перчатки" → "перчатк"; a three-letter stem was
 * another word's: "угловой" and "угля" → "угл", "сырая" and "сыр", "солевой" and "соли" → "сол"). The terms,
 * negations, services, heads and purpose words of the tables are written so too, so a term of the table finds each form that comes to the
 * same stem; a form that does not ("перчаток", "хлопок") is listed as written. ё is read as е and й as и (the reader
 * folds them). Russian names what an article is made of or for after "из" (of), "для", "под", "на" (for, on): the words
 * from such a word to the end of its phrase say what the product is made of or for, not what it is ("Футболки из
 * хлопчатобумажной пряжи" are T-shirts; "Влагомер для хлопка-сырца" a meter), and are set aside (a made-of word itself
 * stays, so that a term's "unless" phrase can say an article is made of something else: "стакан из" in "Стакан из
 * нержавеющей стали", a glass of steel, not Glass); so are the words after a
 * colour word ("цвет кофе с молоком": compared as written, since "цветы" has the stem of "цвет") and a name in
 * guillemets (краска «Кирпич», кружка «Coffee time»), which name a colour, shade, model or print. The table is
 * src/data/sector/russian.json; the rule is in docs/sector-risk.md, "Russian registers". Pure.
 *
 * Why the purpose words are read here and not by the head-noun stage, which reads the English "for" and Thai "สำหรับ"
 * (head-nouns.json `purpose`): the two rules differ. There, a good after "for" is a purpose only after a head of its
 * table or another good of its phrase ("Case for iPhone", "Satin ribbon for bouquets"), and the words after it are
 * blanked only around a term already found (products.ts, `outsideTerms`, `beforePurpose`); here every phrase is cut
 * before any term is looked for, whatever stands before the word ("Влагомер", a meter, is neither a head nor a good of
 * the tables), and words are compared as stems. The phrases differ too: there a
 * plus sign or a slash after a word ends one and only a hyphen is read as a dash; here neither does, and an en or em
 * dash does. What the two have in common, "from the first opening word to the phrase's end", is a three-line loop over
 * text here and over tokens with phrase numbers there; one function for both would be harder to read than either.
 */
import russianJson from "../../data/sector/russian.json";
import { foldText } from "../normalise/text";
import type { LanguageTable } from "./language-table";

/**
 * The Russian table: the fields every language table has (language-table.ts), in Russian, Kazakh and Uzbek ("без"
 * without, "не содержит" contains no: negations; "услуги", "перевозка", "аренда": services; "корм", "комбикорм":
 * animalUse; "и" and, "с" with: boundaries), with the stage's inflection endings and made-of words. Its heads are
 * read anywhere: Russian puts the good after its head in the genitive ("Семена томата", tomato seed; "Масло
 * хлопковое", cottonseed oil). Its purpose words ("для", "под", "на": for, on) and made-of words are read by this stage,
 * not the head-noun stage: the rest of the phrase after one is set aside.
 */
export interface RussianFile extends LanguageTable {
  /** Inflection endings, folded (й as и): taken off a Cyrillic word's end to write its stem. */
  endings: string[];
  /** Words that open what an article is made of ("из"): the rest of the phrase is set aside. */
  madeOf: string[];
  /**
   * Words that open a colour ("цвет", "оттенок"), compared as written (folded), not as stems: "цветы" (flowers) has the
   * stem of "цвет". The rest of the phrase is set aside ("цвет кофе с молоком", "цвет хлопково-белый").
   */
  colour?: string[];
  /**
   * Adjectives of colour formed from a food or material ("оливков": оливковый olive, "лососев" salmon, "мандаринов"
   * tangerine), written as the adjective's stem: a word counts only as such a stem with one ending of `endings`
   * ("оливковая", "лососевое"; not "оливки", "лосося", the noun "мандаринов"), not by its own stem, which is the good's
   * ("оливк"). One in a phrase that also names another good ("Куртка оливковая": куртка, Garments) is that article's
   * colour and is set aside; alone or beside a head that names no good ("Масло оливковое", "Мандариновый сок") it
   * names its good.
   */
  colourAdjectives?: string[];
  /**
   * Words that add something to the goods named before them ("с доставкой", with delivery; "доставка включена",
   * delivery included), as head-nouns.json `inclusions` and added to it: a service word in their phrase, after a good,
   * comes with the goods and does not make the line a service. Written as stems.
   */
  inclusions?: string[];
  /**
   * Materials whose articles are still the material (as head-nouns.json `materialsThatStay`: leather, glass, ceramics,
   * jute, silk, brass, granite): a made-of phrase whose first or second word is one of them is kept ("Сумка из
   * натуральной кожи" reads Leather, "Корзина из джута" Jute), and the reader's rule for materials decides.
   */
  madeOfKept?: string[];
  /**
   * Parts and semi-finished articles ("заготовки", "детали"): named before a made-of word in the phrase, they keep the
   * made-of phrase set aside even for a kept material ("Заготовки верха обуви из натуральной кожи" are shoe uppers).
   */
  madeOfParts?: string[];
  /**
   * Whether a name in guillemets («…») is set aside: in Russian retail lines it names a model, a shade or a print
   * (краска «Кирпич», кружка «Coffee time», благовония «Сандал»), not what the article is. A name with no Cyrillic word
   * before it, or after a word of `quotedArticle`, is the article itself and is kept.
   */
  quotedNames?: boolean;
  /**
   * Words after which a name in guillemets is the article itself ("товар", "продукция": "Поставка товара «Перчатки
   * медицинские»"), compared as stems.
   */
  quotedArticle?: string[];
  /**
   * Purpose words that govern the genitive ("для", for): a later word of the purpose phrase with a nominative adjective
   * ending (`nominativeAdjectiveEndings`, compared as written) cannot belong to it and qualifies the article before the
   * purpose word ("Пилка для ногтей стеклянная", a glass nail file): the purpose phrase ends before that word.
   */
  genitivePurpose?: string[];
  /** Nominative adjective endings, as written ("-ый", "-ая", "-ое", "-ые" …): see `genitivePurpose`. */
  nominativeAdjectiveEndings?: string[];
}

/** The table as written. */
export const russianFile = russianJson as RussianFile;

const CYRILLIC = /[\u0400-\u04FF]/u;
/** The fewest letters a stem keeps: with three, "угловой" (corner) was read as "угля" (coal), "сырая" (raw) as "сыр". */
const STEM = 4;
/**
 * What ends a phrase: a comma, semicolon, colon, bracket, bar, or a spaced dash. Captured, so that splitting a text at it
 * keeps the separators (at odd places) between the phrases (at even ones).
 */
const PHRASE_END = /([,;:()[\]|]|\s[-–—]\s)/u;

/** Whether a text is written with Cyrillic letters. */
export function writesCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export class RussianReader {
  /** Endings, longest first. */
  private readonly endings: string[];
  private readonly setAside: ReadonlySet<string>;
  private readonly colour: ReadonlySet<string>;
  private readonly colourAdjectives: readonly string[];
  private readonly quotedNames: boolean;
  private readonly quotedArticle: ReadonlySet<string>;
  private readonly madeOf: ReadonlySet<string>;
  private readonly kept: ReadonlySet<string>;
  private readonly parts: ReadonlySet<string>;
  private readonly genitivePurpose: ReadonlySet<string>;
  private readonly nominativeEndings: readonly string[];

  constructor(
    file: Pick<
      RussianFile,
      | "endings"
      | "purpose"
      | "madeOf"
      | "colour"
      | "colourAdjectives"
      | "quotedNames"
      | "quotedArticle"
      | "madeOfKept"
      | "madeOfParts"
      | "genitivePurpose"
      | "nominativeAdjectiveEndings"
    >,
  ) {
    this.endings = [...new Set(file.endings.map((e) => foldText(e)))].sort((a, b) => b.length - a.length);
    this.setAside = new Set([...file.purpose, ...file.madeOf].map((w) => this.stem(w)));
    this.colour = new Set((file.colour ?? []).map((w) => foldText(w)));
    this.colourAdjectives = (file.colourAdjectives ?? []).map((w) => foldText(w));
    this.quotedNames = file.quotedNames === true;
    this.quotedArticle = new Set((file.quotedArticle ?? []).map((w) => this.stem(w)));
    this.madeOf = new Set(file.madeOf.map((w) => this.stem(w)));
    this.kept = new Set((file.madeOfKept ?? []).map((w) => this.stem(w)));
    this.parts = new Set((file.madeOfParts ?? []).map((w) => this.stem(w)));
    this.genitivePurpose = new Set((file.genitivePurpose ?? []).map((w) => this.stem(w)));
    this.nominativeEndings = (file.nominativeAdjectiveEndings ?? []).map((e) => foldText(e));
  }

  /** The stem of a word, folded: endings taken off while one fits and four letters stay; a word without Cyrillic as it is. */
  stem(word: string): string {
    if (!CYRILLIC.test(word)) return word;
    let stem = foldText(word);
    for (let again = true; again;) {
      again = false;
      for (const ending of this.endings) {
        if (stem.length - ending.length >= STEM && stem.endsWith(ending)) {
          stem = stem.slice(0, -ending.length);
          again = true;
          break;
        }
      }
    }
    return stem;
  }

  /** The text with each Cyrillic word written as its stem (in capitals when it was written so). Idempotent. */
  words(text: string): string {
    if (!CYRILLIC.test(text)) return text;
    return text.replace(/\p{L}+/gu, (word) => {
      if (!CYRILLIC.test(word)) return word;
      const stem = this.stem(word);
      return word.length > 1 && word === word.toUpperCase() ? stem.toUpperCase() : stem;
    });
  }

  /**
   * The text with Cyrillic words written as stems and, in each phrase, the words from a purpose or made-of word ("для",
   * "из") to the phrase's end set aside, and an adjective of colour (`colourAdjectives`) set aside when another word of
   * its phrase is a term (`isTerm`, given the words as stems). A text without Cyrillic is returned as it is.
   */
  read(text: string, isTerm: (words: string[]) => boolean = () => false): string {
    if (!CYRILLIC.test(text)) return text;
    const named = this.quotedNames
      ? text.replace(/«[^«»]*»/gu, (q, at: number) => (this.namesArticle(text.slice(0, at)) ? q : " ".repeat(q.length)))
      : text;
    return named
      .split(PHRASE_END)
      .map((part, i) => {
        if (i % 2 === 1) return part;
        const written = this.withoutColourAdjectives(this.beforeColour(part), isTerm);
        return this.phrase(this.words(written), written);
      })
      .join("");
  }

  /**
   * Whether a name in guillemets written after `before` is the article itself: no Cyrillic word stands before it
   * ("«Перчатки нитриловые» 100 пар"), or the word just before it is one of `quotedArticle` ("товара «Перчатки»").
   */
  private namesArticle(before: string): boolean {
    const cyrillic = [...before.matchAll(/\p{L}+/gu)].map((m) => m[0]).filter((w) => CYRILLIC.test(w));
    const last = [...before.matchAll(/\p{L}+/gu)].pop()?.[0];
    return cyrillic.length === 0 || (last !== undefined && this.quotedArticle.has(this.stem(last)));
  }

  /** A phrase as written, up to its first colour word ("цвет", "оттенок"; the phrase whole when it has none). */
  private beforeColour(phrase: string): string {
    if (this.colour.size === 0) return phrase;
    const word = /\p{L}+/gu;
    for (let m = word.exec(phrase); m; m = word.exec(phrase)) {
      if (this.colour.has(foldText(m[0]))) return phrase.slice(0, m.index);
    }
    return phrase;
  }

  /** Whether a word is an adjective of colour: a stem of `colourAdjectives` with one ending of `endings`. */
  private colourAdjective(word: string): boolean {
    const folded = foldText(word);
    return this.colourAdjectives.some((a) => folded.startsWith(a) && this.endings.includes(folded.slice(a.length)));
  }

  /** A phrase as written, its adjectives of colour blanked when another of its words is a term ("Куртка оливковая"). */
  private withoutColourAdjectives(phrase: string, isTerm: (words: string[]) => boolean): string {
    const words = [...phrase.matchAll(/\p{L}+/gu)];
    const colours = words.filter((w) => this.colourAdjective(w[0]));
    if (colours.length === 0) return phrase;
    const other = words.some((w) => !this.colourAdjective(w[0]) && isTerm([foldText(this.stem(w[0]))]));
    if (!other) return phrase;
    let out = phrase;
    for (const w of colours) out = out.slice(0, w.index) + " ".repeat(w[0].length) + out.slice(w.index! + w[0].length);
    return out;
  }

  /**
   * A phrase, up to the first purpose word or through the first made-of word (the phrase whole when it has none); a made-of word whose first or
   * second word after it is a kept material (`madeOfKept`) does not cut it, unless a part (`madeOfParts`) stands before it.
   */
  private phrase(phrase: string, written: string): string {
    const words = [...phrase.matchAll(/\p{L}+/gu)];
    const writtenWords = [...written.matchAll(/\p{L}+/gu)];
    for (let i = 0; i < words.length; i++) {
      const w = foldText(words[i][0]);
      if (!this.setAside.has(w)) continue;
      const kept =
        this.madeOf.has(w) &&
        words.slice(i + 1, i + 3).some((n) => this.kept.has(foldText(n[0]))) &&
        !words.slice(0, i).some((n) => this.parts.has(foldText(n[0])));
      if (kept) continue;
      if (this.madeOf.has(w)) return `${phrase.slice(0, words[i].index! + words[i][0].length)} `;
      // A nominative adjective after a genitive purpose phrase qualifies the article: the phrase goes on from it.
      const end = this.genitivePurpose.has(w) && writtenWords.length === words.length ? this.nominativeAfter(writtenWords, i) : -1;
      if (end < 0) return phrase.slice(0, words[i].index);
      return `${phrase.slice(0, words[i].index)} ${this.phrase(phrase.slice(words[end].index), written.slice(writtenWords[end].index))}`;
    }
    return phrase;
  }

  /** The index of the first word after the one following a genitive purpose word at `at` that ends as a nominative adjective, or -1. */
  private nominativeAfter(written: readonly RegExpMatchArray[], at: number): number {
    for (let j = at + 2; j < written.length; j++) {
      const w = foldText(written[j][0]);
      if (CYRILLIC.test(w) && this.nominativeEndings.some((e) => w.length - e.length >= STEM && w.endsWith(e))) return j;
    }
    return -1;
  }
}

let bundled: RussianReader | null = null;

/** The Russian stage for the bundled table. */
export function bundledRussianReader(): RussianReader {
  bundled ??= new RussianReader(russianFile);
  return bundled;
}

/** The table with its negations, heads, purpose words and boundaries written as stems, as the stage writes a text. */
export function russianTable(file: RussianFile = russianFile): RussianFile {
  const reader = file === russianFile ? bundledRussianReader() : new RussianReader(file);
  const words = (list: readonly string[]) => list.map((w) => reader.words(w));
  return {
    ...file,
    negations: words(file.negations),
    heads: file.heads.map((h) => ({ ...h, words: words(h.words) })),
    purpose: words(file.purpose),
    madeOf: words(file.madeOf),
    boundaries: words(file.boundaries),
    inclusions: words(file.inclusions ?? []),
  };
}
