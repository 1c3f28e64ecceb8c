import { OFFICIAL_PAGES } from "../dataset/load";
import { parse, type HTMLElement } from "node-html-parser";
import type { Listing } from "../dataset/schema";
import { parseLongDate } from "./dates";
import { decodeText, looksLikeSignInPage } from "./decode";
import { checkSize, ImportError } from "./errors";
import { collapseSpaces, nameKey, slugify, uniqueId } from "./names";
import type { ImportedEntry, ImportedList, ImportOptions } from "./types";
import { parseUflpaName } from "./uflpa-names";
import { identityKeys } from "./identity";

/**
 * One entity listed in several sections has one row per table. Rows of different sections whose names the
 * engine reads alike (any name of one equal to any name of the other) become one entry: every name, every
 * section (with its own effective date in the status history) and the earliest effective date. Two rows of
 * the same table are two entries, even when they share a name: DHS lists each entity once per section, so
 * joining them would be a guess; `onSharedName` is told, and the merge then asks which listing each is.
 */
export function groupEntityRows(
  entries: ImportedEntry[],
  onSharedName: (entry: ImportedEntry, other: ImportedEntry) => void = () => undefined,
): ImportedEntry[] {
  const keys = identityKeys();
  const groups: ImportedEntry[][] = [];
  const groupOfKey = new Map<string, ImportedEntry[]>();
  for (const entry of entries) {
    const entryKeys = entry.listing.names.filter((n) => n.kind !== "subsidiary").flatMap((n) => keys.keysOf(n.name));
    const named = [...new Set(entryKeys.map((k) => groupOfKey.get(k)).filter((g): g is ImportedEntry[] => !!g))];
    const sameTable = named.filter((g) => g.some((row) => row.sectionKey === entry.sectionKey));
    for (const g of sameTable)
      onSharedName(
        entry,
        g.find((row) => row.sectionKey === entry.sectionKey)!,
      );
    const found = named.filter((g) => !sameTable.includes(g));
    let group: ImportedEntry[];
    if (found.length === 0) {
      group = [];
      groups.push(group);
    } else {
      group = found[0];
      // Rows joining two groups join them all, unless that would put two rows of one table together.
      for (const other of found.slice(1)) {
        if (other.some((row) => group.some((g) => g.sectionKey === row.sectionKey))) continue;
        group.push(...other);
        groups.splice(groups.indexOf(other), 1);
        for (const [k, g] of groupOfKey) if (g === other) groupOfKey.set(k, group);
      }
    }
    group.push(entry);
    for (const k of entryKeys) if (!groupOfKey.has(k) || !sameTable.includes(groupOfKey.get(k)!)) groupOfKey.set(k, group);
  }
  return groups.map((group) => (group.length === 1 ? { ...group[0], sectionKeys: [group[0].sectionKey!] } : combine(group)));
}

