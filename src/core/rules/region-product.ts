import { readCountry } from "../countries";
import type { Dataset, Listing, Rule } from "../dataset/schema";
import { cjkRuns, foldText, hasCjk, latinTokens } from "../normalise/text";
import type { RuleHit } from "../screening/types";

/** Where the row says it is and what it supplies, folded once for all rules. */
export interface RowContext {
  nameText: string;
  countryText: string;
  productText: string;
  /** Whether the name may mention a region (from mentionsRegion), when already known: most rows then skip the rules at once. */
  nameMentionsRegion?: boolean;
}

interface PreparedText {
  /** The text as written. */
  text: string;
  folded: string;
  cjk: string;
  tokens: string[];
  /** The words joined by single spaces: how countries are compared. */
  key: string;
  /** The same with a space at each end, to find phrases as whole words. */
  joined: string;
  /** For a country cell: whether no rule can fire on it (set once, by the rule book). */
  ruledOut?: boolean;
  /** For a country cell: the ISO codes it names (src/core/countries), read once, from the text as written. */
  codes?: string[];
  /** For a country cell: the regions it names (src/core/countries: "Ili", "Kizilsu", "Xinjiang Uygur Zizhiqu"), read once. */
  regions?: Array<{ id: string; written: string }>;
}

const NO_CODES: readonly string[] = Object.freeze([]);

function prepare(text: string): PreparedText {
  const folded = foldText(text);
  const tokens = latinTokens(folded);
  const key = tokens.join(" ");
  return { text, folded, cjk: hasCjk(folded) ? cjkRuns(folded).join("") : "", tokens, key, joined: ` ${key} ` };
}

/**
 * Keywords folded once. Latin keywords match whole words (so "ili" never fires on "chili"), with plural
 * forms ("tomatoes", "diamonds"); CJK keywords match as substrings. Looking a row's words up in a map keeps
 * this cheap on every row.
 */
class KeywordSet {
  private readonly words = new Map<string, string>();
  private readonly phrases: Array<{ padded: string; text: string }> = [];
  private readonly cjk: Array<{ phrase: string; text: string }> = [];

  constructor(keywords: readonly string[]) {
    for (const text of keywords) {
      if (hasCjk(text)) {
        this.cjk.push({ phrase: foldText(text), text });
        continue;
      }
      const words = latinTokens(foldText(text));
      if (words.length === 1) {
        for (const form of [words[0], `${words[0]}s`, `${words[0]}es`]) if (!this.words.has(form)) this.words.set(form, text);
      } else if (words.length > 1) {
        this.phrases.push({ padded: ` ${words.join(" ")} `, text });
      }
    }
  }

  get isEmpty(): boolean {
    return this.words.size === 0 && this.phrases.length === 0 && this.cjk.length === 0;
  }

  /** Single words and the first word of each phrase: a row with none of them cannot name a region. */
  get leadingWords(): string[] {
    return [...this.words.keys(), ...this.phrases.map((p) => p.padded.trim().split(" ")[0])];
  }

  get cjkPhrases(): string[] {
    return this.cjk.map((k) => k.phrase);
  }

  first(text: PreparedText): string | undefined {
    for (const t of text.tokens) {
      const hit = this.words.get(t);
      if (hit !== undefined) return hit;
    }
    for (const p of this.phrases) if (text.joined.includes(p.padded)) return p.text;
    if (text.cjk) for (const k of this.cjk) if (text.cjk.includes(k.phrase)) return k.text;
    return undefined;
  }
}

function normaliseCountry(text: string): string {
  return latinTokens(foldText(text)).join(" ");
}

interface CompiledRule {
  rule: Rule;
  listing: Listing;
  countries: Set<string>;
  /** The ISO codes the rule's country names read as (src/core/countries): a country cell in another language
   * ("Simbabwe", "Malawi", "Turkmenistán") that the country reader places in one of them matches as the names do. */
  countryCodes: Set<string>;
  /** The ISO codes of the country the rule's region lies in (CN for Xinjiang): a region word in a supplier name
   * counts only when the country cell is empty or names this country. */
  homeCodes: string[];
  /** The country-table regions the rule's region words name (CN-XJ for Xinjiang): a country cell that the country
   * reader places in one of them ("Ili", "Kizilsu", the region's places and other names) places the row there too. */
  regionIds: Set<string>;
  regionKeywords: KeywordSet;
  productKeywords: KeywordSet;
}

/** Shared by every row no rule applies to. */
export const NO_HITS: RuleHit[] = Object.freeze([]) as unknown as RuleHit[];

export class RuleBook {
  private readonly rules: CompiledRule[];

