/**
 * The anatomy of a supplier cell, read before matching. Registers put more than a name in the supplier cell:
 * vendor codes ("V10023 - …", "… (ID 55102)"), trading names ("… t/a …", "d/b/a"), forwarders and contacts
 * ("c/o …", "attn …"), an address after the name, several suppliers in one cell ("A Ltd; B Ltd",
 * "A GmbH & B Co., Ltd.", line breaks), and the Chinese name beside the English one.
 *
 * Out: the parts of the cell, each with its role and its span in the cell, and the candidate names to screen
 * (the parts that may be the supplier). Care-of and attention parts are never candidates.
 * Data: src/data/cells/cell-anatomy.json. Pure: no Office, no I/O.
 */
import table from "../../data/cells/cell-anatomy.json";
import isoCodes from "../../data/countries/i18n-iso-countries/codes.json";
import type { PartRole } from "./roles";
import { readCountry } from "../countries/read-country";
import { bundledTables } from "../normalise/tables";
import { analyseCjk, toSimplified } from "../normalise/name-analysis";
import cjkPlaces from "../../data/normalisation/cjk-place-prefixes.json";
import cjkLegalForms from "../../data/normalisation/cjk-legal-forms.json";
import { foldText, latinTokens } from "../normalise/text";
import { bundledProductReader, type ProductReader } from "../sector/products";
import { auditEnd, facilityPart, platformLead, tierLead } from "./facility-list";
import { joinSplitLegalForms } from "./split-legal-form";
import { swiftAny, swiftNameReadings, swiftTail } from "./swift";
import { enrichmentNameReadings, hasEnrichmentMark } from "./enrichment";
import { careOfPlaceReading } from "./care-of-place";
import { captureReadings, mayHaveCaptureParts, type CaptureReading } from "./invoice-capture";
import { federalNameReadings, hasFederalData } from "./federal";
import { hasLksgData, lksgNameReadings } from "./lksg";
import { consortiumMembers } from "./consortium";
import { hasStorefrontData, storefrontNameReadings } from "./storefront";
import { alternation, escape, TWO_LETTERS } from "./word-patterns";

export { ROLE_LABELS, type PartRole } from "./roles";

export interface CellPart {
  role: PartRole;
  /** The part's text, trimmed. */
  text: string;
  /** Span in the cell text: text === cell.slice(start, end).trim() up to removed brackets. */
  start: number;
  end: number;
}

export interface CellAnatomy {
  /** Every part read, in cell order (codes, addresses, care-of and attention parts included). */
  parts: CellPart[];
  /**
   * The texts to screen: the parts that may be the supplier, each once. When the cell holds nothing but a
   * name, this is the one part covering the whole cell.
   */
  candidates: CellPart[];
  /** True when the cell holds more than one name or more than a name (codes, markers, addresses, several suppliers). */
  structured: boolean;
  /** True when a care-of or attention part was found: the whole cell then must not be screened as one name. */
  hasNonSupplierPart: boolean;
}

export interface CellTables {
  markers: Array<{ role: "trading_as" | "care_of" | "attention" | "notify"; pattern: RegExp }>;
  markerAny: RegExp;
  codeWords: string;
  /** A code word with its colon and nothing after it, or a dash, at the end of a cell ("… NPWP: -"): an empty field. */
  emptyCodeEnd: RegExp;
  /** Global: read with exec from lastIndex 0, not with matchAll, which copies the pattern (every legal form) on each call. */
  legalEnding: RegExp;
  /** The last run of letters and figures of every legal form (after its last dot; empty for a form ending in another
   * mark), whole, with legalEnding's flags: what a text ending in a legal form ends in (legalFormAtEnd). */
  legalLastWord: RegExp;
  addressStart: RegExp;
  /** A remit-to label straight after a legal form ("… CORP REMIT TO: …", "… INC REMIT: …"); remitAny is its cheap
   * pre-test (the label alone). */
  legalThenRemit: RegExp;
  remitAny: RegExp;
  /** A code before the name ("V10023 - ", "[SUP-0042] ", "#20931 "). */
  leadingCode: RegExp;
  /** A code after the name (" (ID 55102)", " - 30018877", ", vendor no. 88120", " V10023"). */
  trailingCode: RegExp;
  /** Lengths at which ERP fields cut a name (35: SAP's vendor name; 40): a cell this long may end in a cut word. */
  fieldLengths: ReadonlySet<number>;
  /** A group's name at the end of the text before " / ": its words before the group word (groupBeforeMember). */
  groupEnd: RegExp;
  /** A bank payment reference ("PAYMT TO ", "TT REMIT INV 2026-118 ", "/BNF/"), an invoice-header label ("Seller:",
   * "销售方：") or a status marker ("*INACTIVE* ") at the start of a cell. Anchored, so most cells fail it at the first
   * character. */
  leadIn: RegExp;
  /**
   * A status marker of two or more words in capitals at the start of a cell, then only a space before a capital
   * ("NICHT VERWENDEN Xinjiang …", "DO NOT USE Acme …"; held-out batch 2026-12zl). Case-sensitive: "Do Not Use" or a
   * one-word marker ("Closed") may start a name.
   */
  capitalStatusLead: RegExp;
  /** A status marker at the end of a cell, in brackets or after a dash between spaces (" (END-DATED)", " - INACTIVE"),
   * with the AP team's note after it (" (DUPLICATE - USE VEN-005518)"):
   * both shapes pass mayHaveParts (a closing bracket at the end; MAY_HAVE_STRUCTURE's spaced dash). */
  statusEnd: RegExp;
  /** Chinese status markers and short-name labels (简称) read as a code part after a space at the end of a Chinese name. */
  cjkMarkWords: Set<string>;
  /** The short-name labels (简称), folded to lower case: a code part that is one marks the name as a short form. */
  shortNameLabels: Set<string>;
  /** A Chinese short name's last word that is a legal or group form (cjkFormEndings: 股份, 集团, 集團, 控股), at the end. */
  cjkFormEnd: RegExp;
  /** A reference after the name of a payment cell ("FOR INV 7781", "RE CONTRACT 24-117", "/REF/PO 4471"). */
  paymentTail: RegExp;
  /** A currency code after a dash between spaces or in brackets at the end (" - USD", " (EUR)"): one vendor record per currency. */
  currencyEnd: RegExp;
  /** A note that opens a bracket at the end of a name and gives the firm's current or former name: "nay là", "now". */
  nameNote: RegExp;
  /** The one-word name notes, lower case ("formerly", "dawniej", "dříve"): the last word of a cell after a legal form. */
  oneWordNameNotes: ReadonlySet<string>;
  /** A name note between two names, after a space and before a letter ("… BERHAD antes SIME DARBY …", "… LTD formerly …"). */
  nameNoteInside: RegExp;
  /** Words that do not make a name on their own after a name note (cell-anatomy.json noteJoiningWords), lower case. */
  noteJoiningWords: ReadonlySet<string>;
  /** ISO 3166-1 alpha-2 codes in capitals: the country of a vendor-site code with figures ("-CN01"). */
  siteCountries: ReadonlySet<string>;
  /** A forwarder's or carrier's word (forwarderWords) in the text before c/o: the part after it is the maker. */
  forwarder: RegExp;
  /** The Thai legal form around a name (thaiCompanyForms), longest ending first. */
  thaiForms: ReadonlyArray<{ before: string; after: string; legalForm: string }>;
  /** A goods word (goodsWords) that ends a part after a dash or in brackets: goods a buyer orders that are not of the List. */
  goodsEnd: RegExp;
  /** A UK public spend file's expense type (expenseTypes), the whole part after a dash: "STATIONERY", "GOODS FOR RESALE". */
  expenseType: RegExp;
  /** A legal form written before the name (leadingLegalForms: "PT ", "CV ", "UD "), at the start of the text. */
  legalStart: RegExp;
  /** An entry's code with its label, anywhere in the cell (entryCodeLabels: "MID MYTOPGLO16SHA", "HTS 7601.10.6000",
   * "CNTR MSKU4821930"). Global: read with exec from lastIndex 0. */
  entryCode: RegExp;
  /** A note about the firm's relation to another at the start of a bracket (relationNotes: "a subsidiary of", "part of"). */
  relationNote: RegExp;
  /** A forwarder's or agent's words (agentMarkers) at the start of the cell or after a space, in any case ("For and on
   * behalf of …", "… As Agent For …"): the gate's test for them, which MAY_HAVE_STRUCTURE reads only in lower case or
   * capitals and only after a space (review-names-5). */
  agentAny: RegExp;
  /** A header label with its colon inside the text ("… NOTIFY: ACME INC SHIPPER: …"): where a notify party ends. */
  labelInside: RegExp;
}

/** The letters and figures at the end of a legal form. */
const LAST_RUN = /[\p{L}\p{N}]*$/u;
/** A tax or registration number: up to four letters, a digit, then 7–19 letters and digits (the 18-character Chinese
 * USCC "91440400MA4UH8QX3F", a Mexican RFC "ATO950101AB1"). */
const TAX_ID = "[A-Za-z]{0,4}\\d[0-9A-Za-z]{7,19}(?![0-9A-Za-z])";
/** Joining words (cell-anatomy.json nameJoinWords, onBehalfWords) in the table's order, any run of spaces inside. */
const joinWords = (words: readonly string[]) => words.map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
/** A marker as a whole word: "t/a" but not the "t/a" inside "st/ab"; "dba" but not "dbase". */
const wordPattern = (words: readonly string[]) =>
  `(?<![\\p{L}\\p{N}])(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}])`;

/**
 * The legal forms as whole words, the last dot of a dotted abbreviation optional: "s.a." is also "S.A" (as a name ends
 * before a note, "ACME S.A antes …", and as legalFormAtEnd reads a form without its last dot), "s.r.o." also "s.r.o".
 * Only forms with a dot inside: "co." stays dotted, as a bare "CO" is a word of many names; "ltd.", "inc." and their
 * like are in the table without the dot too. (Until the matching-35 review the table listed dotless copies instead,
 * "s.l", "s.a.u", "a.s", and missed "s.a".)
 */
export const legalEndingPattern = (forms: readonly string[]) =>
  `(?<![\\p{L}\\p{N}])(?:${[...forms]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/\..*\.$/u.test(w) ? `${escape(w.slice(0, -1))}\\.?` : escape(w)).replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}])`;

export function buildCellTables(data: typeof table = table): CellTables {
  const markers = (["trading_as", "care_of", "attention", "notify"] as const).map((role) => ({
    role,
    pattern: new RegExp(wordPattern(data.roleMarkers[role]), "iu"),
  }));
  const legalEnding = legalEndingPattern(data.legalEndings);
  const all = [...data.roleMarkers.trading_as, ...data.roleMarkers.care_of, ...data.roleMarkers.attention, ...data.roleMarkers.notify];
  const words = [...data.codeWords]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, "\\s+"))
    .join("|");
  // The AP team's note after a status marker, in its brackets or after its dash: "DUPLICATE - USE VEN-005518".
  // Or the date the marker was set, after it in its brackets: "(取引停止 2025/01)", "(BLOCKED 2024-03-01)" (2026-12zp round),
  // or as day and month, the year optional ("- SAQ sent 14/03", an AU/NZ Modern Slavery register, 2026-12zzd round).
  const statusNote = `(?:\\s*[-–:：,;/]?\\s*(?:${alternation(data.statusNotes)})(?![\\p{L}\\p{N}])[^()（）[\\]*#]{0,60}|\\s+\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?|\\s+\\d{1,2}\\/\\d{1,2}(?:\\/(?:\\d{4}|\\d{2}))?(?![\\d/]))?`;
  // Marks set aside at the start or the end of a name: status markers and the short-name labels (简称, matching-46).
  const marks = [...data.statusMarkers, ...data.shortNameLabels];
  const countrySuffixes = (isoCodes as string[][]).map((c) => c[0]).join("|");
  return {
    // An ISO 3166-1 alpha-2 country code after a second hyphen, before a space, ends the code ("SUP-007730-CN JIANGYIN …",
    // a Workday supplier id with its country, 2026-12z round); after one hyphen letters still begin the name.
    // Letters after the code: a suffix joined to its digits ("12345AB"), or after a hyphen inside the code's brackets
    // ("[100452-CN]"); after a hyphen and before a space they begin the name ("P01187-LOP COUNTY …", 2026-12w round).
    // Account codes of digit groups joined by dots or hyphens (Logo's "320.02.0117", a chart-of-accounts or SAP GL
    // "4000.100", "320-02-0117") are codes as an undivided number is: at least six characters, groups of digits only.
    // A series and a lettered number after a hyphen ("2000-N045", "4000-C017": an AutoCount or SAP Business One creditor
    // code of a Malaysian register, 2026-12zr round) is one code: letters with figures after the hyphen are no word.
    leadingCode: new RegExp(
      `^\\s*(?:[[({]\\s*)?(?:(?:${words})\\s*[#:：.-]?\\s*)?(?:${TAX_ID}|[A-Za-z]{1,4}(?:[-#/][A-Za-z]{1,4})?[-#/]?\\d{3,}[\\d/-]*|\\d{3,}[-/][A-Za-z]{1,3}\\d{2,}(?![\\p{L}\\d])|#?\\d{4,}[\\d/-]*|(?=\\d[\\d.-]{5,})\\d{2,6}(?:\\.\\d{1,6}){1,5}(?![\\d.])|\\d{2,6}(?:-\\d{1,6}){2,5}(?![\\d-]))(?:(?<=\\d)[A-Za-z]{1,3}(?![A-Za-z])|(?<=-)[A-Za-z]{1,3}(?=\\s*[\\])}])|(?<=[A-Za-z][-#]\\d{3,}-)(?:${countrySuffixes})(?=\\s))?(?:\\s*[\\])}])?\\s*(?:[-–:：/|｜]\\s*|\\s+)(?=\\S)`,
      "iu",
    ),
    trailingCode: new RegExp(
      `(?:\\s*[[({*#]\\s*(?:(?:${words})\\s*[#:：.-]?\\s*)?(?:${TAX_ID}|[A-Za-z]{0,4}[-#]?\\s*\\d[\\d-]{2,}(?:[A-Za-z]{1,3})?)\\s*[\\])}*#]|\\s*[,;\\-–]\\s*(?:(?:${words})\\s*[#:.-]?\\s*)?[A-Za-z]{0,4}[-#]?\\d[\\d-]{3,}|\\s+(?:${words})\\s*[#:：.-]?\\s*(?:${TAX_ID}|[A-Za-z]{0,4}-?\\d{3,}[\\d-]*)|\\s+#?[A-Za-z]{0,4}-?\\d{4,})\\s*$`,
      "iu",
    ),
    // An empty code field at the end ("… PERSEROAN TERBATAS NPWP: -", an Indonesian tax number left blank: found by the
    // cell property test once 12zy entered its pool; main reads it Review and the same cell with a bracket note after it
    // High): a code part.
    emptyCodeEnd: new RegExp(`\\s+(?:${words})\\s*[#:：]\\s*[-–—]?\\s*$`, "iu"),
    markers,
    markerAny: new RegExp(wordPattern(all), "iu"),
    codeWords: [...data.codeWords]
      .sort((a, b) => b.length - a.length)
      .map((w) => escape(w).replace(/ /g, "\\s+"))
      .join("|"),
    legalEnding: new RegExp(`${legalEnding}\\.?`, "giu"),
    legalLastWord: new RegExp(
      `^(?:${alternation([...new Set(data.legalEndings.map((f) => LAST_RUN.exec(f.replace(/\.$/u, ""))![0].toLowerCase()))])})$`,
      "iu",
    ),
    addressStart: new RegExp(`^(?:\\d|${wordPattern(data.addressWords)})`, "iu"),
    legalThenRemit: new RegExp(`${legalEnding}\\.?,?\\s+${wordPattern(data.remitLabels)}\\s*:?`, "iu"),
    remitAny: new RegExp(wordPattern(data.remitLabels), "iu"),
    fieldLengths: new Set(data.fieldLengths),
    groupEnd: new RegExp(`^\\s*(\\p{L}[\\p{L}\\s&'’.-]*?)\\s+(?:${alternation(data.groupEndings)})\\.?\\s*$`, "iu"),
    leadIn: new RegExp(
      `^\\s*(?:(?::\\d{2}[A-Z]?:\\S*\\s+)?(?:\\/?(?:${alternation(data.paymentWords)})(?![\\p{L}\\p{N}])\\/?[\\s:：]*` +
        `(?:(?:(?:${alternation(data.referenceWords)})\\s*[#:.]?\\s*[A-Za-z]{0,4}[-/]?\\d[\\w/-]*|\\d{4,}[\\w/-]*|to|for|frm|from)(?![\\p{L}\\p{N}])[\\s:：]*)*)+` +
        `|(?:${alternation(data.headerLabels)})\\s*[:：]\\s*` +
        // A status marker of a vendor no longer used: "*INACTIVE* ", "(BLOCKED) ", "DO NOT USE - ".
        `|[*#(\\[（【]+\\s*(?:${alternation(marks)})${statusNote}\\s*[*#)\\]）】]+[\\s:：-]*|(?:${alternation(marks)})\\s*[-–:：｜]\\s*` +
        // Letters joined to the name so that an end-dated vendor sorts last: "ZZ-", "ZZZ_".
        `|(?:${alternation(data.statusPrefixes)})[-_.*]+\\s*(?=\\p{L})` +
        // "ZZZ " with a space (a US Workday register, 2026-12z round); not "ZZ ", as "ZZ TOP" may be a name.
        `|(?:${alternation(data.spacedStatusPrefixes)})\\s+(?=\\p{L}))`,
      "iu",
    ),
    capitalStatusLead: new RegExp(
      `^\\s*(?:${alternation(data.statusMarkers.filter((m) => m.includes(" ")).map((m) => m.toUpperCase()))})\\s+(?=\\p{Lu})`,
      "u",
    ),
    // After a dash, the trailing-only status words too (" - HOLD", 2026-12za round).
    // Between asterisks too (" *BLOCKED*"), as SAP and other vendor masters mark a vendor before its name ("*INACTIVE* ").
    statusEnd: new RegExp(
      `(?:\\s*[(（[【]\\s*(?:${alternation(marks)})${statusNote}\\s*[)）\\]】]|\\s+\\*+\\s*(?:${alternation(data.statusMarkers)})${statusNote}\\s*\\*+|\\s+[-–]\\s+(?:${alternation(data.statusMarkers)})${statusNote}|\\s+[-–]\\s+(?:${alternation(data.trailingStatusMarkers)})(?![\\p{L}\\p{N}]))\\s*$`,
      "iu",
    ),
    shortNameLabels: new Set(data.shortNameLabels.map((w) => w.toLowerCase())),
    cjkMarkWords: new Set(marks.filter((m) => /\p{Script=Han}/u.test(m))),
    cjkFormEnd: new RegExp(`(?:${alternation(data.cjkFormEndings)})$`, "u"),
    paymentTail: new RegExp(
      `(?:\\s*\\/(?:${alternation(data.referenceWords)})\\/.*|\\s+(?:${alternation(data.referenceWords)})\\s*[#:.]?\\s*[A-Za-z]{0,4}[-/]?\\d[\\w/-]*)\\s*$`,
      "iu",
    ),
    nameNote: new RegExp(`^(?:${alternation(data.nameNotes)})(?![\\p{L}\\p{N}])[\\s:：]*`, "iu"),
    oneWordNameNotes: new Set(data.nameNotes.filter((w) => !/\s/u.test(w)).map((w) => w.toLowerCase())),
    nameNoteInside: new RegExp(`\\s(?:${alternation(data.nameNotes)})[\\s:：]+(?=\\p{L})`, "giu"),
    noteJoiningWords: new Set(data.noteJoiningWords.map((w) => w.toLowerCase())),
    siteCountries: new Set((isoCodes as string[][]).map((c) => c[0].toUpperCase())),
    forwarder: new RegExp(wordPattern(data.forwarderWords), "iu"),
    thaiForms: [...data.thaiCompanyForms].sort((a, b) => b.after.length - a.after.length),
    goodsEnd: new RegExp(`${wordPattern(data.goodsWords)}\\.?\\s*$`, "iu"),
    expenseType: new RegExp(`^\\s*${wordPattern(data.expenseTypes)}\\s*$`, "iu"),
    legalStart: new RegExp(`^\\s*(?:${alternation(data.leadingLegalForms)})\\s+\\p{L}`, "u"),
    relationNote: new RegExp(`^\\s*(?:${alternation(data.relationNotes)})(?![\\p{L}\\p{N}])`, "iu"),
    agentAny: new RegExp(`(?:^|\\s)(?:${alternation(data.agentMarkers)})(?=\\s)`, "iu"),
    labelInside: new RegExp(`(?<=\\s)(?:${alternation(data.headerLabels)})\\s*[:：]`, "iu"),
    // The label, then a code of figures (an HTS number with its dots) or of capitals and figures (an MID, a container).
    entryCode: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternation(data.entryCodeLabels)})\\s*[#:：.]?\\s*(\\d{4}(?:\\.?\\d{2}){1,3}(?:\\.?\\d{2})?|[A-Za-z]{2}[A-Za-z0-9]{4,13})(?![\\p{L}\\p{N}.])`,
      "giu",
    ),
    currencyEnd: new RegExp(
      `(?:\\s[-–]\\s*(?:${alternation(data.currencyCodes)})|\\s*[(（[]\\s*(?:${alternation(data.currencyCodes)})\\s*[)）\\]])\\s*$`,
      "iu",
    ),
  };
}

