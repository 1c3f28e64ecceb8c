import { Status } from "../dataset/schema";
import { RISK_LABELS, type Risk } from "../screening/types";
import { DECISION_LABELS, DECISION_VALUES, type DecisionValue } from "./values";
import type { Subject } from "./subject";

/**
 * The "Decision basis" cell: the add-in's own column, written on every run, readable by an auditor and read
 * back by the next run. It records what a decision was made about (so a later run can tell whether it still
 * stands) and the row's latest result (so a decision typed by hand later is pinned to what the row showed).
 *
 *   Result: High · listing wro-… · status active · dataset "2026-11-26" · supplier "…" · match "…"
 *   Decision stands. Made about: <subject> · decision "Cleared – not the listed firm" · on "2026-12-01" || Now: <subject>
 *   Decision outdated: <what changed>. Made about: <subject> · decision "…" · on "…" || Now: <subject>
 *
 * Free text is JSON-quoted, so a supplier or match containing " · " or "||" cannot break the record. The cell
 * always starts with a letter, so it can never be read as a formula.
 */
export interface BasisCell {
  /** Set when the row carries a decision (as recorded at the last run). */
  decided: { about: Subject; value: DecisionValue; on: string; outdated: string | null } | null;
  /** The row's result at the last run ("Result:" or "Now:"). */
  latest: Subject | null;
}

const STR = String.raw`"(?:[^"\\]|\\.)*"`;
const SUBJECT = String.raw`(High|Review|Lifted|None) · listing (\S+) · status (\S+) · dataset (${STR}) · supplier (${STR}) · match (${STR})`;
const RESULT_RE = new RegExp(`^Result: ${SUBJECT}$`, "u");
const DECIDED_RE = new RegExp(
  String.raw`^(?:Decision stands\.|Decision outdated: ([\s\S]*?)\.) Made about: ${SUBJECT} · decision (${STR}) · on (${STR}) \|\| Now: ${SUBJECT}$`,
  "u",
);

const RISK_BY_LABEL = new Map<string, Risk>(Object.entries(RISK_LABELS).map(([risk, label]) => [label, risk as Risk]));
const VALUE_BY_LABEL = new Map<string, DecisionValue>(DECISION_VALUES.map((v) => [DECISION_LABELS[v], v]));

export function formatSubject(s: Subject): string {
  return (
    `${RISK_LABELS[s.risk]} · listing ${s.listingId ?? "-"} · status ${s.status ?? "-"} · dataset ${JSON.stringify(s.datasetVersion)}` +
    ` · supplier ${JSON.stringify(s.supplier)} · match ${JSON.stringify(s.match)}`
  );
}

export function formatResultBasis(now: Subject): string {
  return `Result: ${formatSubject(now)}`;
}

export function formatDecidedBasis(about: Subject, value: DecisionValue, on: string, now: Subject, outdated: string | null): string {
  const head = outdated ? `Decision outdated: ${outdated}.` : "Decision stands.";
  return `${head} Made about: ${formatSubject(about)} · decision ${JSON.stringify(DECISION_LABELS[value])} · on ${JSON.stringify(on)} || Now: ${formatSubject(now)}`;
}

function json(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

function subjectFrom(parts: string[]): Subject | null {
  const [risk, listing, status, dataset, supplier, match] = parts;
  const r = RISK_BY_LABEL.get(risk);
  const datasetVersion = json(dataset);
  const supplierText = json(supplier);
  const matchText = json(match);
  const statusValue = status === "-" ? null : Status.safeParse(status).success ? (status as Status) : undefined;
  if (!r || datasetVersion === null || supplierText === null || matchText === null || statusValue === undefined) return null;
  return {
    risk: r,
    listingId: listing === "-" ? null : listing,
    status: statusValue,
    datasetVersion,
    supplier: supplierText,
    match: matchText,
  };
}

/** Reads a "Decision basis" cell; null when it is blank or not a record the add-in wrote (e.g. the user typed over it). */
export function parseBasisCell(cell: unknown): BasisCell | null {
  if (typeof cell !== "string" || cell === "") return null;
  const result = RESULT_RE.exec(cell);
  if (result) {
    const latest = subjectFrom(result.slice(1, 7));
    return latest ? { decided: null, latest } : null;
  }
  const decided = DECIDED_RE.exec(cell);
  if (!decided) return null;
  const about = subjectFrom(decided.slice(2, 8));
  const valueLabel = json(decided[8]);
  const value = valueLabel === null ? undefined : VALUE_BY_LABEL.get(valueLabel);
  const on = json(decided[9]);
  const latest = subjectFrom(decided.slice(10, 16));
  if (!about || !value || on === null || !latest) return null;
  return { decided: { about, value, on, outdated: decided[1] ?? null }, latest };
}
