/**
 * A social-compliance facility list's marks around a supplier's name (2026-12zv round, matching-51): a brand's list of
 * facilities as amfori BSCI, Sedex, WRAP and Open Supply Hub export it and a compliance team keeps it in Excel.
 *
 * - A tier label before the name ("Tier 2: …", "Tier 2 - fabric mill: …", "Tier 4 - ginning - …"): tierLead.
 * - A platform number before the name ("amfori 301-4477 – …"): platformLead.
 * - An audit rating or date after the name ("rating D 2023-09-07", "– amfori BSCI rating C, 2024-05-16", "C 2021-02-10"):
 *   auditEnd.
 * - The supplier's own facility, tier or processing step after a dash ("Esquel Group – Gaoming Weaving & Dyeing Mill",
 *   "Rizhao Meijia Group – Plant No. 3", "… CO.,LTD.-CASHMERE MILL"): facilityPart. A part after a dash without a facility
 *   word (a parent, a second firm) is not one.
 *
 * Each returns where the mark is; src/core/cells/anatomy.ts sets it aside as a part and screens the name without it.
 * Data: src/data/cells/cell-anatomy.json (facilityWords, tierWords, auditPlatformWords, auditRatingLabels). Pure.
 */
import table from "../../data/cells/cell-anatomy.json";
import { openBrackets } from "./fields";
import { alternation, TWO_LETTERS } from "./word-patterns";

/** A tier's figure: one of tierFigures ("2", "II"), after the tier word with a space, a hyphen or nothing ("Tier 2",
 * "Tier-2", "Tier2", "Tier II"). Case-sensitive, as written in the table. */
const TIER_FIGURES = `(?:\\s?|-)(?:${alternation(table.tierFigures)})(?![\\p{L}\\p{N}])`;
/** A step of up to three words: in lower case ("fabric mill") before a colon or a dash, or capitalised ("Fabric Mill")
 * before a colon only (before a dash it may be a name). */
const LOWER_STEP = String.raw`\p{Ll}[\p{Ll}&'-]*(?:\s+[\p{Ll}&][\p{Ll}&'-]*){0,2}\s*`;
const ANY_STEP = String.raw`\p{L}[\p{L}&'-]*(?:\s+[\p{L}&][\p{L}&'-]*){0,2}\s*`;
/** A tier label at the start: "Tier 2" (a figure of tierFigures), a step in brackets or not ("Tier 2 (fabric):"),
 * then a colon or a dash, then a step of up to three words before a colon or a dash ("fabric mill:", "ginning -",
 * "Fabric Mill:"); or a lower-case step straight after the figure before a colon ("Tier 2 supplier:"). Case-sensitive,
 * for the step's lower case: the tier word is written in lower case, capitalised or in capitals. */
const TIER_LEAD = new RegExp(
  `^\\s*(?:${alternation(table.tierWords.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]))})${TIER_FIGURES}\\s*(?:[(（][^()（）]{1,30}[)）]\\s*)?` +
    `(?:(?:[:：]|[-–—](?=\\s))\\s*(?:${LOWER_STEP}(?:[:：]|\\s[-–—]\\s)|${ANY_STEP}[:：])?|\\s${LOWER_STEP}[:：])\\s*`,
  "u",
);

/** A platform's name and its number before the name, then a dash, a colon or a space ("amfori 301-4477 – ", "BSCI ID:
 * 12345 "). The number has a figure. */
const PLATFORM_LEAD = new RegExp(
  `^\\s*[[(]?\\s*(?:${alternation(table.auditPlatformWords)})(?:\\s*(?:no\\.?|#|ref\\.?))?\\s*[:#：]?\\s*(?=[A-Za-z0-9./-]*\\d)[A-Za-z0-9][A-Za-z0-9./-]*\\s*[\\])]?\\s*(?:[-–—:：|]\\s+|\\s+(?=\\p{L}))`,
  "iu",
);

