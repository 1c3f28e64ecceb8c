import type { ListedName, Listing } from "../dataset/schema";
import { analyseName, type CjkAnalysis, type LatinAnalysis, type TokenClass } from "../normalise/name-analysis";
import type { NormalisationTables } from "../normalise/tables";
import type { Evidence, NameMatch } from "../screening/types";
import { deletionVariants, withinOneEdit } from "./edit-distance";
import { matchableVariants } from "./listed-names";

/** One matchable form of one listed name. */
interface IndexedName {
  listing: Listing;
  /** Every word of the listing's names and products: extra business words found here are expected, others are not. */
  vocabulary: Set<string>;
  listed: ListedName;
  latin: LatinAnalysis | null;
  distinctive: string[];
  cjk: CjkAnalysis | null;
}

/**
 * Scoring weights. A score of 1 is an exact match after normalisation; each difference costs a little.
 * STRONG and POSSIBLE are the thresholds the screener uses for "match" and "possible match".
 */
export const WEIGHTS = {
  strong: 0.92,
  possible: 0.78,
  tokenOrder: 0.01,
  joinedWords: 0.02,
  typo: 0.04,
  missingGeneric: 0.03,
  missingPlace: 0.02,
  extraGeneric: 0.02,
  /** An extra business word the listing never uses ("Supermax Hardware" for a glove maker). */
  extraForeignGeneric: 0.07,
  extraPlace: 0.03,
  /** A listed business word replaced by another one ("Sime Darby Plantation" vs "Sime Darby Property"): a sister company. */
  substitutedGeneric: 0.05,
  /** An extra distinctive word: heavier when the listed name has a single distinctive word. */
  extraDistinctiveSingle: 0.18,
  extraDistinctive: 0.12,
  cjkContained: 0.1,
  cjkContaining: 0.15,
} as const;

const MIN_FUZZY_LENGTH = 6;
const MIN_CJK_CONTAINED_LENGTH = 3;

interface Candidate {
  entry: IndexedName;
}

export interface QueryAnalysis {
  latin: LatinAnalysis | null;
  cjk: CjkAnalysis | null;
}

export class NameIndex {
  private readonly byToken = new Map<string, IndexedName[]>();
  private readonly byDeletion = new Map<string, IndexedName[]>();
  /** Names with no distinctive word match only as a whole: keyed by their sorted tokens. */
  private readonly byWholeName = new Map<string, IndexedName[]>();
  private readonly cjkEntries: IndexedName[] = [];
  readonly size: number;

  constructor(
    listings: readonly Listing[],
    private readonly tables: NormalisationTables,
  ) {
    let size = 0;
    for (const listing of listings) {
      if (listing.matchBy !== "name") continue;
      const seen = new Set<string>();
      const vocabulary = new Set<string>(analyseName(listing.products ?? "", tables).latin?.tokens ?? []);
      const entries: IndexedName[] = [];
      for (const listed of listing.names) {
        for (const variant of matchableVariants(listed.name)) {
          const analysis = analyseName(variant, tables);
          const key = `${analysis.latin?.tokens.join(" ") ?? ""}|${analysis.cjk?.core ?? ""}`;
          if (seen.has(key)) continue;
          seen.add(key);
          for (const t of analysis.latin?.tokens ?? []) vocabulary.add(t);
          entries.push({ listing, vocabulary, listed, latin: analysis.latin, cjk: analysis.cjk, distinctive: distinctiveTokens(analysis.latin) });
        }
      }
      for (const entry of entries) if (this.add(entry)) size++;
    }
    this.size = size;
  }

  private add(entry: IndexedName): boolean {
    let added = false;
    const latin = entry.latin;
    if (latin && latin.tokens.length > 0) {
      const meaningful = latin.classes.filter((c) => c !== "legal");
      const onlyPlaces = meaningful.every((c) => c === "place");
      if (entry.distinctive.length > 0) {
        for (const token of new Set(entry.distinctive)) {
          push(this.byToken, token, entry);
          if (token.length >= MIN_FUZZY_LENGTH) for (const d of deletionVariants(token)) push(this.byDeletion, d, entry);
        }
        added = true;
      } else if (meaningful.length >= 2 || (meaningful.length === 1 && !onlyPlaces)) {
        // A name of only business words and places ("Xinjiang Energy Co., Ltd.") can only match as a whole.
        push(this.byWholeName, wholeKey(latin), entry);
        added = true;
      }
    }
    if (entry.cjk && entry.cjk.core.length >= 2) {
      this.cjkEntries.push(entry);
      added = true;
    }
    return added;
  }

  analyse(text: string): QueryAnalysis {
    return analyseName(text, this.tables);
  }

