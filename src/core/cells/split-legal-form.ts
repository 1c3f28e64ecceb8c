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
/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where the piece of text without spaces that ends at `end` begins. */
function pieceStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the piece of text without spaces that begins at `start` ends. */
function pieceEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  return at;
}

const LETTER = /\p{L}/gu;
const LETTER_ONE = /\p{L}/u;
/**
 * The characters other than letters that a legal ending (legalEndings) holds at its start or end or beside a space or
 * another such character, and the dot the anatomy's pattern allows after any ending. A piece of text without letters
 * made only of other characters ("-", "&", "|", "2": a dash holds "fz-llc" together only between letters) stands between
 * a space and the joint, so no legal ending across the joint can hold it: such a joint is passed over without reading.
 */
const EDGE_MARKS = new Set<string>(["."]);
for (const form of table.legalEndings) {
  const chars = [...form];
  chars.forEach((c, i) => {
    if (LETTER_ONE.test(c) || c === " ") return;
    const between = i > 0 && i < chars.length - 1 && LETTER_ONE.test(chars[i - 1]) && LETTER_ONE.test(chars[i + 1]);
    if (!between) EDGE_MARKS.add(c);
  });
}

/** A piece no legal ending can hold beside a joint: no letter, and none of the characters of EDGE_MARKS. */
function inert(piece: string): boolean {
  if (LETTER_ONE.test(piece)) return false;
  for (const c of piece) if (EDGE_MARKS.has(c)) return false;
  return true;
}

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
  // Each single space between two characters that are not spaces (a joint).
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) {
    if (at === 0 || at === text.length - 1 || isSpace(text.charCodeAt(at - 1)) || isSpace(text.charCodeAt(at + 1))) continue;
    const leftStart = pieceStart(text, at);
    const rightEnd = pieceEnd(text, at + 1);
    const left = at - leftStart;
    const right = rightEnd - at - 1;
    if (Math.min(left, right) > PIECE) continue;
    if ((left <= PIECE && inert(text.slice(leftStart, at))) || (right <= PIECE && inert(text.slice(at + 1, rightEnd)))) continue;
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
