import { parseBasisCell } from "./basis-cell";
import { formatDecidedBasis, formatResultBasis } from "./basis-cell";
import { changesBetween, outdatedText, type Subject } from "./subject";
import { decisionDateText, parseDecisionCell, type Decision } from "./values";

/**
 * undecided: no decision; current: a decision that still stands; outdated: a decision made about something
 * that has since changed (counts as undecided); unrecognised: the decision cell holds text that is not one of
 * the decisions (counts as undecided, and the text is left alone).
 */
export type DecisionState = "undecided" | "current" | "outdated" | "unrecognised";

/** One row as a re-run sees it: the user's four decision cells, the add-in's basis cell, and the new result. */
export interface RowDecisionInput {
  decisionCell: unknown;
  byCell: unknown;
  onCell: unknown;
  reasonCell: unknown;
  /** The "Decision basis" cell as the last run (or the pane) left it. */
  basisCell: unknown;
  /** The row's new result; null for a row that was not screened this time (blank supplier). */
  now: Subject | null;
}

export interface RowDecisionOutcome {
  state: DecisionState;
  decision: Decision | null;
  /** What the decision was made about (null when undecided). */
  about: Subject | null;
  /** What changed, for an outdated decision. */
  changes: string[];
  /** The new text for the "Decision basis" cell (the add-in's own cell; the four decision cells are never written). */
  basisCell: string;
  /** "Decision outdated: …" for outdated rows, "" otherwise. */
  message: string;
}

/**
 * The decision rules for one row, shared by the pane and the CLI. The decision itself is never changed: only
 * the basis cell is (re)written. A decision seen for the first time is pinned to the result the row showed
 * when it was made (the last run's result recorded in the basis cell), or, with no earlier record, to the
 * result now. Changing the decision or its date counts as deciding again, about what the row showed then.
 */
export function evaluateRow(input: RowDecisionInput): RowDecisionOutcome {
  const parsed = parseDecisionCell(input.decisionCell);
  const old = parseBasisCell(input.basisCell);
  const previousText = typeof input.basisCell === "string" ? input.basisCell : "";
  const empty = { decision: null, about: null, changes: [], message: "" };

  if (parsed.value === null) {
    const state: DecisionState = parsed.blank ? "undecided" : "unrecognised";
    if (!input.now) return { ...empty, state, basisCell: previousText };
    const flagged = input.now.risk !== "none" || input.now.listingId !== null;
    return { ...empty, state, basisCell: flagged ? formatResultBasis(input.now) : "" };
  }

  const decision: Decision = {
    value: parsed.value,
    by: cellText(input.byCell),
    on: decisionDateText(input.onCell),
    reason: cellText(input.reasonCell),
  };
  const sameAsRecorded = old?.decided && old.decided.value === decision.value && old.decided.on === decision.on;
  const about = sameAsRecorded ? old.decided!.about : (old?.latest ?? input.now);
  if (!input.now || !about) {
    // Not screened this time: the record stays as it was, and so does its state.
    const outdated = old?.decided?.outdated ?? null;
    return {
      state: outdated ? "outdated" : "current",
      decision,
      about: about ?? null,
      changes: outdated ? [outdated] : [],
      basisCell: previousText,
      message: outdated ? `Decision outdated: ${outdated}` : "",
    };
  }
  const changes = changesBetween(about, input.now);
  const outdated = changes.length > 0 ? changes.join("; ") : null;
  return {
    state: outdated ? "outdated" : "current",
    decision,
    about,
    changes,
    basisCell: formatDecidedBasis(about, decision.value, decision.on, input.now, outdated),
    message: outdated ? outdatedText(changes) : "",
  };
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Decided and still standing; everything else needs a decision. */
export function isDecided(state: DecisionState): boolean {
  return state === "current";
}
