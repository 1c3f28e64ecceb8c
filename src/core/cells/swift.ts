/**
 * A SWIFT party field as a trade bank's screening export copies it into Excel (2026-12zw round, matching-52): an MT700
 * applicant or beneficiary (fields 50, 59), an MT103 ordering customer or beneficiary (50a, 59a), an MT202 bank field.
 *
 * - The field tag and the account line before the name ("59:/6222081234567891116 XINJIANG …", "50K:/…", "/DE89…",
 *   "ACCT 3201 0112 …"), on the name's own line or on a line of their own: swiftLead, a code part. After a tag any
 *   account that holds a figure ("59:/0011 …", "59:/ 0011 …"), a tag with a space before its colon ("59 : …") and a
 *   structured 1/ on the tag's line ("59F:1/…") too (matching-53).
 * - The bank's words before a party ("IN FAVOUR OF …", "FOR ACCOUNT OF …", "ON BEHALF OF …"): swiftLead too; between two
 *   parties in a cell with another SWIFT mark ("FOR ACCOUNT OF A IN FAVOUR OF B") they part them, each party read on its
 *   own. Alone between two names on one line ("A IN FAVOUR OF B") they do not mark the cell (the anatomy's own rule
 *   parts "… ON BEHALF OF …" only after a legal form: 2026-12ze round).
 * - A reference or an amount after the name ("OUR REF CTN24/117", "LC NO. …", "USD 48,500.00"): swiftTail, a code part.
 * - The owners of a vessel ("OWNERS OF FV TUNAGO NO.61"): the owners' words set aside, the vessel screened.
 * - A structured field 59F: its "1/" lines are the name, its "2/" and "3/" lines the address.
 * - Lines of 35 characters cut mid-word ("… GROUP BAOA" / "NZHAO …"), kept as line breaks or pasted into one line with a
 *   space: read joined without the space as well as with it (swiftNameReadings). A join that makes no listed word
 *   finds nothing the reading with the space would not: the matcher's required words decide.
 *
 * Data: src/data/cells/cell-anatomy.json (swiftFieldTags, swiftAccountLabels, swiftPartyLeads, swiftTailLabels,
 * swiftLineLength, vesselOwnerLeads, vesselWords, currencyCodes, headerLabels). Pure: no I/O.
 */
import table from "../../data/cells/cell-anatomy.json";
import { alternation, keyAlternation, TWO_LETTERS } from "./word-patterns";

/**
 * A field tag with its colon, the leading colon of the SWIFT block form too (":59:"), a space before the colon too
 * ("59 :"), and a structured field's line number 1/ on the tag's line ("59F:1/…", the name's line).
 */
const TAG = `:?(?:${alternation(table.swiftFieldTags)}) ?:(?:\\s*1\\/(?=\\s*\\p{L}))?`;
/**
 * "/" and an account or IBAN without spaces or in groups of figures ("/DE89 3704 0044 …"), or an account label and an
 * account or IBAN, in groups of figures or not ("ACCT 3201 0112 3456 7890 124", "IBAN DE89 3704 0044 …").
 */
const ACCOUNT = `(?:\\/(?:[A-Za-z0-9]{6,34}|[A-Za-z0-9]{4}(?:[ -]\\d{2,4}){2,8})|(?:${alternation(table.swiftAccountLabels)})\\s*[:.#]?\\s*(?:\\p{L}{2}\\d{2}[A-Za-z0-9]{0,30}|\\d{2,})(?:[\\s-]\\d{2,}){0,8})(?![\\p{L}\\p{N}/])`;
/**
 * After a tag, "/" and an account in groups of figures or of any length that holds a figure, a space after the slash
 * too ("59:/0011 …", "59:/ 0011 …"): the tag marks the field, so a short account is no part of the name.
 */
