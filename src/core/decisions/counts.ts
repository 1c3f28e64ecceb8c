import type { DecisionState } from "./evaluate";
import type { DecisionValue } from "./values";

/** Counts by decision for the summary and the report; outdated and unrecognised count as undecided. */
export interface DecisionCounts {
  /** Flagged rows (High, Review, Lifted) without a standing decision, outdated ones included. */
  undecided: number;
  cleared: number;
  confirmed: number;
  escalated: number;
  /** Of the undecided: decisions that no longer stand. */
  outdated: number;
}

export function emptyDecisionCounts(): DecisionCounts {
  return { undecided: 0, cleared: 0, confirmed: 0, escalated: 0, outdated: 0 };
}

/** Adds one row. `flagged` rows without a standing decision count as undecided; None rows only when decided. */
export function countDecision(counts: DecisionCounts, state: DecisionState, value: DecisionValue | null, flagged: boolean): void {
  if (state === "current" && value) counts[value] += 1;
  else if (flagged || state === "outdated") {
    counts.undecided += 1;
    if (state === "outdated") counts.outdated += 1;
  }
}
