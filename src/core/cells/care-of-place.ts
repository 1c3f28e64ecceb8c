/**
 * A care-of place (2026-12zzd round, matching-60): the Australian and New Zealand "C/-" for care of. It is a care-of
 * marker (cell-anatomy.json roleMarkers.care_of: the part after it is never the supplier), but after a name a register
 * often gives a place with it rather than a party, as it writes an address ("State Penitentiary C/- Ciudad Victoria,
 * Tamaulipas", "Kwong Ngai Industrial Company C/- Guangzhou"). Where the part after the marker is up to four capitalised
 * words, with or without commas, holding no legal form and no agent's or forwarder's word (careOfAgentWords,
 * forwarderWords), the name is read with that place after a comma as well ("State Penitentiary, Ciudad Victoria,
 * Tamaulipas"), a name and its address, as a register writes them. An agent ("FV Hangton No. 112 C/- Suva agent") or a
 * firm ("… C/- Goodyear & Dunlop Tyres (Aust) Pty Ltd") after it gives no such reading: a care-of party only.
 *
 * Data: src/data/cells/cell-anatomy.json (careOfPlaceMarkers, careOfAgentWords, forwarderWords). Pure.
 */
import table from "../../data/cells/cell-anatomy.json";
import { alternation, TWO_LETTERS } from "./word-patterns";

export interface CareOfPlaceReading {
  /** The name, a comma and the place. */
  text: string;
  /** Where the name starts in the cell. */
  start: number;
}

/** The marker between spaces, after a name. */
const MARKER = new RegExp(`\\s+(?:${alternation(table.careOfPlaceMarkers)})\\s+`, "iu");
/** An agent's or forwarder's word in the part after the marker. */
const AGENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...table.careOfAgentWords, ...table.forwarderWords])})(?![\\p{L}\\p{N}])`,
  "iu",
);
/**
 * A place: up to four capitalised words, with spaces or a comma and spaces between them. The comma's branch and the
 * spaces' branch cannot both take a run of spaces (as "\s*,?\s+" could, split in every way: a cell with runs of
 * non-breaking spaces after the marker took over a minute; review-names-10).
 */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s*,\s+|\s+)\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The name before a care-of place marker read with the place after it ("X C/- Place" → "X, Place"), or null when the
 * cell has no such marker after a name or the part after it is not a place. hasLegalForm tells a firm's name (the
 * anatomy's legal-form test: src/core/cells/anatomy.ts endsInLegalForm).
 */
export function careOfPlaceReading(cell: string, hasLegalForm: (text: string) => boolean): CareOfPlaceReading | null {
  if (!cell.includes("/")) return null;
  const m = MARKER.exec(cell);
  if (!m) return null;
  const name = cell.slice(0, m.index);
  const place = cell
    .slice(m.index + m[0].length)
    .trim()
    .replace(/[\s,;.]+$/u, "");
  if (!TWO_LETTERS.test(name) || !PLACE.test(place) || AGENT.test(place) || hasLegalForm(place)) return null;
  const start = name.length - name.trimStart().length;
  return { text: `${name.trim()}, ${place}`, start };
}
