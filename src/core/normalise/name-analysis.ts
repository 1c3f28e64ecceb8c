import type { NormalisationTables } from "./tables";
import { cjkRuns, foldText, hasCjk, latinTokens } from "./text";
import { phraseAt } from "../translate/business-words";

/**
 * distinctive: carries identity (supermax, hoshine, 112).
 * generic: business words that many companies share (glove, industries, group).
 * place: countries, provinces and cities; they say where, not who.
 * legal: legal forms left inside a name (Linglong … D.O.O. Zrenjanin).
 */
export type TokenClass = "distinctive" | "generic" | "place" | "legal";

export interface LatinAnalysis {
  tokens: string[];
  classes: TokenClass[];
  /** Display forms of the legal forms removed from either end, for the explanation. */
  strippedLegalForms: string[];
  /** Abbreviations rewritten, as [written, canonical]. */
  rewrites: Array<[string, string]>;
  /** Words read from truncations ("Industr." → industries, src/core/matching/truncations.ts), as [written, word]. */
  truncated?: Array<[string, string]>;
  /**
   * The pinyin reading of Chinese characters (src/core/transliterate): its words are as the reader grouped them, by
   * their characters, so its syllables are not joined or cut into a word the tables read otherwise (a homophone the
   * reader refused, 鑫业 "xinye", is not 锌业's zinc).
   */
  pinyin?: true;
}

export interface CjkAnalysis {
  /** A branch named after the legal form ("…股份有限公司四川分公司" → "四川分公司"), if any. */
  branch?: string;
  /** Han/Kana/Hangul text with legal forms and descriptors removed, simplified characters. */
  core: string;
  /** The same before legal forms were removed. */
  full: string;
  /** The name without its legal suffix but with its descriptors ("骆驼集团" of 骆驼集团股份有限公司): how a subsidiary named after it starts. */
  named?: string;
  stripped: string[];
}

export interface NameAnalysis {
  latin: LatinAnalysis | null;
  cjk: CjkAnalysis | null;
}

const EDGE_STOPWORDS = new Set(["the", "and", "of"]);

export function classify(token: string, tables: NormalisationTables): TokenClass {
  return tables.tokenClasses.get(token) ?? (EDGE_STOPWORDS.has(token) ? "generic" : "distinctive");
}

/** A legal form is kept when removing it would leave only places ("GP Lumut" is a name, not a partnership in Lumut). */
function leavesSomethingToMatch(rest: string[], tables: NormalisationTables): boolean {
  return rest.some((t) => !tables.places.has(t));
}

/** The legal form made of the last (or first) n tokens, trying the longest first; built without slicing arrays. */
function legalFormAt(tokens: string[], atEnd: boolean, tables: NormalisationTables): { form: string; size: number } | null {
  // Most names end in a legal form's last word or in none at all: check that before building keys.
  const edge = atEnd ? tokens[tokens.length - 1] : tokens[0];
  if (!(atEnd ? tables.legalFormLastWords : tables.legalFormFirstWords).has(edge)) return null;
  let key = "";
  let found: { form: string; size: number } | null = null;
  const limit = Math.min(tables.legalFormMaxTokens, tokens.length - 1);
  for (let n = 1; n <= limit; n++) {
    const token = atEnd ? tokens[tokens.length - n] : tokens[n - 1];
    key = n === 1 ? token : atEnd ? `${token} ${key}` : `${key} ${token}`;
    // The word just added begins the key (at the end) or ends it (at the start): unless it begins (ends) some legal
    // form, the key is none, and is not looked up (a new key string costs hashing; the word's hash is known).
    if (!(atEnd ? tables.legalFormFirstWords : tables.legalFormLastWords).has(token)) continue;
    const form = tables.legalForms.get(key);
    if (form !== undefined) found = { form, size: n };
  }
  return found;
}

