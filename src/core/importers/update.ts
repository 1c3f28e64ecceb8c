import type { Dataset } from "../dataset/schema";
import { diffDatasets, type DatasetDiff } from "../dataset/diff";
import { checkReplacement, mergeImport, type MergeReport } from "../dataset/merge";
import { parseCbpCsv } from "./cbp-csv";
import { parseDatasetJson } from "./dataset-json";
import { ImportError } from "./errors";
import { parseUflpaHtml } from "./uflpa-html";

export type UpdateFormat = "json" | "cbp_csv" | "uflpa_html";

export const FORMAT_LABELS: Record<UpdateFormat, string> = {
  json: "dataset JSON",
  cbp_csv: "CBP WRO/Findings dataset CSV",
  uflpa_html: "DHS UFLPA Entity List page (HTML)",
};

/** By extension first (the user chose the file for what it is); by content only when the name says nothing. */
export function detectFormat(fileName: string, bytes: Uint8Array): UpdateFormat {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "json") return "json";
  if (ext === "csv" || ext === "txt") return "cbp_csv";
  if (ext === "html" || ext === "htm") return "uflpa_html";
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) return "uflpa_html";
  return "cbp_csv";
}

export interface UpdateOptions {
  fileName: string;
  format?: UpdateFormat;
  /** YYYY-MM-DD the file was obtained; defaults to `today`. */
  retrieved?: string | null;
  today: string;
  force?: boolean;
  /** Mark listings missing from an official file as removed (UFLPA); without it they stay in force. */
  applyRemovals?: boolean;
  /** Answers for entries that could be one of several listings (see MergeOptions.resolutions). */
  resolutions?: Readonly<Record<string, string>>;
  maxBytes?: number;
}

export interface UpdatePlan {
  format: UpdateFormat;
  /** The complete, validated dataset that would replace the current one. */
  next: Dataset;
  diff: DatasetDiff;
  /** Merge details for official lists; null for a replacement dataset JSON. */
  report: MergeReport | null;
  warnings: string[];
}

/**
 * Reads an update file and works out the dataset it would produce, without applying anything.
 * Throws ImportError (never returns a partial result) for any bad input or unsafe update.
 */
export function planUpdate(current: Dataset, bytes: Uint8Array, options: UpdateOptions): UpdatePlan {
  const format = options.format ?? detectFormat(options.fileName, bytes);
  const importOptions = { fileName: options.fileName, retrieved: options.retrieved ?? options.today, maxBytes: options.maxBytes };
  if (format === "json") {
    const next = parseDatasetJson(bytes, options.fileName, options.maxBytes);
    checkReplacement(current, next, options.force);
    return { format, next, diff: diffDatasets(current, next), report: null, warnings: [] };
  }
  const imported = format === "cbp_csv" ? parseCbpCsv(bytes, importOptions) : parseUflpaHtml(bytes, importOptions);
  const { dataset, report } = mergeImport(current, imported, {
    force: options.force,
    today: options.today,
    applyRemovals: options.applyRemovals,
    resolutions: options.resolutions,
  });
  return { format, next: dataset, diff: diffDatasets(current, dataset), report, warnings: report.warnings };
}

/** Turns anything thrown by an update into one sentence for the user; unexpected errors are labelled as such. */
export function describeUpdateError(e: unknown): string {
  if (e instanceof ImportError) return e.message;
  if (e instanceof Error && e.name === "DatasetError") return e.message;
  return `Unexpected error while reading the update: ${e instanceof Error ? e.message : String(e)}`;
}
