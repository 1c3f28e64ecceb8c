import { OFFICIAL_PAGES } from "../dataset/load";
import { parse, type HTMLElement } from "node-html-parser";
import type { Listing } from "../dataset/schema";
import { parseLongDate } from "./dates";
import { decodeText, looksLikeSignInPage } from "./decode";
import { checkSize, ImportError } from "./errors";
import { collapseSpaces, nameKey, slugify, uniqueId } from "./names";
import type { ImportedEntry, ImportedList, ImportOptions } from "./types";
import { parseUflpaName } from "./uflpa-names";

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
  return {
    format: "uflpa_html",
    lists: ["uflpa"],
    entries,
    source: { name: UFLPA_HTML_SOURCE_LABEL, address: options.fileName, retrieved: options.retrieved },
    sourceLabel,
    warnings,
    encoding,
  };
}
