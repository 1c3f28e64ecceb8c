/**
 * Turns whatever the adapter or controller throws into a message a buyer can act on. The adapter's
 * errors carry a `code`; anything else (Office.js RichApi errors, bugs) is shown with its own text so
 * nothing is swallowed.
 */

export type MessageIntent = "error" | "warning" | "info";

export interface PaneMessage {
  intent: MessageIntent;
  title: string;
  body: string;
  /** The code it came from, for tests and for support requests. */
  code: string;
}

/**
 * Titles and fallback advice per adapter code. The adapter's own message names the sheet, address and
 * row numbers, so it is preferred as the body; the fallback covers errors raised without text.
 */
const BY_CODE: Record<string, Omit<PaneMessage, "code">> = {
  "no-selection": {
    intent: "warning",
    title: "Nothing selected",
    body: "Select the cells holding supplier names (one column, header included), then choose Use current selection.",
  },
  "several-areas": {
    intent: "warning",
    title: "Several areas selected",
    body: "Select one block of cells in a single column, without holding Ctrl or Cmd.",
  },
  "several-columns": {
    intent: "warning",
    title: "Several columns selected",
    body: "Select one cell or one column of supplier names.",
  },
  "protected-sheet": {
    intent: "error",
    title: "The sheet is protected",
    body: "Results cannot be written to a protected sheet. Unprotect it (Review > Unprotect Sheet) and try again.",
  },
  "merged-cells": {
    intent: "error",
    title: "Merged cells in the way",
    body: "The supplier column or the result columns contain merged cells. Unmerge them and try again.",
  },
  "empty-column": {
    intent: "warning",
    title: "No supplier names found",
    body: "The selected column is empty. Select the column that holds the supplier names.",
  },
  "too-many-rows": {
    intent: "error",
    title: "Very large selection",
    body: "The selection has more rows than one run screens. Select fewer rows and screen in parts.",
  },
  "insert-declined": {
    intent: "info",
    title: "Nothing was changed",
    body: "You chose not to insert new columns, so no results were written.",
  },
  "no-results": {
    intent: "info",
    title: "No results yet",
    body: "There are no screening results on this sheet yet. Screen a column first.",
  },
  "read-failed": {
    intent: "error",
    title: "Excel could not read the suppliers",
    body: "Part of the supplier column could not be read. Nothing further was written; try again.",
  },
  "write-failed": {
    intent: "warning",
    title: "Results only partly written",
    body: "Some rows did not get results. Your own data is untouched; re-run Screen to finish.",
  },
  "unsupported-host": {
    intent: "error",
    title: "Excel is not available",
    body: "This pane works inside Excel (Microsoft 365, Excel 2021 or later, or Excel on the web). Open it from Excel's Home tab.",
  },
};

export function messageForError(error: unknown): PaneMessage {
  const code = errorCode(error);
  const known = code ? BY_CODE[normaliseCode(code)] : undefined;
  const text = error instanceof Error ? error.message.trim() : typeof error === "string" ? error.trim() : "";
  if (known) return { ...known, body: text || known.body, code: normaliseCode(code!) };
  return {
    intent: "error",
    title: "Something went wrong",
    body: text || "An unknown error occurred. Try again; if it keeps happening, reload the add-in.",
    code: code ?? "unexpected",
  };
}

/** The adapter writes codes as no-selection; accept NO_SELECTION and noSelection too. */
function normaliseCode(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase();
}

function errorCode(error: unknown): string | null {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code) return code;
  }
  return null;
}

export function partialWriteMessage(written: number, notWritten: number, firstMissingRow?: number): PaneMessage {
  const where = firstMissingRow ? ` from row ${firstMissingRow}` : "";
  return {
    intent: "warning",
    title: "Results only partly written",
    body:
      `${plural(written, "row")} written, ${plural(notWritten, "row")} not${where}: ` +
      "re-run Screen to finish. Rows already written are kept.",
    code: "partial-write",
  };
}

/** The run finished, but Excel refused to widen the filter buttons over the decision columns. */
export function filterNoticeMessage(notice: string): PaneMessage {
  return { intent: "warning", title: "Filter buttons not widened", body: notice, code: "filter-not-widened" };
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
