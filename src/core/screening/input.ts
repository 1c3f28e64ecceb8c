import type { SkipReason } from "./types";

export const MAX_NAME_LENGTH = 1000;
/** Control characters other than line breaks, which are kept: a second line usually holds an address. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS_ALL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]+/g;
const DISPLAY_LENGTH = 200;
const LETTER = /\p{L}/u;

const EXCEL_ERRORS =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!)$/i;
/** What people type when they do not know the supplier yet. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  "-",
  "--",
  "---",
  "—",
  "–",
  ".",
  "..",
  "...",
  "?",
  "??",
  "x",
  "xx",
  "xxx",
  "0",
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "none",
  "nil",
  "null",
  "tbc",
  "tbd",
  "tba",
  "to be confirmed",
  "to be determined",
  "unknown",
  "various",
  "misc",
  "miscellaneous",
  "not applicable",
  "blank",
  "pending",
]);

const LONGEST_PLACEHOLDER = Math.max(...Array.from(PLACEHOLDERS, (p) => p.length));
/**
 * The first characters of the placeholders, in both cases (PLACEHOLDER ignores case only in ASCII letters): most
 * short cells (country names and codes) start with none of them, and are ruled out without running the pattern.
 */
const PLACEHOLDER_STARTS: ReadonlySet<number> = new Set(
  Array.from(PLACEHOLDERS, (p) => [p.charCodeAt(0), p.toUpperCase().charCodeAt(0)]).flat(),
);
/** The placeholders as one case-insensitive pattern: tested on every cell, so without lower-casing a copy. */
const PLACEHOLDER = new RegExp(`^(?:${Array.from(PLACEHOLDERS, (p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|")})$`, "i");

export interface CellText {
  text: string;
  skipped: SkipReason | null;
}

/** Turns whatever Excel or a file hands us into text to screen, or a reason not to screen it. Never throws. */
export function readCell(value: unknown): CellText {
  if (value === null || value === undefined) return { text: "", skipped: "empty" };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return { text: String(value), skipped: "not_text" };
  }
  if (typeof value !== "string") {
    // Excel error objects and rich values reach custom functions as objects.
    return { text: "", skipped: isErrorLike(value) ? "error_value" : "not_text" };
  }
  const trimmed = trimText(value);
  const skipped = textSkipReason(trimmed);
  if (skipped === "too_long") return { text: trimmed.slice(0, DISPLAY_LENGTH), skipped };
  return { text: skipped === "empty" ? "" : trimmed, skipped };
}

function trimText(value: string): string {
  return (CONTROL_CHARS.test(value) ? value.replace(CONTROL_CHARS_ALL, " ") : value).trim();
}

/** Why trimmed text is not a name to screen, or null if it is one. */
function textSkipReason(trimmed: string): SkipReason | null {
  if (trimmed === "") return "empty";
  if (trimmed.length > MAX_NAME_LENGTH) return "too_long";
  if (trimmed.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.test(trimmed)) return "error_value";
  if (trimmed.length <= LONGEST_PLACEHOLDER && PLACEHOLDER_STARTS.has(trimmed.charCodeAt(0)) && PLACEHOLDER.test(trimmed))
    return "placeholder";
  if (!startsWithAsciiLetter(trimmed) && !LETTER.test(trimmed)) return "not_text";
  return null;
}

/** Most cells start with a letter of A–Z, which LETTER need not then look for (a|32 turns exactly A–Z and a–z into a–z). */
function startsWithAsciiLetter(text: string): boolean {
  const code = text.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

function isErrorLike(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { type?: unknown; error?: unknown; code?: unknown };
  return v.type === "Error" || typeof v.error === "string" || (typeof v.code === "string" && String(v.code).startsWith("#"));
}

/** Optional country and product cells: anything unusable simply counts as not given. */
export function readOptionalCell(value: unknown): string {
  if (typeof value !== "string") return "";
  const trimmed = trimText(value);
  return textSkipReason(trimmed) ? "" : trimmed.slice(0, 300);
}

/** A cell as shown back to the user beside its result: trimmed, control characters made spaces, and bounded. */
export function displayInput(value: unknown): string {
  const { text, skipped } = readCell(value);
  return skipped === "too_long" || text.length > DISPLAY_LENGTH ? text.slice(0, DISPLAY_LENGTH) + "…" : text;
}