export const CELL_TABLES: CellTables = buildCellTables();

export const HAN = /\p{Script=Han}/u;
/** Two letters in a row: what a part needs to be read as a name. (Module constants, not literals in the readings, which
 * would make a new expression object at each evaluation, tens of times per cell.) */
/** A letter or a figure: a split part without one is dropped. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const LATIN_WORD = /\p{Script=Latin}{2,}/u;
/**
 * Cheap test before any reading: the characters a code, an address number or a split needs. Most cells have none
 * of them; the others are read only if they also have a role marker (tested with the table's own markers) or
 * Chinese beside Latin words. Brackets alone are no reason: a bracketed code has digits, a bracketed c/o a marker.
 * (One regex: a loop over the characters in JavaScript was measured slower, in time and in instructions.)
 */
export const MAY_HAVE_STRUCTURE = new RegExp(
  `[;|/&\\n\\r\\t\\d{}@·・]|${alternation(table.chainArrows)}|\\s(?:${alternation(table.spacedChainArrows)})\\s|\\s[-–+:]\\s|\\s(?:${joinWords(
    [
      ...table.agentMarkers,
      ...table.agentMarkers.map((w) => w.toUpperCase()),
      ...table.agentForWords,
      ...table.agentForWords.map((w) => w.toUpperCase()),
      ...table.nameJoinWords,
      ...table.onBehalfWords,
      ...table.onBehalfWords.map((w) => w.toUpperCase()),
    ],
  )})\\s|www\\.`,
);
/** A legal form, a comma and more text: perhaps a second supplier ("A Co., Ltd., B Co., Ltd."). Not "Co., Ltd.". */
export const LEGAL_COMMA = /(?:ltd|limited|inc|corp|corporation|bhd|berhad|llc|gmbh|plc|s\.a|srl|doo|d\.o\.o|ltda|jsc)\.?,\s*\S/i;
/** "Ltd" ("Co., Ltd.", "Ltd.") and more words without a comma: perhaps an address ("… Co., Ltd. Bayannur City, Inner
 * Mongolia", "… LTD GIORDANIA": "Ltd" without "Co." since the 12zg round, found by the property test once 12zg entered
 * its pool, as a note or a status marker after such a name gave it a reading the plain cell did not get); or a
 * legal form and a bracket: a place or a note ("… Limited (Hong Kong)", "… Berhad (Supermax group)", "… DOO (RS)",
 * "… L.L.C (AMMAN)"). */
export const LEGAL_THEN_WORDS =
  /\bltd\.?\s+\p{Lu}|(?:ltd|limited|bhd|berhad|inc|llc|corp|corporation|company)\.?(?:[»”"'’]?\s*[(（]|,?\s+of\s+\p{Lu})|\b(?:l\.l\.c|d\.?o\.?o|gmbh|plc|s\.?r\.?l|ltda|jsc|tbk)\.?\s*[(（]/iu;
/** In capitals, as a bill of lading or an entry writes the shipper: a legal form, or a bracket closed after one, then a
 * space and more words ("… SDN BHD KLANG SELANGOR", "… LIMITED HASHEMITE KINGDOM OF JORDAN", "AISHI (HUNAN AIHUA GROUP
 * CO LTD) YIYANG HUNAN"; 2026-12zt round): perhaps an address or a second name. Case-sensitive: a mixed-case name is
 * read by LEGAL_THEN_WORDS alone. The forms and the words that continue one: cell-anatomy.json legalThenCapitals,
 * legalThenCapitalsNotBefore. */
export const LEGAL_THEN_CAPITALS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${table.legalThenCapitals.map(escape).join("|")})\\.?\\)?\\s+(?!(?:${table.legalThenCapitalsNotBefore
    .map(escape)
    .join("|")})\\b)\\p{Lu}`,
  "u",
);
/** What every match of LEGAL_THEN_WORDS holds: "ltd" and a space (its first branch), or a bracket or " of " (the others). */
const LEGAL_THEN_WORDS_NEEDS = /ltd\.?\s|[(（]|\sof\s/i;
/** A place after the legal form with "of" ("Gree Electric Appliances, Inc. of Zhuhai", "… Co., Ltd. of Xinjiang"):
 * the name with the place first, as the Chinese order writes it. */
const LEGAL_OF_PLACE = /^(.*\b(?:ltd|limited|inc|corp|corporation|company)\.?),?\s+of\s+([^,]+?)\s*(?:,.*)?$/iu;
/** What every match of LEGAL_OF_PLACE holds: " of " (tested first, as most parts have none and the pattern tries every length of its head). */
const LEGAL_OF_PLACE_NEEDS = /\sof\s/iu;
/** One or two capitalised words: a place. */
const PLACE_WORDS = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
/** A city after the one comma of a name, then nothing or a part after a dash ("XINSHENG (NEW LIFE) RUBBER PLANT,
 * SHENYANG - outsole compound"): with the city first, as the Chinese order writes it (cityAfterComma). */
const CITY_AFTER_COMMA = /^([^,，]*\p{L}{2}[^,，]*?)\s*[,，]\s*(\p{Lu}[\p{L}-]+)\s*(?:[-–]\s.*)?$/u;
/** What follows the comma in every match of CITY_AFTER_COMMA, which is the first comma of the text (the head before it
 * holds none). Tested first: most texts with a comma end in "Co., Ltd.", which CITY_AFTER_COMMA fails only after trying
 * every way of splitting the words before the comma; this pattern fails them at "Ltd.". */
const CITY_AFTER_FIRST_COMMA = /^\s*\p{Lu}[\p{L}-]+\s*(?:[-–]\s.*)?$/u;
const COMMA = /[,，]/u;
/** The name with the city written after its comma put first ("Shenyang Xinsheng (New Life) Rubber Plant"): a city or
 * province of the name tables' places, not a country (a country after a comma says where, and is read so). */
export function cityAfterComma(text: string): string | null {
  const comma = text.search(COMMA);
  if (comma < 0 || !CITY_AFTER_FIRST_COMMA.test(text.slice(comma + 1))) return null;
  const m = CITY_AFTER_COMMA.exec(text);
  if (!m) return null;
  const words = latinTokens(foldText(m[2]));
  if (words.length !== 1 || !bundledTables().places.has(words[0])) return null;
  if (readCountry(m[2]).countries.length > 0) return null;
  return `${m[2]} ${m[1].trim()}`;
}
/** A Chinese name ends at 公司: a place, a note or a tax number after it, past a space (full-width too) or a punctuation mark, is not
 * part of the name ("…有限公司 乌鲁木齐", "【…有限公司】湖北襄阳", "…有限公司（於百慕達註冊成立之有限公司）"). */
export const CJK_COMPANY_END = /公司(?=[\s\p{P}]+[^\s\p{P}])/u;
/** A branch, works or office of the company named before it (cjk-legal-forms.json, cellBranchWords). */
const BRANCH = new RegExp(cjkLegalForms.cellBranchWords.map(escape).join("|"), "u");
/** A two-letter country code in brackets at the end of a cell, as ERP exports add it ("… CO (CN)", "… LTD (UK)"). */
export const COUNTRY_CODE_END = /\s*[(（]\p{Lu}{2}[)）]\s*$/u;
/** A closing bracket at the end of a cell: a country code, a currency or a city in brackets may be there. */
export const BRACKET_END = /[)）\]]\s*$/u;
/** BRACKET_END or an asterisk at the end of a cell: a note or a status marker between asterisks may be there too
 * (" *BLOCKED*"). The mayHaveParts gate passes such a cell on to be read. */
export const CLOSING_END = /[)）\]*]\s*$/u;
/**
 * The last character of the text that is not a space, or "" (trimEnd strips the spaces `\s` matches). The readings at
 * the end of a name below all end in one mark and `\s*$`: a closing round bracket, a "%", a "]" or "*"; a text whose last
 * character is not that mark is not read by them, which is most texts they are given.
 */
function lastMark(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.charAt(trimmed.length - 1);
}
/** A hyphen or an en dash in the text: what the readings after a dash between spaces need first. */
function hasDash(text: string): boolean {
  return text.includes("-") || text.includes("–");
}
/** The text ends in a closing round bracket: COUNTRY_CODE_END, PLACE_IN_BRACKETS_END, WORDS_IN_BRACKETS_END and the others that read a bracket at the end may match. */
function endsInRoundBracket(text: string): boolean {
  const c = lastMark(text);
  return c === ")" || c === "）";
}
/** One or two capitalised words in brackets at the end of a name without a legal form: a city or a region ("Asli Maydi
 * (Hargeisa)"), read as an address as after a legal form. */
const PLACE_IN_BRACKETS_END = /\s*[(（]\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*[)）]\s*$/u;
/** One to three words after a dash between spaces at the end of a name: a place part when they name a country or a
 * region (placeAfterDash). */
const WORDS_AFTER_DASH_END = /\s[-–]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2})\s*$/u;

/** A country or a region after a dash at the end of a name ("ASLI MAYDI - SOMALILAND", "… - Malaysia"): read by the
 * country reader, so only the words of its tables count; or a city or province of the name tables' places. */
function placeAfterDash(text: string): RegExpExecArray | null {
  if (!hasDash(text)) return null;
  const m = WORDS_AFTER_DASH_END.exec(text);
  if (!m) return null;
  const reading = readCountry(m[1]);
  if (reading.countries.length + reading.regions.length > 0 && reading.uncertain.length === 0) return m;
  // A city or a province the name tables know as a place ("YUNNAN MACHINERY CO - KUNMING"): every word a place.
  const words = latinTokens(foldText(m[1]));
  const { places } = bundledTables();
  return words.length > 0 && words.every((w) => places.has(w)) ? m : null;
}
/** One to four words in brackets at the end of a name: a place part when every word belongs to a country or a region
 * the country reader names (placeInBrackets). */
const WORDS_IN_BRACKETS_END = /\s*[(（]\s*(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3})\s*[)）]\s*$/u;

/** A vessel's flag word in brackets beside its country (cell-anatomy.json vesselFlagWords): "(Taiwan flag)". */
const VESSEL_FLAG = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(table.vesselFlagWords)})(?![\\p{L}\\p{N}])`, "iu");
const VESSEL_FLAG_WORDS = new RegExp(`[\\s-]*(?<![\\p{L}\\p{N}])(?:${alternation(table.vesselFlagWords)})(?![\\p{L}\\p{N}])`, "giu");

/** A country or a region in brackets at the end of a name, in any language of the country tables ("TAEPYUNG SALT FARM
 * (CORÉE DU SUD)", "… (Émirats arabes unis)", "… (Estados Unidos)"): read by the country reader, and only when every
 * word of the brackets is a word of the countries or regions it names, so that "(China Steel)" is not a place. */
