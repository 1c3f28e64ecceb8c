/**
 * A German manufacturer's LkSG risk-analysis workbook around a supplier's name (2026-12zz round, matching-56): the
 * Lieferkettensorgfaltspflichtengesetz's risk analysis, kept in Excel, with the officer's labels, ratings, measures and
 * status notes written into the supplier cell.
 *
 * - A label before the name, with a colon, maybe with a tier in brackets ("Lieferant: …", "Zulieferer (Tier 2): …",
 *   "mittelbarer Zulieferer: …"): set aside.
 * - Fields after a dash between spaces that open with a field label ("– Standort: Tamaulipas", "– Risiko: hoch",
 *   "– Lieferanten-Nr. 70020418") or are a status note ("– priorisiert", "– SAQ erhalten (illustrative)",
 *   "– Geschäftsbeziehung ausgesetzt", "– UFLPA-gelistet?", "– mittelbarer Zulieferer"): the name ends before the first.
 * - The goods in German after a dash ("– Holzmöbel –", "– verzinkter Draht"): a field whose capitalised words all end in
 *   a German goods word (goodsHeads, as compounds end) or are one (goodsWords); only after a name of two words or more,
 *   or with another workbook mark in the cell.
 * - Vessel words before the name or in brackets after it ("Fangschiff „Hangton No. 112“ (Flagge: Fidschi)",
 *   "DA WANG (Fischereifahrzeug)"): set aside; in such a cell a vessel's German "Nr." is read as "No.".
 * - A trader the goods are bought through ("– bezogen über Händler X"): a party that is not the supplier, set aside as a
 *   care-of party is (role `care_of`, as "via": never screened); a vessel's owner ("– Eigner: X"): a party of its own
 *   (role `ultimate`, a match on it alone at most Review). The trader's word alone ("bezogen über Händler") names none.
 *   A group after "Konzern:" is a field of the workbook, set aside, not a party.
 *
 * lksgNameReadings gives the name without the workbook's data, and the other parties; src/core/cells/anatomy.ts screens
 * them and reads each name reading for its own parts. Data: src/data/cells/lksg.json. Pure.
 */
import table from "../../data/cells/lksg.json";
import { fieldsOf, wordCount } from "./fields";
import { alternation, escape, keyAlternation } from "./word-patterns";

export type LksgRole = "name" | "care_of" | "ultimate";