function stripLegalForms(tokens: string[], tables: NormalisationTables, stripped: string[]): string[] {
  let rest = tokens;
  let changed = true;
  while (changed && rest.length > 1) {
    changed = false;
    const tail = legalFormAt(rest, true, tables);
    if (tail && leavesSomethingToMatch(rest.slice(0, rest.length - tail.size), tables)) {
      stripped.unshift(tail.form);
      rest = rest.slice(0, rest.length - tail.size);
      changed = true;
    } else {
      const head = legalFormAt(rest, false, tables);
      if (head && leavesSomethingToMatch(rest.slice(head.size), tables)) {
        stripped.push(head.form);
        rest = rest.slice(head.size);
        changed = true;
      }
    }
    while (rest.length > 1 && EDGE_STOPWORDS.has(rest[rest.length - 1])) {
      rest = rest.slice(0, -1);
      changed = true;
    }
    while (rest.length > 1 && EDGE_STOPWORDS.has(rest[0])) {
      rest = rest.slice(1);
      changed = true;
    }
  }
  return rest;
}

/** Words of a folded name with abbreviations spelt out ("mfg" → "manufacturing"), before legal forms are removed. */
export interface CanonicalWords {
  tokens: string[];
  /** Abbreviations rewritten, as [written, canonical]. */
  rewrites: Array<[string, string]>;
}

export function canonicalWords(folded: string, tables: NormalisationTables): CanonicalWords {
  return spellOutWords(latinTokens(folded, tables.bracketed), tables);
}

const ORDINAL_ENDINGS = new Set(["st", "nd", "rd", "th"]);
/** Import and export as the register writes them around a joining "e" or "y" (spellOutWords). */
const IMPORT_WORDS = new Set(["import", "importacao", "importadora", "importaciones", "importacion"]);
const EXPORT_WORDS = new Set(["export", "exportacao", "exportadora", "exportaciones", "exportacion"]);

/** Spells out the abbreviations among words as written, in place. */
export function spellOutWords(tokens: string[], tables: NormalisationTables): CanonicalWords {
  const rewrites: Array<[string, string]> = [];
  for (let i = 0; i < tokens.length; i++) {
    // An ordinal in figures is one word ("8th", which latinTokens parts into "8" and "th"), as "Eighth" is read.
    const code = tokens[i].charCodeAt(0);
    if (code >= 48 && code <= 57 && i + 1 < tokens.length && ORDINAL_ENDINGS.has(tokens[i + 1])) {
      tokens.splice(i, 2, tokens[i] + tokens[i + 1]);
      continue;
    }
    // A phrase of another language read as a whole, in English order ("mine d'or" → gold mine; src/core/translate).
    const phrase = tables.phrases.size === 0 ? null : phraseAt(tokens, i, tables.phrases);
    if (phrase !== null) {
      rewrites.push([tokens.slice(i, i + phrase.size).join(" "), phrase.english.join(" ")]);
      tokens.splice(i, phrase.size, ...phrase.english);
      i += phrase.english.length - 1;
      continue;
    }
    // A pinyin compound written as two words ("shengwu keji", 生物科技) is read as the compound ("shengwukeji" →
    // biotechnology), not as two English words ("biotechnology technology").
    const pair = tables.pinyinPairs.get(tokens[i]);
    const compound = pair !== undefined && i + 1 < tokens.length ? pair.get(tokens[i + 1]) : undefined;
    if (compound !== undefined) tokens.splice(i, 2, compound);
    const several = tables.writtenOut.get(tokens[i]);
    if (several !== undefined) {
      // A pinyin word for several English words ("mianma" → "cotton and linen").
      rewrites.push([tokens[i], several.join(" ")]);
      tokens.splice(i, 1, ...several);
      i += several.length - 1;
      continue;
    }
    const read = readAsCapitalI(tokens[i]);
    if (read !== null) {
      rewrites.push([tokens[i], read]);
      tokens[i] = read;
    }
    // The Portuguese "e" and the Spanish "y" (and) between import and export ("Imp e Exp", "Importadora y
    // Exportadora"): single letters are not read as "and" elsewhere, since they may be initials.
    if (
      (tokens[i] === "e" || tokens[i] === "y") &&
      i > 0 &&
      i + 1 < tokens.length &&
      IMPORT_WORDS.has(tables.abbreviations.get(tokens[i - 1]) ?? tokens[i - 1]) &&
      EXPORT_WORDS.has(tables.abbreviations.get(tokens[i + 1]) ?? tokens[i + 1])
    ) {
      rewrites.push([tokens[i], "and"]);
      tokens[i] = "and";
      continue;
    }
    const canonical = tables.abbreviations.get(tokens[i]);
    if (canonical !== undefined && canonical !== tokens[i]) {
      rewrites.push([tokens[i], canonical]);
      tokens[i] = canonical;
    }
  }
  return { tokens, rewrites };
}

