/**
 * A legal form cut by the end of a line and pasted back with a space inside it (matching-53): a bill of lading's or a
 * SWIFT field's lines of 35 characters joined into one cell with a space ("SUPERMAX GLOVE MANUFACTURING SDN BH D
 * NOTIFY: …", "LINGLONG INTERNATIONAL EUROPE D.O.O . ZRENJANIN …", "59:/… KUCHE ZONGHENG COTTON INDUSTRY CO LT D").
 *
 * A space between two pieces is the joint of a cut legal form when one of the pieces is short (splitLegalFormPiece
 * characters at most, as a cut leaves "D", "BH D", "O .") and the text read without that space holds a legal ending
 * (legalEndings) of splitLegalFormLetters letters or more across the joint, whole, where the text with the space held
 * none there. The cell is then read again without those spaces (src/core/cells/anatomy.ts), as well as written. Only
 * a legal form is joined so: the matcher sets it aside, so the joined reading gives no word the cell had not.
 *
 * Data: src/data/cells/cell-anatomy.json (legalEndings, through the anatomy's legalEnding pattern;
 * splitLegalFormPiece, splitLegalFormLetters). Pure: no I/O.
 */
import table from "../../data/cells/cell-anatomy.json";

const PIECE = table.splitLegalFormPiece;
const LETTERS = table.splitLegalFormLetters;
/** A single space between two pieces of text. */
const JOINT = /(?<=\S) (?=\S)/gu;
const SPACE = /\s/u;

/** Where the piece of text without spaces that ends at `end` begins. */
function pieceStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && !SPACE.test(text[at - 1])) at--;
  return at;
}

/** Where the piece of text without spaces that begins at `start` ends. */
function pieceEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !SPACE.test(text[at])) at++;
  return at;
}
const LETTER = /\p{L}/gu;
/** How far before a joint a legal form across it may begin (the longest legal endings run to some 40 characters). */
const WINDOW = 60;

/** The legal endings found in the text: their start and end. legalEnding: a global pattern, run from the start. */
function legalSpans(text: string, legalEnding: RegExp): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  legalEnding.lastIndex = 0;
  for (let m = legalEnding.exec(text); m !== null; m = legalEnding.exec(text)) {
    if (m[0].length === 0) legalEnding.lastIndex++;
    else spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * The text without the spaces that cut a legal form ("… SDN BH D" → "… SDN BHD", "… D.O.O . …" → "… D.O.O. …"), or
 * null when it has none. legalEnding: the anatomy's global pattern of the legal endings (CellTables.legalEnding).
 */
export function joinSplitLegalForms(text: string, legalEnding: RegExp): string | null {
  const joints: number[] = [];
  let written: Array<[number, number]> | null = null;
  for (const m of text.matchAll(JOINT)) {
    const at = m.index;
    const left = at - pieceStart(text, at);
    const right = pieceEnd(text, at + 1) - at - 1;
    if (Math.min(left, right) > PIECE) continue;
    // Read near the joint only: from a piece's start up to WINDOW characters before it, to the end of the piece after.
    const from = at > WINDOW ? text.indexOf(" ", at - WINDOW) + 1 : 0;
    const joined = text.slice(from, at) + text.slice(at + 1, at + 2 + right);
    const joint = at - from;
    const across = legalSpans(joined, legalEnding).some(
      ([s, e]) => s < joint && e > joint && (joined.slice(s, e).match(LETTER)?.length ?? 0) >= LETTERS,
    );
    if (!across) continue;
    // A legal form written with its own spaces ("SP. Z O. O.") is no cut one.
    written ??= legalSpans(text, legalEnding);
    if (written.some(([s, e]) => s < at && e > at + 1)) continue;
    joints.push(at);
  }
  legalEnding.lastIndex = 0;
  if (joints.length === 0) return null;
  let out = text;
  for (const at of joints.reverse()) out = out.slice(0, at) + out.slice(at + 1);
  return out;
}
