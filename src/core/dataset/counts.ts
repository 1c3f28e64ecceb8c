import type { Dataset, Listing, ListKind } from "./schema";

/**
 * Counts of a dataset by list and by status, as the README, the CLI's `dataset show` and the pane's
 * Dataset tab give them. Always worked out from the dataset itself, never written by hand.
 */

export type StatusGroup = "in_force" | "partially_modified" | "lifted" | "pending_litigation" | "unknown";

export const STATUS_GROUPS: readonly StatusGroup[] = ["in_force", "partially_modified", "lifted", "pending_litigation", "unknown"];

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  in_force: "In force",
  partially_modified: "Partially modified",
  lifted: "Lifted or removed",
  pending_litigation: "Pending litigation",
  unknown: "Status unknown",
};

export const LIST_KINDS: readonly ListKind[] = ["cbp_wro", "cbp_finding", "uflpa"];

export const LIST_COUNT_LABELS: Record<ListKind, string> = {
  cbp_wro: "CBP WRO",
  cbp_finding: "CBP Finding",
  uflpa: "UFLPA",
};

/** CBP's "Inactive-Pending Litigation" is a status of its own for the reader; in the engine it is unknown (Review). */
export function statusGroup(listing: Listing): StatusGroup {
  switch (listing.status) {
    case "active":
      return "in_force";
    case "partially_active":
      return "partially_modified";
    case "inactive":
      return "lifted";
    case "unknown":
      return /pending litigation/i.test(listing.statusText) ? "pending_litigation" : "unknown";
  }
}

export interface CountsRow {
  list: ListKind | "all";
  label: string;
  listings: number;
  /** Of them, region- or product-wide orders applied as rules rather than matched by name. */
  rules: number;
  byStatus: Record<StatusGroup, number>;
}

export function datasetCounts(dataset: Dataset): CountsRow[] {
  const row = (list: CountsRow["list"], label: string, listings: readonly Listing[]): CountsRow => ({
    list,
    label,
    listings: listings.length,
    rules: listings.filter((l) => l.matchBy === "rule").length,
    byStatus: Object.fromEntries(STATUS_GROUPS.map((g) => [g, listings.filter((l) => statusGroup(l) === g).length])) as Record<
      StatusGroup,
      number
    >,
  });
  return [
    ...LIST_KINDS.map((k) =>
      row(
        k,
        LIST_COUNT_LABELS[k],
        dataset.listings.filter((l) => l.list === k),
      ),
    ),
    row("all", "All lists", dataset.listings),
  ];
}

/** The counts as a Markdown table, for the README (test/project/readme-counts.test.ts keeps it equal). */
export function countsMarkdown(dataset: Dataset): string {
  const rows = datasetCounts(dataset);
  const header = ["List", "Listings", ...STATUS_GROUPS.map((g) => STATUS_GROUP_LABELS[g])];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|---|${header
      .slice(1)
      .map(() => "---:")
      .join("|")}|`,
  ];
  for (const r of rows) {
    const listings = r.rules > 0 ? `${r.listings} (${r.rules} applied as ${r.rules === 1 ? "a rule" : "rules"})` : `${r.listings}`;
    const cells = [r.list === "all" ? `**${r.label}**` : r.label, listings, ...STATUS_GROUPS.map((g) => String(r.byStatus[g]))];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The same counts as a plain-text table for a terminal (`dataset show`): one line per list, one column per status. */
export function countsText(dataset: Dataset): string {
  const rows = datasetCounts(dataset);
  const header = ["List", "Listings", ...STATUS_GROUPS.map((g) => STATUS_GROUP_LABELS[g])];
  const body = rows.map((r) => [
    r.label,
    r.rules > 0 ? `${r.listings} (${r.rules} ${r.rules === 1 ? "rule" : "rules"})` : `${r.listings}`,
    ...STATUS_GROUPS.map((g) => String(r.byStatus[g])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), ...body.map(line)].join("\n");
}