  /** All listed names that match the query at or above the possible-match threshold, best first, one per listing. */
  match(query: QueryAnalysis): NameMatch[] {
    const best = new Map<string, NameMatch>();
    const consider = (m: NameMatch | null) => {
      if (!m || m.score < WEIGHTS.possible) return;
      const current = best.get(m.listing.id);
      if (!current || m.score > current.score) best.set(m.listing.id, m);
    };
    if (query.latin && query.latin.tokens.length > 0) {
      for (const { entry } of this.latinCandidates(query.latin)) consider(scoreLatin(query.latin, entry));
      for (const entry of this.byWholeName.get(wholeKey(query.latin)) ?? []) consider(scoreWhole(query.latin, entry));
    }
    if (query.cjk && query.cjk.core.length >= 2) {
      for (const entry of this.cjkEntries) consider(scoreCjk(query.cjk, entry));
    }
    return Array.from(best.values()).sort((a, b) => b.score - a.score);
  }

  private latinCandidates(query: LatinAnalysis): Candidate[] {
    const found = new Set<IndexedName>();
    const collect = (list: IndexedName[] | undefined) => {
      if (list) for (const e of list) found.add(e);
    };
    const tokens = query.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      collect(this.byToken.get(token));
      if (i + 1 < tokens.length) collect(this.byToken.get(token + tokens[i + 1]));
      if (token.length >= MIN_FUZZY_LENGTH - 1 && query.classes[i] === "distinctive") {
        collect(this.byDeletion.get(token));
        for (const d of deletionVariants(token)) {
          collect(this.byToken.get(d));
          collect(this.byDeletion.get(d));
        }
      }
      // "HoshineSilicon" written as one word: look up its prefixes that are listed words.
      if (token.length >= 8) {
        for (let cut = 3; cut <= token.length - 3; cut++) collect(this.byToken.get(token.slice(0, cut)));
      }
    }
    return Array.from(found, (entry) => ({ entry }));
  }
}

function push(map: Map<string, IndexedName[]>, key: string, entry: IndexedName) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(entry)) list.push(entry);
  } else map.set(key, [entry]);
}

function distinctiveTokens(latin: LatinAnalysis | null): string[] {
  if (!latin) return [];
  return latin.tokens.filter((_, i) => latin.classes[i] === "distinctive");
}

function wholeKey(latin: LatinAnalysis): string {
  return latin.tokens
    .filter((_, i) => latin.classes[i] !== "legal")
    .slice()
    .sort()
    .join(" ");
}

/** Plurals and obvious stems ("glove" → "gloves", "co" → "company") are not worth explaining. */
function isObviousRewrite(from: string, to: string): boolean {
  return to.startsWith(from.slice(0, Math.max(2, from.length - 1)));
}

function describeNormalisation(query: LatinAnalysis, evidence: Evidence[]) {
  for (const [from, to] of query.rewrites) {
    if (!isObviousRewrite(from, to)) evidence.push({ kind: "abbreviation", text: `"${from}" read as "${to}"` });
  }
  if (query.strippedLegalForms.length > 0) {
    evidence.push({ kind: "legal_form", text: `legal form ${query.strippedLegalForms.map((f) => `"${f}"`).join(", ")} ignored` });
  }
}

function scoreWhole(query: LatinAnalysis, entry: IndexedName): NameMatch | null {
  const latin = entry.latin!;
  const sameOrder = query.tokens.filter((_, i) => query.classes[i] !== "legal").join(" ") === latin.tokens.filter((_, i) => latin.classes[i] !== "legal").join(" ");
  const evidence: Evidence[] = [{ kind: sameOrder ? "exact" : "token_order", text: `all words match "${entry.listed.name}"` }];
  describeNormalisation(query, evidence);
  return { listing: entry.listing, matched: entry.listed, score: sameOrder ? 1 : 1 - WEIGHTS.tokenOrder, evidence };
}

/**
 * Aligns the listed name's words with the query's. Every distinctive listed word must be found (exactly,
 * split or joined, or with one typo if long); everything else only adjusts the score.
 */