function placeInBrackets(text: string): RegExpExecArray | null {
  if (!endsInRoundBracket(text)) return null;
  const m = WORDS_IN_BRACKETS_END.exec(text);
  if (!m) return null;
  // A vessel's flag note ("(Taiwan flag)", "(Taiwan-flagged)", 2026-12zzd round): the country is read without the word.
  const place = VESSEL_FLAG.test(m[1]) ? m[1].replace(VESSEL_FLAG_WORDS, " ").trim() : m[1];
  if (place === "") return null;
  const reading = readCountry(place);
  if (reading.countries.length + reading.regions.length === 0 || reading.uncertain.length > 0) return null;
  const named = new Set<string>();
  for (const f of [...reading.countries, ...reading.regions]) for (const w of latinTokens(f.written)) named.add(w);
  const words = latinTokens(foldText(place));
  return words.length > 0 && words.every((w) => named.has(w)) ? m : null;
}
/** A place and a country in one bracket at the end of a name, parted by a comma ("TAEPYUNG SALT FARM (SHINAN, KOREA)",
 * "… (Jinjiang, China)"): one or two capitalised words before the comma, and after it a country or a region as
 * placeInBrackets reads it. */
const PLACE_COMMA_COUNTRY_END =
  /\s*[(（]\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,\s*(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3})\s*[)）]\s*$/u;
/** A country code in brackets, a place in brackets or a place after a dash at the end of a name, which readCellParts
 * sets aside as an address, whether at the end of the cell or before a register note. */
function placeAtEnd(text: string): RegExpExecArray | null {
  // The three bracket readings need a round bracket at the end, which the words after a dash cannot end in.
  if (!endsInRoundBracket(text)) return placeAfterDash(text);
  return COUNTRY_CODE_END.exec(text) ?? PLACE_IN_BRACKETS_END.exec(text) ?? placeInBrackets(text);
}
function placeAndCountryInBrackets(text: string): RegExpExecArray | null {
  if (!endsInRoundBracket(text)) return null;
  const m = PLACE_COMMA_COUNTRY_END.exec(text);
  return m && placeInBrackets(`(${m[1]})`) ? m : null;
}
/** A note in brackets at the end of a name that gives the firm's current or former name ("… TEXTILE (NAY LÀ KUITUN
 * YADASI TEXTILE)", "… (now Acme Ltd)", "… (formerly Acme Ltd)"): the Vietnamese "nay là" (now) and "trước đây là"
 * (formerly), the English now, formerly, previously, f/k/a and their like (cell-anatomy.json nameNotes). Both names
 * are screened. The bracket may also come before what a register writes after a name, an address after a comma or a
 * part after a dash between spaces ("… (now Acme Ltd), 12 Main Street", "… (now Acme Ltd) - Cotton yarn": found by the
 * property tests once 12x entered their pool). */
function nameNoteInBrackets(text: string, tables: CellTables): { index: number; name: string } | null {
  const open = Math.max(text.lastIndexOf("("), text.lastIndexOf("（"));
  if (open <= 0) return null;
  const close = text.slice(open + 1).search(/[)）]/u);
  if (close < 0 || !/^\s*(?:$|[,，]|[-–]\s)/u.test(text.slice(open + close + 2))) return null;
  const inner = text.slice(open + 1, open + 1 + close).trim();
  const m = tables.nameNote.exec(inner);
  if (!m) return null;
  const name = inner.slice(m[0].length).trim();
  return TWO_LETTERS.test(name) && TWO_LETTERS.test(text.slice(0, open)) ? { index: open, name } : null;
}
/**
 * A name note between a name ending in a legal form and another name, without brackets ("SD GUTHRIE BERHAD antes SIME
 * DARBY PLANTATION BERHAD", "ACME CO., LTD. formerly BETA CO., LTD.", 2026-12zf round): the current name and the former
 * one, both screened, as a note in brackets is read (nameNoteInBrackets). Without a legal form before it the words stay
 * in the name. What follows the note is screened only if it reads as a name (looksLikeName); otherwise name is null and
 * only the name before the note is read beside the whole cell.
 */
function nameNoteBetween(text: string, tables: CellTables): { index: number; name: string | null } | null {
  const re = tables.nameNoteInside;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    const name = text.slice(m.index + m[0].length).trim();
    // A note that is no name ("… LTD now trading") leaves the name before it, as a bare note at the end does.
    // A name that begins with its legal form ("PT ACME d/h PT BETA", 2026-12zj round) is whole before the note too.
    if (endsWithLegalForm(before, tables) || tables.legalStart.test(before)) {
      return { index: m.index, name: looksLikeName(name, tables) ? name : null };
    }
  }
  return null;
}
/** What follows a name note between names is a name if it ends in a legal form, has Chinese characters, or has two
 * words of two letters or more that are not joining words or prepositions (noteJoiningWords): not "de 2020" ("… S.L.
 * antes de 2020"), "owned" ("… GMBH previously owned"), "y despues" or "trading" ("… LTD now trading"), which are
 * notes and would be screened as one-word names (matching-35 review). */
function looksLikeName(text: string, tables: CellTables): boolean {
  if (endsWithLegalForm(text, tables) || /\p{Script=Han}{2}/u.test(text)) return true;
  let words = 0;
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu) ?? []) {
    if (TWO_LETTERS.test(w) && !tables.noteJoiningWords.has(w)) words++;
  }
  return words >= 2;
}
/** A bracket inside or at the end of a cell: its start, its words and its end. */
const BRACKETED = /[(（]([^()（）]{3,80})[)）]/gu;
/**
 * A registered name in brackets beside a brand's or a plant's name ("AISHI (HUNAN AIHUA GROUP CO LTD) YIYANG HUNAN",
 * "GX3 SPECIALTY PLANT (GX CORPORATION SDN BHD)", 2026-12zt round): a bracket after a name that holds two words or more
 * and a legal form at its end, not a note about a relation ("(A SUBSIDIARY OF …)", relationNotes) nor a name note (read
 * by nameNoteInBrackets). The name in it is screened on its own as well as the whole cell; null if there is none.
 */
function nameInBrackets(text: string, tables: CellTables): { index: number; text: string } | null {
  // A bilingual cell's names, one in brackets, are read by splitBilingual.
  if ((!text.includes("(") && !text.includes("（")) || HAN.test(text)) return null;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m !== null; m = BRACKETED.exec(text)) {
    const inner = m[1].trim();
    if (!TWO_LETTERS.test(text.slice(0, m.index)) || tables.relationNote.test(inner) || tables.nameNote.test(inner)) continue;
    const form = legalFormAtEnd(inner, tables);
    if (form === 0 || (inner.slice(0, inner.length - form).match(/\p{L}{2,}/gu)?.length ?? 0) < 2) continue;
    return { index: m.index + 1 + m[1].indexOf(inner), text: inner };
  }
  return null;
}

/** A product grade after a dash between spaces at the end of a name, a word or two and a figure in per cent ("… ZINC
 * OXIDE FACTORY - ZNO 99.7%", "… - PURITY 99.9 %"): what the buyer orders, not a name word. */
const GRADE_AFTER_DASH_END = /\s[-–]\s+(?:\p{L}[\p{L}\d.]*\s+){1,2}\d{1,3}(?:[.,]\d+)?\s?%\s*$/u;

/** A supply-chain tier note at the end of a name, after a dash between spaces, in brackets or after a space, with what
 * the buyer adds about the supplier's role ("… CORPS (XPCC) - Tier 3 cotton", "… PLANT (Tier 3 - rubber chemicals)",
 * "… MILL Tier 2"): "Tier" and a figure from 1 to 4 are the buyer's classification of its supply chain, not a name word. */
const TIER_NOTE_END =
  /(?:\s[-–]\s+tier\s?[1-4](?![\p{L}\p{N}])[^()（）[\]]*|\s*[(（]\s*tier\s?[1-4](?![\p{L}\p{N}])[^()（）]*[)）]|\s+tier\s?[1-4])\s*$/iu;
/** The word every match of TIER_NOTE_END holds, with its flags: tested first, as V8 tries the end-anchored pattern at
 * every position of a text that has none. */
const TIER = /tier/iu;

/** Joining words of the Romance languages left out when a bracket restates the name ("OXIDO DE ZINCO"). */
const RESTATED_JOINING = new Set(["de", "do", "da", "dos", "das", "del", "di", "du", "des", "la", "le", "el", "e", "y", "et"]);
/** Two to four words in brackets at the end of a name that restate the name's own words in another language, as
 * registers add the goods in theirs ("CHANGSHA JIULONG ZINC OXIDE FACTORY (OXIDO DE ZINCO)", "… (ÓXIDO DE ZINCO)"):
 * every word of the bracket but its joining words shares its first four letters with a word of four letters
 * or more in the name before it, and at least two do. Nothing new is said, so the bracket is a note; a bracket with
 * any word of its own ("(ZINC WORKS)", "(OXIDO DE ALUMINIO)") stays in the name. */
function restatedInBrackets(text: string): RegExpExecArray | null {
  if (!endsInRoundBracket(text)) return null;
  const m = WORDS_IN_BRACKETS_END.exec(text);
  if (!m) return null;
  const inner = latinTokens(foldText(m[1])).filter((w) => !RESTATED_JOINING.has(w));
  if (inner.length < 2 || inner.some((w) => w.length < 4)) return null;
  const before = latinTokens(foldText(text.slice(0, m.index))).filter((w) => w.length >= 4);
  const used = new Set<number>();
  for (const w of inner) {
    const at = before.findIndex((b, i) => !used.has(i) && b.slice(0, 4) === w.slice(0, 4));
    if (at < 0) return null;
    used.add(at);
  }
  return m;
}

/** A register's note at the end of a name in square brackets or between asterisks ("… CO LTD [CANTEEN]", "… [IMPORT -
 * API]", "… LTD *PREFERRED*"): neither mark is written in a firm's registered name, so what they hold is the register's
 * own (a cost centre, a purchase class, a flag; status words and codes are read before, as code parts). Latin script only,
 * up to 60 characters without a bracket or an asterisk inside; asterisks need a space before them ("E*TRADE" keeps its). */
const NOTE_END = /(?:\s*\[([^[\]()（）*\p{Script=Han}]{1,60})\]|\s+\*+([^[\]()（）*\p{Script=Han}]{1,60})\*+)\s*$/u;
function registerNote(text: string): RegExpExecArray | null {
  const end = lastMark(text);
  if (end !== "]" && end !== "*") return null;
  const m = NOTE_END.exec(text);
  return m && /\p{L}/u.test(m[1] ?? m[2]) ? m : null;
}

/** A Chinese name without a legal form and a city or province in brackets at the end ("晨光生物科技集團 (邯鄲)"): the
 * place is one of the Chinese place names of cjk-place-prefixes.json (ISO 3166-2:CN and the dataset's cities), in
 * traditional or simplified characters. */
const CJK_PLACE_IN_BRACKETS_END =
  /^[^\p{Script=Latin}]*?\p{Script=Han}{2}[^\p{Script=Latin}]*?(\s*[(（]\s*(\p{Script=Han}{2,6})\s*[)）]\s*)$/u;
let cjkPlaceSet: Set<string> | null = null;
function cjkPlaceInBrackets(text: string): RegExpExecArray | null {
  if (!endsInRoundBracket(text) || !HAN.test(text)) return null;
  const m = CJK_PLACE_IN_BRACKETS_END.exec(text);
  // A bare trade name of two or three characters with a place ("骆驼（台湾）", "中泰（香港）") is a firm of that place as
  // likely as a listed firm's branch: kept whole (review-names-4).
  if (!m || hanCount(text.slice(0, m.index + m[0].length - m[1].length)) < MIN_HAN_NAME_BESIDE_A_PART) return null;
  cjkPlaceSet ??= new Set(cjkPlaces.prefixes);
  const place = toSimplified(m[2], bundledTables());
  return cjkPlaceSet.has(place) || cjkPlaceSet.has(`${place}市`) ? m : null;
}

/**
 * Sets the end of a name from `index` aside as a part of its own (a place, a code), and screens the name before it as
 * well as the whole, when the name before it keeps two letters.
 */
function setAsideEnd(bare: Piece, index: number, text: string, role: PartRole, parts: CellPart[], candidates: Piece[]): void {
  if (!TWO_LETTERS.test(bare.text.slice(0, index))) return;
  parts.push({ role, text: text.trim(), start: bare.start + index, end: bare.start + bare.text.length });
  candidates.push({ role: bare.role, text: bare.text.slice(0, index), start: bare.start });
}

/** One to five words, letters only (a figure makes a code or a grade, read before), each with an inner hyphen, dot or
 * apostrophe ("semi-finished", "d'huile"): what a product part holds, read whole. */
const PRODUCT_WORDS = /^\s*\p{L}[\p{L}\p{M}'’.-]*(?:[\s,/&]+\p{L}[\p{L}\p{M}'’.-]*){0,4}\s*$/u;
/** A dash between spaces, after which a product part may begin; a closing bracket at the end, before which one may end. */
const DASH = /\s[-–]\s/gu;
const ROUND_BRACKET_END = /[)）]\s*$/u;

let productReader: ProductReader | null = null;

/** Whether a code part the anatomy set aside is a short-name label (简称, "（简称）", "简称：", "供应商简称"): the
 * register itself says the name beside it is a short form, not the registered name. */
