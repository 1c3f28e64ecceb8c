import type { Dataset, Listing, Rule } from "../dataset/schema";
import { cjkRuns, foldText, hasCjk, latinTokens } from "../normalise/text";
import type { RuleHit } from "../screening/types";

/** Where the row says it is and what it supplies, folded once for all rules. */
export interface RowContext {
  nameText: string;
  countryText: string;
  productText: string;
}

interface PreparedText {
  raw: string;
  folded: string;
  tokens: string[];
  joined: string;
}

function prepare(text: string): PreparedText {
  const folded = foldText(text);
  const tokens = latinTokens(folded);
  return { raw: text, folded, tokens, joined: ` ${tokens.join(" ")} ` };
}

/** Whole-word match for Latin keywords (so "lop" never fires on "envelope"); substring for CJK keywords. */
function findKeyword(text: PreparedText, keyword: string): boolean {
  if (hasCjk(keyword)) return cjkRuns(text.folded).join("").includes(keyword);
  const words = latinTokens(foldText(keyword));
  if (words.length === 0) return false;
  const phrase = words.join(" ");
  if (text.joined.includes(` ${phrase} `)) return true;
  // Plurals in product cells: "tomatoes", "diamonds", "cigarettes".
  return words.length === 1 && text.tokens.some((t) => t === `${phrase}s` || t === `${phrase}es`);
}

function normaliseCountry(text: string): string {
  return latinTokens(foldText(text)).join(" ");
}

interface CompiledRule {
  rule: Rule;
  listing: Listing;
  countries: Set<string>;
}

export class RuleBook {
  private readonly rules: CompiledRule[];

  constructor(dataset: Dataset) {
    const byId = new Map(dataset.listings.map((l) => [l.id, l] as const));
    this.rules = dataset.rules
      .map((rule) => ({ rule, listing: byId.get(rule.listingId)!, countries: new Set(rule.countries.map(normaliseCountry)) }))
      // A rule whose order has been lifted no longer puts anyone at risk.
      .filter((r) => r.listing && r.listing.status !== "inactive");
  }

  get size(): number {
    return this.rules.length;
  }

  evaluate(row: RowContext): RuleHit[] {
    if (this.rules.length === 0) return [];
    const name = prepare(row.nameText);
    const country = prepare(row.countryText);
    const product = prepare(row.productText);
    const countryKey = country.tokens.join(" ");
    const hits: RuleHit[] = [];
    for (const { rule, listing, countries } of this.rules) {
      const inName = rule.regionKeywords.find((k) => findKeyword(name, k));
      const inCountry = rule.regionKeywords.find((k) => findKeyword(country, k));
      const regionWord = inName ?? inCountry;
      const countryMatches = countryKey !== "" && countries.has(countryKey);
      const productWord = rule.productKeywords.find((k) => findKeyword(product, k));
      const productKnown = product.tokens.length > 0 || hasCjk(product.folded);
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
