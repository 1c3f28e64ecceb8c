/**
 * Keys for carrying decisions forward: the supplier text as the user wrote it, folded only so that the same
 * text typed again is the same key (Unicode form, case, spacing, invisible characters), and the listing the
 * decision was made about. Deliberately NOT the matcher's normalisation: "Acme Ltd" and "Acme Inc" may be two
 * firms, and a decision about one must never move to the other.
 */
export function supplierKey(text: unknown): string {
  const s = text === null || text === undefined ? "" : String(text);
  return s
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLocaleLowerCase("en-US");
}

/** One key per (supplier, listing). A decision about no listing (a None row, a rule) keys on "" for the listing. */
export function decisionKey(supplier: unknown, listingId: string | null): string {
  return `${supplierKey(supplier)}\u0000${listingId ?? ""}`;
}
