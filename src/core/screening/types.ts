import type { PartRole } from "../cells/roles";
import type { Confidence, ListKind, ListedName, Listing, Status } from "../dataset/schema";

/** The verdict for one row. The order of severity is high > review > lifted > none. */
export type Risk = "high" | "review" | "lifted" | "none";

/** Labels written into cells and returned by =WRORISK: short, stable, easy to COUNTIF. */
export const RISK_LABELS: Record<Risk, string> = {
  high: "High",
  review: "Review",
  lifted: "Lifted",
  none: "None",
};

export interface ScreenInput {
  /** The supplier cell as Excel gives it: string, number, boolean, error text, null or undefined. */
  name: unknown;
  country?: unknown;
  product?: unknown;
}

/** Why an input was not screened by name at all. */
export type SkipReason = "empty" | "placeholder" | "not_text" | "error_value" | "too_long";

/** One labelled piece of evidence, modelled on nomenklatura's explain_alignment. */
export interface Evidence {
  kind:
    | "exact"
    | "token_order"
    | "joined_words"
    | "abbreviation"
    | "legal_form"
    | "generic"
    | "fuzzy"
    | "extra_word"
    | "cjk_exact"
    | "cjk_contains"
    | "region"
    | "product"
    | "country";
  text: string;
}

export interface NameMatch {
  listing: Listing;
  /** The listed name that matched (published name, alias, former name, subsidiary, vessel or Chinese name). */
  matched: ListedName;
  score: number;
  evidence: Evidence[];
  /**
   * The part of the cell that matched, when the cell held more than a name (a vendor code, a trading name,
   * an address, several suppliers, a bilingual pair): src/core/cells. Absent when the whole cell matched.
   */
  part?: { role: PartRole; text: string };
  /**
   * True when every distinctive word of the listed name was found exactly as written (no typo, no plural,
   * no joined or split words) and the supplier name adds no distinctive word, or the Chinese core is equal.
   * Country evidence keeps such a match where the row names another country; other matches drop.
   */
  literal?: boolean;
}

export interface RuleHit {
  ruleId: string;
  listing: Listing;
  /** What placed the row under the rule, in words. */
  reasons: string[];
}

/**
 * The verdict for one row. It does not repeat the row's text (use displayInput for that): rows that match
 * nothing, or are skipped for the same reason, share one frozen result, so a 100,000-row sheet of clean
 * suppliers keeps a handful of results alive rather than 100,000. Pair results with rows by position.
 */
export interface ScreenResult {
  risk: Risk;
  /** 0 to 1; 1 for an exact match after normalisation. For rule-only hits, 0. */
  score: number;
  /** The best name match, if any. */
  match: NameMatch | null;
  /** Other listings that matched as well (e.g. a WRO and its Finding). */
  otherMatches: NameMatch[];
  ruleHits: RuleHit[];
  /** Plain-English note a buyer can act on. Never starts with = + - @. */
  note: string;
  skipped: SkipReason | null;
  datasetVersion: string;
}

export type { Confidence, ListKind, Listing, Status };