function combine(rows: ImportedEntry[]): ImportedEntry {
  const first = rows[0];
  const names = [...first.listing.names];
  const seen = new Set(names.map((n) => nameKey(n.name)));
  for (const row of rows.slice(1)) {
    for (const n of row.listing.names) {
      const key = nameKey(n.name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(n.kind === "primary" ? { ...n, kind: "alias", note: "name as written in another section's table" } : n);
    }
  }
  const dates = rows.map((r) => r.listing.dateIssued!).sort();
  const sectionKeys = [...new Set(rows.map((r) => r.sectionKey!))];
  return {
    line: first.line,
    sectionKey: first.sectionKey,
    sectionKeys,
    listing: {
      ...first.listing,
      dateIssued: dates[0],
      statusDate: dates[0],
      names,
      section: rows.map((r) => r.listing.section).join("; "),
      statusText: rows.map((r) => r.listing.statusText).join("; "),
      statusHistory: rows.flatMap((r) => r.listing.statusHistory).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")),
    },
  };
}

/** "Last Updated: 01/14/2025" on the DHS page, as YYYY-MM-DD; null when the page does not say. */
function lastUpdated(text: string): string | null {
  const m = /Last\s+Updated:?\s*(?:<[^>]*>\s*)*(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(text);
  return m ? `${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}` : null;
}

export const UFLPA_HTML_SOURCE_LABEL = "DHS UFLPA Entity List page (saved HTML)";

/** §2(d)(2)(B)(i)…(vi) as written in the section headings and in curated `section` fields. */
const SECTION_PATTERN = /2\s*\(\s*d\s*\)\s*\(\s*2\s*\)\s*\(\s*B\s*\)\s*\(\s*(vi|v|iv|iii|ii|i)\s*\)/i;

export function uflpaSectionKey(text: string | null | undefined): string | null {
  const m = text ? SECTION_PATTERN.exec(text) : null;
  return m ? m[1].toLowerCase() : null;
}

/** Offsets of line starts, so a node's offset can be turned into a line number by binary search. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The heading that names a table's section sits before the table, sometimes inside wrapper
 * elements; walk back through earlier siblings and ancestors' earlier siblings, stopping at the
 * previous table so one table's heading is never borrowed by the next.
 */
function sectionHeading(table: HTMLElement): { key: string; text: string } | null {
  let node: HTMLElement | null = table;
  for (let steps = 0; node && steps < 40; steps++) {
    let sibling: HTMLElement | null = node.previousElementSibling;
    while (sibling) {
      if (sibling.tagName === "TABLE" || sibling.querySelector("table")) return null;
      const text = collapseSpaces(sibling.text);
      const key = uflpaSectionKey(text);
      if (key) return { key, text };
      sibling = sibling.previousElementSibling;
    }
    node = node.parentNode;
    if (!node || node.tagName === "BODY" || node.tagName === null) break;
  }
  return null;
}

function rowsOf(table: HTMLElement): HTMLElement[] {
  // Nested tables are not expected; only this table's own rows count.
  return table.querySelectorAll("tr").filter((tr) => tr.closest("table") === table);
}

/**
 * Reads the DHS "UFLPA Entity List" web page, saved from a browser, into listings: one table per
 * sub-section of §2(d)(2)(B). All or nothing: a table without its section heading or a row without
 * a readable date throws an ImportError naming the line of the page.
 */
export function parseUflpaHtml(bytes: Uint8Array, options: ImportOptions): ImportedList {
  const what = `The file ${options.fileName}`;
  checkSize(bytes, what, options.maxBytes);
  const { text, encoding } = decodeText(bytes, what);
  if (looksLikeSignInPage(text)) {
    throw new ImportError(
      "sign_in_page",
      `${what} is a sign-in, access-denied or robot-check page, not the DHS UFLPA Entity List. Open https://www.dhs.gov/uflpa-entity-list in a browser, wait for the tables to load, and save the page again.`,
    );
  }
  if (!/<table[\s>]/i.test(text)) {
    throw new ImportError(
      /<html[\s>]|<body[\s>]|<!doctype/i.test(text) ? "empty" : "not_html",
      /<html[\s>]|<body[\s>]|<!doctype/i.test(text)
        ? `${what} is a web page without any table; it is not the DHS UFLPA Entity List page (or it was saved before the tables loaded).`
        : `${what} is not a web page (HTML); save the DHS UFLPA Entity List page from a browser as "Web page, HTML only".`,
    );
  }
  const root = parse(text, { comment: false });
  const lineAt = lineIndex(text);
  const tables = root.querySelectorAll("table");
  const sourceLabel = `${UFLPA_HTML_SOURCE_LABEL}: ${options.fileName}${options.retrieved ? ` (retrieved ${options.retrieved})` : ""}`;
  const entries: ImportedEntry[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const seenInSection = new Map<string, number>();
  let entityTables = 0;

  tables.forEach((table, tableIndex) => {
    const rows = rowsOf(table);
    if (rows.length === 0) return;
    const headerRow = rows[0];
    const headers = headerRow.querySelectorAll("th,td").map((c) => collapseSpaces(c.text).toLowerCase());
    const nameCol = headers.findIndex((h) => h === "name of entity" || h === "entity name" || h === "entity");
    if (nameCol < 0) return;
    entityTables++;
    const tableLine = lineAt(table.range[0]);
    const dateCol = headers.findIndex((h) => h.startsWith("effective date"));
    if (dateCol < 0) {
      throw new ImportError(
        "missing_column",
        `Table ${tableIndex + 1} (line ${tableLine}) has no "Effective Date" column (its columns: ${headers.map((h) => `"${h}"`).join(", ")}).`,
        tableLine,
        "Effective Date",
      );
    }
    const heading = sectionHeading(table);
    if (!heading) {
      throw new ImportError(
        "malformed",
        `Table ${tableIndex + 1} (line ${tableLine}) is not preceded by a heading naming its section of the Act (§2(d)(2)(B)(i), (ii), (iv) or (v)); the page may be incomplete or its layout has changed.`,
        tableLine,
      );
    }
    for (const row of rows.slice(1)) {
      const cells = row.querySelectorAll("td,th").map((c) => collapseSpaces(c.text));
      if (cells.every((c) => c === "")) continue;
      const line = lineAt(row.range[0]);
      const rawName = cells[nameCol] ?? "";
      const rawDate = cells[dateCol] ?? "";
      if (!rawName) {
        throw new ImportError(
          "bad_value",
          `Line ${line}: a row of section (${heading.key}) has an effective date but no entity name.`,
          line,
          "Name of Entity",
        );
      }
      const dateIssued = parseLongDate(rawDate);
      if (!dateIssued) {
        throw new ImportError(
          "bad_value",
          `Line ${line}: the effective date of "${rawName}" is ${JSON.stringify(rawDate)}; expected a date such as "June 21, 2022".`,
          line,
          "Effective Date",
        );
      }
      const parsed = parseUflpaName(rawName);
      if (parsed.problem) warnings.push(`Line ${line}: "${rawName}" ${parsed.problem}; check its names after import.`);
      const duplicateKey = `${heading.key}|${nameKey(parsed.main)}`;
      const earlier = seenInSection.get(duplicateKey);
      if (earlier !== undefined) {
        throw new ImportError(
          "duplicate",
          `Lines ${earlier} and ${line} both list "${parsed.main}" in section (${heading.key}); the page looks damaged.`,
          line,
        );
      }
      seenInSection.set(duplicateKey, line);
      const sectionLabel = `UFLPA §2(d)(2)(B)(${heading.key}): ${heading.text}`;
      const listing: Listing = {
        id: uniqueId(`uflpa-${dateIssued}-${slugify(parsed.main)}`, ids),
        list: "uflpa",
        listVerified: true,
        dateIssued,
        name: rawName,
        names: parsed.names,
        matchBy: "name",
        country: null,
        region: null,
        products: null,
        industry: null,
        scope: parsed.scopeNote,
        section: sectionLabel,
        status: "active",
        statusDate: dateIssued,
        statusText: `On the DHS UFLPA Entity List, section §2(d)(2)(B)(${heading.key}), effective ${rawDate}`,
        statusHistory: [
          {
            date: dateIssued,
            kind: "listed",
            description: `Listed under UFLPA §2(d)(2)(B)(${heading.key}) per the DHS UFLPA Entity List page`,
          },
        ],
        verifyUrl: OFFICIAL_PAGES.uflpa,
        sources: [sourceLabel],
        confidence: "verified",
        notes: null,
      };
      entries.push({ listing, line, sectionKey: heading.key });
    }
  });

  if (entityTables === 0) {
    throw new ImportError(
      "missing_column",
      `${what} has ${tables.length} table${tables.length === 1 ? "" : "s"} but none with a "Name of Entity" or "Entity Name" column; it is not the DHS UFLPA Entity List page.`,
      undefined,
      "Name of Entity",
    );
  }
  if (entries.length === 0) {
    throw new ImportError("empty", `${what} has the UFLPA tables but no entities in them; nothing was imported.`);
  }
  const grouped = groupEntityRows(entries, (entry, other) =>
    warnings.push(
      `Line ${entry.line}: "${entry.listing.names[0].name}" shares a name with "${other.listing.names[0].name}" (line ${other.line}) in the same table; they are kept as two entities.`,
    ),
  );
  if (grouped.length < entries.length) {
    warnings.push(`${entries.length} table rows hold ${grouped.length} entities: rows of one entity in several sections were joined.`);
  }
  return {
    format: "uflpa_html",
    lists: ["uflpa"],
    entries: grouped,
    fileDate: lastUpdated(text),
    source: { name: UFLPA_HTML_SOURCE_LABEL, address: options.fileName, retrieved: options.retrieved },
    sourceLabel,
    warnings,
    encoding,
  };
}