/** Removes legal forms from either end and classifies what is left. The words are not changed. */
export function analyseWords(words: CanonicalWords, tables: NormalisationTables): LatinAnalysis | null {
  if (words.tokens.length === 0) return null;
  const strippedLegalForms: string[] = [];
  const tokens = stripLegalForms(words.tokens, tables, strippedLegalForms);
  const classes = new Array<TokenClass>(tokens.length);
  for (let i = 0; i < tokens.length; i++) classes[i] = classify(tokens[i], tables);
  return { tokens, classes, strippedLegalForms, rewrites: words.rewrites };
}

export function analyseLatin(folded: string, tables: NormalisationTables): LatinAnalysis | null {
  return analyseWords(canonicalWords(folded, tables), tables);
}

/**
 * Traditional characters to simplified, then Taiwan word forms to the mainland's. Most names need neither: the
 * tables' character classes find that without a look-up per character, and the text is returned as it is.
 */
export function toSimplified(text: string, tables: NormalisationTables): string {
  const traditional = tables.traditionalChars;
  const simplified = text.search(traditional) < 0 ? text : text.replace(traditional, (ch) => tables.traditionalToSimplified.get(ch)!);
  return tables.regionalPhrases.size === 0 ? simplified : toMainlandWords(simplified, tables);
}

