/**
 * A US federal prime contractor's vendor master around a supplier's name (2026-12zzc round, matching-59): a Deltek
 * Costpoint or SAP Ariba vendor file exported to Excel for FAR 52.222-50 / UFLPA and Section 889 supplier checks, with
 * the federal identifiers, the buyer's flags and notes written into the name cell after the name.
 *
 * - Identifiers with their labels: a CAGE code (5 letters and figures: "CAGE 5AVYV", "(CAGE: DZFKG)") or a UEI (12:
 *   "UEI FPVKFDE980K2", "UEI: …"). A code without a figure is read only in capitals with its label ("CAGE PBQHN"). A
 *   DUNS is the enrichment stage's (src/core/cells/enrichment.ts).
 * - Flags ("- FOREIGN VENDOR", "NON-US", "(FOREIGN VENDOR)", "EXCLUDED?", "SMALL BUS") after a dash, alone in brackets,
 *   or at the end of the cell after a space; SAM.gov notes ("(SAM: ACTIVE)", "(SAM EXPIRED)", "SAM: NOT REGISTERED");
 *   notes that run to the end ("- SUB-TIER TO PO 4500149308").
 * - A remit-to label with its colon anywhere after the name ("… PLANT REMIT: PRC", "(REMIT: TAMAULIPAS, MEXICO)"): the
 *   place or address after it is an address part (after a legal form, without a colon too: the anatomy's remitLabels).
 * - A distributor the goods are bought through ("… VIA DISTRIBUTOR FASTENAL"): a party of its own (role `distributor`),
 *   screened, but never with the supplier's words, and a match on it at most Review (src/core/screening/screener.ts).
 *
 * The name ends before the first such mark. federalNameReadings gives the name and the distributor; src/core/cells/
 * anatomy.ts screens them and reads the name for its own parts. Data: src/data/cells/federal.json. Pure.
 */
import table from "../../data/cells/federal.json";
import { alternation, keyAlternation, TWO_LETTERS } from "./word-patterns";

export type FederalRole = "name" | "distributor";

export interface FederalReading {
  text: string;
  /** Where the reading starts in the cell. */
  start: number;
  role: FederalRole;
}

const E = "(?![\\p{L}\\p{N}])";
const words = (list: readonly string[]) => `(?:${alternation(list)})`;

/** What comes before a mark: a dash between spaces, an opening bracket, a comma or a space. */
const SEP = "(?:\\s*[-–—]\\s+|\\s*[(\\[（]\\s*|\\s*,\\s*|\\s+)";
/** Where a mark that is a field of its own ends: the cell's end, a bracket's end, a separator, or a register's note
 * after it in square brackets or between asterisks ("… - NON-US [STORES]", "… - NON-US *STORES*": found by the cell
 * property test once 2026-12zzf entered its pool, matching-62). */
const FIELD_END = "(?=\\s*(?:$|[)\\]）|;,/]|[-–—]|[[*]))";
/** Every word of the federal table that marks a cell (the precheck keys them all). Exported for its tests. */
export const FEDERAL_WORDS = [
  ...table.idCodes.flatMap((c) => c.labels),
  ...table.flags,
  ...table.samLabels,
  ...table.noteLeads,
  ...table.remitLabels,
  ...table.distributorLeads,
];
/** Where an identifier ends: where a field ends, or before another mark's word ("UEI: … CAGE 1AB2C"). */
const ID_END = `(?:${FIELD_END}|(?=\\s+${words(FEDERAL_WORDS)}${E}))`;
const ID = table.idCodes.map((c) => `${words(c.labels)}\\s*[:#]?\\s*([A-Za-z0-9]{${c.length}})${E}${ID_END}`).join("|");
const FLAG = `${words(table.flags)}(?![\\p{L}\\p{N}?.])${FIELD_END}`;
const SAM = `${words(table.samLabels)}\\s*[:#-]?\\s*${words(table.samStatuses)}${E}${FIELD_END}`;
const NOTE = `${words(table.noteLeads)}${E}`;
const REMIT = `${words(table.remitLabels)}\\s*[:：]`;
const DISTRIBUTOR = `(${words(table.distributorLeads)})${E}`;
/** A federal mark with the separator before it: group 1 and 2 the identifiers' codes, group 3 a distributor lead. */
const MARK = new RegExp(`${SEP}(?:${ID}|${FLAG}|${SAM}|${NOTE}|${REMIT}|${DISTRIBUTOR})`, "giu");
/** Where a distributor's name ends: a bracket's end, a bar or semicolon, a dash between spaces. */
const PARTY_END = /[)\]）|;]|\s[-–—]\s/u;
const DIGIT = /\d/u;

/**
 * What every cell with a federal mark holds (a cheap pattern without look-behinds): a key of one of its words ("cage",
 * "uei", "foreign", "non", "sam", "tier", "remit", "via", …: wordKeys of the data, no key shorter than three letters but
 * for a word without a longer run, so that "to" of "remit to" and "us" of "non us" are no keys). Exported for its tests.
 */
export const FEDERAL_NEEDS = new RegExp(keyAlternation(FEDERAL_WORDS, 3), "iu");

/** The gate's test (src/core/cells/anatomy.ts mayHaveParts): a federal identifier, flag, note, remit-to or distributor. */
export function hasFederalData(cell: string): boolean {
  return federalNameReadings(cell).length > 0;
}

/**
 * The readings of a federal vendor-master cell: the name before its first federal mark (role `name`) and a distributor
 * named after "VIA DISTRIBUTOR" (role `distributor`). Empty when the cell has no federal mark after a name.
 */
export function federalNameReadings(cell: string): FederalReading[] {
  return FEDERAL_NEEDS.test(cell) ? readVendorMasterCell(cell) : [];
}

/** federalNameReadings without its precheck (FEDERAL_NEEDS): exported for the precheck's tests. */
export function readVendorMasterCell(cell: string): FederalReading[] {
  MARK.lastIndex = 0;
  for (let m = MARK.exec(cell); m !== null; m = MARK.exec(cell)) {
    const before = cell.slice(0, m.index);
    const code = m[1] ?? m[2];
    // A code without a figure only as written in capitals, label and code ("CAGE PBQHN", not "Bird Cage House").
    const plain = code !== undefined && !DIGIT.test(code) && m[0] !== m[0].toUpperCase();
    if (!TWO_LETTERS.test(before) || plain) {
      MARK.lastIndex = m.index + 1;
      continue;
    }
    const name = before.replace(/[\s,;:\-–—([（]+$/u, "");
    const start = name.length - name.trimStart().length;
    const out: FederalReading[] = [{ role: "name", text: name.trim(), start }];
    if (m[3] !== undefined) {
      const at = m.index + m[0].length;
      const rest = cell.slice(at);
      const end = PARTY_END.exec(rest);
      const party = (end ? rest.slice(0, end.index) : rest).trim();
      if (TWO_LETTERS.test(party)) out.push({ role: "distributor", text: party, start: at + rest.indexOf(party) });
    }
    return out;
  }
  return [];
}