function scoreLatin(query: LatinAnalysis, entry: IndexedName): NameMatch | null {
  const listed = entry.latin!;
  const used = new Array<boolean>(query.tokens.length).fill(false);
  const covered = new Array<boolean>(listed.tokens.length).fill(false);
  const evidence: Evidence[] = [];
  let penalty = 0;
  const matchedAt: number[] = [];

  for (let li = 0; li < listed.tokens.length; li++) {
    if (covered[li] || listed.classes[li] !== "distinctive") continue;
    const word = listed.tokens[li];
    const next = listed.tokens[li + 1];
    let qi = query.tokens.findIndex((q, i) => !used[i] && q === word);
    if (qi >= 0) {
      used[qi] = true;
      covered[li] = true;
      matchedAt.push(qi);
      continue;
    }
    // Split in the query: "super max" for "supermax".
    qi = query.tokens.findIndex((q, i) => !used[i] && i + 1 < query.tokens.length && !used[i + 1] && q + query.tokens[i + 1] === word);
    if (qi >= 0) {
      used[qi] = used[qi + 1] = true;
      covered[li] = true;
      matchedAt.push(qi);
      penalty += WEIGHTS.joinedWords;
      evidence.push({ kind: "joined_words", text: `"${query.tokens[qi]} ${query.tokens[qi + 1]}" = "${word}"` });
      continue;
    }
    // Joined in the query: "hoshinesilicon" for "hoshine silicon".
    if (next !== undefined) {
      qi = query.tokens.findIndex((q, i) => !used[i] && q === word + next);
      if (qi >= 0) {
        used[qi] = true;
        covered[li] = covered[li + 1] = true;
        matchedAt.push(qi);
        penalty += WEIGHTS.joinedWords;
        evidence.push({ kind: "joined_words", text: `"${query.tokens[qi]}" = "${word} ${next}"` });
        continue;
      }
    }
    if (word.length >= MIN_FUZZY_LENGTH) {
      qi = query.tokens.findIndex((q, i) => !used[i] && query.classes[i] === "distinctive" && q.length >= MIN_FUZZY_LENGTH - 1 && withinOneEdit(q, word));
      if (qi >= 0) {
        used[qi] = true;
        covered[li] = true;
        matchedAt.push(qi);
        penalty += WEIGHTS.typo;
        evidence.push({ kind: "fuzzy", text: `"${query.tokens[qi]}" ~ "${word}" (one letter differs)` });
        continue;
      }
    }
    return null;
  }
  if (matchedAt.length === 0) return null;

  let missingGeneric = 0;
  for (let li = 0; li < listed.tokens.length; li++) {
    if (covered[li] || listed.classes[li] === "legal" || listed.classes[li] === "distinctive") continue;
    const qi = query.tokens.findIndex((q, i) => !used[i] && q === listed.tokens[li]);
    if (qi >= 0) {
      used[qi] = true;
      matchedAt.push(qi);
      continue;
    }
    if (listed.classes[li] === "place") {
      penalty += WEIGHTS.missingPlace;
    } else {
      penalty += WEIGHTS.missingGeneric;
      missingGeneric++;
    }
  }

  const singleDistinctive = entry.distinctive.length === 1;
  const extras: string[] = [];
  let extraGeneric = 0;
  for (let qi = 0; qi < query.tokens.length; qi++) {
    if (used[qi]) continue;
    const cls: TokenClass = query.classes[qi];
    if (cls === "legal") continue;
    if (cls === "distinctive") {
      penalty += singleDistinctive ? WEIGHTS.extraDistinctiveSingle : WEIGHTS.extraDistinctive;
      extras.push(query.tokens[qi]);
    } else if (cls === "place") {
      penalty += WEIGHTS.extraPlace;
      extras.push(query.tokens[qi]);
    } else if (entry.vocabulary.has(query.tokens[qi])) {
      penalty += WEIGHTS.extraGeneric;
      extraGeneric++;
    } else {
      penalty += WEIGHTS.extraForeignGeneric;
      extraGeneric++;
      extras.push(query.tokens[qi]);
    }
  }
  if (missingGeneric > 0 && extraGeneric > 0) penalty += WEIGHTS.substitutedGeneric;

  const inOrder = matchedAt.every((v, i) => i === 0 || v > matchedAt[i - 1]);
  if (!inOrder) {
    penalty += WEIGHTS.tokenOrder;
    evidence.push({ kind: "token_order", text: "same words in another order" });
  }
  if (penalty === 0) evidence.unshift({ kind: "exact", text: `exact match after normalisation` });
  if (extras.length > 0) evidence.push({ kind: "extra_word", text: `extra word${extras.length > 1 ? "s" : ""} ${extras.map((e) => `"${e}"`).join(", ")} not in the listed name` });
  if (missingGeneric > 0 || extraGeneric > 0) {
    evidence.push({ kind: "generic", text: "business words such as \"group\" or \"glove\" differ; they count for little" });
  }
  describeNormalisation(query, evidence);
  const score = Math.max(0, Math.round((1 - penalty) * 1000) / 1000);
  return { listing: entry.listing, matched: entry.listed, score, evidence };
}

function scoreCjk(query: CjkAnalysis, entry: IndexedName): NameMatch | null {
  const listed = entry.cjk!;
  const evidence: Evidence[] = [];
  if (query.stripped.length > 0) evidence.push({ kind: "legal_form", text: `legal form ${query.stripped.map((s) => `"${s}"`).join(", ")} ignored` });
  if (query.core === listed.core) {
    evidence.unshift({ kind: "cjk_exact", text: `Chinese name "${entry.listed.name}" matches after removing legal forms` });
    return { listing: entry.listing, matched: entry.listed, score: 1, evidence };
  }
  if (listed.core.length >= MIN_CJK_CONTAINED_LENGTH && query.core.includes(listed.core)) {
    const extra = query.core.replace(listed.core, "");
    evidence.unshift({ kind: "cjk_contains", text: `listed Chinese name "${listed.core}" contained; extra "${extra}" (a branch or qualifier?)` });
    return { listing: entry.listing, matched: entry.listed, score: 1 - WEIGHTS.cjkContained, evidence };
  }
  if (query.core.length >= 4 && listed.core.includes(query.core)) {
    evidence.unshift({ kind: "cjk_contains", text: `"${query.core}" is part of the listed Chinese name "${listed.core}"` });
    return { listing: entry.listing, matched: entry.listed, score: 1 - WEIGHTS.cjkContaining, evidence };
  }
  return null;
}