/** Taiwan word forms to the mainland's, on simplified text ("资讯" → "信息"), longest first at each position. */
function toMainlandWords(text: string, tables: NormalisationTables): string {
  const first = text.search(tables.regionalPhraseStarts);
  if (first < 0) return text;
  const phrases = tables.regionalPhrases;
  let out = "";
  let from = 0;
  for (let i = first; i < text.length;) {
    const found = phrases.get(text[i])?.find(([phrase]) => text.startsWith(phrase, i));
    if (found) {
      out += text.slice(from, i) + found[1];
      i += found[0].length;
      from = i;
    } else {
      i++;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

function stripAffixes(text: string, affixes: string[], atEnd: boolean, stripped: string[]): string {
  let rest = text;
  let changed = true;
  while (changed) {
    changed = false;
    for (const affix of affixes) {
      // Keep at least two characters: a core of one Han character identifies nothing.
      if (rest.length - affix.length < 2) continue;
      if (atEnd ? rest.endsWith(affix) : rest.startsWith(affix)) {
        rest = atEnd ? rest.slice(0, rest.length - affix.length) : rest.slice(affix.length);
        stripped.push(affix);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/**
 * "合肥美菱股份有限公司四川分公司": the company, then its branch (a branch ending: cjk-legal-forms.json, branchEndings). Only a
 * branch named after a full legal form counts.
 */
function splitBranch(text: string, tables: NormalisationTables): { company: string; branch: string } | null {
  if (!tables.cjkBranchEndings.some((e) => text.endsWith(e))) return null;
  let cut = -1;
  for (const suffix of tables.cjkSuffixes) {
    const at = text.lastIndexOf(suffix);
    if (at > 0 && at + suffix.length < text.length && at + suffix.length > cut) cut = at + suffix.length;
  }
  return cut > 0 ? { company: text.slice(0, cut), branch: text.slice(cut) } : null;
}

const isBracketed = (affix: string) => affix.startsWith("(") || /^[㈱㈜]$/.test(affix);

interface CjkAffixes {
  bracketedPrefixes: string[];
  bracketedSuffixes: string[];
  prefixes: string[];
  suffixes: string[];
  /** Suffixes that are legal forms only: not those that start with a descriptor ("集团股份有限公司", "控股有限公司"). */
  legalOnlySuffixes: string[];
  /** A bracketed legal suffix that begins with a group word (tables.cjkGroupWords): (集团)有限公司; null without such words. */
  groupInBrackets: RegExp | null;
}

const affixesByTables = new WeakMap<NormalisationTables, CjkAffixes>();

function cjkAffixes(tables: NormalisationTables): CjkAffixes {
  let affixes = affixesByTables.get(tables);
  if (!affixes) {
    affixes = {
      bracketedPrefixes: tables.cjkPrefixes.filter(isBracketed),
      bracketedSuffixes: tables.cjkSuffixes.filter(isBracketed),
      prefixes: tables.cjkPrefixes.filter((a) => !isBracketed(a)),
      suffixes: tables.cjkSuffixes.filter((a) => !isBracketed(a)),
      legalOnlySuffixes: tables.cjkSuffixes.filter(
        (a) => !isBracketed(a) && !tables.cjkDescriptors.some((d) => d !== a && a.startsWith(d)),
      ),
      groupInBrackets:
        tables.cjkGroupWords.length === 0
          ? null
          : new RegExp(`^[(（](?:${tables.cjkGroupWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[)）]`, "u"),
    };
    affixesByTables.set(tables, affixes);
  }
  return affixes;
}

export function analyseCjk(folded: string, tables: NormalisationTables): CjkAnalysis | null {
  const affixes = cjkAffixes(tables);
  const stripped: string[] = [];
  // Bracketed forms ((株), (주)) are only recognised with their brackets, before the brackets are dropped.
  let text = folded.replace(/\s+/g, "");
  text = stripAffixes(text, affixes.bracketedPrefixes, false, stripped);
  text = stripAffixes(text, affixes.bracketedSuffixes, true, stripped);
  const runs = cjkRuns(text);
  if (runs.length === 0) return null;
  let full = toSimplified(runs.join(""), tables);
  // A group word in brackets before the legal form ("新疆有色金属工业（集团）有限责任公司") is a word of the registered name, as
  // without the brackets: the full name keeps it (its pinyin reads "jituan", group), and the core is stripped of it below
  // as of 集团 (matching-46).
  const groupInBrackets = affixes.groupInBrackets;
  const grouped = groupInBrackets ? stripped.findIndex((a) => groupInBrackets.test(a)) : -1;
  if (grouped >= 0) {
    full = toSimplified(runs.join("") + stripped[grouped].replace(/[()（）]/gu, ""), tables);
    stripped.splice(grouped, 1);
  }
  const branch = splitBranch(full, tables);
  if (branch) {
    full = branch.company;
    stripped.push(branch.branch);
  }
  let core = stripAffixes(full, affixes.prefixes, false, stripped);
  const named = stripAffixes(core, affixes.legalOnlySuffixes, true, []);
  core = stripAffixes(core, affixes.suffixes, true, stripped);
  core = stripAffixes(core, tables.cjkDescriptors, true, stripped);
  return branch ? { core, full, named, stripped, branch: branch.branch } : { core, full, named, stripped };
}

export function analyseName(text: string, tables: NormalisationTables): NameAnalysis {
  const folded = foldText(text);
  return {
    latin: analyseLatin(folded, tables),
    cjk: hasCjk(folded) ? analyseCjk(folded, tables) : null,
  };
}

/**
 * OCR reads a capital I as l: no English, pinyin or Malay word starts "ln" or "lm" ("lndustrial", "lnternational"), so
 * such a token (folded, lower case) is read with an "i"; short tokens are left alone: they may be acronyms ("LNG").
 * Shared with the quick word reader (NameIndex), which must trace the word as the analysis reads it.
 */
export function readAsCapitalI(token: string): string | null {
  if (token.length >= 5 && token.charCodeAt(0) === 108 && (token[1] === "n" || token[1] === "m")) return `i${token.slice(1)}`;
  return null;
}
