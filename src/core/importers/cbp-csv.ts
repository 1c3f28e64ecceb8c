import { OFFICIAL_PAGES } from "../dataset/load";
import type { ListedName, Listing, ListKind, Status, StatusEvent } from "../dataset/schema";
import { cbpStatus } from "../dataset/status-words";
import { parseCsv, type CsvRecord } from "./csv";
import { datesInText, parseUsNumericDate } from "./dates";
import { decodeText, looksLikeHtml, looksLikeSignInPage } from "./decode";
import { checkSize, ImportError } from "./errors";
import { collapseSpaces, nameKey, slugify, uniqueId } from "./names";
import type { ImportedEntry, ImportedList, ImportOptions } from "./types";

/** Written into each listing's sources; merge also uses it to replace the previous CSV import's entry. */
export const CBP_CSV_SOURCE_LABEL = "CBP WRO/Findings dataset CSV";

const COLUMNS = {
  date: "Effective Date",
  year: "Calendar Year",
  countryCode: "Country Code",
  country: "Country",
  merchandise: "Merchandise",
  type: "WRO/Finding",
  industry: "Industry",
  status: "Status",
  pressRelease: "Press Release",
  entity: "Entity",
  remarks: "Remarks",
} as const;
type ColumnKey = keyof typeof COLUMNS;
const REQUIRED: ColumnKey[] = ["date", "country", "merchandise", "type", "status", "entity"];

function headerKey(cell: string): string {
  return collapseSpaces(cell)
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/");
}

function mapColumns(header: CsvRecord): Partial<Record<ColumnKey, number>> {
  const index: Partial<Record<ColumnKey, number>> = {};
  const wanted = new Map(Object.entries(COLUMNS).map(([k, title]) => [headerKey(title), k as ColumnKey]));
  header.fields.forEach((cell, i) => {
    const key = wanted.get(headerKey(cell));
    if (key && index[key] === undefined) index[key] = i;
  });
  return index;
}

function listFromType(raw: string, line: number): ListKind {
  const t = raw.trim().toLowerCase();
  if (t === "finding" || t === "findings") return "cbp_finding";
  if (t === "wro" || t === "withhold release order") return "cbp_wro";
  throw new ImportError(
    "bad_value",
    `Line ${line}: "${COLUMNS.type}" is ${JSON.stringify(raw)}; expected "WRO" or "Finding".`,
    line,
    COLUMNS.type,
  );
}

/**
 * "A, a/k/a B, a/k/a C; D, a/k/a E" → A (primary), B, C (aliases), D (named in the same order), E.
 * "f/k/a" marks a former name; "a.k.a.", "f.k.a." and "d/b/a" are read too. "Fishing Vessel: X" lists a vessel.
 * A last segment of one word and a full stop ("; Kathmandu.") is the firms' town, not a name.
 */
export function parseCbpEntityNames(entity: string): ListedName[] {
  const names: ListedName[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: ListedName["kind"], note?: string) => {
    const clean = name
      .trim()
      .replace(/^[,;]\s*|[,;]\s*$/g, "")
      .trim();
    const key = nameKey(clean);
    if (!key || seen.has(key)) return;
    seen.add(key);
    names.push(note ? { name: clean, kind, note } : { name: clean, kind });
  };
  const segments = entity.split(/\s*;\s*/);
  segments.forEach((segment, segmentIndex) => {
    // "…, Valley Carpet, and K.K. Carpet Industries; Kathmandu.": one word closing the entry after the
    // firms is where they are, not a name.
    if (segmentIndex > 0 && segmentIndex === segments.length - 1 && /^\p{Lu}\p{Ll}+\.$/u.test(segment.trim())) return;
    const parts = segment.split(/,?\s*\b([af][/.]k[/.]a|d[/.]b[/.]a)\b\.?:?\s*/i);
    // split with a capture group alternates name, marker, name, marker, …
    let first = parts[0];
    let firstKind: ListedName["kind"] = segmentIndex === 0 ? "primary" : "alias";
    const vessel = /^(?:fishing\s+)?vessels?\s*:\s*/i.exec(first);
    if (vessel) {
      first = first.slice(vessel[0].length);
      firstKind = "vessel";
    }
    add(first, firstKind, segmentIndex === 0 ? undefined : "named in the same CBP entry");
    for (let i = 1; i + 1 < parts.length; i += 2) {
      add(parts[i + 1], parts[i][0].toLowerCase() === "f" ? "former" : "alias");
    }
  });
  return names;
}