const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})`;
/** An audit rating or date at the end: a rating label and a letter grade, with a date or not ("rating D 2023-09-07",
 * "– amfori BSCI rating C, 2024-05-16"); a letter grade before a date ("C 2021-02-10"); a date alone. */
const AUDIT_END = new RegExp(
  `(?:\\s*[-–—,;]?\\s*(?:(?:${alternation(table.auditPlatformWords)})\\s+)?(?:${alternation(table.auditRatingLabels)})\\s*[:：]?\\s*[A-E][+-]?(?![\\p{L}\\p{N}])(?:\\s*[,;]?\\s*${DATE})?` +
    `|\\s+[A-E][+-]?\\s*[,;]?\\s+${DATE}|\\s*[-–—,;]?\\s*${DATE})\\s*$`,
  "iu",
);

/** A facility or processing-step word or a number after "No." ("Plant No. 3"), as a whole word. */
const SITE_WORD = `(?<![\\p{L}\\p{N}])(?:${alternation(table.facilityWords)})(?![\\p{L}])|(?<![\\p{L}])no\\.?\\s?\\d{1,3}(?![\\p{N}])`;
/** A tier with its figure ("Tier 1"), as a whole word. */
const TIER_FIGURE = `(?<![\\p{L}])(?:${alternation(table.tierWords)})\\s?[1-5](?![\\p{L}\\p{N}])`;
const SITE = new RegExp(SITE_WORD, "iu");
const FACILITY_WORD = new RegExp(`${SITE_WORD}|${TIER_FIGURE}`, "iu");
/** A dash between spaces, or a hyphen after a legal form with or without spaces (facilityPart decides which). */
const DASH_AT = /\s[-–—]\s|[-–—]/gu;
/** Brackets and what is in them: not read for the facility's words. */
const BRACKETED = /[(（[][^()（）[\]]*[)）\]]/gu;

/**
 * The tier label at the start of a text ("Tier 2 - fabric mill: "), or null. The rest must keep two letters.
 */
export function tierLead(text: string): RegExpExecArray | null {
  const m = TIER_LEAD.exec(text);
  return m && TWO_LETTERS.test(text.slice(m[0].length)) ? m : null;
}

/** A platform number at the start of a text ("amfori 301-4477 – "), or null. The rest must keep two letters. */
export function platformLead(text: string): RegExpExecArray | null {
  const m = PLATFORM_LEAD.exec(text);
  return m && TWO_LETTERS.test(text.slice(m[0].length)) ? m : null;
}

/** An audit rating or date at the end of a text, or null. The text before it must keep two letters. */
export function auditEnd(text: string): RegExpExecArray | null {
  if (!/\d|rating|grade|result/iu.test(text)) return null;
  const m = AUDIT_END.exec(text);
  return m && m.index > 0 && TWO_LETTERS.test(text.slice(0, m.index)) ? m : null;
}

/**
 * Where the supplier's own facility begins after a dash at the end of a name, or -1: the first dash outside brackets
 * (between spaces, or a hyphen straight after a legal form: "… CO.,LTD.-CASHMERE MILL") after which the text, its
 * brackets aside, holds a facility word (facilityWords), a tier with its figure or "No. N" in one to eight words, with no
 * legal form and no 公司. The name before the dash keeps two letters; a lone word before it needs a facility word or
 * "No. N", not a tier alone. `endsInLegalForm` is the cell reader's own test.
 */
export function facilityPart(text: string, endsInLegalForm: (text: string) => boolean): number {
  if (!FACILITY_WORD.test(text)) return -1;
  DASH_AT.lastIndex = 0;
  for (let m = DASH_AT.exec(text); m !== null; m = DASH_AT.exec(text)) {
    const head = text.slice(0, m.index);
    // Outside brackets only: "(Tier 2 - fabric mill)" is a note of its own.
    if (openBrackets(head) !== 0 || !TWO_LETTERS.test(head)) continue;
    const spaced = m[0].length === 3;
    // A bare hyphen (or a dash with a space on one side) only straight after a legal form: "WOOL-TEXTILE" is a name word.
    if (!spaced && !endsInLegalForm(head.trimEnd())) continue;
    const tail = text.slice(m.index + m[0].length);
    const core = tail.replace(BRACKETED, " ").trim();
    const words = core.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length === 0 || words.length > 8 || !TWO_LETTERS.test(core)) continue;
    if (!FACILITY_WORD.test(core) || tail.includes("公司") || endsInLegalForm(core.replace(/[\s,;.]+$/u, ""))) continue;
    // A lone word before a tier note is not read off as a name (review-names-1: "Sigma - Tier 2 packaging"): after one
    // word, only a facility word or "No. N" makes a facility part ("XPCC – 7th Division cotton gin").
    if (head.replace(BRACKETED, " ").trim().split(/\s+/u).length < 2 && !SITE.test(core)) continue;
    // A legal form inside the part (a second firm: "… – Acme Mill Co., Ltd., Ningbo") is not a facility of the first.
    if (core.split(/\s*,\s*/u).some((piece) => endsInLegalForm(piece))) continue;
    return m.index;
  }
  return -1;
}
