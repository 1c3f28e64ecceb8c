/**
 * An accounts-payable invoice-capture export's ways of writing around a supplier's name (2026-12zze round,
 * matching-61), read off an invoice header by an OCR / AP-automation tool:
 *
 * - a stray bar between the name and the letterhead's place ("STATE PENITENTIARY | Ciudad Victoria, Tamaulipas"): the
 *   name read with the place after a comma, as a name and its address ("STATE PENITENTIARY, Ciudad Victoria,
 *   Tamaulipas"), where the part after the bar is a few words without a figure that end in a place (the normalisation
 *   tables' places);
 * - the letterhead's city and province run in after a name without a legal form ("Zigong Machinery Factory Zigong City
 *   Sichuan Province", "… Machinery Factory Laiyang City Shandong"): the name before the city read alone, where a place
 *   follows the city word;
 * - a remit-to line naming an owner for a vessel ("Yong Feng Fishery Ltd. for F/V Da Wang"): the vessel read alone.
 *
 * Each reading is given beside the cell's own (src/core/cells/anatomy.ts); none is scored lower: each only sets aside
 * an address or an owner. The capture's labels (Supplier (captured):, Remit to:) and notes ((verify), [low confidence])
 * are in cell-anatomy.json (headerLabels, statusMarkers); its confusions inside a word are src/core/cells/ocr.ts.
 *
 * Data: src/data/cells/invoice-capture.json. Pure: no I/O.
 */
import table from "../../data/cells/invoice-capture.json";
import { escape } from "./word-patterns";

const alternation = (words: readonly string[]) => words.map(escape).join("|");

const BARS = table.placeBars;
const BAR = new RegExp(`\\s*(?:${alternation(BARS)})\\s*`, "u");
const CITY_WORDS = table.cityWords;
/** "<name> <Word> City <Place>( Province)?" at the end of the cell. */
const LETTERHEAD = new RegExp(
  `^(.*\\S)\\s+\\p{Lu}[\\p{L}-]*\\s+(?:${alternation(CITY_WORDS)})\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s+(?:${alternation(table.provinceWords)}))?\\s*$`,
  "u",
);
const LEADS = table.vesselForLeads;
const VESSEL_FOR = new RegExp(`\\s(?:${alternation(LEADS)})\\s+((?:${alternation(table.vesselWords)})\\s+\\S.*)$`, "u");
const FIGURE = /\p{N}/u;
const NOTE_END = /\s*[[(][^\])]*[\])]\s*$/u;
const WORDS = /[\p{L}]+/gu;

export interface CaptureReading {
  readonly text: string;
  readonly start: number;
}

/**
 * Whether a cell may hold one of the capture's ways (a bar, a city word, a lead before a vessel): the cheap precheck,
 * one native pattern (on the bench's 100,000 names some 11 ms, the seven substring tests some 50 ms).
 */
const CAPTURE_GATE = new RegExp(`(?:${alternation(BARS)})|\\s(?:${alternation([...CITY_WORDS, ...LEADS])})\\s`, "u");
export function mayHaveCaptureParts(text: string): boolean {
  return CAPTURE_GATE.test(text);
}
const hasBar = (text: string) => BARS.some((b) => text.includes(b));
const hasCityWord = (text: string) => CITY_WORDS.some((w) => text.includes(` ${w} `));
const hasLead = (text: string) => LEADS.some((w) => text.includes(` ${w} `));

/**
 * The capture's readings of a cell (see the file's comment), or none. isPlace: whether a word (lower case) is a place
 * of the normalisation tables; hasLegalForm: whether a text ends in a legal form (the anatomy's).
 */
export function captureReadings(
  text: string,
  isPlace: (word: string) => boolean,
  hasLegalForm: (text: string) => boolean,
): CaptureReading[] {
  if (!mayHaveCaptureParts(text)) return [];
  const out: CaptureReading[] = [];
  const bar = hasBar(text) ? BAR.exec(text) : null;
  if (bar && bar.index > 0) {
    // A note in brackets after the place ("… | Ciudad Victoria, Tamaulipas [low confidence]") is left out of the reading.
    const after = text.slice(bar.index + bar[0].length).replace(NOTE_END, "");
    const words = after.match(WORDS) ?? [];
    if (
      words.length > 0 &&
      words.length <= table.placeBarWords &&
      !FIGURE.test(after) &&
      !BAR.test(after) &&
      isPlace(words[words.length - 1].toLowerCase())
    )
      out.push({ text: `${text.slice(0, bar.index)}, ${after}`, start: 0 });
  }
  const letterhead = hasCityWord(text) ? LETTERHEAD.exec(text) : null;
  if (letterhead && isPlace(letterhead[2].toLowerCase()) && !hasLegalForm(letterhead[1]) && /\S\s+\S/u.test(letterhead[1]))
    out.push({ text: letterhead[1], start: 0 });
  const vessel = hasLead(text) ? VESSEL_FOR.exec(text) : null;
  if (vessel) out.push({ text: vessel[1], start: text.length - vessel[1].length });
  return out;
}
