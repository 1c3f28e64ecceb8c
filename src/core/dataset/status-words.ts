import type { Status } from "./schema";

/**
 * CBP's own status words, as its WRO/Findings dataset writes them, and what each means for screening.
 * The words themselves are always kept verbatim in a listing's statusText.
 *
 * - "Partially Modified" (the 2026-06-23 file) and "Partially Active" (other editions, OpenSanctions):
 *   in force for the part not lifted; the status history says which part was lifted.
 * - "Inactive-Pending Litigation": CBP does not enforce the order while a court case is pending, but it
 *   may be reinstated, so it is neither in force nor lifted: "unknown", which gives Review.
 */
export const CBP_STATUS_WORDS: Readonly<Record<string, Status>> = {
  active: "active",
  "partially modified": "partially_active",
  "partially active": "partially_active",
  "inactive-pending litigation": "unknown",
  "inactive - pending litigation": "unknown",
  "inactive pending litigation": "unknown",
  inactive: "inactive",
};

/** The schema status for one of CBP's status words, or undefined for a word CBP does not use. */
export function cbpStatus(words: string): Status | undefined {
  return CBP_STATUS_WORDS[words.trim().replace(/\s+/g, " ").toLowerCase()];
}

/** Why a status word gives Review rather than High or Lifted, in a sentence for the note; null when it needs none. */
export function statusWordsExplained(words: string): string | null {
  if (/pending litigation/i.test(words)) {
    return `CBP lists it as "${words.trim()}": the order is not enforced while a court case about it is pending, and it may be reinstated, so a match needs review`;
  }
  return null;
}
