// Loader for the labelled evaluation set test/eval/cases.csv (see docs/evaluation.md).
// Pure Node: used by scripts/eval.ts, scripts/bench.ts and test/eval/*.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv as parseCliCsv } from "../../src/cli/csv";

export type Expected = "match" | "rule" | "nonmatch" | "clean";

export interface EvalCase {
  id: string;
  category: string;
  query: string;
  country: string;
  product: string;
  expected: Expected;
  /** match: the listing that must be found; rule: the listing (or rule id) of the rule that must fire; nonmatch: the listing it is confusable with (informational). */
  listingId: string;
  notes: string;
}

export const CASES_PATH = join(__dirname, "cases.csv");

export const CSV_COLUMNS = ["id", "category", "query", "country", "product", "expected", "listing_id", "notes"] as const;

/** Positive categories: every case must find listing_id (risk other than none). */
export const MATCH_CATEGORIES = [
  "legal_form",
  "abbreviation",
  "punctuation_case",
  "word_order",
  "typo",
  "joined_split",
  "cjk",
  "alias",
  "former_name",
  "subsidiary",
  "vessel",
  "lifted",
  "inflection",
  "messy_cell",
  // Held-out batch of December 2026 (test/eval/heldout-2026-12.csv, issue 10), merged after it was scored once.
  "vendor_code",
  "trading_as",
  "cell_address",
  "multi_supplier",
  "bilingual",
  "cjk_variant",
  "cjk_possible",
  "subordinate_unit",
  "pinyin",
  "country_evidence",
] as const;
/** Positive categories where a possible match (review) is the expected answer even for a listing in force:
 * a listed Chinese name inside a longer one (a possible subsidiary) and short forms. Left out of the recall of high. */
export const POSSIBLE_MATCH_CATEGORIES = ["cjk_possible"] as const;
export const RULE_CATEGORIES = ["rule"] as const;
/** Hard negatives: may be "review", never "high". */
export const NEGATIVE_CATEGORIES = ["generic_collision", "sister_company", "lookalike", "same_city", "foreign_lookalike"] as const;
/** clean: real suppliers on no list (should be none). rule_context: real suppliers in a rule's country or with a
 * rule's product but outside its scope (Malawi sugar, DRC copper, Indian cotton) — should be none as well. */
export const CLEAN_CATEGORIES = ["clean", "rule_context"] as const;

export const ALL_CATEGORIES: readonly string[] = [...MATCH_CATEGORIES, ...RULE_CATEGORIES, ...NEGATIVE_CATEGORIES, ...CLEAN_CATEGORIES];

/** The expected value each category must carry. */
export function expectedForCategory(category: string): Expected | undefined {
  if ((MATCH_CATEGORIES as readonly string[]).includes(category)) return "match";
  if ((RULE_CATEGORIES as readonly string[]).includes(category)) return "rule";
  if ((NEGATIVE_CATEGORIES as readonly string[]).includes(category)) return "nonmatch";
  if ((CLEAN_CATEGORIES as readonly string[]).includes(category)) return "clean";
  return undefined;
}

/** RFC 4180 CSV through the CLI's parser (quoted fields, doubled quotes, line breaks), without a BOM or blank lines. */
export function parseCsv(text: string): string[][] {
  return parseCliCsv(text.replace(/^\uFEFF/, ""), ",").filter((r) => !(r.length === 1 && r[0] === ""));
}

export class CaseFileError extends Error {}

export function parseCases(text: string): EvalCase[] {
  const rows = parseCsv(text);
  if (rows.length === 0) throw new CaseFileError("cases.csv is empty");
  const header = rows[0];
  if (header.join(",") !== CSV_COLUMNS.join(",")) {
    throw new CaseFileError(`cases.csv header must be "${CSV_COLUMNS.join(",")}", got "${header.join(",")}"`);
  }
  return rows.slice(1).map((r, i) => {
    if (r.length !== CSV_COLUMNS.length) {
      throw new CaseFileError(`cases.csv line ${i + 2}: expected ${CSV_COLUMNS.length} fields, got ${r.length}`);
    }
    const [id, category, query, country, product, expected, listingId, notes] = r;
    if (!["match", "rule", "nonmatch", "clean"].includes(expected)) {
      throw new CaseFileError(`cases.csv line ${i + 2} (${id}): expected must be match|rule|nonmatch|clean, got "${expected}"`);
    }
    return { id, category, query, country, product, expected: expected as Expected, listingId, notes };
  });
}

export function loadCases(path: string = CASES_PATH): EvalCase[] {
  return parseCases(readFileSync(path, "utf8"));
}