function statusEventFromRemarks(status: Status, remarks: string): StatusEvent | null {
  if (status === "active" || !remarks) return null;
  if (!/modif|revok|lift|terminat|rescind|vacat/i.test(remarks)) return null;
  const dates = [...new Set(datesInText(remarks))];
  // Only a single unambiguous date in the remark is taken as the date of the change.
  const date = dates.length === 1 ? dates[0] : null;
  const kind: StatusEvent["kind"] = /revok|rescind/i.test(remarks)
    ? "revoked"
    : status === "partially_active"
      ? "partially_lifted"
      : /modif/i.test(remarks)
        ? "modified"
        : "lifted";
  return { date, kind, description: `CBP dataset remark: ${remarks}` };
}

function cell(record: CsvRecord, index: number | undefined): string {
  return index === undefined ? "" : collapseSpaces(record.fields[index] ?? "");
}

/**
 * Reads CBP's "Withhold Release Orders and Findings" dataset CSV (bytes as downloaded) into listings.
 * All or nothing: any malformed row throws an ImportError naming its line and column.
 */
export function parseCbpCsv(bytes: Uint8Array, options: ImportOptions): ImportedList {
  const what = `The file ${options.fileName}`;
  checkSize(bytes, what, options.maxBytes);
  const { text, encoding } = decodeText(bytes, what);
  if (looksLikeHtml(text)) {
    if (looksLikeSignInPage(text)) {
      throw new ImportError(
        "sign_in_page",
        `${what} is a sign-in or access page saved from a browser, not CBP's CSV. Download the CSV again from cbp.gov ("Withhold Release Orders and Findings Dataset").`,
      );
    }
    throw new ImportError("not_csv", `${what} is a web page (HTML), not CBP's CSV dataset.`);
  }
  const records = parseCsv(text);
  if (records.length === 0) throw new ImportError("empty", `${what} has no text in it.`);
  // A title line above the header (added when the file is re-saved from a spreadsheet) is tolerated.
  const headerIndex = Math.max(
    0,
    records.slice(0, 10).findIndex((r) => {
      const found = mapColumns(r);
      return REQUIRED.every((k) => found[k] !== undefined);
    }),
  );
  const header = records[headerIndex];
  const columns = mapColumns(header);
  const missing = REQUIRED.filter((k) => columns[k] === undefined).map((k) => COLUMNS[k]);
  if (missing.length > 0) {
    const found = header.fields
      .map((f) => collapseSpaces(f))
      .filter(Boolean)
      .slice(0, 12);
    throw new ImportError(
      "missing_column",
      `${what} is missing the column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} on its header line ${header.line} (found: ${found.map((f) => `"${f}"`).join(", ") || "nothing"}). Is it CBP's WRO/Findings dataset CSV?`,
      header.line,
      missing[0],
    );
  }

  const sourceLabel = `${CBP_CSV_SOURCE_LABEL}: ${options.fileName}${options.retrieved ? ` (retrieved ${options.retrieved})` : ""}`;
  const entries: ImportedEntry[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const firstLineOf = new Map<string, number>();
  if (headerIndex > 0) {
    warnings.push(
      `Line${headerIndex > 1 ? "s" : ""} ${records[0].line}${headerIndex > 1 ? `–${records[headerIndex - 1].line}` : ""} above the header line ${header.line} ${headerIndex > 1 ? "were" : "was"} skipped.`,
    );
  }

  for (const record of records.slice(headerIndex + 1)) {
    const { line } = record;
    if (record.fields.every((f) => f.trim() === "")) continue;
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim())) {
      throw new ImportError(
        "malformed",
        `Line ${line} has ${record.fields.length} fields but the header has ${header.fields.length}; a field with a comma is probably missing its quotes.`,
        line,
      );
    }
    const rawDate = cell(record, columns.date);
    const dateIssued = parseUsNumericDate(rawDate);
    if (!dateIssued) {
      throw new ImportError(
        "bad_value",
        `Line ${line}: "${COLUMNS.date}" is ${JSON.stringify(rawDate)}; expected a real date written M/D/YYYY.`,
        line,
        COLUMNS.date,
      );
    }
    const list = listFromType(cell(record, columns.type), line);
    const rawStatus = cell(record, columns.status);
    const status = cbpStatus(rawStatus);
    if (!status) {
      throw new ImportError(
        "bad_value",
        `Line ${line}: "${COLUMNS.status}" is ${JSON.stringify(rawStatus)}; expected one of CBP's status words: Active, Partially Modified (or Partially Active), Inactive-Pending Litigation or Inactive.`,
        line,
        COLUMNS.status,
      );
    }
    const entity = cell(record, columns.entity);
    const merchandise = cell(record, columns.merchandise) || null;
    const country = cell(record, columns.country) || null;
    if (!entity) {
      // Region- and product-wide orders have no entity to match by name; a curator has to write a rule.
      warnings.push(
        `Line ${line}: ${list === "cbp_finding" ? "Finding" : "WRO"} of ${rawDate} (${[merchandise, country].filter(Boolean).join(", ") || "no merchandise or country"}) names no entity, so it was not imported; region- or product-wide orders need a rule written by a curator.`,
      );
      continue;
    }
    const names = parseCbpEntityNames(entity);
    if (names.length === 0) {
      throw new ImportError("bad_value", `Line ${line}: "${COLUMNS.entity}" holds no usable name.`, line, COLUMNS.entity);
    }
    const duplicateKey = [list, dateIssued, nameKey(entity), nameKey(merchandise ?? "")].join("|");
    const earlier = firstLineOf.get(duplicateKey);
    if (earlier !== undefined) {
      throw new ImportError(
        "duplicate",
        `Lines ${earlier} and ${line} describe the same order (${entity}, ${rawDate}); the file looks damaged or concatenated.`,
        line,
      );
    }
    firstLineOf.set(duplicateKey, line);

    const remarks = cell(record, columns.remarks);
    const pressRelease = cell(record, columns.pressRelease);
    const event = statusEventFromRemarks(status, remarks);
    const prefix = list === "cbp_finding" ? "finding" : "wro";
    const statusWord = rawStatus.replace(/\b\w/g, (c) => c.toUpperCase());
    const listing: Listing = {
      id: uniqueId(`${prefix}-${dateIssued}-${slugify(names[0].name)}`, ids),
      list,
      listVerified: true,
      dateIssued,
      name: entity,
      names,
      matchBy: "name",
      country,
      region: null,
      products: merchandise,
      industry: cell(record, columns.industry) || null,
      scope: null,
      section: null,
      status,
      statusDate: event?.date ?? null,
      statusText: `${statusWord} in CBP's WRO/Findings dataset${remarks ? ` (remarks: ${remarks})` : ""}`,
      statusHistory: [
        {
          date: dateIssued,
          kind: "issued",
          description: `${list === "cbp_finding" ? "Finding" : "WRO"} effective ${dateIssued} per CBP's dataset`,
        },
        ...(event ? [event] : []),
      ],
      verifyUrl: OFFICIAL_PAGES[list],
      sources: [sourceLabel, ...(pressRelease ? [pressRelease] : [])],
      confidence: "verified",
      notes: null,
    };
    entries.push({ listing, line, sectionKey: null });
  }

  if (entries.length === 0) {
    throw new ImportError(
      "empty",
      `${what} has a header but no orders that name an entity${warnings.length ? ` (${warnings.length} row${warnings.length > 1 ? "s" : ""} without an entity)` : ""}; nothing was imported.`,
    );
  }
  return {
    format: "cbp_csv",
    lists: ["cbp_wro", "cbp_finding"],
    entries,
    fileDate: entries.map((e) => e.listing.dateIssued!).sort()[entries.length - 1],
    source: { name: CBP_CSV_SOURCE_LABEL, address: options.fileName, retrieved: options.retrieved },
    sourceLabel,
    warnings,
    encoding,
  };
}
