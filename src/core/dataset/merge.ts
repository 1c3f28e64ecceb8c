import type { Dataset, ListedName, Listing, ListKind, Status, StatusEvent } from "./schema";
import { DatasetError, validateDataset } from "./load";
import { markRemovedNames } from "./removed-names";
import { ImportError } from "../importers/errors";
import { coreNameKey, nameKey, uniqueId } from "../importers/names";
import type { ImportedEntry, ImportedList } from "../importers/types";
import { uflpaSectionKey } from "../importers/uflpa-html";
import { EngineIdentities, ListingIdentities, identifyingNames } from "../importers/identity";

/**
 * Folding an official list into the curated dataset. The official file decides dates, type and
 * status; the curated dataset keeps what the file cannot know: aliases, Chinese names, notes,
 * products and scope written by a curator. Every change carries the file as its source.
 */

export interface MergeOptions {
  /** Apply even when the import would drop or fail to find more than half of the listings it covers. */
  force?: boolean;
  /** YYYY-MM-DD the merge is made; becomes `compiled`. */
  today: string;
  /**
   * Mark listings missing from the file as removed from the list (UFLPA). Without it they are only
   * reported as "not in this file" and stay in force: a removal must be confirmed by the user.
   */
  applyRemovals?: boolean;
  /**
   * The user's answers for entries that could be one of several listings, by the entry's published name as
   * the file gives it (compared as the importer compares names): a listing id (the entry is that listing),
   * "new" (a listing of its own) or "skip" (left out of this import). Without an answer such an entry is
   * neither merged nor added, and the caller must not apply the result (see `unresolvedAmbiguities`).
   */
  resolutions?: Readonly<Record<string, string>>;
}

/** An imported entry whose names point at more than one listing. */
export interface Ambiguity {
  /** The entry's published name as the file gives it: the key of a resolution. */
  entry: string;
  line: number | null;
  candidates: { id: string; name: string }[];
  /** How the user resolved it, if they did: a candidate's id, "new" or "skip". */
  resolution: string | null;
}

export interface MergeReport {
  matched: number;
  added: string[];
  /** Listings marked as removed from the list: only with applyRemovals, and only from proposedRemovals. */
  removed: string[];
  /** Listings of the covered lists that the file does not hold; left unchanged unless removals were applied. */
  notInFile: string[];
  /**
   * UFLPA listings not in the file that a confirmed import would mark as removed. Listings dated after
   * the file's own date are never among them.
   */
  proposedRemovals: string[];
  /** Listings the file renamed: the old published name became a former name. */
  renamed: string[];
  /** Entries whose names point at more than one listing: reported, neither merged nor added. */
  ambiguous: string[];
  /** The same entries, structured, with the resolution the user gave for each (null: not resolved). */
  ambiguities: Ambiguity[];
  statusChanged: string[];
  warnings: string[];
}

export interface MergeResult {
  dataset: Dataset;
  report: MergeReport;
}

/** Ambiguous entries the user has not answered: while there are any, the result must not be applied. */
export function unresolvedAmbiguities(report: MergeReport | null | undefined): Ambiguity[] {
  return (report?.ambiguities ?? []).filter((a) => a.resolution === null);
}

/** Share of a list that may go missing in one update before the update is refused without --force. */
export const MAX_DROP_SHARE = 0.5;

/** A subsidiary a listing names is another entity, so its name never identifies the listing. */
function keysOf(listing: Listing): Set<string> {
  return new Set([listing.name, ...listing.names.filter((n) => n.kind !== "subsidiary").map((n) => n.name)].map(nameKey).filter(Boolean));
}

function importedKeys(entry: ImportedEntry): string[] {
  return [entry.listing.names[0].name, entry.listing.name].map(nameKey).filter(Boolean);
}

