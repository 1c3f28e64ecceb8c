/**
 * Importing a newer edition of the List of Goods: DOL's raw XML or a CSV (see build.ts) → a validated List,
 * compared with the one in force. Pure: the caller reads the file and writes the result. Nothing is returned
 * that did not pass the schema, and an import that would drop more than half the entries needs `force`.
 */
import { sha256Hex } from "../dataset/sha256";
import { decodeText, looksLikeHtml, looksLikeSignInPage } from "../importers/decode";
import { checkSize } from "../importers/errors";
import { buildSectorList, DOL_LICENCE, DOL_PAGE, parseDolCsv, parseDolXml, SectorDataError } from "./build";
import type { SectorList } from "./schema";

export interface DolImportOptions {
  fileName: string;
  /** The List's edition (the year DOL published it): the files do not state it, so the user must. */
  edition: number;
  /** When DOL published it: YYYY, YYYY-MM or YYYY-MM-DD. Default: the edition's year. */
  published?: string;
  page?: string;
  confidence?: SectorList["confidence"];
  force?: boolean;
}

export interface DolImportPlan {
  next: SectorList;
  format: "xml" | "csv";
  added: string[];
  removed: string[];
  changed: string[];
  warnings: string[];
}

const key = (e: SectorList["entries"][number]) => `${e.good} / ${e.country}`;
const flags = (e: SectorList["entries"][number]) =>
  `${e.childLabour}${e.forcedLabour}${e.forcedChildLabour}${e.inputFrom?.countryCode ?? ""}${e.inputFrom?.good ?? ""}`;

export function planDolImport(bytes: Uint8Array, base: SectorList, options: DolImportOptions): DolImportPlan {
  const what = `The file ${options.fileName}`;
  checkSize(bytes, what);
  const { text } = decodeText(bytes, what);
  if (looksLikeSignInPage(text) || looksLikeHtml(text)) {
    throw new SectorDataError(`${what} is a web page (perhaps a sign-in or error page), not DOL's List of Goods XML or a CSV.`);
  }
  const format = /^\s*(<\?xml[^>]*>\s*)?<Goods[\s>]/.test(text) ? "xml" : "csv";
  const rows = format === "xml" ? parseDolXml(text) : parseDolCsv(text);
  const next = buildSectorList(rows, {
    edition: options.edition,
    published: options.published ?? String(options.edition),
    editionNote: `Imported from ${options.fileName} (${format === "xml" ? "DOL's XML layout" : "CSV"}); edition and date as given by the person importing it.`,
    page: options.page ?? DOL_PAGE,
    file: options.fileName,
    sha256: sha256Hex(bytes),
    licence: DOL_LICENCE,
    confidence: options.confidence ?? "secondary",
  });
  const before = new Map(base.entries.map((e) => [key(e), e]));
  const after = new Map(next.entries.map((e) => [key(e), e]));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const changed = [...after.keys()].filter((k) => before.has(k) && flags(before.get(k)!) !== flags(after.get(k)!));
  const warnings: string[] = [];
  if (next.edition < base.edition) warnings.push(`This is the ${next.edition} edition, older than the ${base.edition} edition in force.`);
  if (removed.length > base.entries.length / 2 && !options.force) {
    throw new SectorDataError(
      `The import would drop ${removed.length} of the ${base.entries.length} good-country entries in force; that looks like the wrong file. Add --force if it is right.`,
    );
  }
  return { next, format, added, removed, changed, warnings };
}
