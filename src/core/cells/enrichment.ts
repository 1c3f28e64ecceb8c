/**
 * A supplier-data enrichment export's fields around a supplier's name (2026-12zx round, matching-54): a procurement
 * team's supplier master run through Dun & Bradstreet (Hoovers, Supplier Risk Manager, D&B Connect) or Moody's Orbis /
 * Sayari and exported to Excel, the enrichment fields pasted into the name cell.
 *
 * - Identifiers: a DUNS plain or dashed, or not available ("DUNS 476690257", "D-U-N-S: 45-481-8376", "D-U-N-S: not
 *   available", "(DUNS 477619001)"), a BvD ID ("BvD ID CN9303…"): set aside.
 * - Industry codes with their text after them ("- SIC 3542 - Machine tools, metal forming types", "SIC 3536 Hoists,
 *   cranes and monorails", "NAICS 493130 …"): set aside to the end of their field.
 * - Match grades and confidence codes ("[Match Grade: AAAZZAFZZAA; CC 8]", "| CC 8", "[CC 7]"): set aside.
 * - Markers that are a field of their own ("| HQ", "- Single location -", "| OOB", "| Inactive (D&B)", "- FISHING VESSEL
 *   -"), a vessel's flag ("China (flag)"), fields that are never a name ("Registered address: …", "Status: Active").
 * - Labels: of the name ("Primary name: …", "Registered name: …", "Current name: …", "… (Primary name)"), the name is
 *   screened without the label; of a former name ("Previous name: …"), screened as a name, as the anatomy screens a
 *   name after "formerly"; of a trade name ("Trade style: …", "TRADESTYLE: …", "… (Trade style)"), a trading name, as
 *   after t/a; of a parent or ultimate owner ("GU: …", "DU: …", "Parent: …"), a party of its own (role "ultimate"): the
 *   screener never reads it with the supplier's words and keeps a match on it alone below High, unless it is the only
 *   name in the cell (namesOwnerAlone) or its listing covers its subsidiaries (review-names-8). A labelled field in
 *   brackets after the name ("… (Previous name: …)", "… (GU: …)") is read as such a field (review-names-8).
 *
 * The fields are parted at "|", ";" and line breaks outside brackets, and at a dash, a slash or a comma between spaces
 * when an enrichment field follows. enrichmentNameReadings gives the name readings: the first field and every labelled
 * field, each without the marks inside it; src/core/cells/anatomy.ts screens them, and reads each for its own parts.
 * Data: src/data/cells/enrichment.json. Pure.
 */
import table from "../../data/cells/enrichment.json";
import { alternation, keyAlternation, TWO_LETTERS } from "./word-patterns";

export type EnrichmentRole = "name" | "trading_as" | "ultimate";

