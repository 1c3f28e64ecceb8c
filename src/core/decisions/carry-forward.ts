import { RISK_LABELS, type Risk } from "../screening/types";
import { formatDecidedBasis, parseBasisCell } from "./basis-cell";
import { supplierKey } from "./keys";
import { changesBetween, outdatedText, type Subject } from "./subject";
import { decisionDateText, parseDecisionCell, type Decision } from "./values";

/** A decision found in an earlier screened file (or sheet), with what it was made about. */
export interface PriorDecision {
  decision: Decision;
  about: Subject;
  /** Where it was found, for messages (e.g. 1-based row number). */
  origin: number;
}

/** One row of an earlier screened file, as its cells read. */
export interface PriorRow {
  origin: number;
  supplier: unknown;
  /** The "WRO risk" and "WRO match" cells, used when the file has no "Decision basis" record for the row. */
  riskCell: unknown;
  matchCell: unknown;
  decisionCell: unknown;
  byCell: unknown;
  onCell: unknown;
  reasonCell: unknown;
  basisCell: unknown;
}

const RISK_BY_LABEL = new Map<string, Risk>(Object.entries(RISK_LABELS).map(([risk, label]) => [label.toLowerCase(), risk as Risk]));

/**
 * The decision on an earlier row, or null when it has none (blank, or text that is not a decision). Without a
 * basis record (a file whose decisions were typed beside results of another tool run), the decision is taken
 * to be about the row's "WRO risk" and "WRO match" as they read, with no listing id: then the match text
 * stands in for the listing.
 */
export function priorDecisionOf(row: PriorRow): PriorDecision | null {
  const parsed = parseDecisionCell(row.decisionCell);
  if (parsed.value === null) return null;
  const decision: Decision = { value: parsed.value, by: text(row.byCell), on: decisionDateText(row.onCell), reason: text(row.reasonCell) };
  const basis = parseBasisCell(row.basisCell);
  const supplier = text(row.supplier);
  let about: Subject | null = null;
  if (basis?.decided && basis.decided.value === decision.value && basis.decided.on === decision.on) about = basis.decided.about;
  else if (basis?.latest) about = basis.latest;
  if (!about) {
    about = {
      supplier,
      risk: RISK_BY_LABEL.get(text(row.riskCell).toLowerCase()) ?? "none",
      listingId: null,
      status: null,
      datasetVersion: "",
      match: text(row.matchCell),
    };
  }
  return { decision, about, origin: row.origin };
}

/** A prior decision placed on a row of the new screening. */
export interface CarriedDecision {
  prior: PriorDecision;
  state: "current" | "outdated";
  changes: string[];
  /** "Decision outdated: …" or "". */
  message: string;
  /** The "Decision basis" text for the new row. */
  basisCell: string;
}

export interface CarryForwardResult {
  /** Per new row, in order: the decision it carries, or null. */
  rows: Array<CarriedDecision | null>;
  /** Earlier decisions whose supplier is not in the new screening: reported, never dropped silently. */
  unplaced: PriorDecision[];
}

function sameListing(about: Subject, now: Subject): boolean {
  if (about.listingId !== null && now.listingId !== null) return about.listingId === now.listingId;
  return about.match === now.match;
}

/**
 * Carries earlier decisions to a new screening of possibly re-ordered, filtered, grown or shrunk rows. A
 * decision goes only to a row with the same supplier key (never to another supplier); among those, a row
 * whose result is about the same listing first. Each earlier decision is placed at most once, in the order
 * found (so two rows of the same supplier keep two decisions); a decision whose supplier's row now matches
 * another listing, or whose listing changed status or risk, is placed and marked outdated.
 */
export function carryForward(prior: PriorDecision[], rows: Subject[]): CarryForwardResult {
  const bySupplier = new Map<string, PriorDecision[]>();
  for (const p of prior) {
    const key = supplierKey(p.about.supplier);
    const list = bySupplier.get(key);
    if (list) list.push(p);
    else bySupplier.set(key, [p]);
  }
  const out: Array<CarriedDecision | null> = rows.map(() => null);
  // Two passes: first every row takes a decision about its own listing; then remaining decisions go, in
  // order, to rows of the same supplier that are still undecided (they are then outdated: another listing).
  for (const pass of ["same", "other"] as const) {
    rows.forEach((now, i) => {
      if (out[i]) return;
      const list = bySupplier.get(supplierKey(now.supplier));
      if (!list || list.length === 0) return;
      const at = pass === "same" ? list.findIndex((p) => sameListing(p.about, now)) : 0;
      if (at < 0) return;
      const [p] = list.splice(at, 1);
      out[i] = place(p, now);
    });
  }
  const unplaced = [...bySupplier.values()].flat().sort((a, b) => a.origin - b.origin);
  return { rows: out, unplaced };
}

function place(prior: PriorDecision, now: Subject): CarriedDecision {
  // The supplier keys are equal by construction, so only the listing, status, risk and match can differ.
  const changes = changesBetween(prior.about, now);
  const outdated = changes.length > 0 ? changes.join("; ") : null;
  return {
    prior,
    state: outdated ? "outdated" : "current",
    changes,
    message: outdated ? outdatedText(changes) : "",
    basisCell: formatDecidedBasis(prior.about, prior.decision.value, prior.decision.on, now, outdated),
  };
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}