const TAG_ACCOUNT = `\\/ ?(?:[A-Za-z0-9]{4}(?:[ -]\\d{2,4}){2,8}|(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{1,34})(?![\\p{L}\\p{N}/])`;
/** A party's label with its colon on the name's line ("BENEFICIARY: …", "ORDERING CUSTOMER: …"): the payment words. */
const LABEL = `(?:${alternation(table.paymentWords)})\\s*:`;
const LEAD = new RegExp(
  `^\\s*(?:${TAG}\\s*(?:${TAG_ACCOUNT}|${ACCOUNT})\\s*|${ACCOUNT}\\s*|${TAG}\\s*(?=\\p{L}|$)|${LABEL}\\s*|(?:${alternation(table.swiftPartyLeads)})(?:\\s+|$))`,
  "iu",
);
/** The bank's words between two parties ("… TOKYO IN FAVOUR OF …"). */
const PARTY_INSIDE = new RegExp(`\\s(?:${alternation(table.swiftPartyLeads)})\\s+(?=\\p{L})`, "iu");
const CURRENCY = `(?:${alternation(table.currencyCodes)})`;
const TAIL = new RegExp(
  `\\s+(?:(?:${alternation(table.swiftTailLabels)})\\s*[:.#]?\\s*(?:${CURRENCY}\\s*)?(?=[^\\s]*\\d)\\S+|${CURRENCY}\\s*\\d[\\d,]*(?:\\.\\d{1,2})?(?![\\p{L}\\p{N}]))(?:\\s.*)?$`,
  "iu",
);
const VESSEL_OWNERS = new RegExp(
  `^\\s*(?:${alternation(table.vesselOwnerLeads)})\\s+(?=(?:${alternation(table.vesselWords)})(?![\\p{L}]))`,
  "iu",
);
/** A label line alone ("BENEFICIARY:", "ORDERING CUSTOMER:", "59:"). */
const LABEL_LINE = /^[^\d]{0,40}[:：]\s*$/u;
const STRUCTURED_NAME = /^\s*1\//u;
const STRUCTURED_OTHER = /^\s*[2-9]\//u;
const LETTER = /\p{L}/u;
/** What a line cut mid-word goes on with: a letter, or the apostrophe of a possessive ("CORPORATION" / "'S XIAOCHI …"). */
const CUT_ON = /[\p{L}'’]/u;
const LINE = table.swiftLineLength;

/** A lead, the bank's words or a vessel's owners in the cell (swiftAny's costly pattern). */
export const SWIFT_ANY = new RegExp(
  `${LEAD.source}|${PARTY_INSIDE.source}|${VESSEL_OWNERS.source.replace(/^\^/u, "")}|^[^\\d\\n]{0,40}[:：][ \\t]*\\r?\\n`,
  "iu",
);
/**
 * What every cell SWIFT_ANY finds a mark in holds (a cheap pattern without look-behinds): a colon (a tag, a label), a
 * slash (an account) or a key of an account label, the bank's words or a vessel's owners' words (wordKeys, from the
 * data: "account", "acct", "a/c", "iban", "favour", "behalf", "owner", …). Exported for its tests.
 */
export const SWIFT_NEEDS = new RegExp(
  `[:：/]|${keyAlternation([...table.swiftAccountLabels, ...table.swiftPartyLeads, ...table.vesselOwnerLeads], 3)}`,
  "iu",
);
/** The gate's test (src/core/cells/anatomy.ts mayHaveParts): SWIFT_ANY where the cell holds what it needs. */
export function swiftAny(cell: string): boolean {
  return SWIFT_NEEDS.test(cell) && SWIFT_ANY.test(cell);
}

/** The tag, account line or bank's words at the start of a line, with the spaces after them (repeated: "59:/… IN FAVOUR OF"). */
export function swiftLead(text: string): string {
  let lead = "";
  for (let m = LEAD.exec(text); m !== null && m[0].length > 0; m = LEAD.exec(text.slice(lead.length))) {
    lead += m[0];
    if (lead.length >= text.length) break;
  }
  return lead;
}

/** Where a reference or an amount after the name begins ("… OUR REF CTN24/117", "… USD 64,200.00"), or -1. */
export function swiftTail(text: string): number {
  const m = TAIL.exec(text);
  return m && TWO_LETTERS.test(text.slice(0, m.index)) ? m.index : -1;
}

/** The vessel owners' words before a vessel ("OWNERS OF FV …"), or "". */
export function vesselOwners(text: string): string {
  return VESSEL_OWNERS.exec(text)?.[0] ?? "";
}

/** A line of a party's name: where it starts in the cell, whether it was cut at 35 characters, whether the name began the line. */
interface NameLine {
  text: string;
  start: number;
  cut: boolean;
  lineStart: boolean;
}

export interface SwiftReading {
  text: string;
  start: number;
}

/** A tag or an account in a lead (not a label or the bank's words): the name after it began a line of its own. */
const TAG_OR_ACCOUNT = /(?:^|\s)\/[A-Za-z0-9]|^\s*:?\d{2}[A-Za-z]? ?:|\d[\s-]\d{2,}\s*$/u;

/** A name line's reading: the lead, the owners' words and the tail off. */
function bare(line: string): { text: string; offset: number; lineStart: boolean } {
  const lead = swiftLead(line);
  let text = line.slice(lead.length);
  let offset = lead.length;
  const owners = vesselOwners(text);
  text = text.slice(owners.length);
  offset += owners.length;
  const tail = swiftTail(text);
  if (tail >= 0) text = text.slice(0, tail);
  return { text: text.trimEnd(), offset, lineStart: lead === "" || TAG_OR_ACCOUNT.test(lead) };
}

/** Where a pasted line of LINE characters ended inside a joined reading: the spaces at LINE, 2·LINE+1 … between letters. */
function healJoined(text: string): string | null {
  let healed = "";
  let from = 0;
  for (let at = LINE; at < text.length - 1; at += LINE + 1) {
    if (text[at] === " " && LETTER.test(text[at - 1]) && LETTER.test(text[at + 1])) {
      healed += text.slice(from, at);
      from = at + 1;
    }
  }
  return from === 0 ? null : healed + text.slice(from);
}

/**
 * The names a SWIFT party cell may hold, read without its tags, account lines, labels, the bank's words, references and
 * amounts: each party's first lines joined with a space, and joined without it where a line of 35 characters was cut
 * mid-word. Empty when the cell has none of these marks.
 */
export function swiftNameReadings(cell: string): SwiftReading[] {
  if (!swiftAny(cell)) return [];
  const out: SwiftReading[] = [];
  const add = (text: string, start: number) => {
    const t = text.trim();
    if (TWO_LETTERS.test(t) && !out.some((r) => r.text === t)) out.push({ text: t, start });
  };
  const lines: Array<{ raw: string; start: number }> = [];
  let at = 0;
  for (const raw of cell.split(/\r?\n/u)) {
    lines.push({ raw, start: at });
    at += raw.length + 1;
  }
  // The name lines: from the first line with a name on it, without labels, account lines and 59F's other lines. A line
  // that opens with a tag or a label after a party's lines opens the next party ("ORDERING CUSTOMER: …" / "BENEFICIARY: …").
  const parties: Array<NameLine[]> = [];
  let names: NameLine[] = [];
  let structured = false;
  for (const { raw, start } of lines) {
    if (LABEL_LINE.test(raw)) continue;
    if (STRUCTURED_OTHER.test(raw)) {
      structured = true;
      continue;
    }
    const numbered = STRUCTURED_NAME.exec(raw);
    if (numbered) structured = true;
    const line = numbered ? raw.slice(numbered[0].length) : raw;
    if (names.length > 0 && swiftLead(line).length > 0) {
      parties.push(names);
      names = [];
    }
    const b = bare(line);
    if (!TWO_LETTERS.test(b.text)) continue;
    names.push({
      text: b.text,
      start: start + (numbered?.[0].length ?? 0) + b.offset,
      cut: raw.trimEnd().length === LINE && LETTER.test(raw.trimEnd().slice(-1)),
      lineStart: b.lineStart,
    });
  }
  if (names.length > 0) parties.push(names);
  if (parties.length === 0) return [];
  const marked = lines.length > 1 || parties[0][0].start > 0 || parties[0][0].text !== cell.trim() || structured;
  if (!marked) return [];
  for (const party of parties) readParty(party, lines.length === 1, add);
  return out;
}

/** A party's readings: its first line's parties on a joined line, its first one to four lines joined. */
function readParty(names: NameLine[], oneLine: boolean, add: (text: string, start: number) => void): void {
  // Each party on a joined line ("MITSUBISHI CORPORATION TOKYO IN FAVOUR OF JINING …") read on its own.
  for (const n of names.slice(0, 1)) {
    const inside = PARTY_INSIDE.exec(n.text);
    if (inside) {
      add(n.text.slice(0, inside.index), n.start);
      const after = n.text.slice(inside.index + inside[0].length);
      add(bare(after).text, n.start + inside.index + inside[0].length);
    }
  }
  // The first one to four name lines, joined with a space and, where a line was cut mid-word, without it.
  let spaced = "";
  let healed = "";
  for (let k = 0; k < names.length && k < 4; k++) {
    const n = names[k];
    const glue = k === 0 ? "" : names[k - 1].cut && CUT_ON.test(n.text[0] ?? "") ? "" : " ";
    spaced += (k === 0 ? "" : " ") + n.text;
    healed += glue + n.text;
    if (healed !== spaced) add(healed, names[0].start);
    add(spaced, names[0].start);
    // On a joined line only after a tag or an account, where the name began a line (not after "IN FAVOUR OF").
    const joined = oneLine && n.lineStart ? healJoined(n.text) : null;
    if (joined) add(joined, n.start);
  }
}
