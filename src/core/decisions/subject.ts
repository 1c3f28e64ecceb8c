import { matchLabel } from "../notes/note";
import type { Status } from "../dataset/schema";
import { RISK_LABELS, type Risk, type ScreenResult } from "../screening/types";
import { supplierKey } from "./keys";

/**
 * What a row's result is about, and so what a decision on that row was made about: the supplier text, the
 * listing it matched (or the rule's listing), that listing's status, the risk, the dataset version and the
 * "WRO match" text. listingId is null for a row that matched nothing, and for rows read from a file that
 * did not record the listing (then the match text stands in for it).
 */
export interface Subject {
  supplier: string;
  risk: Risk;
  listingId: string | null;
  status: Status | null;
  datasetVersion: string;
  match: string;
}

/** The subject of a fresh screening result for the given supplier text. */
export function subjectOf(supplier: string, result: ScreenResult): Subject {
  const listing = result.match?.listing ?? result.ruleHits[0]?.listing ?? null;
  return {
    supplier,
    risk: result.risk,
    listingId: listing?.id ?? null,
    status: listing?.status ?? null,
    datasetVersion: result.datasetVersion,
    match: matchLabel(result.match, result.ruleHits),
  };
}

/** A status in the words the sheet uses ("in force", "lifted"), for "Decision outdated: …". */
export const STATUS_WORDS: Record<Status, string> = {
  active: "in force",
  partially_active: "partly in force",
  inactive: "lifted",
  unknown: "not verified",
};

function quoted(text: string): string {
  const short = text.length > 120 ? text.slice(0, 117) + "..." : text;
  return `"${short}"`;
}

/**
 * What changed between the subject a decision was made about and the row's result now, in plain words; empty
 * when the decision still stands. A new dataset version alone changes nothing: only a different listing, a
 * new status (lifted, re-imposed), a different risk or different match wording (the dataset's facts about the
 * listing changed) outdate a decision. A different supplier text means the decision sits beside another firm
 * (e.g. one column was sorted on its own): it is reported and never moved.
 */
export function changesBetween(about: Subject, now: Subject): string[] {
  if (supplierKey(about.supplier) !== supplierKey(now.supplier)) {
    return [`it was made about the supplier ${quoted(about.supplier)}, and this row now holds ${quoted(now.supplier)}`];
  }
  const changes: string[] = [];
  const sameListing = about.listingId !== null && now.listingId !== null ? about.listingId === now.listingId : about.match === now.match;
  if (!sameListing) {
    if (!now.listingId && !now.match) changes.push(`the supplier no longer matches any listing (was ${quoted(about.match)})`);
    else if (!about.listingId && !about.match) changes.push(`the supplier now matches ${quoted(now.match)}`);
    else changes.push(`now matches another listing: ${quoted(now.match)} (was ${quoted(about.match)})`);
    return changes;
  }
  if (about.status && now.status && about.status !== now.status) {
    changes.push(`the listing's status is now ${STATUS_WORDS[now.status]} (was ${STATUS_WORDS[about.status]})`);
  }
  if (about.risk !== now.risk) changes.push(`risk is now ${RISK_LABELS[now.risk]} (was ${RISK_LABELS[about.risk]})`);
  if (changes.length === 0 && about.match !== now.match) {
    changes.push(`the match now reads ${quoted(now.match)} (was ${quoted(about.match)})`);
  }
  if (changes.length > 0 && about.datasetVersion !== now.datasetVersion) {
    changes.push(`dataset ${now.datasetVersion} (decision made on dataset ${about.datasetVersion})`);
  }
  return changes;
}

export function outdatedText(changes: string[]): string {
  return `Decision outdated: ${changes.join("; ")}`;
}
