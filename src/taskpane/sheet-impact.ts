import { RISK_LABELS, type Risk, type ScreenInput, type ScreenResult } from "../core";
import type { LastResultRow } from "../excel/last-results";

/** The part of the core Screener the count needs; the real `Screener` satisfies it. */
export interface ImpactScreener {
  screen(input: ScreenInput): Pick<ScreenResult, "risk" | "skipped">;
}

export interface SheetImpact {
  /** Rows whose "WRO risk" cell would read differently after a re-screen with the new dataset. */
  changed: number;
  /** Up to three of those rows' supplier names (distinct, in sheet order), for the prompt. */
  examples: string[];
}

const KNOWN_LABELS = new Set(Object.values(RISK_LABELS));
const EXAMPLES = 3;

/**
 * Counts the rows whose risk label would change if the sheet were screened again with `screener`.
 * Pure: no Office calls. Not counted: blank supplier cells (a run leaves their result blank, and so would the
 * next), rows with no label or one the add-in does not write (never screened, or typed over by the user: not a
 * change the dataset causes). Rows read without their country/product whose current Review rests on a
 * region/product rule keep Review when the name alone now gives None or Lifted: the rule still applies to
 * their country/product cells, and a re-screen would reach the same Review.
 */
export function countSheetImpact(rows: readonly LastResultRow[], screener: ImpactScreener): SheetImpact {
  let changed = 0;
  const examples: string[] = [];
  for (const row of rows) {
    if (row.name.trim() === "" || !KNOWN_LABELS.has(row.currentLabel)) continue;
    const result = screener.screen({ name: row.name, country: row.country, product: row.product });
    if (result.skipped === "empty") continue;
    let risk: Risk = result.risk;
    const rowHasCellsForRules = row.country !== undefined || row.product !== undefined;
    if (row.ruleOnly && !rowHasCellsForRules && row.currentLabel === RISK_LABELS.review && (risk === "none" || risk === "lifted"))
      risk = "review";
    if (RISK_LABELS[risk] === row.currentLabel) continue;
    changed += 1;
    const name = row.name.trim();
    if (examples.length < EXAMPLES && !examples.includes(name)) examples.push(name);
  }
  return { changed, examples };
}
