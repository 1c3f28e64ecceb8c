import type { Dataset, Listing, ListKind, Status } from "./schema";
import { nameKey } from "../importers/names";

/** What a buyer needs to know before accepting an update: which orders appeared, went or changed. */
export interface StatusChange {
  id: string;
  name: string;
  list: ListKind;
  from: Status;
  to: Status;
  /** When the new status took effect, if the source says. */
  date: string | null;
}

export interface NamesChange {
  id: string;
  name: string;
  added: string[];
  removed: string[];
}

export interface DatasetDiff {
  from: { version: string; listings: number };
  to: { version: string; listings: number };
  added: Listing[];
  /** Listings deleted outright (an import never deletes; a replacement dataset can). */
  removed: Listing[];
  statusChanged: StatusChange[];
  namesChanged: NamesChange[];
  /** Listings whose other facts (dates, type, section, sources…) changed. */
  otherChanged: { id: string; name: string; fields: string[] }[];
}

const COMPARED_FIELDS: (keyof Listing)[] = [
  "list",
  "listVerified",
  "dateIssued",
  "name",
  "matchBy",
  "country",
  "region",
  "products",
  "industry",
  "scope",
  "section",
  "statusDate",
  "statusText",
  "sources",
  "confidence",
  "notes",
  "statusHistory",
];

function nameSet(l: Listing): Map<string, string> {
  return new Map(l.names.map((n) => [`${n.kind}:${nameKey(n.name)}`, n.kind === "primary" ? n.name : `${n.name} (${n.kind})`]));
}

export function diffDatasets(a: Dataset, b: Dataset): DatasetDiff {
  const before = new Map(a.listings.map((l) => [l.id, l]));
  const after = new Map(b.listings.map((l) => [l.id, l]));
  const diff: DatasetDiff = {
    from: { version: a.version, listings: a.listings.length },
    to: { version: b.version, listings: b.listings.length },
    added: b.listings.filter((l) => !before.has(l.id)),
    removed: a.listings.filter((l) => !after.has(l.id)),
    statusChanged: [],
    namesChanged: [],
    otherChanged: [],
  };
  for (const next of b.listings) {
    const prev = before.get(next.id);
    if (!prev) continue;
    if (prev.status !== next.status) {
      diff.statusChanged.push({ id: next.id, name: next.name, list: next.list, from: prev.status, to: next.status, date: next.statusDate });
    }
    const was = nameSet(prev);
    const now = nameSet(next);
    const added = [...now].filter(([k]) => !was.has(k)).map(([, v]) => v);
    const removed = [...was].filter(([k]) => !now.has(k)).map(([, v]) => v);
    if (added.length || removed.length) diff.namesChanged.push({ id: next.id, name: next.name, added, removed });
    const fields = COMPARED_FIELDS.filter((f) => JSON.stringify(prev[f]) !== JSON.stringify(next[f]));
    if (fields.length) diff.otherChanged.push({ id: next.id, name: next.name, fields });
  }
  return diff;
}

export function isEmptyDiff(d: DatasetDiff): boolean {
  return !d.added.length && !d.removed.length && !d.statusChanged.length && !d.namesChanged.length && !d.otherChanged.length;
}

const STATUS_LABEL: Record<Status, string> = {
  active: "active",
  partially_active: "partially active",
  inactive: "inactive",
  unknown: "unknown",
};
const LIST_LABEL: Record<ListKind, string> = { cbp_wro: "WRO", cbp_finding: "Finding", uflpa: "UFLPA" };

/** "Supermax Corporation Bhd: active → inactive, 2023-09-18" */
export function describeStatusChange(c: StatusChange): string {
  return `${c.name}: ${STATUS_LABEL[c.from]} → ${STATUS_LABEL[c.to]}${c.date ? `, ${c.date}` : " (date not stated)"}`;
}

/** A plain-text summary for the CLI and the pane; long sections are cut to `limit` lines each. */
export function formatDiff(d: DatasetDiff, limit = 50): string {
  const lines: string[] = [`${d.from.version} (${d.from.listings} listings) → ${d.to.version} (${d.to.listings} listings)`];
  if (isEmptyDiff(d)) {
    lines.push("No changes.");
    return lines.join("\n");
  }
  const section = <T>(title: string, items: T[], render: (item: T) => string) => {
    if (!items.length) return;
    lines.push("", `${title} (${items.length}):`);
    for (const item of items.slice(0, limit)) lines.push(`  ${render(item)}`);
    if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
  };
  const listingLine = (l: Listing) =>
    `${l.name} [${LIST_LABEL[l.list]}${l.dateIssued ? `, ${l.dateIssued}` : ""}, ${STATUS_LABEL[l.status]}]`;
  section("Added", d.added, listingLine);
  section("Removed from the dataset", d.removed, listingLine);
  section("Status changed", d.statusChanged, describeStatusChange);
  section(
    "Names changed",
    d.namesChanged,
    (c) =>
      `${c.name}: ${[c.added.length ? `+ ${c.added.join("; ")}` : "", c.removed.length ? `- ${c.removed.join("; ")}` : ""].filter(Boolean).join("  ")}`,
  );
  section("Other facts changed", d.otherChanged, (c) => `${c.name}: ${c.fields.join(", ")}`);
  return lines.join("\n");
}
