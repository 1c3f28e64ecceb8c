/**
 * OCR confusions inside a word (2026-12zze round, matching-61): an invoice-capture tool (ABBYY, Kofax, an AP inbox)
 * reads a supplier's name off an invoice header and mistakes one glyph for another: a figure for a letter ("P1ant",
 * "0rganic", "Jiu1ong Zinc 0xide", "N0."), a letter for a figure in a number ("No.l2"), "rn" for "m" ("Farrn",
 * "Chernical"), a lower-case "l" for a capital "I" at a word's start or inside a word in capitals ("lndustrial",
 * "lron", "XlNJIANG"), a space lost before a legal form ("LogisticsCo.,Ltd").
 *
 * ocrReading gives the cell read again with those confusions undone, or null when it holds none. A word is repaired
 * only where the repair is plain: a word that mixes letters and figures (figures read as letters where that gives a
 * word of the listings, letters read as figures where the word's letters could all be figures), or a word that is no
 * word of the listings and becomes one once "rn" or "l" is undone. `knows` is the index's own vocabulary
 * (NameIndex.knowsWord). The screener screens both readings; a match only the repaired reading gives costs as a typo
 * does and says "read as … (OCR)" (src/core/screening/screener.ts).
 *
 * Data: src/data/cells/ocr-confusions.json. Pure: no I/O.
 */
import table from "../../data/cells/ocr-confusions.json";
import { escape } from "./word-patterns";

const FIGURES_FOR_LETTERS: Readonly<Record<string, readonly string[]>> = table.figuresForLetters;
const LETTERS_FOR_FIGURES: Readonly<Record<string, string>> = table.lettersForFigures;
const PAIRS = table.letterPairs.map((p) => ({ written: p.written.toLowerCase(), read: p.read }));
const CAPITAL_I_AS = table.capitalIWrittenAs;
const VOWELS = new Set([...table.vowels]);
const RUN_IN_FORMS = table.runInLegalForms;

/** Where a legal form (runInLegalForms) follows a lower-case letter with no space ("LogisticsCo.,Ltd"); -1 if nowhere. */
function runInLegalForm(text: string): number {
  for (const form of RUN_IN_FORMS) {
    for (let at = text.indexOf(form, 1); at > 0; at = text.indexOf(form, at + 1)) {
      const before = text[at - 1];
      if (isLetter(before) && before === before.toLowerCase()) return at;
    }
  }
  return -1;
}

export interface OcrRepair {
  /** The word as the cell has it. */
  readonly written: string;
  /** The word as read. */
  readonly read: string;
}

export interface OcrReading {
  readonly text: string;
  readonly repairs: readonly OcrRepair[];
}

const isDigit = (c: string) => c >= "0" && c <= "9";
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