export interface EnrichmentReading {
  text: string;
  /** Where the reading starts in the cell. */
  start: number;
  role: EnrichmentRole;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const words = (list: readonly string[]) => `(?:${alternation(list)})`;

/** An identifier with its label: the identifier has a figure, or is "not available". */
const ID = `${B}${words(table.idLabels)}${E}\\s*(?:[:#]|no\\.?)?\\s*(?:${words(table.idMissingWords)}|[A-Za-z]{0,3}\\d[\\dA-Za-z-]*)`;
/** An industry code with its label ("SIC 3542", "NAICS: 493130"). */
const INDUSTRY = `${B}${words(table.industryLabels)}\\s*[:#]?\\s*\\d{2,6}${E}`;
/** A match grade ("Match Grade: AAAZZAFZZAA") or a confidence code ("CC 8"). */
const GRADE = `${B}(?:match\\s+grade\\s*[:#]?\\s*[A-Z]{4,}${E}|${words(table.gradeLabels)}\\s*[:#]?\\s*\\d{1,2}${E})`;
/** A bracket that opens with a grade label ("[Match Grade: …; CC 8]", "[CC 7]"). */
const GRADE_BRACKET = `[[(]\\s*${words(table.gradeLabels)}${E}[^\\])]*[\\])]`;
/** A marker alone in a field, or alone in brackets. */
const MARKER = words(table.fieldMarkers);
const ALL_LABELS = [...table.nameLabels, ...table.formerNameLabels, ...table.tradeStyleLabels, ...table.ultimateLabels];
/** A label with its colon at the start of a field. */
const LABEL_LEAD = new RegExp(`^\\s*(${words(ALL_LABELS)})\\s*[:：]\\s*`, "iu");
/** A label alone in brackets after a name ("(Trade style)", "(Primary name)"). */
const LABEL_BRACKET = new RegExp(
  `\\s*[(（]\\s*(${words([...table.nameLabels, ...table.formerNameLabels, ...table.tradeStyleLabels])})\\s*[)）]`,
  "iu",
);
/** A labelled field in brackets after a name ("… (Previous name: …)", "… (GU: …)", "… (Trade style: …)"; review-names-8). */
const LABEL_IN_BRACKET = new RegExp(`\\s*[(（]\\s*(${words(ALL_LABELS)})\\s*[:：]\\s*([^()（）]*\\p{L}[^()（）]*)[)）]`, "iu");
/** A trade-style label with its colon inside a field, after a space ("… ENTERPRISE TRADESTYLE: …"). */
const TRADE_INSIDE = new RegExp(`\\s+${words(table.tradeStyleLabels)}\\s*[:：]\\s*`, "iu");
/** A field that is never a name: its label and colon ("Registered address: …", "Status: Active"). */
const DROPPED_FIELD = new RegExp(`^\\s*${words(table.droppedFieldLabels)}\\s*[:：]`, "iu");
/** A whole field that is a marker, a bare label, or a flag ("HQ", "Trade style", "China (flag)"). */
const MARKER_FIELD = new RegExp(
  `^\\s*(?:${MARKER}|${words(ALL_LABELS)}|[\\p{L} .'-]{2,40}\\(\\s*${words(table.flagWords)}\\s*\\))\\s*$`,
  "iu",
);
/** An enrichment mark inside a field, with the separator before it: the name ends there. */
const MARK_INSIDE = new RegExp(`\\s*[-–—,/]?\\s*[[(]?\\s*(?:${ID}|${INDUSTRY})|\\s*${GRADE_BRACKET}|\\s*[[(]\\s*${GRADE}`, "iu");
/** A field that opens with an identifier, an industry code or a grade: set aside whole (with the industry's text). */
const MARK_FIELD = new RegExp(`^\\s*[[(]?\\s*(?:${ID}|${INDUSTRY}|${GRADE})`, "iu");
/** A marker in brackets at the end of a name ("ZHEN FA 7 (F/V)"). */
const MARKER_BRACKET_END = new RegExp(`\\s*[(（]\\s*${MARKER}\\s*[)）]\\s*$`, "iu");
/** What opens a field after a dash, a slash or a comma between spaces: a label with its colon, an identifier, an
 * industry code, a grade, or a marker that ends its field. Commas part only identifiers and industry codes. */
const FIELD_AFTER_DASH = new RegExp(`^(?:${words(ALL_LABELS)}\\s*[:：]|${ID}|${INDUSTRY}|${GRADE}|${MARKER}\\s*(?:$|[-–—|;/]))`, "iu");
const FIELD_AFTER_COMMA = new RegExp(`^(?:${ID}|${INDUSTRY})`, "iu");
const DASH_SEPARATOR = /\s[-–—/]\s+|,\s+/gu;

/** The gate's test (src/core/cells/anatomy.ts mayHaveParts): an identifier, an industry code, a grade, or a label. */
export const ENRICHMENT_ANY = new RegExp(
  `${ID}|${INDUSTRY}|${GRADE_BRACKET}|[|;]\\s*${GRADE}|\\s[-–—]\\s+${MARKER}\\s*(?:$|[-–—|;])|(?:^|[|;/\\n]|\\s[-–—]\\s)\\s*${words(ALL_LABELS)}\\s*[:：]|[(（]\\s*${words(ALL_LABELS)}\\s*[:：]|\\s${words(table.tradeStyleLabels)}\\s*[:：]|${LABEL_BRACKET.source}`,
  "iu",
);

/**
 * What every cell ENRICHMENT_ANY finds something in holds (its necessary condition, a cheap pattern without
 * look-behinds): a piece of an identifier's or an industry code's label (wordKeys, from the data), or a bracket, a bar, a
 * semicolon, a colon or a dash (before a grade, a marker or a label). Exported for its tests.
 */
export const ENRICHMENT_NEEDS = new RegExp(`[[(（|;:：\\-–—]|${keyAlternation([...table.idLabels, ...table.industryLabels])}`, "iu");

/** The gate's test (ENRICHMENT_ANY), run only on a cell that holds what it needs (ENRICHMENT_NEEDS). */
export function hasEnrichmentMark(cell: string): boolean {
  return ENRICHMENT_NEEDS.test(cell) && ENRICHMENT_ANY.test(cell);
}

interface Field {
  text: string;
  start: number;
}

/** The cell's fields: parted at "|", ";" and line breaks outside brackets, and at a dash, slash or comma before a field. */
function fields(cell: string): Field[] {
  const out: Field[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = cell.slice(from, to);
    out.push(...partAtDashes(raw, from));
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if ("([（".includes(c)) depth++;
    else if (")]）".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "|" || c === ";" || c === "\n")) {
      push(i);
      from = i + 1;
    }
  }
  push(cell.length);
  return out.filter((f) => f.text.trim() !== "");
}

