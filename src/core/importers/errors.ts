/**
 * Every importer failure is an ImportError: callers (pane, CLI) show `message` as is and keep the
 * dataset they already have. `code` lets them react to a kind of problem (e.g. offer --force).
 */
export type ImportErrorCode =
  | "too_large"
  | "empty"
  | "encoding"
  | "not_csv"
  | "not_html"
  | "sign_in_page"
  | "malformed"
  | "missing_column"
  | "bad_value"
  | "duplicate"
  | "invalid_dataset"
  | "unsafe_update"
  | "network"
  | "address";

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** 1-based line of the source text the problem starts on, when there is one. */
    readonly line?: number,
    /** Column or field the problem is in, when there is one. */
    readonly field?: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}

/** Official files are well under 1 MB; 10 MB leaves room for growth while keeping the pane responsive. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function checkSize(bytes: Uint8Array, what: string, maxBytes = MAX_IMPORT_BYTES): void {
  if (bytes.length > maxBytes) {
    throw new ImportError(
      "too_large",
      `${what} is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for imports; it was not read.`,
    );
  }
  if (bytes.length === 0) throw new ImportError("empty", `${what} is empty (0 bytes).`);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
