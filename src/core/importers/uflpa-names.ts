import type { ListedName } from "../dataset/schema";
import { collapseSpaces, nameKey } from "./names";

/**
 * The DHS table writes each entry as one string; these are the shapes it uses (the same ones the
 * OpenSanctions dhs_uflpa crawler handles):
 *   NAME (and one alias: NAME)                      NAME (including three aliases: A; B; and C)
 *   NAME (also known as A)                          NAME (formerly known as A)
 *   NAME and subsidiaries / NAME, and Subsidiaries  NAME and its subordinate and affiliated entities
 *   NAME and its subsidiary NAME                    NAME and its eight Zhuhai-based subsidiaries, which include A, B, …, and C
 */
export interface ParsedUflpaName {
  main: string;
  names: ListedName[];
  /** "and subsidiaries" / "and its subordinate and affiliated entities", kept verbatim as the listing's scope. */
  scopeNote: string | null;
  /** Set when the stated number of aliases does not match what was found. */
  problem: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const LEGAL_SUFFIX_AHEAD = /(?!\s*(?:Ltd|Inc|Co|Corp|Limited|LLC|L\.L\.C|S\.A|GmbH|Pte|Bhd)\b)/.source;

/** `expected` is the count the text states; "many" splits on every comma that does not precede a legal form. */
function splitList(list: string, expected: number | null | "many"): string[] {
  let parts = list
    .split(/\s*;\s*(?:and\s+)?/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (typeof expected === "number" && parts.length < expected) {
    const byAnd = parts
      .flatMap((p) => p.split(/,?\s+and\s+/))
      .map((p) => p.trim())
      .filter(Boolean);
    if (byAnd.length === expected) parts = byAnd;
  }
  if (expected === "many" || (expected !== null && parts.length < expected)) {
    const byComma = parts
      .flatMap((p) => p.split(new RegExp(`\\s*,${LEGAL_SUFFIX_AHEAD}\\s*(?:and\\s+)?`)))
      .map((p) => p.trim())
      .filter(Boolean);
    if (expected === "many" || byComma.length === expected) parts = byComma;
  }
  return parts.map((p) =>
    p
      .replace(/^and\s+/i, "")
      .replace(/[,;]\s*$/, "")
      .trim(),
  );
}

/** Index of the "(" that opens the group closed by the string's final ")", or -1. */
function openingParen(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === ")") depth++;
    else if (s[i] === "(") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function parseUflpaName(raw: string): ParsedUflpaName {
  let s = collapseSpaces(raw);
  const aliases: ListedName[] = [];
  const subsidiaries: string[] = [];
  const problems: string[] = [];
  let scopeNote: string | null = null;

  const subsidiaryMatch =
    /,?\s+and its\s+(?:(\p{L}+)\s+)?(?:[\p{L}\p{N}.'’-]+-based\s+)?(subsidiary|subsidiaries)(?:,\s*which include)?\s+(.+)$/iu.exec(s);
  if (subsidiaryMatch) {
    const count = subsidiaryMatch[2].toLowerCase() === "subsidiary" ? 1 : (NUMBER_WORDS[subsidiaryMatch[1]?.toLowerCase() ?? ""] ?? null);
    const found = count === 1 ? [subsidiaryMatch[3].trim()] : splitList(subsidiaryMatch[3], count ?? "many");
    if (count !== null && count !== found.length) problems.push(`states ${count} subsidiaries but ${found.length} were found`);
    subsidiaries.push(...found);
    const upToKeyword = subsidiaryMatch[0].slice(0, subsidiaryMatch[0].search(/subsidiar(?:y|ies)/i) + subsidiaryMatch[2].length);
    scopeNote = collapseSpaces(upToKeyword.replace(/^,/, ""));
    s = s.slice(0, subsidiaryMatch.index);
  }

  const scopeMatch = /,?\s+and\s+(subsidiaries|its subordinate and affiliated entities)\s*$/i.exec(s);
  if (scopeMatch) {
    scopeNote = collapseSpaces(scopeMatch[0].replace(/^,/, ""));
    s = s.slice(0, scopeMatch.index);
  }

  for (;;) {
    s = s.trim();
    if (!s.endsWith(")")) break;
    const open = openingParen(s);
    if (open <= 0) break;
    const inner = s.slice(open + 1, -1).trim();
    const counted = /^(?:and|including)\s+(\w+)\s+alias(?:es)?\s*:\s*(.+)$/i.exec(inner);
    const known = /^(also|formerly)\s+known\s+as\s*:?\s+(.+)$/i.exec(inner);
    if (counted) {
      const expected = NUMBER_WORDS[counted[1].toLowerCase()] ?? null;
      const found = splitList(counted[2], expected);
      if (expected !== null && expected !== found.length) problems.push(`states ${expected} aliases but ${found.length} were found`);
      aliases.unshift(...found.map((name) => ({ name, kind: "alias" as const })));
    } else if (known) {
      // "(also known as A and formerly known as B)": each clause keeps its own kind.
      const clauses = inner.split(/\s*;?\s+and\s+(?=(?:also|formerly)\s+known\s+as)/i);
      const parsed: ListedName[] = [];
      for (const clause of clauses) {
        const m = /^(also|formerly)\s+known\s+as\s*:?\s+(.+)$/i.exec(clause.trim());
        if (!m) continue;
        const kind = m[1].toLowerCase() === "formerly" ? "former" : "alias";
        for (const name of splitList(m[2], null)) parsed.push({ name, kind });
      }
      aliases.unshift(...parsed);
    } else {
      break;
    }
    s = s.slice(0, open);
  }

  const main = s.trim().replace(/,$/, "").trim() || collapseSpaces(raw);
  const names: ListedName[] = [{ name: main, kind: "primary" }];
  const seen = new Set([nameKey(main)]);
  for (const n of [...aliases, ...subsidiaries.map((name) => ({ name, kind: "subsidiary" as const }))]) {
    const key = nameKey(n.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(n);
  }
  return { main, names, scopeNote, problem: problems.length ? problems.join("; ") : null };
}