function sectionKeysOf(section: string | null): string[] {
  const keys: string[] = [];
  for (const part of (section ?? "").split(";")) {
    const key = uflpaSectionKey(part);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys.sort();
}

function coreKeysOf(listing: Listing): Set<string> {
  return new Set([listing.name, ...listing.names.filter((n) => n.kind === "primary").map((n) => n.name)].map(coreNameKey).filter(Boolean));
}

const STATUS_WORDS: Record<Status, string> = {
  active: "active",
  partially_active: "partially active",
  inactive: "inactive",
  unknown: "unknown",
};

function statusChangeEvent(from: Status, imported: Listing, sourceLabel: string): StatusEvent {
  const stated = imported.statusHistory.find((e) => e.kind !== "issued" && e.kind !== "listed");
  const kind: StatusEvent["kind"] =
    stated?.kind ??
    (imported.status === "inactive"
      ? "lifted"
      : imported.status === "partially_active"
        ? "partially_lifted"
        : imported.list === "uflpa"
          ? "listed"
          : "other");
  const description = `${sourceLabel} gives the status ${STATUS_WORDS[imported.status]} (was ${STATUS_WORDS[from]})${stated ? `; ${stated.description}` : ""}`;
  return { date: stated?.date ?? null, kind, description };
}

/** Names the file gives that the curated listing lacks are added; curated names are never removed. */
function mergeNames(current: Listing, imported: Listing, upgradingConfidence: boolean): ListedName[] {
  const carried = current.names.map((n) =>
    // A curated name that relied on the listing's old confidence keeps that confidence explicitly.
    upgradingConfidence && !n.confidence ? { ...n, confidence: current.confidence } : n,
  );
  const seen = new Set(carried.map((n) => nameKey(n.name)));
  seen.add(nameKey(current.name));
  for (const n of imported.names) {
    const key = nameKey(n.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    // The curated listing keeps its own published name first; the file's main name joins as an alias.
    carried.push(n.kind === "primary" ? { ...n, kind: "alias", note: "main name as published in the official list" } : n);
  }
  return carried;
}

function replaceSources(sources: string[], prefix: string, added: string[]): string[] {
  const kept = sources.filter((s) => !s.startsWith(prefix));
  for (const s of added) if (!kept.includes(s)) kept.push(s);
  return kept;
}

function sourcePrefix(imported: ImportedList): string {
  return imported.source.name;
}

function updateListing(current: Listing, entry: ImportedEntry, imported: ImportedList, report: MergeReport): Listing {
  const incoming = entry.listing;
  const upgrading = current.confidence !== "verified";
  const next: Listing = {
    ...current,
    names: mergeNames(current, incoming, upgrading),
    sources: replaceSources(current.sources, sourcePrefix(imported), incoming.sources),
    confidence: "verified",
    statusHistory: [...current.statusHistory],
  };
  if (!current.listVerified || current.list !== incoming.list) {
    next.list = incoming.list;
    next.listVerified = true;
  }
  if (current.dateIssued === null) next.dateIssued = incoming.dateIssued;
  else if (current.dateIssued !== incoming.dateIssued && imported.format === "cbp_csv") {
    report.warnings.push(
      `${current.id}: the dataset gives ${current.dateIssued} but CBP's file gives ${incoming.dateIssued}${entry.line ? ` (line ${entry.line})` : ""}; CBP's date is kept.`,
    );
    next.dateIssued = incoming.dateIssued;
  }
  next.country ??= incoming.country;
  next.products ??= incoming.products;
  next.industry ??= incoming.industry;
  next.scope ??= incoming.scope;

  if (imported.format === "uflpa_html") {
    const from = sectionKeysOf(current.section);
    const to = [...(entry.sectionKeys ?? (entry.sectionKey ? [entry.sectionKey] : []))].sort();
    if (from.join() !== to.join()) {
      next.section = incoming.section;
      if (from.length > 0) {
        // The effective date in the table of a section newly given, where there is one.
        const added = to.filter((k) => !from.includes(k));
        const dates = incoming.statusHistory
          .filter((e) => e.kind === "listed" && added.some((k) => e.description.includes(`(${k})`)))
          .map((e) => e.date)
          .filter((d): d is string => !!d)
          .sort();
        next.statusHistory.push({
          date: dates.at(-1) ?? null,
          kind: "moved_section",
          description: `Now listed under §2(d)(2)(B)(${to.join("), (")}) (was (${from.join("), (")})), per ${imported.sourceLabel}`,
        });
      }
    }
    renameIfTheFileSaysSo(current, next, incoming, report);
  }

  if (current.status === incoming.status) {
    // The page's effective date is the "status since" date only while nothing has happened since.
    const untouchedSince =
      imported.format !== "uflpa_html" ||
      current.statusHistory.every(
        (e) =>
          (e.kind === "listed" || e.kind === "issued") && e.date !== null && incoming.statusDate !== null && e.date <= incoming.statusDate,
      );
    if (untouchedSince) next.statusDate ??= incoming.statusDate;
  } else {
    const event = statusChangeEvent(current.status, incoming, imported.sourceLabel);
    if (imported.format === "uflpa_html") {
      // The page's effective date dates a re-listing only if it is later than the status it replaces.
      const effective = incoming.statusDate;
      event.date = effective && (!current.statusDate || effective > current.statusDate) ? effective : null;
    }
    next.statusHistory.push(event);
    next.status = incoming.status;
    next.statusDate = event.date;
    next.statusText = incoming.statusText;
    report.statusChanged.push(current.id);
  }
  // Firms a modification removed from a CBP order, named in its history, are marked on their names.
  return imported.format === "cbp_csv" ? markRemovedNames(next) : next;
}

/**
 * A rename on the page: the file's main name is new to the listing and the file gives the listing's
 * published name as a former name ("formerly known as"). The listing keeps its id; its old name becomes
 * a former name. Spelling alone (the file's main name read alike by the engine) is not a rename.
 */
function renameIfTheFileSaysSo(current: Listing, next: Listing, incoming: Listing, report: MergeReport): void {
  const main = incoming.names[0]?.name;
  if (!main || nameKey(main) === nameKey(current.name)) return;
  const saysFormer = incoming.names.some((n) => n.kind === "former" && nameKey(n.name) === nameKey(current.name));
  if (!saysFormer) return;
  const others = next.names.filter((n) => nameKey(n.name) !== nameKey(main) && nameKey(n.name) !== nameKey(current.name));
  next.name = main;
  next.names = [{ name: main, kind: "primary" }, { name: current.name, kind: "former" }, ...others.filter((n) => n.kind !== "primary")];
  report.renamed.push(current.id);
}

function markRemoved(current: Listing, imported: ImportedList): Listing {
  const when = imported.source.retrieved ? ` retrieved ${imported.source.retrieved}` : "";
  return {
    ...current,
    status: "inactive",
    // DHS does not publish removal dates on the page, so the date of the change stays unknown.
    statusDate: null,
    statusText: `Removed from the list: not on the ${imported.source.name} (${imported.source.address}${when})`,
    statusHistory: [
      ...current.statusHistory,
      {
        date: null,
        kind: "other",
        description: `Removed from the list: absent from ${imported.sourceLabel}; removal date not stated`,
      },
    ],
    sources: replaceSources(current.sources, sourcePrefix(imported), [imported.sourceLabel]),
  };
}

/**
 * Pairs each imported entry with at most one existing listing: first by id, then by published name
 * and date (and products, for CBP rows that share both), then, for a single unambiguous candidate,
 * by name alone (a corrected date or a UFLPA name correction).
 */
function pairEntries(base: Dataset, imported: ImportedList, ambiguous: Map<ImportedEntry, Listing[]>): Map<ImportedEntry, Listing> {
  const covered = new Set<ListKind>(imported.lists);
  const candidates = base.listings.filter((l) => covered.has(l.list));
  const byId = new Map(candidates.map((l) => [l.id, l]));
  const keys = new Map(candidates.map((l) => [l, keysOf(l)]));
  const taken = new Set<Listing>();
  const pairs = new Map<ImportedEntry, Listing>();
  const sameType = (l: Listing, e: ImportedEntry) => !l.listVerified || l.list === e.listing.list;
  const named = (l: Listing, e: ImportedEntry) => importedKeys(e).some((k) => keys.get(l)!.has(k));
  const coreKeys = new Map(candidates.map((l) => [l, coreKeysOf(l)]));
  const nearlyNamed = (l: Listing, e: ImportedEntry) => [...coreKeysOf(e.listing)].some((k) => coreKeys.get(l)!.has(k));

  const claim = (entry: ImportedEntry, pick: (l: Listing) => boolean, preferred?: (l: Listing) => boolean) => {
    if (pairs.has(entry)) return;
    let found = candidates.filter((l) => !taken.has(l) && pick(l));
    if (found.length > 1 && preferred) {
      const narrowed = found.filter(preferred);
      if (narrowed.length >= 1) found = narrowed;
    }
    if (found.length === 1) {
      pairs.set(entry, found[0]);
      taken.add(found[0]);
    }
  };

  for (const entry of imported.entries) {
    const same = byId.get(entry.listing.id);
    if (same && !taken.has(same) && named(same, entry)) {
      pairs.set(entry, same);
      taken.add(same);
    }
  }
  for (const entry of imported.entries) {
    claim(
      entry,
      (l) => l.dateIssued === entry.listing.dateIssued && sameType(l, entry) && named(l, entry),
      (l) => nameKey(l.products ?? "") === nameKey(entry.listing.products ?? "") || uflpaSectionKey(l.section) === entry.sectionKey,
    );
  }
  for (const entry of imported.entries) {
    claim(entry, (l) => l.dateIssued === entry.listing.dateIssued && sameType(l, entry) && nearlyNamed(l, entry));
  }
  // Identity across spellings: every name of the entry against every name of the listings, read by the
  // engine's normalisation. An entry that points at two listings is reported, never merged by guess.
  const identities = new ListingIdentities(candidates.filter((l) => !taken.has(l)));
  for (const entry of imported.entries) {
    if (pairs.has(entry)) continue;
    const found = identities.identify(identifyingNames(entry.listing));
    const open = found.kind === "one" ? [found.listing] : found.kind === "ambiguous" ? found.listings : [];
    const free = open.filter((l) => !taken.has(l) && sameType(l, entry));
    if (free.length === 1) {
      pairs.set(entry, free[0]);
      taken.add(free[0]);
    } else if (free.length > 1) {
      ambiguous.set(entry, free);
    }
  }
  // Then the engine's matching, both ways, for what the keys left open ("Vocation" for "Vocational").
  const left = imported.entries.filter((e) => !pairs.has(e) && !ambiguous.has(e));
  if (left.length > 0) {
    const engine = new EngineIdentities(
      candidates.filter((l) => !taken.has(l) && l.matchBy === "name"),
      base,
    );
    const found = new Map(left.map((entry) => [entry, engine.identify(entry.listing)] as const));
    // Claimed by two entries: neither is paired by guess; both are reported and wait for an answer.
    const claims = new Map<Listing, number>();
    for (const f of found.values()) if (f.kind === "one") claims.set(f.listing, (claims.get(f.listing) ?? 0) + 1);
    for (const [entry, f] of found) {
      const open = (f.kind === "one" ? [f.listing] : f.kind === "ambiguous" ? f.listings : []).filter((l) => sameType(l, entry));
      if (open.length === 1 && claims.get(open[0]) === 1) {
        pairs.set(entry, open[0]);
        taken.add(open[0]);
      } else if (open.length >= 1) {
        ambiguous.set(entry, open);
      }
    }
  }
  // Last, names that read alike but for one word's spelling: the import asks, it never merges them.
  const still = imported.entries.filter((e) => !pairs.has(e) && !ambiguous.has(e));
  if (still.length > 0) {
    const free = new ListingIdentities(candidates.filter((l) => !taken.has(l)));
    for (const entry of still) {
      const alike = free.resembling(identifyingNames(entry.listing)).filter((l) => sameType(l, entry));
      if (alike.length > 0) ambiguous.set(entry, alike);
    }
  }
  return pairs;
}

/** Looks up which imported entry names a given name anywhere (main name, alias, former name, subsidiary). */
function entryNaming(imported: ImportedList): (name: string) => ImportedEntry | undefined {
  const byKey = new Map<string, ImportedEntry>();
  for (const entry of imported.entries) {
    for (const n of entry.listing.names) {
      for (const key of [nameKey(n.name), coreNameKey(n.name)]) {
        // Very short keys ("et", "hy") would pair unrelated names.
        if (key.length >= 6 && !byKey.has(key)) byKey.set(key, entry);
      }
    }
  }
  return (name) => byKey.get(nameKey(name)) ?? byKey.get(coreNameKey(name));
}

function bumpVersion(version: string, format: ImportedList["format"], stamp: string): string {
  const tag = format === "cbp_csv" ? "cbp" : "uflpa";
  const stripped = version.replace(new RegExp(`\\+${tag}-[0-9-]+`, "g"), "");
  return `${stripped}+${tag}-${stamp}`;
}

/**
 * Merges one imported official list into `base` and returns a new, validated dataset; `base` is not
 * modified. Throws ImportError("unsafe_update") when more than half of the covered listings would be
 * removed or not found (a partial or filtered file), unless `force` is set.
 */
export function mergeImport(base: Dataset, imported: ImportedList, options: MergeOptions): MergeResult {
  const report: MergeReport = {
    matched: 0,
    added: [],
    removed: [],
    notInFile: [],
    proposedRemovals: [],
    renamed: [],
    ambiguous: [],
    ambiguities: [],
    statusChanged: [],
    warnings: [...imported.warnings],
  };
  const ambiguous = new Map<ImportedEntry, Listing[]>();
  const pairs = pairEntries(base, imported, ambiguous);
  const resolutions = new Map(Object.entries(options.resolutions ?? {}).map(([name, answer]) => [nameKey(name), { name, answer }]));
  const used = new Set<string>();
  const addAsNew = new Set<ImportedEntry>();
  for (const [entry, listings] of ambiguous) {
    const entryName = entry.listing.names[0].name;
    const resolution = resolutions.get(nameKey(entryName));
    const answer = resolution?.answer ?? null;
    if (resolution) used.add(nameKey(entryName));
    if (answer !== null && answer !== "new" && answer !== "skip" && !listings.some((l) => l.id === answer)) {
      throw new ImportError(
        "bad_value",
        `The answer for "${entryName}" is "${answer}", which is not one of the listings it could be (${listings.map((l) => l.id).join(", ")}), nor "new" or "skip". Nothing was changed.`,
      );
    }
    report.ambiguities.push({
      entry: entryName,
      line: entry.line,
      candidates: listings.map((l) => ({ id: l.id, name: l.name })),
      resolution: answer,
    });
    const where = `"${entryName}"${entry.line ? ` (line ${entry.line})` : ""} could be any of ${listings.map((l) => `${l.id} ("${l.name}")`).join(", ")}`;
    if (answer === null) {
      report.ambiguous.push(`${where}; it was neither merged nor added. Say which listing it is (or "new", or "skip") before applying.`);
    } else if (answer === "new") {
      report.ambiguous.push(`${where}; added as a new listing, as answered.`);
      addAsNew.add(entry);
    } else if (answer === "skip") {
      report.ambiguous.push(`${where}; left out of this import, as answered.`);
    } else {
      const other = [...pairs].find(([, l]) => l.id === answer);
      if (other) {
        throw new ImportError(
          "bad_value",
          `"${entryName}" and "${other[0].listing.names[0].name}" are both given as ${answer}; one listing is one entity. Nothing was changed.`,
        );
      }
      report.ambiguous.push(`${where}; merged into ${answer}, as answered.`);
      pairs.set(
        entry,
        listings.find((l) => l.id === answer)!,
      );
    }
  }
  for (const [key, { name }] of resolutions) {
    if (!used.has(key)) {
      throw new ImportError(
        "bad_value",
        `There is an answer for "${name}", but no entry of that name is ambiguous in this file. Nothing was changed; check the name.`,
      );
    }
  }
  for (const entry of addAsNew) ambiguous.delete(entry);
  // An entry merged as answered is no longer ambiguous; its other candidates keep their own standing.
  for (const entry of pairs.keys()) ambiguous.delete(entry);
  const pairedIds = new Set([...pairs.values()].map((l) => l.id));
  const covered = new Set<ListKind>(imported.lists);
  const coveredListings = base.listings.filter((l) => covered.has(l.list) && l.matchBy === "name");
  // A listing an ambiguous row could be is not "missing" unless the row was merged into another: it is
  // reported with the ambiguity, and never proposed for removal on the strength of a guess.
  const ambiguousListings = new Set(
    report.ambiguities.filter((a) => !a.candidates.some((c) => c.id === a.resolution)).flatMap((a) => a.candidates.map((c) => c.id)),
  );
  const missing = coveredListings.filter((l) => !pairedIds.has(l.id) && !ambiguousListings.has(l.id));
  const removesOnAbsence = imported.format === "uflpa_html";
  const namedWithin = entryNaming(imported);
  const toRemove: Listing[] = [];
  if (removesOnAbsence) {
    for (const l of missing) {
      if (l.status === "inactive") continue;
      // Dated after the file itself: the file cannot be expected to hold it.
      if (imported.fileDate && l.dateIssued && l.dateIssued > imported.fileDate) continue;
      // A curated listing for a subsidiary or alias the page names inside another entry is still listed.
      const within = l.names
        .filter((n) => n.kind !== "chinese")
        .map((n) => namedWithin(n.name))
        .find(Boolean);
      if (within) {
        report.warnings.push(
          `${l.id} ("${l.name}") is not a separate entry on the page but is named within "${within.listing.names[0].name}"${within.line ? ` (line ${within.line})` : ""}; left unchanged.`,
        );
        continue;
      }
      toRemove.push(l);
    }
  }

  report.proposedRemovals.push(...toRemove.map((l) => l.id));
  const applying = removesOnAbsence && options.applyRemovals === true;
  const lost = applying ? toRemove.length : missing.length;
  if (coveredListings.length > 0 && lost > coveredListings.length * MAX_DROP_SHARE && !options.force) {
    throw new ImportError(
      "unsafe_update",
      `${imported.sourceLabel} would leave ${lost} of the ${coveredListings.length} listings it covers ${applying ? "marked as removed from the list" : "unmatched"}: more than half. ` +
        `Is the file complete (not filtered or cut short)? Nothing was changed; use the force option to apply it anyway.`,
    );
  }

  const replaced = new Map<string, Listing>();
  for (const [entry, current] of pairs) {
    replaced.set(current.id, updateListing(current, entry, imported, report));
    report.matched++;
  }
  if (applying) {
    for (const l of toRemove) {
      replaced.set(l.id, markRemoved(l, imported));
      report.removed.push(l.id);
    }
  }
  const removedIds = new Set(report.removed);
  report.notInFile.push(...missing.filter((l) => !removedIds.has(l.id)).map((l) => l.id));

  const ids = new Set(base.listings.map((l) => l.id));
  const added: Listing[] = [];
  for (const entry of imported.entries) {
    if (pairs.has(entry) || ambiguous.has(entry)) continue;
    const listing = { ...entry.listing, id: uniqueId(entry.listing.id, ids) };
    added.push(listing);
    report.added.push(listing.id);
  }

  const sourceRecord = { ...imported.source, retrieved: imported.source.retrieved ?? options.today };
  const candidate = {
    ...base,
    version: bumpVersion(base.version, imported.format, imported.source.retrieved ?? options.today),
    compiled: options.today,
    sources: [...base.sources.filter((s) => s.name !== imported.source.name), sourceRecord],
    listings: [...base.listings.map((l) => replaced.get(l.id) ?? l), ...added],
  };
  try {
    return { dataset: validateDataset(candidate), report };
  } catch (e) {
    if (e instanceof DatasetError) {
      throw new ImportError(
        "invalid_dataset",
        `The merged dataset would not be valid, so nothing was changed: ${e.message}`,
        undefined,
        undefined,
        e.problems,
      );
    }
    throw e;
  }
}

/**
 * For a whole replacement dataset (JSON): refuses one that would drop more than half of the
 * current listings unless forced, since that is more likely a wrong or truncated file than news.
 */
export function checkReplacement(current: Dataset, next: Dataset, force = false): void {
  const nextIds = new Set(next.listings.map((l) => l.id));
  const dropped = current.listings.filter((l) => !nextIds.has(l.id)).length;
  if (dropped > current.listings.length * MAX_DROP_SHARE && !force) {
    throw new ImportError(
      "unsafe_update",
      `The new dataset (${next.version}, ${next.listings.length} listings) would drop ${dropped} of the ${current.listings.length} current listings: more than half. Nothing was changed; use the force option if this is intended.`,
    );
  }
}