  /**
   * `spellOut` maps a word as written to the form the matcher may pass to mentionsRegion (abbreviations spelt
   * out), so the quick check still sees a region word written as an abbreviation.
   */
  constructor(dataset: Dataset, spellOut: (word: string) => string = (word) => word) {
    const byId = new Map(dataset.listings.map((l) => [l.id, l] as const));
    this.rules = dataset.rules
      .map((rule) => ({
        rule,
        listing: byId.get(rule.listingId)!,
        countries: new Set(rule.countries.map(normaliseCountry)),
        countryCodes: new Set(rule.countries.flatMap((c) => readCountry(c).codes)),
        homeCodes: readCountry(byId.get(rule.listingId)?.country ?? "").codes,
        regionIds: new Set(rule.regionKeywords.flatMap((k) => readCountry(k).regions.map((r) => r.id))),
        regionKeywords: new KeywordSet(rule.regionKeywords),
        productKeywords: new KeywordSet(rule.productKeywords),
      }))
      // A rule whose order has been lifted no longer puts anyone at risk.
      .filter((r) => r.listing && r.listing.status !== "inactive");
    this.allCountries = new Set(this.rules.flatMap((r) => Array.from(r.countries)));
    this.allCountryCodes = new Set(this.rules.flatMap((r) => Array.from(r.countryCodes)));
    this.latinRegionWords = new Set(this.rules.flatMap((r) => r.regionKeywords.leadingWords.flatMap((w) => [w, spellOut(w)])));
    this.cjkRegionWords = this.rules.flatMap((r) => r.regionKeywords.cjkPhrases);
    this.allRegionIds = new Set(this.rules.flatMap((r) => [...r.regionIds]));
  }

  private readonly allRegionIds: Set<string>;

  /** The regions a country cell names, read once per cell text (with its codes). */
  private regionsOf(country: PreparedText): Array<{ id: string; written: string }> {
    if (country.regions === undefined) {
      const reading = readCountry(country.text);
      country.codes ??= reading.codes;
      country.regions = reading.regions.map((r) => ({ id: r.id, written: r.written }));
    }
    return country.regions;
  }

  /** Country and product columns repeat a handful of values, so each is folded once. */
  private readonly prepared = new Map<string, PreparedText>();
  private readonly allCountries: Set<string>;
  private readonly allCountryCodes: Set<string>;
  private readonly latinRegionWords: Set<string>;
  private readonly cjkRegionWords: string[];
  /** Hits by country cell, then product cell, for names that mention no region. */
  private readonly hitsByPlace = new Map<string, Map<string, RuleHit[]>>();

  private prepareCached(text: string): PreparedText {
    let p = this.prepared.get(text);
    if (!p) {
      if (this.prepared.size >= 10_000) this.prepared.clear();
      p = prepare(text);
      this.prepared.set(text, p);
    }
    return p;
  }

  /** Whether a word of a name, as written (folded), may begin a region a rule covers. */
  isRegionWord(word: string): boolean {
    return this.latinRegionWords.has(word);
  }

  /**
   * Whether a supplier name may mention a region a rule covers; false means no rule can fire on the name.
   * `words` are the name's words if already tokenised by the matcher.
   */
  mentionsRegion(nameText: string, words?: readonly string[]): boolean {
    return this.namesRegion(nameText, words);
  }

  private namesRegion(text: PreparedText | string, words?: readonly string[]): boolean {
    const folded = typeof text === "string" ? text : text.folded;
    if (hasCjk(folded) && this.cjkRegionWords.some((k) => folded.includes(k))) return true;
    const tokens = words ?? (typeof text === "string" ? prepare(text).tokens : text.tokens);
    for (const t of tokens) if (this.latinRegionWords.has(t)) return true;
    return false;
  }

  /**
   * A rule can only fire for a row whose name or country cell holds a region word, or whose country a rule
   * names. Most rows have neither, and are settled without folding the product cell.
   */
  private cannotFire(row: RowContext): boolean {
    return !this.mayFire(row.nameMentionsRegion ?? this.namesRegion(row.nameText), row.countryText);
  }

  /**
   * False when no rule can fire on a row whose name does or does not mention a region and whose country cell
   * reads `countryText`, whatever its product: the screener then skips reading the product cell.
   */
  mayFire(nameMentionsRegion: boolean, countryText: string): boolean {
    if (this.rules.length === 0) return false;
    if (nameMentionsRegion) return true;
    if (countryText === "") return false;
    const country = this.prepareCached(countryText);
    country.ruledOut ??=
      !this.allCountries.has(country.key) &&
      !this.countryCodes(countryText).some((c) => this.allCountryCodes.has(c)) &&
      !this.namesRegion(country) &&
      !((country.key !== "" || country.cjk !== "") && this.regionsOf(country).some((r) => this.allRegionIds.has(r.id)));
    return !country.ruledOut;
  }

