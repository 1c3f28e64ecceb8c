/**
 * A consortium or joint bid named as one winner in an EU or UK public-procurement award notice (2026-12zzf round,
 * matching-62), as a buyer's contract register copies it: "Konsorcjum: A (lider), B", "UTE A – B", "Groupement solidaire
 * A et B", "RTI A (mandataria) – B (mandante)", "Bietergemeinschaft A / B", "ARGE A / B".
 *
 * - A wrapper word at the start of the cell, with or without a colon: set aside.
 * - A role note in brackets after a member ("(lider)", "(mandataria)", "(chef de file)"): set aside; it ends the member.
 * - The members are parted by a dash or a slash between spaces, a role note, and a comma or a joining word ("et", "y",
 *   "und", "and" …) where the text before ends in a legal form (names hold joining words too: "Warehousing and
 *   Logistics").
 * - Read only with a colon after the wrapper, a role note or two members ("Consortium Holdings Ltd" alone is a name).
 *
 * consortiumMembers gives each member as a supplier of its own; src/core/cells/anatomy.ts screens each (the worst risk
 * wins, as for any cell of several suppliers) and reads each for its own parts. Data: src/data/cells/consortium.json.
 * Pure.
 */
import table from "../../data/cells/consortium.json";
import { openBrackets } from "./fields";
import { alternation, escape, TWO_LETTERS } from "./word-patterns";

export interface ConsortiumMember {
  text: string;
  /** Where the member starts in the cell. */
  start: number;
}

const E = "(?![\\p{L}\\p{N}])";
const WRAPPERS = [...new Set(table.wrappers.map((w) => w.toLowerCase()))];

/**
 * The cheap test before any reading (a native pattern anchored at the cell's start, without look-arounds): the first
 * word of a wrapper opens the cell. Exported for its tests.
 */
export const CONSORTIUM_NEEDS = new RegExp(`^\\s*(?:${[...new Set(WRAPPERS.map((w) => w.split(/\s+/u)[0]))].map(escape).join("|")})`, "i");
/** The wrapper and a colon after it. */
const LEAD = new RegExp(`^\\s*(?:${alternation(WRAPPERS)})${E}\\s*([:：])?\\s*`, "iu");
const ROLE = `[(（]\\s*(?:${alternation(table.roleNotes)})\\s*[)）]`;
/** Where two members may meet: a role note (and the comma or dash after it), a dash or a slash between spaces, a comma,
 * a joining word. */
const BREAK = new RegExp(
  `(\\s*${ROLE}\\s*[,;/–—-]?\\s*)|(\\s+[–—-]\\s+|\\s+\\/\\s+)|(,\\s+|\\s+(?:${alternation(table.memberJoins)})\\s+)`,
  "giu",
);
const TRIM_END = /[\s,;:/–—-]+$/u;

/**
 * The members of a consortium cell, each without the wrapper and the role notes; empty when the cell is not one.
 * `endsInLegalForm`: whether a text ends in a legal form (the anatomy's test), where a comma or a joining word parts two
 * members.
 */
export function consortiumMembers(cell: string, endsInLegalForm: (text: string) => boolean): ConsortiumMember[] {
  return CONSORTIUM_NEEDS.test(cell) ? readConsortium(cell, endsInLegalForm) : [];
}

/** consortiumMembers without its precheck (CONSORTIUM_NEEDS): exported for the precheck's tests. */
export function readConsortium(cell: string, endsInLegalForm: (text: string) => boolean): ConsortiumMember[] {
  const lead = LEAD.exec(cell);
  if (!lead) return [];
  const offset = lead[0].length;
  const rest = cell.slice(offset);
  let marked = lead[1] !== undefined;
  const members: ConsortiumMember[] = [];
  const push = (from: number, to: number) => {
    const raw = rest.slice(from, to);
    const text = raw.replace(TRIM_END, "").trim();
    if (TWO_LETTERS.test(text)) members.push({ text, start: offset + from + (raw.length - raw.trimStart().length) });
  };
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(rest); m !== null; m = BREAK.exec(rest)) {
    const before = rest.slice(from, m.index);
    if (openBrackets(before) !== 0) continue;
    if (m[3] !== undefined) {
      // A comma or a joining word: only after a legal form, and not inside one ("Co., Ltd.").
      const next = /^\S+/u.exec(rest.slice(m.index + m[0].length))?.[0] ?? "";
      if (!endsInLegalForm(before) || endsInLegalForm(next) || endsInLegalForm(`${before.trim()} ${next}`)) continue;
    }
    if (m[1] !== undefined) marked = true;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, rest.length);
  if (!marked && members.length < 2) return [];
  return members;
}
