import type { ListedName, Listing } from "./schema";

/**
 * Names an order no longer covers. CBP modifies an order by removing some of the firms it names ("Everest
 * Carpet, K.K. Carpet Industries and Norsang Carpet Industries Pvt., Ltd. removed from the order"); the
 * order stays in force for the others. Such a name keeps matching, so a buyer sees what it was, but it
 * carries `removed` and a match on it is not a match to an order in force (screening/screener.ts decide()).
 *
 * A name counts as removed when its whole text appears, as written, in the part of a dated status event
 * before "removed from the order". Only aliases, subsidiaries and vessels are read: the published name is
 * the order itself. Names of one word ("Carpet") are never marked.
 */

const REMOVED = /\bremoved from the order\b/i;
const MARKABLE: ReadonlySet<ListedName["kind"]> = new Set(["alias", "subsidiary", "vessel", "owner"]);

const flat = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function markRemovedNames(listing: Listing): Listing {
  const events = listing.statusHistory.filter((e) => REMOVED.test(e.description));
  if (events.length === 0) return listing;
  let changed = false;
  const names = listing.names.map((n) => {
    if (n.removed || !MARKABLE.has(n.kind) || !/\s/.test(n.name.trim())) return n;
    const text = flat(n.name.replace(/[.,;]+$/, ""));
    const event = events.find((e) => {
      const before = flat(e.description.split(REMOVED)[0]);
      const at = before.indexOf(text);
      if (at < 0) return false;
      // The whole name, one item of the list: after its start, a comma, a colon, a semicolon or "and";
      // so "Carpet Industries" is not taken from "K.K. Carpet Industries".
      const lead = before.slice(0, at).trimEnd();
      return (lead === "" || /([,:;]|\band)$/.test(lead)) && !/[a-z0-9]/.test(before[at + text.length] ?? "");
    });
    if (!event) return n;
    changed = true;
    return { ...n, removed: { date: event.date, description: event.description } };
  });
  return changed ? { ...listing, names } : listing;
}

/** The status a match on this name stands for: a name removed from the order is no longer in force. */
export function statusOfName(listing: Listing, name: ListedName): Listing["status"] {
  return name.removed ? "inactive" : listing.status;
}