function partAtDashes(raw: string, start: number): Field[] {
  const out: Field[] = [];
  let from = 0;
  for (const m of raw.matchAll(DASH_SEPARATOR)) {
    const at = m.index + m[0].length;
    const next = raw.slice(at);
    const opens = m[0].startsWith(",") ? FIELD_AFTER_COMMA.test(next) : FIELD_AFTER_DASH.test(next);
    if (!opens || !TWO_LETTERS.test(raw.slice(from, m.index))) continue;
    out.push({ text: raw.slice(from, m.index), start: start + from });
    from = at;
  }
  out.push({ text: raw.slice(from), start: start + from });
  return out;
}

const roleOfLabel = (label: string): EnrichmentRole => {
  const l = label.toLowerCase().replace(/\s+/gu, " ");
  if (table.tradeStyleLabels.includes(l)) return "trading_as";
  if (table.ultimateLabels.includes(l)) return "ultimate";
  return "name";
};

/**
 * The name readings of a cell with enrichment fields: the first field and every labelled field, without their labels
 * and the marks inside them, each with its role. Empty when the cell has no enrichment field (ENRICHMENT_ANY).
 */
export function enrichmentNameReadings(cell: string): EnrichmentReading[] {
  if (!hasEnrichmentMark(cell)) return [];
  const out: EnrichmentReading[] = [];
  const add = (text: string, start: number, role: EnrichmentRole) => {
    const lead = text.length - text.trimStart().length;
    const t = text.trim().replace(/[\s,;:\-–—/]+$/u, "");
    if (TWO_LETTERS.test(t) && !out.some((r) => r.text === t && r.role === role)) out.push({ text: t, start: start + lead, role });
  };
  const read = (text: string, start: number, role: EnrichmentRole) => {
    // A trade style inside the field ("… ENTERPRISE TRADESTYLE: ZHONGGUO …"): the name before it, the trade name after.
    const trade = TRADE_INSIDE.exec(text);
    if (trade && TWO_LETTERS.test(text.slice(0, trade.index))) {
      read(text.slice(0, trade.index), start, role);
      read(text.slice(trade.index + trade[0].length), start + trade.index + trade[0].length, "trading_as");
      return;
    }
    // A labelled field in brackets after the name ("… (Previous name: …)", "… (GU: …)"): each read for its own role.
    const inner = LABEL_IN_BRACKET.exec(text);
    if (inner && TWO_LETTERS.test(text.slice(0, inner.index))) {
      const at = inner.index + inner[0].indexOf(inner[2]);
      read(text.slice(0, inner.index) + text.slice(inner.index + inner[0].length), start, role);
      read(inner[2], start + at, roleOfLabel(inner[1]));
      return;
    }
    // A label in brackets after the name ("Hangzhou Wulin Machinery Plant (Trade style) SIC 3536 …"): the name before it.
    const bracket = LABEL_BRACKET.exec(text);
    if (bracket && TWO_LETTERS.test(text.slice(0, bracket.index))) {
      add(text.slice(0, bracket.index), start, roleOfLabel(bracket[1]));
      return;
    }
    const mark = MARK_INSIDE.exec(text);
    const name = mark && TWO_LETTERS.test(text.slice(0, mark.index)) ? text.slice(0, mark.index) : text;
    add(name, start, role);
    const vessel = MARKER_BRACKET_END.exec(name.trimEnd());
    if (vessel && TWO_LETTERS.test(name.slice(0, vessel.index))) add(name.slice(0, vessel.index), start, role);
  };
  fields(cell).forEach((f, k) => {
    if (MARKER_FIELD.test(f.text) || DROPPED_FIELD.test(f.text) || MARK_FIELD.test(f.text)) return;
    const label = LABEL_LEAD.exec(f.text);
    if (label) {
      read(f.text.slice(label[0].length), f.start + label[0].length, roleOfLabel(label[1]));
      return;
    }
    // An unlabelled field after the first (a town, a second name) is read by the anatomy's own stages.
    if (k === 0 || out.length === 0) read(f.text, f.start, "name");
  });
  // A cell that is its first field alone, unchanged, has no reading of its own.
  return out.length === 1 && out[0].text === cell.trim() ? [] : out;
}

/**
 * Whether the cell names its parent or ultimate owner ("GU: …", "Parent: …") and no other party: no field but the
 * labelled owner's holds a name (identifiers, codes, grades, markers and dropped fields aside). The owner is then the
 * only name the register wrote in the supplier's place, and a match on it is not capped (review-names-8).
 */
export function namesOwnerAlone(cell: string): boolean {
  if (!hasEnrichmentMark(cell)) return false;
  let owner = false;
  for (const f of fields(cell)) {
    if (MARKER_FIELD.test(f.text) || DROPPED_FIELD.test(f.text) || MARK_FIELD.test(f.text)) continue;
    const label = LABEL_LEAD.exec(f.text);
    if (label && roleOfLabel(label[1]) === "ultimate") owner = true;
    else if (TWO_LETTERS.test(f.text)) return false;
  }
  return owner;
}