export function isShortNameLabel(part: string, tables: CellTables = CELL_TABLES): boolean {
  return tables.shortNameLabels.has(part.replace(/[\s:：()（）【】[\]*#|｜-]+/gu, "").toLowerCase());
}

/** A run of Chinese characters after a space at the end of a Chinese name ("骆驼股份 供应商简称", "众和股份 电子铝箔",
 * "晨光生物 停用"): the register's mark or goods beside a name without 公司 (after 公司 chineseHead reads it). */
export const CJK_WORD_AFTER_SPACE = /\p{Script=Han}[)）]?(\s+)(\p{Script=Han}{2,8})\s*$/u;
/** The fewest Chinese characters a name keeps for a place in brackets or a word of goods after a space to be set aside
 * from it: a bare trade name of two or three characters ("骆驼", "中泰") is kept whole with them. */
const MIN_HAN_NAME_BESIDE_A_PART = 4;
const HAN_GLOBAL = /\p{Script=Han}/gu;
function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** Whether a name ends in a legal form: its registered name ("合盛硅业股份有限公司", "Hoshine Co Ltd"), not a short form
 * ("合盛硅业", "骆驼集团": a group word is not a company's legal form). */
export function endsInLegalForm(text: string, tables: CellTables = CELL_TABLES): boolean {
  const trimmed = text.trim();
  if (legalFormAtEnd(trimmed, tables) > 0) return true;
  if (!HAN.test(trimmed)) return false;
  return analyseCjk(foldText(trimmed), bundledTables())?.stripped.some((form) => CJK_COMPANY_FORM.test(form)) ?? false;
}
/** The word for a company in a Chinese or Japanese legal form (有限公司, 株式会社). */
const CJK_COMPANY_FORM = /公司|会社|會社/u;

/**
 * The end of a Chinese name from the space before a last run of Chinese characters that is a status marker or a
 * short-name label of the cell table (a code part), follows a legal or group word (cell-anatomy.json cjkFormEndings), or names goods the product reader reads as a good of the List (a
 * product part); null otherwise, and for a cell without a space (the cheap test first). A firm's own word after a space
 * ("晨光 乳业") is neither and stays in the name.
 */
export function cjkWordAfterSpace(text: string, tables: CellTables = CELL_TABLES): { index: number; role: PartRole } | null {
  if (!text.includes(" ") && !text.includes("\u3000")) return null;
  const m = CJK_WORD_AFTER_SPACE.exec(text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  if (tables.cjkMarkWords.has(m[2])) return { index: at, role: "code" };
  // After a short name that ends in its legal or group word (众和股份, 骆驼集团, …控股), what follows a space is the
  // register's own words, as after 公司 (chineseHead) and after a Latin legal form.
  if (tables.cjkFormEnd.test(text.slice(0, at))) return { index: at, role: "address" };
  // A bare trade name of two or three characters and a word of goods ("骆驼 服饰", "溢达 棉花") is another firm's name
  // as likely as a listed firm's with its goods: kept whole (review-names-4).
  if (hanCount(text.slice(0, at)) < MIN_HAN_NAME_BESIDE_A_PART) return null;
  productReader ??= bundledProductReader();
  return productReader.mentionsTerm(m[2]) && productReader.read(m[2]).status === "goods" ? { index: at, role: "product" } : null;
}
/**
 * The goods a register wrote beside the supplier's name, after the last dash between spaces or in a bracket at the end
 * ("HUAFU FASHION - ALGODÓN", "ACME TEA FARM (GREEN TEA LEAVES)"): a product part when it is one
 * to five words and the product reader (src/core/sector, its term table in every language it holds) reads them as naming
 * a good of the List. The name before it is screened as well as the whole cell, as before a code or a place; words the
 * reader does not read as a good stay in the name, and so does a firm's name. The index of the part in the text, or -1.
 * Cheap for most cells: one without a closing bracket at its end or a dash between spaces is read no further, and the
 * reader reads the part only when it holds a term of the table as written (ProductReader.mentionsTerm).
 */
export function productPart(text: string, tables: CellTables = CELL_TABLES): number {
  let at = -1;
  let inner = "";
  if (endsInRoundBracket(text)) {
    const open = Math.max(text.lastIndexOf("("), text.lastIndexOf("（"));
    if (open < 0) return -1;
    at = open;
    inner = text.slice(open + 1).replace(ROUND_BRACKET_END, "");
  } else {
    // The last dash between spaces (a global pattern read with exec from lastIndex 0).
    DASH.lastIndex = 0;
    for (let m = DASH.exec(text); m !== null; m = DASH.exec(text)) at = m.index;
    if (at < 0) return -1;
    inner = text.slice(at + 2);
  }
  if (!PRODUCT_WORDS.test(inner) || !TWO_LETTERS.test(text.slice(0, at))) return -1;
  // A firm's name in the bracket or after the dash ("… (Vietnam Dairy Products JSC)", "…（福耀玻璃工业集团股份有限公司）")
  // is a name, not goods, however it reads.
  if (inner.includes("公司") || endsWithLegalForm(inner, tables)) return -1;
  // Goods not of the List that a buyer types after the name ("… LABOUR FACTORY - GALV. WIRE", "… YUNNAN - GENSETS",
  // 2026-12zi round): the part after the dash ends in a goods word of the cell table. Not in brackets: "Acme (Steel,
  // Wire)" may be the firm's words.
  if (text[at] !== "(" && text[at] !== "（" && tables.goodsEnd.test(inner)) return at;
  // A UK public spend file's expense type pasted after the name ("MIAO CHI TEA FARM - STATIONERY", "… - GOODS FOR
  // RESALE", 2026-12zzb round): the whole part is one of the table's expense types. Not in brackets.
  if (text[at] !== "(" && text[at] !== "（" && tables.expenseType.test(inner)) return at;
  // A name that begins with its legal form ("PT ZHEJIANG … FACTORY - TAKEL RANTAI", 2026-12zj round) is whole before
  // the dash: what follows is the register's note of goods, in whatever language. Not in brackets.
  if (text[at] !== "(" && text[at] !== "（" && tables.legalStart.test(text)) return at;
  productReader ??= bundledProductReader();
  return productReader.mentionsTerm(inner) && productReader.read(inner).status === "goods" ? at : -1;
}

/** Opening brackets and quotes left before a name cut out of a cell. */
const LEADING_OPENERS = /^[\s《「『【〈“‘"'«（(]+/u;

/** ";", "|", tabs, line breaks, and list numbers "1) … 2) …" / "(1) … (2) …" always separate suppliers ... */
const SUPPLIER_BREAK = /[;|\n\r\t]+|(?:^|\s+)\(?\d{1,2}\)\s+(?=\p{L})/gu;
/** ... and "1. … 2. …" instead of "1)" when the cell starts with "1." (LIST_FROM_ONE_DOT). */
const SUPPLIER_BREAK_DOTTED = /[;|\n\r\t]+|(?:^|\s+)\d{1,2}\.\s+(?=\p{L})/gu;
const LIST_FROM_ONE_DOT = /^\s*1\.\s+\p{L}/u;
/** " / ", "//", " & ", " + ", " and ", " or " between words, or a middle dot with or without spaces (the list separator of
 * Korean and Japanese registers, "… CO., LTD.·… CO., LTD."): where two names may meet (splitSuppliers decides). " on
 * behalf of " and the Polish " w imieniu " between a distributor and the maker it sells for ("TME SP. Z O.O. w imieniu
 * …", 2026-12ze round): split, like " / ", only where the text before ends in a legal form; both firms are screened. The
 * Spanish " en nombre de " too (2026-12zf round), and these three also where the text before ends in a country in
 * brackets, as a forwarder's national unit is written ("DHL GLOBAL FORWARDING (ESPAÑA) en nombre de …"). */
const NAME_JOIN = new RegExp(
  `\\s+(?:${alternation([...table.agentMarkers, ...table.agentForWords])}|\\/\\/?|&|\\+|${joinWords([...table.nameJoinWords, ...table.onBehalfWords])})\\s+|\\s*[·・]\\s*`,
  "gi",
);
/** A forwarder's or agent's words before the maker on a bill of lading ("O/B", "AS AGENT FOR", "FOR AND ON BEHALF OF"):
 * the cell is split there wherever they stand (2026-12zt round). */
const AGENT = new RegExp(`^(?:${alternation(table.agentMarkers)})$`, "i");
/** The bare "FOR" between a forwarder and the maker: split only after a forwarder's word, before a name with a legal form. */
const AGENT_FOR = new RegExp(`^(?:${alternation(table.agentForWords)})$`, "i");
/** Two words of two letters or more: a name after the bare FOR without a legal form. */
const TWO_WORDS = /\p{L}{2,}\P{L}+\p{L}{2,}/u;
/** The same words at the start of the cell, with no forwarder before them ("FOR AND ON BEHALF OF …", "O/B …"): the maker
 * follows; the words are set aside (review-names-5: the whole cell was screened with them and the maker missed). */
const AGENT_LEAD = new RegExp(`^\\s*(?:${alternation(table.agentMarkers)})\\s+(?=\\p{L})`, "iu");
/** "On behalf of" and its Polish, Spanish and South African English (OBO, 2026-12zh round) forms. */
const ON_BEHALF = new RegExp(`^(?:${joinWords(table.onBehalfWords)})$`, "i");

/** An arrow between two links of a supply chain written in one cell (chainArrows with or without spaces, the bare ">"
 * of spacedChainArrows only between spaces; 2026-12zu round): splitSuppliers splits there between two parts with letters. */
const CHAIN_ARROW = new RegExp(`\\s*(?:${alternation(table.chainArrows)})\\s*|\\s+(?:${alternation(table.spacedChainArrows)})\\s+`, "gu");
/** Arrows that also close a bracket, with the mark that opens it. */
const CLOSING_ARROWS: Readonly<Record<string, string>> = { "》": "《", "»": "«" };
/** A bracket at the end of a chain link naming its role in the chain ("(wafer)", "(Tier 3)", "(Cu cathode)"). */
const CHAIN_ROLE_END = new RegExp(
  `\\s*[(（[]\\s*[^()（）[\\]]*?(?<![\\p{L}\\p{N}])(?:${alternation(table.chainRoleWords)})(?![\\p{L}])[^()（）[\\]]*[)）\\]]\\s*$`,
  "iu",
);

/**
 * A supply chain in one cell ("A → B (wafer) → module"): the links, each with a role bracket at its end set aside.
 * Null unless an arrow stands between two parts with letters.
 */
function splitChain(piece: { text: string; start: number }): Array<{ text: string; start: number }> | null {
  const links: Array<{ text: string; start: number }> = [];
  let from = 0;
  CHAIN_ARROW.lastIndex = 0;
  for (let m = CHAIN_ARROW.exec(piece.text); m !== null; m = CHAIN_ARROW.exec(piece.text)) {
    const before = piece.text.slice(from, m.index);
    const rest = piece.text.slice(m.index + m[0].length);
    const next = rest.split(CHAIN_ARROW)[0];
    if (!TWO_LETTERS.test(before) || !TWO_LETTERS.test(next)) continue;
    // 》 and » close a title bracket too ("《新疆众和股份有限公司》（乌鲁木齐）"): an arrow only with no 《 or « open before it.
    const arrow = m[0].trim();
    const opening = CLOSING_ARROWS[arrow];
    if (opening && before.lastIndexOf(opening) > before.lastIndexOf(arrow)) continue;
    links.push({ text: before, start: piece.start + from });
    from = m.index + m[0].length;
  }
  if (links.length === 0) return null;
  links.push({ text: piece.text.slice(from), start: piece.start + from });
  return links.map((l) => {
    const role = CHAIN_ROLE_END.exec(l.text);
    return role && TWO_LETTERS.test(l.text.slice(0, role.index)) ? { text: l.text.slice(0, role.index), start: l.start } : l;
  });
}

/** A relation note after a dash ("… – subsidiary of East Hope Group (declared)", parentNotes; 2026-12zu round). */
const RELATION_AFTER_DASH = new RegExp(`\\s[-–—]\\s+(?:${alternation(table.parentNotes)})\\s+(?=\\p{L})`, "iu");

/**
 * A firm and its parent after a dash and a relation note ("Shuangliang Silicon Materials (Baotou) – subsidiary of
 * Shuangliang Eco-Energy"): the firm is the supplier, the parent screened as a parent, as for "Parent : Child". Null
 * unless both sides have letters.
 */
function splitRelation(piece: { text: string; start: number }): Array<{ text: string; start: number; role: PartRole }> | null {
  const m = RELATION_AFTER_DASH.exec(piece.text);
  if (!m || !TWO_LETTERS.test(piece.text.slice(0, m.index))) return null;
  const after = m.index + m[0].length;
  if (!TWO_LETTERS.test(piece.text.slice(after))) return null;
  return [
    { text: piece.text.slice(0, m.index), start: piece.start, role: "name" },
    { text: piece.text.slice(after), start: piece.start + after, role: "parent" },
  ];
}

/** NetSuite's sub-vendor separator: "Parent : Child", a colon with a space on either side. */
const SUB_VENDOR = /\s+:\s+/gu;

/**
 * A sub-vendor written "Parent : Child" (or "Group : Parent : Child"), as NetSuite shows a vendor under its parent: the
 * last name is the supplier, the ones before it its parents. Null unless every part before the last is a name (letters,
 * no role marker, code or lead-in such as "Attn :" or "Seller :").
 */
function splitSubVendor(
  piece: { text: string; start: number },
  tables: CellTables,
): Array<{ text: string; start: number; role: PartRole }> | null {
  if (!piece.text.includes(":")) return null;
  const out: Array<{ text: string; start: number; role: PartRole }> = [];
  let from = 0;
  for (const m of piece.text.matchAll(SUB_VENDOR)) {
    const parent = piece.text.slice(from, m.index);
    if (!TWO_LETTERS.test(parent) || tables.markerAny.test(parent) || tables.leadIn.test(`${parent}: `)) return null;
    if (tables.leadingCode.test(`${parent.trim()} : x`) && !/\p{L}{2,}\s+\p{L}{2,}/u.test(parent)) return null;
    out.push({ text: parent, start: piece.start + from, role: "parent" });
    from = m.index + m[0].length;
  }
  if (out.length === 0 || !TWO_LETTERS.test(piece.text.slice(from))) return null;
  out.push({ text: piece.text.slice(from), start: piece.start + from, role: "name" });
  return out;
}

/** Splits a cell into the texts of several suppliers: on ; | and line breaks always; at the arrows of a supply chain (splitChain); on " / " and " & " between full names. */
function splitSuppliers(text: string, tables: CellTables): Array<{ text: string; start: number; role?: PartRole }> {
  const out: Array<{ text: string; start: number; role?: PartRole }> = [];
  let start = 0;
  const pieces: Array<{ text: string; start: number }> = [];
  // The global patterns are read with exec from lastIndex 0: matchAll would copy the pattern on every call.
  const breaks = LIST_FROM_ONE_DOT.test(text) ? SUPPLIER_BREAK_DOTTED : SUPPLIER_BREAK;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    pieces.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(start), start });
  // A supply chain with arrows: each link a supplier of its own, as for ";" (2026-12zu round).
  CHAIN_ARROW.lastIndex = 0;
  if (CHAIN_ARROW.test(text)) pieces.splice(0, pieces.length, ...pieces.flatMap((p) => splitChain(p) ?? [p]));
  for (const piece of pieces) {
    let from = AGENT_LEAD.exec(piece.text)?.[0].length ?? 0;
    // " / " and " & " split only where the text before (or, for "/", after) ends in a legal form: "Procter &
    // Gamble Co" and "Mahindra & Mahindra Ltd" stay whole.
    // " and " and " or " split only between two full names that both end in a legal form ("A Co., Ltd. and B AG"),
    // never inside one ("Xinjiang Junggar Cotton and Linen Co., Ltd."). "//" is read as "/". A middle dot too: it is
    // also written inside a name (a transliterated foreign name, "乔治·华盛顿"; a brand, "L·A").
    NAME_JOIN.lastIndex = 0;
    for (let m = NAME_JOIN.exec(piece.text); m !== null; m = NAME_JOIN.exec(piece.text)) {
      const before = piece.text.slice(from, m.index);
      const after = piece.text.slice(m.index + m[0].length);
      const sep = m[0].trim();
      const beforeEnds = endsWithLegalForm(before, tables);
      // The name after may itself hold " and " ("Maersk A/S and Jiangyin Xiefeng Cotton and Linen Co., Ltd.").
      const afterEnds = () => endsWithLegalForm(cutAtSeparator(after), tables) || endsWithLegalForm(after, tables);
      const word = /^(?:and|or|·|・)$/i.test(sep);
      const slash = sep.startsWith("/") && TWO_LETTERS.test(before);
      const unitBefore = () =>
        ON_BEHALF.test(sep) && (COUNTRY_CODE_END.test(before) || (placeInBrackets(before.trimEnd())?.index ?? 0) > 0);
      // A forwarder or agent before the maker ("… LTD O/B …", "GOROE O/B …", "… AS AGENT FOR …"): two parties, the one
      // before screened as the forwarder or agent; the bare FOR only after a forwarder's word and before a full name or
      // two words ("ACME LOGISTICS FOR LOP COUNTY MEIXIN HAIR PRODUCTS": kept whole, the maker was missed; review-names-5).
      const agent = AGENT.test(sep)
        ? TWO_LETTERS.test(before) && TWO_LETTERS.test(after)
        : AGENT_FOR.test(sep) && tables.forwarder.test(before) && TWO_LETTERS.test(before) && (afterEnds() || TWO_WORDS.test(after));
      if (agent) {
        out.push({ text: before, start: piece.start + from, role: "agent" });
        from = m.index + m[0].length;
        continue;
      }
      if (AGENT.test(sep) || AGENT_FOR.test(sep)) continue;
      if (
        word
          ? beforeEnds && afterEnds()
          : beforeEnds || (slash && (afterEnds() || groupBeforeMember(before, after, tables))) || unitBefore()
      ) {
        out.push({ text: before, start: piece.start + from });
        from = m.index + m[0].length;
      }
    }
    out.push({ text: piece.text.slice(from), start: piece.start + from });
  }
  // Each supplier split again into "Parent : Child" and at commas between full names; parts without a letter or a figure dropped.
  const suppliers: Array<{ text: string; start: number; role?: PartRole }> = [];
  for (const p of out) {
    for (const named of splitSubVendor(p, tables) ?? splitRelation(p) ?? [p]) {
      for (const q of splitAtCommas(named, tables)) {
        if (LETTER_OR_DIGIT.test(q.text)) suppliers.push({ text: q.text, start: q.start, role: named.role });
      }
    }
  }
  return suppliers;
}

/** A legal-form word that goes on a legal form ("Co., Ltd."): the comma before it is inside one name. */
const LEGAL_CONTINUATION = /^(?:co|ltd|limited|bhd|sdn|berhad|inc|llc|s\.?a\.?|de|c\.?v\.?|pvt|pte|plc|tbk)\b/iu;

/**
 * ", " between two full names: the text before ends in a legal form, and the rest of the piece starts a new name
 * (a capital, not "Ltd.") and ends in a legal form ("A Pharmaceutical Co., Ltd., B Pharmaceutical Co., Ltd."). An
 * address after the name does not end in a legal form and stays with it.
 */
function splitAtCommas(piece: { text: string; start: number }, tables: CellTables): Array<{ text: string; start: number }> {
  if (!piece.text.includes(",") || !LEGAL_COMMA.test(piece.text)) return [piece];
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const m of piece.text.matchAll(/,\s+/g)) {
    const after = piece.text.slice(m.index + m[0].length);
    if (!/^\p{Lu}/u.test(after) || LEGAL_CONTINUATION.test(after)) continue;
    if (!endsWithLegalForm(piece.text.slice(from, m.index), tables) || !endsWithLegalForm(after, tables)) continue;
    out.push({ text: piece.text.slice(from, m.index), start: piece.start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from });
  return out;
}

/**
 * A group before one of its members, joined by " / " ("HERO VAST GROUP / HENAN HERO VAST GARMENT FTY"): the text before
 * ends in a group word (groupEndings) and every other word of it recurs, as a word, in the name after the slash. Two
 * names then, though neither ends in a legal form; "ACME GROUP / BETA TEXTILE" and "A / B GROUP" stay whole.
 */
function groupBeforeMember(before: string, after: string, tables: CellTables): boolean {
  const m = tables.groupEnd.exec(before);
  if (!m) return false;
  const words = m[1].toLowerCase().match(/\p{L}{2,}/gu);
  if (!words) return false;
  const next = new Set(
    cutAtSeparator(after)
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? [],
  );
  return words.every((w) => next.has(w));
}

/** The text before the first place where two names may meet (NAME_JOIN). */
function cutAtSeparator(text: string): string {
  const at = text.search(NAME_JOIN);
  return at < 0 ? text : text.slice(0, at);
}

function endsWithLegalForm(text: string, tables: CellTables): boolean {
  return legalFormAtEnd(text, tables) > 0;
}

/** The length of the legal form that ends the text (its letters and inner dots, without the last dot), or 0. */
function legalFormAtEnd(text: string, tables: CellTables): number {
  // The marks after a name, stripped only when the text ends in one (the pattern would try every space of the text);
  // trimmed then never ends in a dot.
  const trimmed = isAfterNameMark(text.charAt(text.length - 1)) ? text.replace(AFTER_NAME_MARKS, "") : text;
  // A form at the end ends in its last run of letters and figures, with no letter or figure before it (the pattern's
  // lookbehind, or the form's own mark): the text's last run must be one of those. Most texts asked about are not
  // ("… (Ningbo branch)", "… IMPORT"), and are answered without scanning the text for every form from its start.
  let word = trimmed.length;
  while (word > 0 && LETTER_OR_DIGIT_ANY_CASE.test(trimmed[word - 1])) word--;
  if (!tables.legalLastWord.test(trimmed.slice(word))) return 0;
  const legal = tables.legalEnding;
  legal.lastIndex = 0;
  for (let m = legal.exec(trimmed); m !== null; m = legal.exec(trimmed)) {
    const form = m[0].endsWith(".") ? m[0].length - 1 : m[0].length;
    if (m.index + form >= trimmed.length) return form;
  }
  return 0;
}

/** Spaces, commas, dots, semicolons, colons and closing brackets at the end of a text, after the name's legal form. */
const AFTER_NAME_MARKS = /[\s,.;:)\]]+$/u;
const SPACE = /\s/u;
/** A letter or a figure as legalEnding's lookbehind reads one (case-insensitively, so with the same characters). */
const LETTER_OR_DIGIT_ANY_CASE = /[\p{L}\p{N}]/iu;
const isAfterNameMark = (c: string) => c !== "" && (",.;:)]".includes(c) || SPACE.test(c));

/**
 * An Oracle vendor-site code glued to the end of a name with a hyphen ("TBEA CO.,LTD.-URC", "… SDN. BHD.-KUL", "… CO
 * LTD-CN01", 2026-12zg round): two to five capitals, or two or three capitals and one to three figures, after a legal
 * form of three letters or more (not "AG", "SA", "AS", which begin hyphenated words); a country code and figures ("CN01")
 * after any name. Coca-Cola, Hewlett-Packard and SK-II have no legal form before the hyphen; a town or a branch
 * ("Co.,Ltd.-Shenzhen Branch") is longer, has a space or is not in capitals. What the register writes after a name may
 * follow the code: an address after a comma, a note or a status marker in brackets or asterisks (found by the property
 * test once 12zh entered its pool). The index of the hyphen, or -1.
 */
export const SITE_CODE_END = /(?<=[\p{L}.)])-([A-Z]{2,5}|[A-Z]{2,3}\d{1,3})(?=\s*$|,|\s+[([*])/u;
function siteCodeAt(text: string, tables: CellTables): number {
  const m = SITE_CODE_END.exec(text);
  if (!m) return -1;
  const before = text.slice(0, m.index);
  if (!TWO_LETTERS.test(before)) return -1;
  const country = /^([A-Z]{2})\d{1,3}$/.exec(m[1]);
  if (country && tables.siteCountries.has(country[1])) return m.index;
  return legalFormAtEnd(before, tables) >= 3 ? m.index : -1;
}

/** Strips a vendor-site code glued to the end of the name (siteCodeAt): it becomes a code part. */
function stripSiteCode(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  if (!piece.text.includes("-")) return piece;
  const at = siteCodeAt(piece.text, tables);
  if (at < 0) return piece;
  const end = at + 1 + SITE_CODE_END.exec(piece.text)![1].length;
  parts.push({ role: "code", text: piece.text.slice(at + 1, end), start: piece.start + at + 1, end: piece.start + end });
  return { role: piece.role, text: piece.text.slice(0, at) + piece.text.slice(end), start: piece.start };
}

/**
 * A Latin-script name inside the Thai legal form ("บริษัท HUNAN AIHUA GROUP จำกัด", "บริษัท … จำกัด (มหาชน)
 * สำนักงานใหญ่"), read with the English form (thaiCompanyForms), or null. What follows the form has no Latin letter.
 */
function thaiCompanyName(text: string, tables: CellTables): string | null {
  const t = text.trim();
  for (const form of tables.thaiForms) {
    if (!t.startsWith(form.before)) continue;
    const end = t.indexOf(form.after, form.before.length);
    // After the form: a Thai head-office or branch mark, or what a register writes after a name past a comma, a dash
    // between spaces or a bracket (an address, goods, a note); not more Latin words of the name.
    const rest = t.slice(end + form.after.length);
    if (end < 0 || (LATIN_WORD.test(rest) && !/^\s*(?:,|[-–]\s|[([（*])/u.test(rest))) continue;
    const inner = t.slice(form.before.length, end).trim();
    if (!LATIN_WORD.test(inner) || /\p{Script=Thai}/u.test(inner)) return null;
    return `${inner} ${form.legalForm}`;
  }
  return null;
}

interface Piece {
  role: PartRole;
  text: string;
  start: number;
}

/** Splits one supplier's text at t/a, c/o and attn markers. */
function splitMarkers(piece: Piece, tables: CellTables): Piece[] {
  const out: Piece[] = [];
  let rest = piece.text;
  let offset = piece.start;
  let role: PartRole = piece.role;
  for (let guard = 0; guard < 6; guard++) {
    const m = tables.markerAny.exec(rest);
    if (!m) break;
    const markerRole = tables.markers.find((k) => k.pattern.test(m[0]))!.role;
    // "via" and "contact" are markers only before a name, never inside one ("Via Ferrata Srl").
    if (/^(via|contact)$/i.test(m[0]) && m.index === 0) break;
    let before = rest.slice(0, m.index);
    // A marker inside brackets: "(c/o Daqo Logistics)" ends at the closing bracket.
    const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"), before.lastIndexOf("["));
    const inBrackets = open >= 0 && before.slice(open + 1).trim() === "";
    if (inBrackets) before = before.slice(0, open);
    out.push({ role, text: before, start: offset });
    const after = m.index + m[0].length;
    let end: number;
    let notifyEnded = false;
    if (inBrackets) {
      const close = rest.slice(after).search(/[)）\]]/);
      end = close < 0 ? rest.length : after + close + 1;
    } else if (markerRole === "care_of" && before.trim() === "" && careOfEnd(rest, after, tables) > 0) {
      // "c/o Kuehne + Nagel Ltd, Chalkis Health Industry Co., Ltd.": a forwarder first ends at the comma after its legal form.
      end = careOfEnd(rest, after, tables);
    } else if (markerRole === "notify") {
      // A notify party runs to the end of the supplier's text: what follows is the B/L's other party and its address;
      // but a header label after it ("NOTIFY: ACME INC SHIPPER: …", review-names-5) starts the supplier again.
      const label = tables.labelInside.exec(rest.slice(after));
      notifyEnded = label !== null;
      end = label ? after + label.index : rest.length;
    } else if (markerRole === "attention") {
      // "Attn: Sales Manager, Giant Manufacturing Co., Ltd." — a contact ends at the next comma, or at a dash between
      // spaces ("Attn. Accounts Payable - Zhangzhou … Co., Ltd.").
      const stop = /,|\s[-–]\s/.exec(rest.slice(after));
      end = stop ? after + stop.index + stop[0].length : rest.length;
    } else {
      // c/o and t/a run to the next marker or the end.
      const next = tables.markerAny.exec(rest.slice(after));
      end = next ? after + next.index : rest.length;
    }
    const raw = rest.slice(after, end);
    const lead = raw.length - raw.replace(/^[\s:.,-]+/u, "").length;
    const partText = raw.replace(/^[\s:.,-]+|[\s)）\],;]+$/gu, "");
    out.push({ role: markerRole, text: partText, start: offset + after + lead });
    offset += end;
    rest = rest.slice(end);
    // After a bracketed or attention part, or a notify party ended by a header label, the text goes on in the role it had before.
    if (markerRole !== "attention" && !inBrackets && !notifyEnded) role = markerRole;
  }
  out.push({ role, text: rest, start: offset });
  return out.filter((p) => LETTER_OR_DIGIT.test(p.text));
}

/** After a c/o marker at the start of a piece: the end of the first comma that follows a legal form, or -1. */
function careOfEnd(rest: string, from: number, tables: CellTables): number {
  for (const m of rest.slice(from).matchAll(/,/g)) {
    const tail = rest.slice(from + m.index + 1).trimStart();
    if (!LEGAL_CONTINUATION.test(tail) && /\p{L}/u.test(tail) && endsWithLegalForm(rest.slice(from, from + m.index), tables)) {
      return from + m.index + 1;
    }
  }
  return -1;
}

/** An e-mail or web address in the cell ("<sales@example.cn>", "www.example.com"): read as an address part. */
const CONTACT = /\s*[<([]?\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?|\s*(?:https?:\/\/|www\.)[^\s,;]+/giu;

function stripContacts(piece: Piece, parts: CellPart[]): Piece {
  if (!piece.text.includes("@") && !/https?:|www\./i.test(piece.text)) return piece;
  let text = piece.text;
  for (const m of piece.text.matchAll(CONTACT)) {
    parts.push({ role: "address", text: m[0].trim(), start: piece.start + m.index, end: piece.start + m.index + m[0].length });
    text = text.replace(m[0], " ".repeat(m[0].length));
  }
  return { role: piece.role, text: text.trimEnd(), start: piece.start };
}

/** The labels of an MID (entryCodeLabels) after which a code of capitals alone is read, at the end of the text: an MID built
 * without a street number ("MID CNXINZHOURU"). */
const MID_LABEL = /^(?:mid|mfr id|manufacturer id)/iu;
/**
 * Sets an entry's codes with their labels aside, wherever they stand ("… MALAYSIA MID MYMAXGLOKLA", "… CO LTD HTS
 * 7601.10.6000", "… SDN BHD) CNTR MSKU4821930", 2026-12zt round): each becomes a code part and is blanked in the text,
 * as a contact is. The code has a figure, or is an MID of capitals alone at the end of the text whose first two letters
 * are a country code, so that "Mid Atlantic" or "CONTAINER TERMINAL" stays in the name.
 */
function stripEntryCodes(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  const re = tables.entryCode;
  re.lastIndex = 0;
  let text = piece.text;
  for (let m = re.exec(piece.text); m !== null; m = re.exec(piece.text)) {
    const code = m[1];
    const atEnd = piece.text.slice(m.index + m[0].length).trim() === "";
    const ok = DIGIT.test(code)
      ? code === code.toUpperCase()
      : MID_LABEL.test(m[0]) && atEnd && code === code.toUpperCase() && tables.siteCountries.has(code.slice(0, 2));
    if (!ok || !TWO_LETTERS.test(text.slice(0, m.index))) continue;
    parts.push({ role: "code", text: m[0], start: piece.start + m.index, end: piece.start + m.index + m[0].length });
    text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
  }
  return text === piece.text ? piece : { role: piece.role, text: text.trimEnd(), start: piece.start };
}

/** A currency after the name (" - USD", " (EUR)", " [RMB]"): ERP masters keep a vendor record per currency. It becomes a code part. */
function stripCurrency(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  // Both shapes of currencyEnd need a dash or a closing bracket at the end.
  if (!hasDash(piece.text) && !endsInBracket(piece.text)) return piece;
  const m = tables.currencyEnd.exec(piece.text);
  if (!m || !TWO_LETTERS.test(piece.text.slice(0, m.index))) return piece;
  parts.push({
    role: "code",
    text: m[0].replace(/^[\s\-–([（]+|[\s)\]）]+$/gu, ""),
    start: piece.start + m.index,
    end: piece.start + piece.text.length,
  });
  return { role: piece.role, text: piece.text.slice(0, m.index), start: piece.start };
}

/** A provenance note in brackets, or after a dash at the end ("(per mill cert)", "– source: supplier declaration"). */
const PROVENANCE_END = new RegExp(
  `\\s*(?:[(（[][^()（）[\\]]*?(?<![\\p{L}])(?:${alternation(table.provenanceNotes)})(?![\\p{L}])[^()（）[\\]]*[)）\\]]|\\s[-–—]\\s+(?:${alternation(table.provenanceNotes)})(?![\\p{L}])[^–—]*)\\s*$`,
  "iu",
);
/** A register's note in brackets at the end naming an agent, an owner, a flag or a contact ("(agent: Bombay)",
 * "(Vanuatu flag; owner …)", "(TW flag, Attn: Ms Lin)", 2026-12zzg round). */
const REGISTER_BRACKET_NOTE_END = new RegExp(
  `\\s*[(（[][^()（）[\\]]*?(?<![\\p{L}])(?:${alternation(table.registerBracketNotes)})(?![\\p{L}])[^()（）[\\]]*[)）\\]]\\s*$`,
  "iu",
);
/** The cell without a register's note in brackets at the end (REGISTER_BRACKET_NOTE_END), the note kept as a code part. */
function stripRegisterBracketNote(text: string, parts: CellPart[]): string {
  // A country with a flag word alone ("(Taiwan flag)") stays a place part, as placeInBrackets reads it.
  if (!endsInRoundBracket(text) || placeInBrackets(text)) return text;
  const m = REGISTER_BRACKET_NOTE_END.exec(text);
  if (!m || !TWO_LETTERS.test(text.slice(0, m.index))) return text;
  parts.push({ role: "code", text: m[0].trim(), start: m.index, end: text.length });
  return text.slice(0, m.index);
}
/** A certificate number after its label, in brackets or not ("cert no. GCL-XJ-PS-2305", "(mill cert MC-23-0412)"). */
const CERTIFICATE = new RegExp(
  `\\s*[(（]?(?<![\\p{L}])(?:${alternation(table.certificateLabels)})(?![\\p{L}])\\s*[:#：]?\\s*(?=[A-Za-z0-9./-]*\\d)[A-Za-z0-9./-]+[)）]?`,
  "iu",
);

/**
 * Sets aside a traceability workbook's notes on where the name comes from (2026-12zu round): provenance notes at the
 * end and certificate numbers wherever they stand, as notes and codes; the name is what is left.
 */
function stripWorkbookNotes(piece: Piece, parts: CellPart[]): Piece {
  let { text } = piece;
  for (let changed = true; changed;) {
    changed = false;
    const m = PROVENANCE_END.exec(text) ?? CERTIFICATE.exec(text);
    if (m && TWO_LETTERS.test(text.slice(0, m.index))) {
      parts.push({ role: "code", text: m[0].trim(), start: piece.start + m.index, end: piece.start + m.index + m[0].length });
      text = text.slice(0, m.index) + text.slice(m.index + m[0].length);
      changed = true;
    }
  }
  return text === piece.text ? piece : { role: piece.role, text: text.trimEnd(), start: piece.start };
}

/**
 * Sets aside a facility list's marks (2026-12zv round, src/core/cells/facility-list.ts): a tier label or a platform number
 * before the name, audit ratings and dates after it, as code parts; the name is what is left.
 */
function stripFacilityListMarks(piece: Piece, parts: CellPart[]): Piece {
  let { text, start } = piece;
  for (let changed = true; changed;) {
    changed = false;
    const lead = tierLead(text) ?? platformLead(text);
    if (lead) {
      parts.push({ role: "code", text: lead[0].trim(), start, end: start + lead[0].length });
      text = text.slice(lead[0].length);
      start += lead[0].length;
      changed = true;
    }
    const end = auditEnd(text);
    if (end) {
      parts.push({ role: "code", text: end[0].trim(), start: start + end.index, end: start + text.length });
      text = text.slice(0, end.index);
      changed = true;
    }
  }
  return text === piece.text ? piece : { role: piece.role, text, start };
}

/** Every code has a digit: text without one is read no further. */
const DIGIT = /\d/;

/** Strips vendor or account codes before and after a name; the codes become parts of their own. */
function stripCodes(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  const empty = tables.emptyCodeEnd.exec(piece.text);
  if (empty && empty.index > 0 && TWO_LETTERS.test(piece.text.slice(0, empty.index))) {
    parts.push({ role: "code", text: empty[0].trim(), start: piece.start + empty.index, end: piece.start + piece.text.length });
    piece = { role: piece.role, text: piece.text.slice(0, empty.index), start: piece.start };
  }
  if (!DIGIT.test(piece.text)) return piece;
  let text = piece.text;
  let start = piece.start;
  const lead = tables.leadingCode;
  const m1 = lead.exec(text);
  if (m1 && TWO_LETTERS.test(text.slice(m1[0].length))) {
    parts.push({ role: "code", text: m1[0].replace(/[\s\-–:/|[\]()]+$/u, "").replace(/^[\s[({]+/u, ""), start, end: start + m1[0].length });
    text = text.slice(m1[0].length);
    start += m1[0].length;
  }
  // After the name: " (ID 55102)", " [V-2210]", " - 30018877", ", vendor no. 88120", " (Vendor ID: 100-442)", " V10023".
  const trail = tables.trailingCode;
  const m2 = trail.exec(text);
  if (m2 && m2.index > 0 && TWO_LETTERS.test(text.slice(0, m2.index))) {
    parts.push({ role: "code", text: m2[0].replace(/^[\s,;\-–([*]+|[\s)\]*]+$/gu, ""), start: start + m2.index, end: start + text.length });
    text = text.slice(0, m2.index);
  }
  return { role: piece.role, text, start };
}

/**
 * Strips a bank payment reference ("PAYMT TO ", "PAYMENT FOR INV 5521 TO ", "/BNF/", "CR ADV FRM ") or an invoice-header
 * label ("Seller: ", "销售方：") from the start of a name, and for a payment the reference after the name ("FOR INV
 * 7781", "/REF/PO 4471"). What is stripped becomes a code part.
 */
function stripLeadIn(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  const m = tables.leadIn.exec(piece.text) ?? tables.capitalStatusLead.exec(piece.text);
  if (!m || !m[0].trim() || !TWO_LETTERS.test(piece.text.slice(m[0].length))) return piece;
  parts.push({ role: "code", text: m[0].trim(), start: piece.start, end: piece.start + m[0].length });
  let text = piece.text.slice(m[0].length);
  const start = piece.start + m[0].length;
  const payment = /\p{L}/u.test(m[0]) && !/[:：]\s*$/u.test(m[0]);
  const tail = payment ? tables.paymentTail.exec(text) : null;
  if (tail && tail.index > 0 && TWO_LETTERS.test(text.slice(0, tail.index))) {
    parts.push({ role: "code", text: tail[0].trim(), start: start + tail.index, end: start + text.length });
    text = text.slice(0, tail.index);
  } else if (payment) {
    // A SWIFT reference after the name with more after it ("ORDERING CUSTOMER … OUR REF DC/24/0911, 1 Jalan Klang, …":
    // found by the property test once 12zx entered its pool; main gives None too): the name ends at the reference.
    const ref = swiftTail(text);
    if (ref > 0) {
      parts.push({ role: "code", text: text.slice(ref).trim(), start: start + ref, end: start + text.length });
      text = text.slice(0, ref);
    }
  }
  // A header label after a status mark ("[BLOCKED] MFR: …", "BLOCKED - MFR: …": found by the property test once 12zt
  // entered its pool) is read as at the start of a cell.
  const label = tables.leadIn.exec(text);
  if (label && /[:：]\s*$/u.test(label[0]) && !/[:：]\s*$/u.test(m[0]) && TWO_LETTERS.test(text.slice(label[0].length))) {
    parts.push({ role: "code", text: label[0].trim(), start, end: start + label[0].length });
    return { role: piece.role, text: text.slice(label[0].length), start: start + label[0].length };
  }
  // A payment lead after a status mark ("[ON HOLD] ORDERING CUSTOMER … OUR REF …": found by the property test once 12zx
  // entered its pool; main gives None too) is read as at the start of a cell, with its reference after the name.
  if (label && !/[:：]\s*$/u.test(label[0]) && /\p{L}/u.test(label[0]) && TWO_LETTERS.test(text.slice(label[0].length)))
    return stripLeadIn({ role: piece.role, text, start }, tables, parts);
  return { role: piece.role, text, start };
}

/** An opening bracket and the words after it at the end of a piece, its closing bracket past a role marker. */
const OPEN_NOTE_END = /\s*[(（[][^()（）[\]]{0,40}$/u;

/**
 * A status mark before a note in brackets that a role marker cut in two ("… Co., Ltd. **BLOCKED** (buy via local
 * agent)": the piece before "via" ends "**BLOCKED** (buy", 2026-12zr round): the bracket's start is set aside as a code
 * part, so the mark before it is read as at the end of a cell. Only when a status mark stands there; otherwise the piece
 * is returned unchanged (a legal form before the bracket is read by stripAddress, as before).
 */
function markBeforeCutNote(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  const open = OPEN_NOTE_END.exec(piece.text);
  if (!open || open.index === 0 || !endsInBracket(piece.text.slice(0, open.index))) return piece;
  const before: Piece = { role: piece.role, text: piece.text.slice(0, open.index), start: piece.start };
  if (stripStatusEnd(before, tables, []) === before) return piece;
  parts.push({ role: "code", text: open[0].trim(), start: piece.start + open.index, end: piece.start + piece.text.length });
  return before;
}

/** Strips a status marker at the end of a name (" (END-DATED)", " - INACTIVE"): a code part, as at the start. */
function stripStatusEnd(piece: Piece, tables: CellTables, parts: CellPart[]): Piece {
  // Every shape of statusEnd needs a dash, or a closing bracket or an asterisk at the end.
  if (!hasDash(piece.text) && !endsInBracket(piece.text)) return piece;
  const m = tables.statusEnd.exec(piece.text);
  if (!m || m.index === 0 || !TWO_LETTERS.test(piece.text.slice(0, m.index))) return piece;
  parts.push({
    role: "code",
    text: m[0].replace(/^[\s(（[*\-–]+|[\s)）\]*]+$/gu, ""),
    start: piece.start + m.index,
    end: piece.start + piece.text.length,
  });
  // Two status marks, one after the other ("… WORKS - HOLD [INACTIVE]": found by the property test once 12zj entered its
  // pool), are both set aside.
  return stripStatusEnd({ role: piece.role, text: piece.text.slice(0, m.index), start: piece.start }, tables, parts);
}

/** A dash between spaces: the shape of a status marker after a name that stripStatusEnd reads (" - NE PLUS UTILISER"). */
const STATUS_DASH = /\s[-–]\s/u;

/** The Chinese name up to its 公司 when a place, a note or a second bracket follows (CJK_COMPANY_END), or null; the
 * rest becomes an address part. */
function chineseHead(piece: Piece, parts: CellPart[]): Piece | null {
  // A cell with Latin words beside the Chinese is read by splitBilingual.
  if (!piece.text.includes("公司") || LATIN_WORD.test(piece.text)) return null;
  const m = CJK_COMPANY_END.exec(piece.text);
  if (!m) return null;
  const end = m.index + 2;
  // A branch after the name ("合肥美菱股份有限公司（四川分公司）") is read by the matcher, which says so.
  if (BRANCH.test(piece.text.slice(end))) return null;
  const lead = piece.text.slice(0, end).match(LEADING_OPENERS)?.[0].length ?? 0;
  if (!HAN.test(piece.text.slice(lead, end))) return null;
  parts.push({ role: "address", text: piece.text.slice(end).trim(), start: piece.start + end, end: piece.start + piece.text.length });
  return { role: piece.role, text: piece.text.slice(lead, end), start: piece.start + lead };
}

/** The comma and spaces, and a dash between spaces, between a legal form and an address. */
const BEFORE_ADDRESS = /^[\s,]+(?:[-–]\s+)?/u;
const LETTER_OR_FIGURE = /\p{L}|\d/u;

/** The name without an address after its legal form ("Camel Group Co., Ltd. 65 Hanjiang North Road, …"). */
function stripAddress(piece: Piece, tables: CellTables, parts: CellPart[]): Piece | null {
  const text = piece.text;
  const legal = tables.legalEnding;
  legal.lastIndex = 0;
  for (let m = legal.exec(text); m !== null; m = legal.exec(text)) {
    const end = m.index + m[0].length;
    const tail = text.slice(end).replace(BEFORE_ADDRESS, "");
    if (!tail || !LETTER_OR_FIGURE.test(tail)) continue;
    // A legal form followed by another legal form ("Co., Ltd.") is not the end of the name.
    if (LEGAL_CONTINUATION.test(tail)) continue;
    if (
      !tables.addressStart.test(tail) &&
      !/^\p{Lu}/u.test(tail) &&
      // A name note alone after the legal form, with nothing after it ("… SP. Z O.O. dawniej", "… s.r.o. dříve"): the
      // register marks the record of a former name without writing the name.
      !bareNameNote(tail, tables) &&
      tables.remitAny.exec(tail)?.index !== 0 &&
      !(/^[»”"'’]?\s*[(（]/u.test(tail) && !HAN.test(tail)) &&
      !text.slice(end).trimStart().startsWith(",") &&
      // A dash between spaces after the legal form ends the name in a lower-case cell as in capitals ("… co.,ltd. -
      // prov. extranjero").
      !/^\s+[-–]\s/u.test(text.slice(end))
    )
      continue;
    const tailStart = piece.start + text.indexOf(tail, end);
    parts.push({ role: "address", text: tail.trim(), start: tailStart, end: piece.start + text.length });
    return { role: piece.role, text: text.slice(0, end), start: piece.start };
  }
  return null;
}

/** One to three words in brackets at the end of a name, read as a name note when bareNameNote says so. */
const NOTE_WORDS_IN_BRACKETS_END = /\s*[(（]\s*([^()（）\s][^()（）]{0,30}?)\s*[)）]\s*$/u;
/** A name note word (cell-anatomy.json nameNotes) that is the whole of the text ("dawniej", "dříve", "formerly"). */
function bareNameNote(text: string, tables: CellTables): boolean {
  const m = tables.nameNote.exec(text);
  return m !== null && m[0].trimEnd().length === text.trimEnd().length;
}

/** The last word of a cell is a one-word name note (cell-anatomy.json nameNotes), told without a regular expression. */
function endsInNameNote(text: string, tables: CellTables): boolean {
  const trimmed = text.trimEnd();
  const space = trimmed.lastIndexOf(" ");
  return space > 0 && tables.oneWordNameNotes.has(trimmed.slice(space + 1).toLowerCase());
}

/** The Chinese and the Latin-script names of a bilingual cell ("Camel Group Co., Ltd. (骆驼集团股份有限公司)"). */
function splitBilingual(piece: Piece): Piece[] {
  if (!HAN.test(piece.text) || !LATIN_WORD.test(piece.text)) return [];
  const han = piece.text.match(/[\p{Script=Han}（）()]+/gu) ?? [];
  const chinese = han
    .map((h) => h.replace(/^[（）()]+|[（）()]+$/gu, ""))
    .filter((h) => HAN.test(h))
    .join("");
  const latin = piece.text
    .replace(/[\p{Script=Han}]+/gu, " ")
    .replace(/[（(]\s*[）)]/gu, " ")
    .replace(/[（）]/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s/(（]+|[\s/)）]+$/gu, "")
    .trim();
  const out: Piece[] = [];
  if (chinese) out.push({ role: "chinese_name", text: chinese, start: piece.start + piece.text.search(HAN) });
  if (LATIN_WORD.test(latin)) out.push({ role: "latin_name", text: latin, start: piece.start });
  return out;
}

/**
 * The name without the word an ERP field cut ("CHINA COTTON GROUP SHANDONG LOGISTI" → "CHINA COTTON GROUP SHANDONG"),
 * or null. Only a Latin-script text exactly as long as a field (fieldLengths) and not ending in a legal form is read
 * so; a text cut at a space keeps its last word. Words that only join ("and", "of", "the", "&") are dropped from the new end.
 */
function uncut(piece: Piece, tables: CellTables): Piece | null {
  const text = piece.text.trimStart();
  if (!tables.fieldLengths.has(text.length) || HAN.test(text) || !LATIN_WORD.test(text)) return null;
  // A name that ends in its legal form was not cut.
  if (endsWithLegalForm(text, tables)) return null;
  const kept = (/\s$/u.test(text) ? text : text.replace(/\s*\S+$/u, "")).replace(/(?:[\s,&-]+(?:and|of|the|&))*[\s,&-]*$/iu, "");
  if (kept.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < 2) return null;
  return { role: piece.role, text: kept, start: piece.start + piece.text.length - text.length };
}

const WHOLE = (text: string): CellAnatomy => {
  const part: CellPart = { role: "name", text: text.trim(), start: 0, end: text.length };
  return { parts: [part], candidates: [part], structured: false, hasNonSupplierPart: false };
};

/**
 * False when readCellAnatomy would find nothing but a name, told without reading the cell: no character a code,
 * an address or a split needs, no role marker, no Chinese beside Latin words, no legal form followed by more text,
 * no ERP field length, no lead-in, nothing after 公司. Callers that only need to know
 * whether a cell has parts skip the reading (and the objects it returns) for most cells.
 */
export function mayHaveParts(text: string, tables: CellTables = CELL_TABLES): boolean {
  // The same conditions as ever, cheapest first; the costly patterns run only after a necessary character or word
  // is there (a comma for LEGAL_COMMA; "ltd" and a space, a bracket or " of " for LEGAL_THEN_WORDS), and the role
  // markers, the costliest test and the rarest, last. A bracket or an asterisk at the end, read without a regular
  // expression, comes second: such cells would otherwise run most of the patterns (LEGAL_THEN_WORDS among them) first.
  return (
    tables.fieldLengths.has(text.length) ||
    endsInBracket(text) ||
    MAY_HAVE_STRUCTURE.test(text) ||
    (text.includes("公司") && CJK_COMPANY_END.test(text)) ||
    ((text.includes(" ") || text.includes("\u3000")) && CJK_WORD_AFTER_SPACE.test(text)) ||
    tables.leadIn.test(text) ||
    tables.capitalStatusLead.test(text) ||
    (HAN.test(text) && LATIN_WORD.test(text)) ||
    (text.includes(",") && LEGAL_COMMA.test(text)) ||
    (text.includes(",") && cityAfterComma(text) !== null) ||
    (LEGAL_THEN_WORDS_NEEDS.test(text) && LEGAL_THEN_WORDS.test(text)) ||
    LEGAL_THEN_CAPITALS.test(text) ||
    (tables.remitAny.test(text) && tables.legalThenRemit.test(text)) ||
    endsInNameNote(text, tables) ||
    tables.markerAny.test(text) ||
    hasNameNoteInside(text, tables) ||
    (text.includes("-") && SITE_CODE_END.test(text)) ||
    // A facility after a dash ("… CO.,LTD.-CASHMERE MILL", "… Group — dye house", 2026-12zv round; any dash: review-names-6).
    (ANY_DASH.test(text) && hasFacilityPart(text, tables)) ||
    text.includes("บริษัท") ||
    hasEntryCode(text, tables) ||
    tables.agentAny.test(text) ||
    // A SWIFT party field's tag, account line, label line or the bank's words (2026-12zw round, src/core/cells/swift.ts).
    swiftAny(text) ||
    // An enrichment export's identifiers, industry codes, grades or labels (2026-12zx round, src/core/cells/enrichment.ts).
    hasEnrichmentMark(text) ||
    // A marketplace storefront's badges, ratings, product title or the buyer's notes after the name (2026-12zy round,
    // src/core/cells/storefront.ts).
    hasStorefrontData(text) ||
    // An LkSG risk-analysis workbook's labels, ratings, measures, status notes and German goods around the name (2026-12zz
    // round, src/core/cells/lksg.ts).
    hasLksgData(text) ||
    // A consortium or joint bid in an award notice, its members screened each (2026-12zzf round,
    // src/core/cells/consortium.ts; a wrapper word at the cell's start first).
    consortiumMembers(text, (t) => endsInLegalForm(t, tables)).length > 0 ||
    // A US federal vendor master's CAGE codes, UEIs, flags, SAM notes, remit-to places and distributors after the name
    // (2026-12zzc round, src/core/cells/federal.ts).
    hasFederalData(text) ||
    tables.emptyCodeEnd.test(text) ||
    // An invoice-capture export's place after a bar, letterhead city or vessel after "for F/V" (2026-12zze round,
    // src/core/cells/invoice-capture.ts; a bar, a city word or a lead word first).
    (mayHaveCaptureParts(text) && captureReadingsOf(text, tables).length > 0) ||
    // A legal form cut by a line's end with a space inside it ("… SDN BH D", matching-53, src/core/cells/split-legal-form.ts).
    joinSplitLegalForms(text, tables.legalEnding) !== null
  );
}

/** An invoice-capture export's readings of a cell (src/core/cells/invoice-capture.ts), with the tables' places. */
function captureReadingsOf(text: string, tables: CellTables): CaptureReading[] {
  return captureReadings(
    text,
    (word) => bundledTables().places.has(word),
    (t) => endsInLegalForm(t, tables),
  );
}

/** Any dash: a hyphen, an en dash or an em dash. */
const ANY_DASH = /[-–—]/u;

/** A facility part after a dash (src/core/cells/facility-list.ts): the gate's test for one after a bare hyphen
 * straight after a legal form ("… CO.,LTD.-CASHMERE MILL") or after an em dash ("… Group — dye house"), which no other
 * test of the gate sees. */
export function hasFacilityPart(text: string, tables: CellTables = CELL_TABLES): boolean {
  return facilityPart(text, (t) => endsWithLegalForm(t, tables)) > 0;
}

/** An entry's code with its label (an MID without figures: the codes with figures pass MAY_HAVE_STRUCTURE). */
function hasEntryCode(text: string, tables: CellTables): boolean {
  tables.entryCode.lastIndex = 0;
  return tables.entryCode.test(text);
}

/** A name note between two names (nameNoteBetween reads whether a legal form is before it). */
function hasNameNoteInside(text: string, tables: CellTables): boolean {
  tables.nameNoteInside.lastIndex = 0;
  return tables.nameNoteInside.test(text);
}

/** CLOSING_END without a regular expression: the last character that is not a space closes a bracket or is an asterisk. */
function endsInBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  if (c === 41 /* ) */ || c === 93 /* ] */ || c === 0xff09 /* ） */ || c === 42 /* * */) return true;
  // Another space (a tab, a no-break space) before the end: the regular expression decides.
  return i >= 0 && /\s/.test(text[i]) && CLOSING_END.test(text);
}

/** Reads a supplier cell's parts. Cells that are just a name (most) come back as one "name" part. */
export function readCellAnatomy(text: string, tables: CellTables = CELL_TABLES): CellAnatomy {
  return mayHaveParts(text, tables) ? readCellParts(text, tables) : WHOLE(text);
}

/** readCellAnatomy for a cell that mayHaveParts has already found may have parts. */
export function readCellParts(cell: string, tables: CellTables = CELL_TABLES, joinCutForms = true): CellAnatomy {
  const parts: CellPart[] = [];
  // A register's note in brackets at the end naming an agent, an owner, a flag or a contact (2026-12zzg round) is set
  // aside before the cell is split, as its semicolons and Attn: belong to the note, not to the cell.
  const text = stripRegisterBracketNote(cell, parts);
  const candidates: Piece[] = [];
  const suppliers = splitSuppliers(text, tables);
  const swiftBehindMarks: Piece[] = [];
  for (const supplier of suppliers) {
    let previous = "";
    for (const marked of splitMarkers({ role: supplier.role ?? "name", text: supplier.text, start: supplier.start }, tables)) {
      // A forwarder keyed first and a maker after c/o ("DHL GLOBAL FORWARDING (THAILAND) LIMITED C/O ZHUHAI APEX …",
      // 2026-12zg round): the part after c/o is screened too, keeping its care-of role (the screener never takes it
      // for the supplier: a match on it is at most a possible match); otherwise a care-of address, not screened.
      const forwarded = marked.role === "care_of" && tables.forwarder.test(previous);
      previous = marked.text;
      if (!forwarded && (marked.role === "care_of" || marked.role === "attention" || marked.role === "notify")) {
        parts.push(toPart(marked));
        continue;
      }
      const piece: Piece = stripWorkbookNotes(stripFacilityListMarks(marked, parts), parts);
      const first = candidates.length;
      // A vendor-site code may stand before a code after a dash ("… CO LTD-CN01 - 1000": found by the property test once
      // 12zj entered its pool): it is read again once the code is off.
      const led = stripLeadIn(stripSiteCode(stripEntryCodes(stripContacts(piece, parts), tables, parts), tables, parts), tables, parts);
      const uncoded = stripCodes(led, tables, parts);
      // A register label or a payment lead after a vendor code at the start ("1001 - MFR: …", "0 - ORDERING CUSTOMER …":
      // found by the property test once 12zza entered its pool; main gave None and Review) is read as at the start of a cell.
      const relabelled = uncoded.start > led.start ? stripLeadIn(uncoded, tables, parts) : uncoded;
      const coded = stripCurrency(stripSiteCode(relabelled, tables, parts), tables, parts);
      // A SWIFT party field behind a status mark ("[BLOCKED] 59:/… NAME OUR REF …": found by the property test once 12zw
      // entered its pool) is read as at the start of a cell without the mark.
      if (coded.text !== marked.text && coded.start > marked.start)
        for (const r of swiftNameReadings(coded.text)) swiftBehindMarks.push({ role: "name", text: r.text, start: coded.start + r.start });
      // A code after a code word before a status marker ("… CC VAT 4210987654 [DO NOT USE]": found by the property test
      // once 12zn entered its pool) is read as at the end of a cell without the marker.
      const unmarked = stripStatusEnd(markBeforeCutNote(coded, tables, parts), tables, parts);
      // A vendor-site code before the status marker ("… CO.,LTD.-CN01 - BLOCKED": found by the property test once 12zw
      // entered its pool) is read as at the end of a cell without the marker.
      const unsited = unmarked === coded ? unmarked : stripSiteCode(stripCodes(unmarked, tables, parts), tables, parts);
      // The supplier's own facility after a dash ("Esquel Group – Gaoming Weaving & Dyeing Mill", "… CO.,LTD.-CASHMERE
      // MILL", 2026-12zv round): set aside as a facility part; the name before it is read as the name, the whole as well.
      const site = facilityPart(unsited.text, (t) => endsWithLegalForm(t, tables));
      const bare: Piece = site > 0 ? { role: unsited.role, text: unsited.text.slice(0, site), start: unsited.start } : unsited;
      if (site > 0)
        parts.push({
          role: "facility",
          text: unsited.text
            .slice(site)
            .replace(/^[\s\-–—]+/u, "")
            .trim(),
          start: unsited.start + site,
          end: unsited.start + unsited.text.length,
        });
      parts.push(toPart(bare));
      candidates.push(bare);
      if (site > 0) candidates.push(unsited);
      // Two codes after the name, one after the other ("… Copper (Acct# 8830429) (V1000)": found by the property test once
      // 12zs entered its pool): the code before the last is read as at the end of a cell without it.
      const codeBeforeCode = stripCodes(bare, tables, []);
      if (codeBeforeCode.text !== bare.text && TWO_LETTERS.test(codeBeforeCode.text)) candidates.push(codeBeforeCode);
      const cjkWord = cjkWordAfterSpace(bare.text, tables);
      if (cjkWord) setAsideEnd(bare, cjkWord.index, bare.text.slice(cjkWord.index), cjkWord.role, parts, candidates);
      const bracketed = nameInBrackets(bare.text, tables);
      if (bracketed) candidates.push({ role: bare.role, text: bracketed.text, start: bare.start + bracketed.index });
      const thai = bare.text.includes("บริษัท") ? thaiCompanyName(bare.text, tables) : null;
      if (thai) candidates.push({ role: bare.role, text: thai, start: bare.start });
      const cjkHead = chineseHead(bare, parts);
      if (cjkHead) candidates.push(cjkHead);
      const ofPlace = LEGAL_OF_PLACE_NEEDS.test(bare.text) ? LEGAL_OF_PLACE.exec(bare.text) : null;
      if (ofPlace && PLACE_WORDS.test(ofPlace[2]))
        candidates.push({ role: bare.role, text: `${ofPlace[2]} ${ofPlace[1].trim()}`, start: bare.start });
      const cityFirst = cityAfterComma(bare.text);
      if (cityFirst) candidates.push({ role: bare.role, text: cityFirst, start: bare.start });
      const cut = uncut(bare, tables);
      if (cut) candidates.push(cut);
      // An export that joins the name field and the address fields with commas ("… TECHNOLOGY GRO, 1 Jalan Klang,
      // Shah Alam"): the name field before the first comma may be cut too.
      const comma = bare.text.indexOf(",");
      if (!cut && comma > 0) {
        const field = uncut({ role: bare.role, text: bare.text.slice(0, comma), start: bare.start }, tables);
        if (field) candidates.push(field);
      }
      const noAddress = stripAddress(bare, tables, parts);
      if (noAddress) candidates.push(noAddress);
      // A country code in brackets at the end ("… CO (CN)"), or a city or region after a name without a legal form ("Asli
      // Maydi (Hargeisa)") or after a dash ("ASLI MAYDI - SOMALILAND"): the name without it is screened as well as the whole cell.
      const code = placeAtEnd(bare.text);
      if (code && !noAddress) setAsideEnd(bare, code.index, code[0], "address", parts, candidates);
      // A house number and a street with an address word after a comma end a name without a legal form too ("… FACTORY (INNER MONGOLIA),
      // 1 JALAN KLANG, …": found by the property test once 12zc entered its pool); a region or country in brackets before
      // the address is read as at the end of a cell without it.
      const street =
        comma > 0 && !noAddress
          ? bare.text
              .slice(comma + 1)
              .trimStart()
              .split(",")[0]
              .split(/\s+/u)
          : [];
      const numbered =
        street.length > 0 &&
        /^\d+[A-Za-z]?$/u.test(street[0]) &&
        street.slice(1).some((w, k, rest) => /^\p{L}/u.test(w) && tables.addressStart.test(rest.slice(k).join(" ")))
          ? { role: bare.role, text: bare.text.slice(0, comma), start: bare.start }
          : null;
      if (numbered) candidates.push(numbered);
      const beforeAddress = noAddress ?? numbered;
      if (beforeAddress) {
        const noAddressText = beforeAddress.text.trimEnd();
        const placeInside = endsInRoundBracket(noAddressText)
          ? (PLACE_IN_BRACKETS_END.exec(noAddressText) ?? placeInBrackets(noAddressText))
          : null;
        if (placeInside && placeInside.index > 0)
          candidates.push({ role: bare.role, text: noAddressText.slice(0, placeInside.index), start: beforeAddress.start });
      }
      const placeCountry = code || noAddress ? null : placeAndCountryInBrackets(bare.text);
      if (placeCountry) setAsideEnd(bare, placeCountry.index, placeCountry[0], "address", parts, candidates);
      const cjkPlace = code || noAddress || placeCountry ? null : cjkPlaceInBrackets(bare.text);
      if (cjkPlace) setAsideEnd(bare, bare.text.length - cjkPlace[1].length, cjkPlace[1], "address", parts, candidates);
      const note = nameNoteInBrackets(bare.text, tables) ?? nameNoteBetween(bare.text, tables);
      if (note) {
        candidates.push({ role: bare.role, text: bare.text.slice(0, note.index), start: bare.start });
        if (note.name) candidates.push({ role: bare.role, text: note.name, start: bare.start + note.index });
      }
      // A name note alone in brackets at the end ("… TRANSFER RESERVE (formerly)", "… (f/k/a)"): the register says the
      // name is a former one, and names no other; the name before it is screened as well.
      const noteAlone = note || code || !endsInRoundBracket(bare.text) ? null : NOTE_WORDS_IN_BRACKETS_END.exec(bare.text);
      if (noteAlone && bareNameNote(noteAlone[1], tables)) setAsideEnd(bare, noteAlone.index, noteAlone[0], "code", parts, candidates);
      const restated = code || noAddress || placeCountry || cjkPlace || note ? null : restatedInBrackets(bare.text);
      if (restated) setAsideEnd(bare, restated.index, restated[0], "code", parts, candidates);
      // The note is at the very end, after an address or an inverted name too ("… Co., Ltd., SDIC Xinjiang [STORES]").
      const registered = registerNote(bare.text);
      let noCodeBeforeNote: Piece | null = null;
      if (registered) {
        setAsideEnd(bare, registered.index, registered[0], "code", parts, candidates);
        // The name field before the note may be cut, as a name without a note is ("… TECHNOLOGY GRO [STORES]").
        const before: Piece = { role: bare.role, text: bare.text.slice(0, registered.index), start: bare.start };
        const cutBefore = uncut(before, tables);
        if (cutBefore) candidates.push(cutBefore);
        // Two notes, one after the other ("… LIMITED [Ginner] [STORES]": found by the property test once 12zn entered its
        // pool), are both set aside, as two status marks are.
        const noteBeforeNote = registerNote(before.text.trimEnd());
        if (noteBeforeNote && TWO_LETTERS.test(before.text.slice(0, noteBeforeNote.index)))
          candidates.push({ role: bare.role, text: before.text.slice(0, noteBeforeNote.index), start: bare.start });
        // A Chinese name before the note, with a city in brackets after its legal form, is read without the city, as the
        // cell without the note is ("《新疆…股份有限公司》（乌鲁木齐） [STORES]": found by the property test once 12w entered its pool).
        const headBefore = chineseHead(before, []);
        if (headBefore) candidates.push(headBefore);
        // A status marker after a dash before the note is read as at the end of a cell without the note ("… WORKS - HOLD
        // [STORES]": found by the property test once 12zb entered its pool).
        const statusBefore = stripStatusEnd(before, tables, []);
        if (statusBefore !== before) candidates.push(statusBefore);
        // A country code, place or word in brackets or after a dash before the note is read as it is at the end of a cell
        // without the note ("… PLANT (CEPILLADORAS) [STORES]": found by the property test once 12y entered its pool; a place
        // and a country in one bracket, "… FARM (SHINAN, KOREA) [STORES]", once 12zc entered it).
        const beforeText = before.text.trimEnd();
        const placeBefore = placeAtEnd(beforeText) ?? placeAndCountryInBrackets(beforeText);
        if (placeBefore && placeBefore.index > 0)
          candidates.push({ role: bare.role, text: beforeText.slice(0, placeBefore.index), start: bare.start });
        // A Chinese name without a legal form with a Chinese city in brackets before the note is read without the city,
        // as the cell without the note is ("晨光生物科技集團 (邯鄲) [STORES]": found by the property test once 12zd entered
        // its pool).
        const cjkPlaceBefore = placeBefore ? null : cjkPlaceInBrackets(beforeText);
        if (cjkPlaceBefore)
          candidates.push({ role: bare.role, text: beforeText.slice(0, beforeText.length - cjkPlaceBefore[1].length), start: bare.start });
        // A bracket that gives the firm's current or former name before the note is read as at the end of a cell without
        // the note, both names screened ("PT … FIBER (SEKARANG … FIBER) [STORES]": found by the property test once 12zk
        // entered its pool).
        const noteBefore = nameNoteInBrackets(beforeText, tables);
        if (noteBefore) {
          candidates.push({ role: bare.role, text: beforeText.slice(0, noteBefore.index), start: bare.start });
          candidates.push({ role: bare.role, text: noteBefore.name, start: bare.start + noteBefore.index });
        }
        // A code after a code word before the note is read as at the end of a cell without the note ("… 中糧糖業 供應商代碼
        // FD-0415 [STORES]": found by the property test once 12zm entered its pool); its bilingual halves are read below.
        const codeBefore = stripCodes(before, tables, []);
        if (codeBefore.text !== before.text && TWO_LETTERS.test(codeBefore.text)) {
          candidates.push(codeBefore);
          noCodeBeforeNote = codeBefore;
        }
      }
      const grade = lastMark(bare.text) === "%" ? GRADE_AFTER_DASH_END.exec(bare.text) : null;
      if (grade) setAsideEnd(bare, grade.index, grade[0], "code", parts, candidates);
      // A lone word before the note ("Sigma - Tier 2 packaging", "Top Tier 1") is no firm's name: the cell is read as
      // before the rule, whole.
      const tier = TIER.test(bare.text) ? TIER_NOTE_END.exec(bare.text) : null;
      if (tier && /\S\s+\S/u.test(bare.text.slice(0, tier.index).trim())) {
        setAsideEnd(bare, tier.index, tier[0], "code", parts, candidates);
        // A code, place or initials in brackets before the note is read as at the end of a cell without it ("… CORPS
        // (XPCC) - Tier 3 cotton").
        const beforeTier = bare.text.slice(0, tier.index).trimEnd();
        const placeBefore = placeAtEnd(beforeTier);
        if (placeBefore && placeBefore.index > 0)
          candidates.push({ role: bare.role, text: beforeTier.slice(0, placeBefore.index), start: bare.start });
      }
      // A register's note is not a name of the firm: the Chinese and the Latin names of a bilingual cell are read without
      // it, so that a note alone beside a Chinese name ("晨光生物科技集團 (邯鄲) [STORES]") is not screened as its English name.
      const beforeNote =
        noCodeBeforeNote ??
        (registered && TWO_LETTERS.test(bare.text.slice(0, registered.index))
          ? { role: bare.role, text: bare.text.slice(0, registered.index), start: bare.start }
          : bare);
      for (const b of splitBilingual(noAddress ?? beforeNote)) candidates.push(b);
      // The goods after a dash or in a bracket at the end of the name or of a reading of it without its place or note
      // ("FINCA … - COFFEE (MEXICO)"): the name before them is screened as well.
      // A reading without goods is read again, so that goods after goods are set aside too ("TAEPYUNG SALT FARM (COREA
      // DEL SUR) - sal marina - GREEN TEA": found by the property test once 12zg entered its pool).
      const readings = candidates.length;
      for (let k = first; k < candidates.length && k < readings + 8; k++) {
        const c = candidates[k];
        const at = productPart(c.text, tables);
        if (at <= 0) continue;
        const before = candidates.length;
        setAsideEnd(c, at, c.text.slice(at), "product", parts, candidates);
        // A country or a region in brackets left at the end of the name once the goods are set aside ("TAEPYUNG SALT
        // FARM (SOUTH KOREA) - sea salt", 2026-12zf round) is read as at the end of a cell.
        if (candidates.length === before) continue;
        const t = candidates[before].text.trimEnd();
        const place = placeInBrackets(t);
        if (place && place.index > 0) candidates.push({ role: c.role, text: t.slice(0, place.index), start: c.start });
      }
      // A status marker after a dash left at the end of a reading without the goods or the address after it ("… (YILI) -
      // NE PLUS UTILISER - GREEN TEA", "… - NE PLUS UTILISER, 1 Jalan Klang, …") is read as at the end of a cell, and a
      // place before it too; a name field cut by the ERP before the goods is read as without them ("… TECHNOLOGY GRO -
      // GREEN TEA"). Both found by the property test once 12ze entered its pool.
      // A one-word name note left at the end of such a reading after a legal form ("… SP. Z O.O. dawniej [STORES]", "…
      // dawniej - GREEN TEA") is set aside as at the end of a cell (found by the property test once 12zf entered its pool).
      for (const c of candidates.slice(first + 1)) {
        const cutBefore = uncut(c, tables);
        if (cutBefore) candidates.push(cutBefore);
        // A Chinese word after a space left at the end of such a reading ("众和股份 电子铝箔 [STORES]", "… - GREEN TEA") is
        // read as at the end of a cell (found by the property test once 12zx entered its pool; main gives None too).
        const cjkLeft = c.text.includes(" ") ? cjkWordAfterSpace(c.text, tables) : null;
        if (cjkLeft && cjkLeft.index > 0) candidates.push({ role: c.role, text: c.text.slice(0, cjkLeft.index), start: c.start });
        // A name note in brackets left at the end of such a reading ("… BERHAD (formerly known as … BERHAD) (crude palm
        // oil)") gives both names, as at the end of a cell (found by the property test once 12zr entered its pool).
        const noteLeft = note || !endsInRoundBracket(c.text) ? null : nameNoteInBrackets(c.text.trimEnd(), tables);
        if (noteLeft) {
          candidates.push({ role: c.role, text: c.text.slice(0, noteLeft.index), start: c.start });
          candidates.push({ role: c.role, text: noteLeft.name, start: c.start + noteLeft.index });
        }
        if (endsInNameNote(c.text, tables)) {
          const noNote = stripAddress(c, tables, []);
          if (noNote) candidates.push(noNote);
        }
        // A vendor-site code left at the end of such a reading ("… CO., LTD.-URC [STORES]", "… -URC - GREEN TEA") is
        // read as at the end of a cell (found by the property test once 12zg entered its pool).
        const noSite = stripSiteCode(c, tables, []);
        if (noSite !== c) candidates.push(noSite);
        // A code after a code word left at the end of such a reading ("… CC VAT 4210987654 - GREEN TEA", "… CC VAT
        // 4210987654, 1 Jalan Klang, …") is read as at the end of a cell (found by the property test once 12zn entered its pool).
        const noCode = stripCodes(c, tables, []);
        if (noCode.text !== c.text && TWO_LETTERS.test(noCode.text)) {
          candidates.push(noCode);
          // Goods before that code ("1004440 JIANGGUOGUO - DRIED FRUIT [SUP-30220] - GREEN TEA", "… [SUP-30220], 1 Jalan
          // Klang, …": found by the property test once 12zzb entered its pool) are set aside as at the end of a cell.
          const goods = productPart(noCode.text, tables);
          if (goods > 0 && TWO_LETTERS.test(noCode.text.slice(0, goods)))
            candidates.push({ role: c.role, text: noCode.text.slice(0, goods), start: noCode.start });
        }
        // A tier note left at the end of such a reading ("… PLANT (Tier 3 - rubber chemicals) [STORES]", "… - GREEN TEA") is
        // set aside as at the end of a cell (found by the property test once 12zs entered its pool).
        const tierLeft = TIER.test(c.text) ? TIER_NOTE_END.exec(c.text) : null;
        if (tierLeft && /\S\s+\S/u.test(c.text.slice(0, tierLeft.index).trim()))
          candidates.push({ role: c.role, text: c.text.slice(0, tierLeft.index), start: c.start });
        // A provenance note left at the end of such a reading ("… Jingweida (per invoice), 1 Jalan Klang, …", "… (per
        // invoice) [STORES]", "… (per invoice) - GREEN TEA") is set aside as at the end of a cell (found by the property
        // test once 12zzd entered its pool; main missed these too).
        const noProvenance = endsInRoundBracket(c.text) ? stripWorkbookNotes(c, []) : c;
        if (noProvenance !== c && TWO_LETTERS.test(noProvenance.text)) candidates.push(noProvenance);
        if (!STATUS_DASH.test(c.text) && !endsInBracket(c.text)) continue;
        const noStatus = stripStatusEnd(c, tables, []);
        if (noStatus === c) continue;
        candidates.push(noStatus);
        const t = noStatus.text.trimEnd();
        const place = placeAtEnd(t);
        if (place && place.index > 0) candidates.push({ role: c.role, text: t.slice(0, place.index), start: c.start });
      }
    }
  }
  const hasNonSupplierPart = parts.some((p) => p.role === "care_of" || p.role === "attention" || p.role === "notify");
  // The child of "Parent : Child" is the supplier: its readings come before the parent's.
  if (candidates.some((c) => c.role === "parent")) candidates.sort((a, b) => Number(a.role === "parent") - Number(b.role === "parent"));
  const seen = new Set<string>();
  const unique: CellPart[] = [];
  // A SWIFT party field's names without its tag, account, labels, the bank's words, references and amounts, its lines
  // joined (2026-12zw round, src/core/cells/swift.ts): read first, as the parts of a cell the register wrote so.
  // Each reading is read for its own parts too (a place or an address after the name: "ASLI MAYDI BERBERA SOMALILAND").
  const swift: Piece[] = swiftNameReadings(text).flatMap((r) => {
    const reading: Piece = { role: "name", text: r.text, start: r.start };
    if (!mayHaveParts(r.text, tables)) return [reading];
    return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
  });
  // An enrichment export's name readings without its identifiers, industry codes, grades, markers and labels (2026-12zx
  // round, src/core/cells/enrichment.ts): read first, each read for its own parts too. A parent or ultimate owner
  // ("GU: …") is a party of its own: the anatomy's other readings of its field are not screened as the supplier.
  const readings = enrichmentNameReadings(text);
  const ultimates = readings.filter((r) => r.role === "ultimate").map((r) => ({ start: r.start, end: r.start + r.text.length }));
  for (const u of ultimates) parts.push({ role: "ultimate", text: text.slice(u.start, u.end), start: u.start, end: u.end });
  const enrichment: Piece[] = readings.flatMap((r) => {
    const reading: Piece = { role: r.role, text: r.text, start: r.start };
    if (!mayHaveParts(r.text, tables)) return [reading];
    const own = readCellParts(r.text, tables).candidates.map((c) => ({
      role: r.role === "name" ? c.role : r.role,
      text: c.text,
      start: r.start + c.start,
    }));
    return [reading, ...own];
  });
  // An LkSG risk-analysis workbook's name without its labels, ratings, measures, status notes and German goods (2026-12zz
  // round, src/core/cells/lksg.ts): read first, each read for its own parts too. A trader the goods come through
  // ("bezogen über …") is a care-of party, never screened (as after "via"); a vessel's owner ("Eigner: …") is a party of
  // its own, as an enrichment export's parent is.
  const lksgReadings = lksgNameReadings(text);
  let lksgCareOf = false;
  for (const r of lksgReadings) {
    if (r.role === "name") continue;
    if (r.role === "care_of") lksgCareOf = true;
    ultimates.push({ start: r.start, end: r.start + r.text.length });
    parts.push({ role: r.role, text: r.text, start: r.start, end: r.start + r.text.length });
  }
  const lksg: Piece[] = lksgReadings.flatMap((r) => {
    const reading: Piece = { role: r.role, text: r.text, start: r.start };
    if (r.role === "care_of") return [];
    if (r.role !== "name" || !mayHaveParts(r.text, tables)) return [reading];
    return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
  });
  // A consortium or joint bid named as one winner in an award notice ("Konsorcjum: A (lider), B", "UTE A – B",
  // "Groupement solidaire A et B"; 2026-12zzf round, src/core/cells/consortium.ts): each member a supplier of its own,
  // without the wrapper and the role notes, read for its own parts too.
  const consortium: Piece[] = consortiumMembers(text, (t) => endsInLegalForm(t, tables)).flatMap((r) => {
    const reading: Piece = { role: "name", text: r.text, start: r.start };
    if (!mayHaveParts(r.text, tables)) return [reading];
    return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
  });
  // A US federal vendor master's name without its identifiers, flags, notes and remit-to place (2026-12zzc round,
  // src/core/cells/federal.ts): read first, read for its own parts too. A distributor after "VIA DISTRIBUTOR" is a
  // party of its own, screened, as an enrichment export's parent is.
  const federalReadings = federalNameReadings(text);
  for (const r of federalReadings) {
    if (r.role === "name") continue;
    ultimates.push({ start: r.start, end: r.start + r.text.length });
    parts.push({ role: r.role, text: r.text, start: r.start, end: r.start + r.text.length });
  }
  const federal: Piece[] = federalReadings.flatMap((r) => {
    const reading: Piece = { role: r.role, text: r.text, start: r.start };
    if (r.role !== "name" || !mayHaveParts(r.text, tables)) return [reading];
    return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
  });
  // The name with the place an Australian "C/-" gives after it ("State Penitentiary C/- Ciudad Victoria, Tamaulipas" →
  // "State Penitentiary, Ciudad Victoria, Tamaulipas": 2026-12zzd round, src/core/cells/care-of-place.ts), read as a
  // name and its address; the part after the marker is a care-of part as after "c/o", never the supplier alone.
  const careOfPlace = careOfPlaceReading(text, (t) => endsInLegalForm(t, tables));
  const careOfPlaceReadings: Piece[] = careOfPlace ? [{ role: "name", text: careOfPlace.text, start: careOfPlace.start }] : [];
  // An invoice-capture export's name with the place after a stray bar, without the letterhead's city and province, or
  // a vessel after "for F/V" (2026-12zze round, src/core/cells/invoice-capture.ts): each read for its own parts too.
  const capture: Piece[] = captureReadingsOf(text, tables).flatMap((r) => {
    const reading: Piece = { role: "name", text: r.text, start: r.start };
    if (!mayHaveParts(r.text, tables)) return [reading];
    return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
  });
  const outsideUltimates = (c: Piece) => !ultimates.some((u) => c.start < u.end && c.start + c.text.length > u.start);
  // A marketplace storefront's name without its badges, ratings, product title and the buyer's notes (2026-12zy round,
  // src/core/cells/storefront.ts): read after the anatomy's own readings, of the cell and of each of them (a code before
  // the name: "V1000 - … Plant - planer machine B665"); the cell's reading is read for its own parts too (a town after a
  // dash left with the name: "SHUANGHE FARM - Qiqihar").
  const storefront: Piece[] = [
    ...storefrontNameReadings(text).flatMap((r) => {
      const reading: Piece = { role: "name", text: r.text, start: r.start };
      if (!mayHaveParts(r.text, tables)) return [reading];
      return [reading, ...readCellParts(r.text, tables).candidates.map((c) => ({ role: c.role, text: c.text, start: r.start + c.start }))];
    }),
    ...candidates
      .filter(outsideUltimates)
      .flatMap((c) => storefrontNameReadings(c.text).map((r) => ({ role: c.role, text: r.text, start: c.start + r.start }))),
  ];
  // A legal form cut by a line's end with a space inside it ("… SDN BH D NOTIFY: …", matching-53,
  // src/core/cells/split-legal-form.ts): the cell read again without that space, its readings after the cell's own ones
  // (where both find a listing alike, the part as written is shown).
  const healed = joinCutForms ? joinSplitLegalForms(text, tables.legalEnding) : null;
  const joinedForms: Piece[] =
    healed === null
      ? []
      : [
          { role: "name", text: healed, start: 0 },
          ...(mayHaveParts(healed, tables)
            ? readCellParts(healed, tables, false).candidates.map((c) => ({ role: c.role, text: c.text, start: c.start }))
            : []),
        ];
  for (const c of [
    ...swift,
    ...swiftBehindMarks,
    ...enrichment,
    ...lksg,
    ...consortium,
    ...federal,
    ...candidates.filter(outsideUltimates),
    ...careOfPlaceReadings,
    ...capture,
    ...storefront,
    ...joinedForms,
  ]) {
    const part = toPart(c);
    const key = part.text.toLowerCase();
    if (!part.text || seen.has(key)) continue;
    seen.add(key);
    unique.push(part);
  }
  const structured = !(unique.length === 1 && unique[0].text === text.trim() && parts.length <= 1);
  if (!structured) return WHOLE(text);
  parts.sort((a, b) => a.start - b.start);
  return { parts, candidates: unique.slice(0, 12), structured, hasNonSupplierPart: hasNonSupplierPart || lksgCareOf };
}

/** A comma, semicolon, colon or dash at either end of a part, with the spaces around it, left by a split. */
const PART_EDGES = /^[\s,;:\-–]+|[\s,;:\-–]+$/gu;
const isEdgeMark = (c: string) => c !== "" && ",;:-–".includes(c);

function toPart(p: Piece): CellPart {
  const trimmed = p.text.trim();
  const lead = p.text.length - p.text.trimStart().length;
  // The trimmed text begins and ends in no space: PART_EDGES can match only where it begins or ends in an edge mark.
  const text = isEdgeMark(trimmed.charAt(0)) || isEdgeMark(trimmed.charAt(trimmed.length - 1)) ? trimmed.replace(PART_EDGES, "") : trimmed;
  return { role: p.role, text, start: p.start + lead, end: p.start + lead + trimmed.length };
}
