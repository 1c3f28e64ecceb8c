import type { Dataset, Listing, Rule } from "../dataset/schema";
import { cjkRuns, foldText, hasCjk, latinTokens } from "../normalise/text";
import type { RuleHit } from "../screening/types";

/** Where the row says it is and what it supplies, folded once for all rules. */
export interface RowContext {
  nameText: string;
  countryText: string;
  productText: string;
  /** Words of the name already tokenised by the matcher, when available: lets most rows skip the rules at once. */
  nameWords?: readonly string[];
}

interface PreparedText {
  folded: string;
  cjk: string;
  tokens: string[];
  joined: string;
}

function prepare(text: string): PreparedText {
  const folded = foldText(text);
  const tokens = latinTokens(folded);
  return { folded, cjk: hasCjk(folded) ? cjkRuns(folded).join("") : "", tokens, joined: ` ${tokens.join(" ")} ` };
}

/** A keyword folded once: Latin keywords match whole words (so "ili" never fires on "chili"), CJK ones as substrings. */
interface Keyword {
  text: string;
  cjk: boolean;
  phrase: string;
  singleWord: boolean;
}

function compileKeyword(text: string): Keyword {
  const cjk = hasCjk(text);
  const words = cjk ? [] : latinTokens(foldText(text));
  return { text, cjk, phrase: cjk ? foldText(text) : words.join(" "), singleWord: words.length === 1 };
}

function findKeyword(text: PreparedText, keyword: Keyword): boolean {
  if (keyword.cjk) return text.cjk.includes(keyword.phrase);
  if (keyword.phrase === "") return false;
  if (text.joined.includes(` ${keyword.phrase} `)) return true;
  // Plurals in product cells: "tomatoes", "diamonds", "cigarettes".
  return keyword.singleWord && (text.joined.includes(` ${keyword.phrase}s `) || text.joined.includes(` ${keyword.phrase}es `));
}

function firstKeyword(text: PreparedText, keywords: Keyword[]): string | undefined {
  return keywords.find((k) => findKeyword(text, k))?.text;
}

function normaliseCountry(text: string): string {
  return latinTokens(foldText(text)).join(" ");
}

interface CompiledRule {
  rule: Rule;
  listing: Listing;
  countries: Set<string>;
  regionKeywords: Keyword[];
  productKeywords: Keyword[];
}

export class RuleBook {
  private readonly rules: CompiledRule[];

  constructor(dataset: Dataset) {
    const byId = new Map(dataset.listings.map((l) => [l.id, l] as const));
    this.rules = dataset.rules
      .map((rule) => ({
        rule,
        listing: byId.get(rule.listingId)!,
        countries: new Set(rule.countries.map(normaliseCountry)),
        regionKeywords: rule.regionKeywords.map(compileKeyword),
        productKeywords: rule.productKeywords.map(compileKeyword),
      }))
      // A rule whose order has been lifted no longer puts anyone at risk.
      .filter((r) => r.listing && r.listing.status !== "inactive");
  }

  /** Most rows name no region at all; one pass over a keyword set settles them. */
  private quickReject(row: RowContext): boolean {
    if (hasCjk(row.nameText)) return !this.cjkRegionWords.some((k) => row.nameText.includes(k));
    const words = row.nameWords ?? prepare(row.nameText).tokens;
    for (const t of words) if (this.latinRegionWords.has(t)) return false;
    return true;
  }

  private get latinRegionWords(): Set<string> {
    return (this._latinRegionWords ??= new Set(this.rules.flatMap((r) => r.regionKeywords.filter((k) => !k.cjk && k.singleWord).map((k) => k.phrase))));
  }

  private get cjkRegionWords(): string[] {
    return (this._cjkRegionWords ??= this.rules.flatMap((r) => r.regionKeywords.filter((k) => k.cjk).map((k) => k.phrase)));
  }

  private _latinRegionWords?: Set<string>;
  private _cjkRegionWords?: string[];

  get size(): number {
    return this.rules.length;
  }

  evaluate(row: RowContext): RuleHit[] {
    if (this.rules.length === 0) return [];
    if (row.countryText === "" && row.productText === "" && this.quickReject(row)) return [];
    const name = prepare(row.nameText);
    const country = prepare(row.countryText);
    const product = prepare(row.productText);
    const countryKey = country.tokens.join(" ");
    const hits: RuleHit[] = [];
    for (const { rule, listing, countries, regionKeywords, productKeywords } of this.rules) {
      const inName = firstKeyword(name, regionKeywords);
      const inCountry = firstKeyword(country, regionKeywords);
      const regionWord = inName ?? inCountry;
      const countryMatches = countryKey !== "" && countries.has(countryKey);
      const productWord = firstKeyword(product, productKeywords);
      const productKnown = product.tokens.length > 0 || product.cjk !== "";
      const productFits = rule.productKeywords.length === 0 || productWord !== undefined || !productKnown;

      const reasons: string[] = [];
      if (regionWord && productFits) {
        reasons.push(inName ? `the supplier name contains "${regionWord}"` : `the country/region cell says "${row.countryText.trim()}"`);
      } else if (countryMatches && rule.scope === "country" && productFits) {
        reasons.push(`country "${row.countryText.trim()}"`);
      } else if (countryMatches && rule.scope === "region" && productWord !== undefined) {
        reasons.push(`country "${row.countryText.trim()}" with a product the order covers: confirm the goods are not from ${listing.region ?? "the region"}`);
      } else {
        continue;
      }
      if (rule.productKeywords.length > 0) {
        reasons.push(productWord ? `product "${row.productText.trim()}" mentions "${productWord}"` : "no product given, and the order covers specific products");
      }
      hits.push({ ruleId: rule.id, listing, reasons });
    }
    return hits;
  }
}