const caseless = (t: string) => [...t].map((c) => (/[a-z]/iu.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join("");
const CONSONANT = `(?=[A-Za-z])(?![${table.vowels}${table.vowels.toUpperCase()}])`;
/**
 * The cheap precheck run on every cell, one native pattern: a figure beside a letter, one of the letter pairs, the
 * letter a capital I is written as at a word's start before a consonant or between capitals, a legal form run in
 * after a lower-case letter. Most cells hold none. (No one character is necessary to all of these; on the bench's
 * 100,000 names this pattern took some 12 ms, a loop over the characters some 90 ms.)
 */
const OCR_GATE = new RegExp(
  [
    "[0-9][A-Za-z]|[A-Za-z][0-9]",
    ...PAIRS.map((p) => caseless(p.written)),
    `(?<![A-Za-z])${escape(CAPITAL_I_AS)}${CONSONANT}`,
    `[A-Z]${escape(CAPITAL_I_AS)}[A-Z]`,
    `[a-z](?:${RUN_IN_FORMS.map(escape).join("|")})`,
  ].join("|"),
);

export function mayHaveOcrConfusions(text: string): boolean {
  return OCR_GATE.test(text);
}

/** Whether a word is written in capitals (two letters at least, all capitals). */
function inCapitals(word: string): boolean {
  const letters = [...word].filter(isLetter);
  return letters.length > 1 && letters.every(isUpper);
}

/** The letter read for a figure in a word, in the case of the word around it (capitals: inCapitals of the word). */
function inCase(letter: string, capitals: boolean, at: number): string {
  return at === 0 || capitals ? letter.toUpperCase() : letter;
}

/** A word of letters and figures read with its figures as letters, where that gives a known word; else null. */
function figuresAsLetters(word: string, knows: (word: string) => boolean): string | null {
  const chars = [...word];
  const figures = [...new Set(chars.filter(isDigit))];
  if (!figures.every((f) => FIGURES_FOR_LETTERS[f] !== undefined)) return null;
  // Each figure read as one of its letters, the whole word alike: the first choice that gives a known word.
  const choices: Array<Record<string, string>> = [{}];
  for (const f of figures) {
    const next: Array<Record<string, string>> = [];
    for (const c of choices) for (const l of FIGURES_FOR_LETTERS[f]) next.push({ ...c, [f]: l });
    choices.splice(0, choices.length, ...next);
  }
  // The word's case is read once, not once per figure (a long word of figures took time squared in its length).
  const capitals = inCapitals(word);
  for (const choice of choices) {
    const read = chars.map((c, i) => (isDigit(c) ? inCase(choice[c], capitals, i) : c)).join("");
    if (knows(read.toLowerCase())) return read;
  }
  return null;
}

/** A word of figures with letters that could all be figures ("l2") read as a number; else null. */
function lettersAsFigures(word: string): string | null {
  const chars = [...word];
  if (!chars.every((c) => isDigit(c) || LETTERS_FOR_FIGURES[c] !== undefined)) return null;
  return chars.map((c) => (isDigit(c) ? c : LETTERS_FOR_FIGURES[c])).join("");
}

/** A word of letters that is no known word, read with a letter pair or a capital I undone into a known one; else null. */
function lettersRead(word: string, knows: (word: string) => boolean): string | null {
  const lower = word.toLowerCase();
  if (knows(lower)) return null;
  let read = word;
  for (const p of PAIRS) {
    if (!lower.includes(p.written)) continue;
    const upper = [...word].every((c) => !isLetter(c) || isUpper(c));
    read = read.replace(new RegExp(p.written, "gi"), upper ? p.read.toUpperCase() : p.read);
  }
  if (read.length > 1) {
    const chars = [...read];
    chars.forEach((c, i) => {
      if (c !== CAPITAL_I_AS) return;
      const next = chars[i + 1] ?? "";
      const atStart = i === 0 && next !== "" && isLetter(next) && !VOWELS.has(next.toLowerCase());
      const inCapitals = i > 0 && isUpper(chars[i - 1]) && next !== "" && isUpper(next);
      if (atStart || inCapitals) chars[i] = "I";
    });
    read = chars.join("");
  }
  return read !== word && knows(read.toLowerCase()) ? read : null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The cell read with its OCR confusions undone, or null when it holds none (see the file's comment). */
export function ocrReading(text: string, knows: (word: string) => boolean): OcrReading | null {
  if (!mayHaveOcrConfusions(text)) return null;
  const repairs: OcrRepair[] = [];
  // A legal form run in after the last word ("LogisticsCo.,Ltd"): a space lost by the capture.
  let spaced = text;
  for (let at = runInLegalForm(spaced); at > 0; at = runInLegalForm(spaced)) {
    const start = spaced.lastIndexOf(" ", at) + 1;
    const end = spaced.indexOf(" ", at) < 0 ? spaced.length : spaced.indexOf(" ", at);
    const written = spaced.slice(start, end);
    spaced = `${spaced.slice(0, at)} ${spaced.slice(at)}`;
    repairs.push({ written, read: spaced.slice(start, end + 1) });
  }
  const read = spaced.replace(WORD, (word) => {
    if (!OCR_GATE.test(word)) return word;
    const hasFigure = /\p{N}/u.test(word);
    const hasLetter = /\p{L}/u.test(word);
    let out: string | null = null;
    if (hasFigure && hasLetter) out = figuresAsLetters(word, knows) ?? lettersAsFigures(word);
    else if (hasLetter) out = lettersRead(word, knows);
    if (out === null || out === word) return word;
    repairs.push({ written: word, read: out });
    return out;
  });
  return repairs.length === 0 ? null : { text: read, repairs };
}