  get size(): number {
    return this.rules.length;
  }

  /**
   * The ISO codes a country cell names (src/core/countries): read once per cell text with the rule book's
   * prepared cells, so the screener's country evidence does not read the same cell again on every row.
   */
  countryCodes(countryText: string): readonly string[] {
    if (countryText === "") return NO_CODES;
    const country = this.prepareCached(countryText);
    return (country.codes ??= readCountry(country.text).codes);
  }

  /**
   * The rules that apply to a row, each with its reasons. The hits are shared, read-only: rows whose name
   * is known to mention no region get the same hits for the same country and product.
   */
  evaluate(row: RowContext): RuleHit[] {
    if (this.rules.length === 0) return NO_HITS;
    if (this.cannotFire(row)) return NO_HITS;
    // A Latin name known not to mention a region needs no second reading: no rule can find a region in it,
    // so the hits depend on the country and product alone, which registers repeat.
    if (row.nameMentionsRegion === false && !hasCjk(row.nameText)) {
      let byProduct = this.hitsByPlace.get(row.countryText);
      if (byProduct === undefined) {
        if (this.hitsByPlace.size >= 1_000) this.hitsByPlace.clear();
        byProduct = new Map();
        this.hitsByPlace.set(row.countryText, byProduct);
      }
      let hits = byProduct.get(row.productText);
      if (hits === undefined) {
        if (byProduct.size >= 1_000) byProduct.clear();
        hits = this.hitsFor(null, row);
        byProduct.set(row.productText, hits);
      }
      return hits;
    }
    return this.hitsFor(prepare(row.nameText), row);
  }

  /** Whether the country cell names a country, none of them the rule's own (CN for Xinjiang). */
  private elsewhere(country: PreparedText, homeCodes: readonly string[]): boolean {
    if (homeCodes.length === 0 || country.key === "") return false;
    const codes = (country.codes ??= readCountry(country.text).codes);
    return codes.length > 0 && !country.codes.some((c) => homeCodes.includes(c));
  }

  private hitsFor(name: PreparedText | null, row: RowContext): RuleHit[] {
    const country = this.prepareCached(row.countryText);
    const product = this.prepareCached(row.productText);
    const countryKey = country.key;
    const hits: RuleHit[] = [];
    const cellCodes = this.countryCodes(row.countryText);
    for (const { rule, listing, countries, countryCodes, homeCodes, regionIds, regionKeywords, productKeywords } of this.rules) {
      // "Kashgar Restaurant London" with the country United Kingdom: a region word in the name does not place
      // a supplier whose country cell names another country.
      const inName = name === null || this.elsewhere(country, homeCodes) ? undefined : regionKeywords.first(name);
      const inCountry =
        regionKeywords.first(country) ??
        (regionIds.size > 0 && (country.key !== "" || country.cjk !== "")
          ? this.regionsOf(country).find((r) => regionIds.has(r.id))?.written
          : undefined);
      const regionWord = inName ?? inCountry;
      const countryMatches = countryKey !== "" && (countries.has(countryKey) || cellCodes.some((c) => countryCodes.has(c)));
      const productWord = productKeywords.first(product);
      const productKnown = product.tokens.length > 0 || product.cjk !== "";
      const productFits = productKeywords.isEmpty || productWord !== undefined || !productKnown;

      const reasons: string[] = [];
      if (regionWord && productFits) {
        reasons.push(inName ? `the supplier name contains "${regionWord}"` : `the country/region cell says "${row.countryText.trim()}"`);
      } else if (countryMatches && rule.scope === "country" && productFits) {
        reasons.push(`country "${row.countryText.trim()}"`);
      } else if (countryMatches && rule.scope === "region" && productWord !== undefined) {
        reasons.push(
          `country "${row.countryText.trim()}" with a product the order covers: confirm the goods are not from ${listing.region ?? "the region"}`,
        );
      } else {
        continue;
      }
      if (!productKeywords.isEmpty) {
        reasons.push(
          productWord
            ? `product "${row.productText.trim()}" mentions "${productWord}"`
            : "no product given, and the order covers specific products",
        );
      }
      hits.push(Object.freeze({ ruleId: rule.id, listing, reasons: Object.freeze(reasons) as string[] }));
    }
    return hits.length === 0 ? NO_HITS : (Object.freeze(hits) as RuleHit[]);
  }
}