export interface LksgReading {
  text: string;
  /** Where the reading starts in the cell. */
  start: number;
  role: LksgRole;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const words = (list: readonly string[]) => `(?:${alternation(list)})`;

const TIER = `[(（]\\s*${words(table.tierWords)}\\s*\\d\\s*[)）]`;
/** A supplier label before the name, with its colon. */
const SUPPLIER_LABEL = new RegExp(`^\\s*${words(table.supplierLabels)}(?:\\s*${TIER})?\\s*[:：]\\s*`, "iu");
/** A vessel word before the name, with German or plain quotation marks after it. */
const VESSEL_LEAD = new RegExp(`^\\s*${words(table.vesselWords)}${E}\\s*[„“"]?`, "iu");
const VESSEL_ANY = new RegExp(`${B}${words(table.vesselWords)}${E}`, "iu");
/** A bracket after the name holding a vessel word, a flag or an owner ("(Fangschiff)", "(Flagge: Fidschi)"); a tier in
 * brackets is the anatomy's own (a chain link's role bracket, a tier note). */
const NOTE_BRACKET = new RegExp(
  `\\s*[(（]\\s*(?:${words(table.vesselWords)}|${words([...table.flagLabels, ...table.ownerLabels])}\\s*[:：])[^()（）]*[)）]`,
  "giu",
);
const FIELD_LABEL = new RegExp(`^${words(table.fieldLabels)}(?:\\s*[:：]|\\s+\\S|$)`, "iu");
const STATUS_NOTE = new RegExp(`^${words(table.statusNotes)}(?![\\p{L}\\p{N}])\\s*(?:\\([^()]*\\))?\\s*$`, "iu");
/** A trader's word alone as a field ("– Händler –"): the supplier is a trader. */
const TRADER_FIELD = new RegExp(`^${words(table.traderWords)}$`, "iu");
const VESSEL_FIELD = new RegExp(`^${words(table.vesselWords)}${E}`, "iu");
const OWNER = new RegExp(`^${words(table.ownerLabels)}\\s*[:：]\\s*(.+)$`, "iu");
const TRADER = new RegExp(`^${words(table.traderLeads)}${E}\\s*(?:${words(table.traderWords)}${E})?\\s*(.*)$`, "iu");
const GOODS_HEAD = new RegExp(`(?:${table.goodsHeads.map(escape).join("|")})$`, "iu");
const GOODS_WORD = new RegExp(`^(?:${table.goodsWords.map(escape).join("|")})$`, "iu");
/** A dash between spaces: where the workbook's fields part. */
const FIELD_BREAK = /\s[-–—]\s/gu;
/** The German "Nr." of a vessel's number. */
const NR = /(?<![\p{L}\p{N}])Nr\.\s*(?=\d)/gu;

/** The gate's test (src/core/cells/anatomy.ts mayHaveParts): a label, a note, a vessel word, goods in German. */
export function hasLksgData(cell: string): boolean {
  return lksgNameReadings(cell).length > 0;
}

/**
 * What every cell with workbook data holds (a cheap pattern without look-behinds): a dash between spaces (a field after
 * the name), a colon (a supplier label; a flag or an owner in brackets) or a piece of a vessel word (wordKeys, from the
 * data: a vessel before the name or in brackets after it). Without them the cell is one field with nothing marked.
 * Exported for its tests.
 */
export const LKSG_NEEDS = new RegExp(`\\s[-–—]\\s|[:：]|${keyAlternation(table.vesselWords)}`, "iu");

/** Whether a field is the goods in German: its capitalised words all German goods words. */
function isGoods(field: string): boolean {
  const bare = field.replace(/[(（][^()（）]*[)）]/gu, " ");
  const capitalised = bare.split(/[\s,/]+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length === 0) return false;
  return capitalised.every((w) => {
    const word = w.replace(/[^\p{L}-]+$/u, "");
    return word.length <= 2 || GOODS_WORD.test(word) || (word.length > 4 && GOODS_HEAD.test(word));
  });
}

/**
 * The readings of an LkSG workbook cell: the name without the workbook's labels, notes and goods (role `name`), a
 * trader and a vessel's owner named after it (roles `care_of`, `ultimate`). Empty when the cell has none of them.
 */
export function lksgNameReadings(cell: string): LksgReading[] {
  return LKSG_NEEDS.test(cell) ? readWorkbookCell(cell) : [];
}

/** lksgNameReadings without its precheck (LKSG_NEEDS): exported for the precheck's tests. */
export function readWorkbookCell(cell: string): LksgReading[] {
  let offset = 0;
  let marked = false;
  const label = SUPPLIER_LABEL.exec(cell);
  if (label) {
    offset = label[0].length;
    marked = true;
  }
  const vessel = VESSEL_LEAD.exec(cell.slice(offset));
  if (vessel) {
    offset += vessel[0].length;
    marked = true;
  }
  const fields = fieldsOf(cell.slice(offset), FIELD_BREAK, offset);
  const out: LksgReading[] = [];
  let cut = -1;
  for (const f of fields.slice(1)) {
    const t = f.text.trim();
    const owner = OWNER.exec(t);
    const trader = TRADER.exec(t);
    if (owner) out.push({ role: "ultimate", text: owner[1].trim(), start: f.start + f.text.indexOf(owner[1]) });
    if (trader && /\p{L}{2}/u.test(trader[1])) {
      const party = trader[1].trim();
      out.push({ role: "care_of", text: party, start: f.start + f.text.lastIndexOf(party) });
    }
    const note =
      owner !== null || trader !== null || FIELD_LABEL.test(t) || STATUS_NOTE.test(t) || VESSEL_FIELD.test(t) || TRADER_FIELD.test(t);
    if (note) marked = true;
    if (cut < 0 && note) {
      cut = f.breakAt;
    } else if (cut < 0 && isGoods(t)) {
      cut = f.breakAt;
    }
  }
  const end = cut < 0 ? cell.length : cut;
  const raw = cell.slice(offset, end);
  let name = raw.replace(NOTE_BRACKET, "");
  if (name !== raw) marked = true;
  name = name.replace(/[„“”"]/gu, "");
  if (VESSEL_ANY.test(cell)) name = name.replace(NR, "No. ");
  name = name.replace(/[\s,;:\-–—]+$/u, "").trim();
  if (!/\p{L}{2}/u.test(name) || name === cell.trim()) return [];
  if (!marked && (cut < 0 || wordCount(name) < 2)) return out;
  const start = offset + (raw.length - raw.trimStart().length);
  return [{ role: "name", text: name, start }, ...out];
}
