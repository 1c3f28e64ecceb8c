import type { TokenClass } from "../normalise/name-analysis";
import { innerTranspositions, iySwaps, shortWordSlips, withinOneEdit } from "./edit-distance";
import { sortShort } from "./small-sort";

/**
 * The shortest listed words in which the matcher allows one typo: distinctive words, and common words or
 * places (which are required only in names made of nothing else). The supplier's word may be a letter
 * shorter. From five letters, one edit leaves the first two or the last two letters intact, which is how
 * typo candidates are found.
 */
export interface TypoLengths {
  distinctive: number;
  other: number;
}

const WORD_CACHE_LIMIT = 100_000;

/** What a supplier word tells the filter. */
export interface WordFacts {
  spelt: string;
  traces: readonly number[];
  /** The word begins a longer listed word, so it may be split from the words after it ("super max"). */
  beginsWord: boolean;
  /** The two words the matcher reads instead, when it cuts this one in two ("smartglove" → smart, glove); else null. */
  halves: readonly WordFacts[] | null;
}

/** A listed name's words, which of them must all be found for it to match, and what to return for it. */
export interface ListedWords<T> {
  tokens: readonly string[];
  required: readonly number[];
  item: T;
}

interface RequiredSet<T> {
  ids: Int32Array;
  item: T;
  /** Position among the listed names, so that results come in the order the names were given. */
  order: number;
}

/**
 * A quick and exact "no listed name can match" for most supplier names. A listed name matches only when
 * every one of its required words is found in the supplier name: as written, in the plural, split over two
 * or three words, run together with the next listed word, or with one typo. Each of those leaves a trace
 * that is cheap to test: the same word, the word plus or minus an s, the word followed by the next listed
 * word, neighbouring words that join into it, or one edit apart. A supplier name whose words leave no trace
 * of all the required words of some listed name cannot match, and the full alignment is skipped; one that
 * does is aligned only with the listed names it traces. The test lets through every name that can match,
 * and some that cannot.
 */
export class RequiredWordFilter<T> {
  private readonly ids = new Map<string, number>();
  /** Proper beginnings of required words ("supe" for supermax): a split word starts with one. */
  private readonly beginnings = new Set<string>();
  /** For each required word, the listed words that follow it in some name ("hoshine" → "silicon"). */
  private readonly followers: Array<Set<string>> = [];
  private readonly byFirstLetters = new Map<string, number[]>();
  private readonly byLastLetters = new Map<string, number[]>();
  /** Distinctive words one letter shorter than the typo length, by each of their innerTranspositions and iySwaps. */
  private readonly bySwap = new Map<string, number[]>();
  private readonly words: string[] = [];
  /** For each required word, whether it is distinctive: a typo in it must then be in a distinctive supplier word. */
  private readonly distinctive: boolean[] = [];
  /**
   * For each required word, the listed names anchored on it: each name under the one of its required words
   * that the fewest names share. A name can only match if its anchor is found, so a supplier name visits
   * only the names anchored on its words, each once.
   */
  private readonly namesByAnchor: Array<Array<RequiredSet<T>>> = [];
  /** Supplier words as written and spelt out, and what each leaves a trace of: worked out once, as sheets repeat words. */
  private readonly facts = new Map<string, WordFacts>();
  private readonly speltFacts = new Map<string, WordFacts>();
  /** The current supplier name's words: their facts, spelt out, and whether each begins a listed word. */
  private readonly wordFacts: WordFacts[] = [];
  private readonly spelt: string[] = [];
  private readonly beginsWord: boolean[] = [];
  private readonly seen: Int32Array;
  /** The ids marked seen for the current supplier name: the first markedCount. */
  private readonly marked: number[] = [];
  private markedCount = 0;
  private stamp = 0;

  /**
   * @param spellOut abbreviations spelt out ("mfg" → "manufacturing"), as the matcher does before matching
   * @param cutOf the two words the matcher cuts a word into ("smartglove" → smart, glove), traced as it reads
   * them; none if it does not cut it; null if it may read the word as several in other ways (then any listed name
   * may match)
   * @param classOf the class the matcher gives a word, which decides where it allows a typo
   * @param typoFrom the matcher's own typo lengths, so that the filter traces every typo it accepts
   */
  constructor(
    listedNames: ReadonlyArray<ListedWords<T>>,
    private readonly spellOut: (word: string) => string | undefined,
    private readonly cutOf: (word: string) => readonly string[] | null,
    private readonly classOf: (word: string) => TokenClass,
    private readonly typoFrom: TypoLengths,
  ) {
    const names: Array<RequiredSet<T>> = [];
    for (const { tokens, required, item } of listedNames) {
      if (required.length === 0) continue;
      const ids = new Set<number>();
      for (const i of required) {
        const id = this.idOf(tokens[i]);
        ids.add(id);
        if (i + 1 < tokens.length) this.followers[id].add(tokens[i + 1]);
      }
      names.push({ ids: Int32Array.from(ids), item, order: names.length });
    }
    const sharing = new Array<number>(this.words.length).fill(0);
    for (const name of names) for (const id of name.ids) sharing[id]++;
    for (const name of names) {
      let anchor = name.ids[0];
      for (const id of name.ids) if (sharing[id] < sharing[anchor]) anchor = id;
      this.namesByAnchor[anchor].push(name);
    }
    this.seen = new Int32Array(this.words.length);
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.ids.set(word, id);
    this.words.push(word);
    this.namesByAnchor.push([]);
    this.followers.push(new Set());
    const distinctive = this.classOf(word) === "distinctive";
    this.distinctive.push(distinctive);
    for (let n = 1; n < word.length; n++) this.beginnings.add(word.slice(0, n));
    if (word.length >= (distinctive ? this.typoFrom.distinctive : this.typoFrom.other)) {
      push(this.byFirstLetters, word.slice(0, 2), id);
      push(this.byLastLetters, word.slice(-2), id);
    } else if (distinctive && word.length === this.typoFrom.distinctive - 1) {
      // The matcher reads two swapped neighbouring vowels after the first letter in such a word ("gaint" for "giant"),
      // and an "i" written "y" or the reverse ("tayda" for "taida").
      for (const swapped of new Set([...innerTranspositions(word), ...iySwaps(word), ...shortWordSlips(word)]))
        push(this.bySwap, swapped, id);
    }
    return id;
  }

  /** False when no listed name can match a supplier name with these words as written (or any run of them). */
  mayMatch(written: readonly string[]): boolean {
    const possible = this.possibleNames(written);
    return possible === null || possible.length > 0;
  }

  /**
   * The listed names a supplier name with these words (or any run of them) may match, in the order they
   * were given; null when a word may be read as several words in ways not traced here, so that any listed name
   * may match. The words are as written, or already `spelt` out; a word the matcher cuts in two is read as its halves.
   */
  possibleNames(words: readonly string[], spelt = false): T[] | null {
    const facts = this.wordFacts;
    for (let i = 0; i < words.length; i++) facts[i] = spelt ? this.speltFactsOf(words[i]) : this.factsOf(words[i]);
    return this.possibleFor(facts, words.length);
  }

  /** possibleNames for the first `count` words, described by their facts (from factsOf). */
  possibleFor(wordFacts: readonly WordFacts[], count: number): T[] | null {
    const stamp = this.nextStamp();
    this.markedCount = 0;
    const tokens = this.spelt;
    let mayBeSplit = false;
    // The words as the matcher reads them: a word it cuts in two is its two halves, which may join the words beside them.
    let read = 0;
    for (let i = 0; i < count; i++) {
      const facts = wordFacts[i];
      if (facts.traces === ANY_TRACE) return null;
      for (const id of facts.traces) this.mark(id, stamp);
      const halves = facts.halves;
      for (let h = 0; h < (halves === null ? 1 : halves.length); h++) {
        const word = halves === null ? facts : halves[h];
        tokens[read] = word.spelt;
        this.beginsWord[read++] = word.beginsWord;
        mayBeSplit ||= word.beginsWord;
      }
    }
    if (mayBeSplit) for (let i = 0; i + 1 < read; i++) if (this.beginsWord[i]) this.markSplit(tokens, read, i, stamp);
    let found: Array<RequiredSet<T>> | null = null;
    for (let k = 0; k < this.markedCount; k++) {
      for (const name of this.namesByAnchor[this.marked[k]]) if (this.allSeen(name.ids, stamp)) (found ??= []).push(name);
    }
    if (found === null) return NOTHING as unknown as T[];
    if (found.length > 1) sortShort(found, byOrder);
    return found.map((name) => name.item);
  }

  private mark(id: number, stamp: number): void {
    if (this.seen[id] === stamp) return;
    this.seen[id] = stamp;
    this.marked[this.markedCount++] = id;
  }

  /** "super max" and "bao long da": words that join into a required word. */
  private markSplit(tokens: readonly string[], count: number, i: number, stamp: number): void {
    const two = tokens[i] + tokens[i + 1];
    const id = this.ids.get(two);
    if (id !== undefined) this.mark(id, stamp);
    if (i + 2 < count && this.beginnings.has(two)) {
      const three = this.ids.get(two + tokens[i + 2]);
      if (three !== undefined) this.mark(three, stamp);
    }
  }

  private allSeen(name: Int32Array, stamp: number): boolean {
    for (let i = 0; i < name.length; i++) if (this.seen[name[i]] !== stamp) return false;
    return true;
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /**
   * The facts of a supplier word as written (folded): spelt out, then traced. A word the matcher may read as
   * several as written ("metaux" opening "métaux non ferreux") is not spelt out first, as it would then no longer
   * open its phrase. Kept, as sheets repeat words.
   */
  factsOf(written: string): WordFacts {
    let facts = this.facts.get(written);
    if (facts === undefined) {
      facts = this.speltFactsOf(this.cutOf(written) === null ? written : (this.spellOut(written) ?? written));
      if (this.facts.size >= WORD_CACHE_LIMIT) this.facts.clear();
      this.facts.set(written, facts);
    }
    return facts;
  }

  /** The facts of a spelt-out word. Kept, as sheets repeat words. */
  private speltFactsOf(word: string): WordFacts {
    let facts = this.speltFacts.get(word);
    if (facts === undefined) {
      facts = this.describe(word);
      if (this.speltFacts.size >= WORD_CACHE_LIMIT) this.speltFacts.clear();
      this.speltFacts.set(word, facts);
    }
    return facts;
  }

  /**
   * What a spelt-out word leaves a trace of as the matcher reads it. A word it cuts in two ("smartglove") traces
   * what it and its halves trace, and possibleFor reads it as its halves.
   */
  private describe(word: string): WordFacts {
    const cut = this.cutOf(word);
    const beginsWord = this.beginnings.has(word);
    if (cut === null) return { spelt: word, traces: ANY_TRACE, beginsWord, halves: null };
    const traces = this.computeTraces(word);
    if (cut.length === 0) return { spelt: word, traces, beginsWord, halves: null };
    const halves = cut.map((half): WordFacts => ({
      spelt: half,
      traces: this.computeTraces(half),
      beginsWord: this.beginnings.has(half),
      halves: null,
    }));
    return {
      spelt: word,
      traces: Array.from(new Set([...traces, ...halves.flatMap((h) => h.traces)])),
      beginsWord: beginsWord || halves.some((h) => h.beginsWord),
      halves,
    };
  }

  private computeTraces(token: string): number[] {
    const found = new Set<number>();
    const add = (word: string | undefined) => {
      const id = word === undefined ? undefined : this.ids.get(word);
      if (id !== undefined) found.add(id);
    };
    add(token);
    // The plural of a listed word, or a listed plural written in the singular.
    if (token.endsWith("s")) add(token.slice(0, -1));
    add(token + "s");
    // A listed word run together with the word that follows it ("hoshinesilicon").
    for (let n = 1; n < token.length; n++) {
      const head = token.slice(0, n);
      const id = this.ids.get(head);
      if (id !== undefined) {
        const rest = token.slice(n);
        const next = this.followers[id].has(rest) ? rest : this.spellOut(rest);
        if (next !== undefined && this.followers[id].has(next)) {
          found.add(id);
          add(next);
        }
      }
      // No longer beginning of the token can be a listed word unless this one begins one.
      if (!this.beginnings.has(head)) break;
    }
    // Two neighbouring vowels swapped in a distinctive word one letter shorter than the typo length.
    for (const id of this.bySwap.get(token) ?? []) if (this.classOf(token) === "distinctive") found.add(id);
    // One typo.
    const tokenClass = token.length >= this.typoFrom.other - 1 ? this.classOf(token) : "legal";
    if (tokenClass !== "legal") {
      for (const id of this.byFirstLetters.get(token.slice(0, 2)) ?? []) if (this.mayBeTypo(id, token, tokenClass)) found.add(id);
      for (const id of this.byLastLetters.get(token.slice(-2)) ?? []) if (this.mayBeTypo(id, token, tokenClass)) found.add(id);
    }
    return Array.from(found);
  }

  /** Whether the matcher may read `token` as required word `id` with one letter wrong. */
  private mayBeTypo(id: number, token: string, tokenClass: TokenClass): boolean {
    if (this.distinctive[id]) {
      if (tokenClass !== "distinctive" || token.length < this.typoFrom.distinctive - 1) return false;
    }
    return withinOneEdit(this.words[id], token);
  }
}

/** Whether a word leaves some trace, or may join the words after it into one: a name with no such word matches nothing. */
export function tracesSomething(facts: WordFacts): boolean {
  return facts.traces.length > 0 || facts.beginsWord;
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

const NOTHING: readonly never[] = Object.freeze([]);

/** For a word the matcher may read as several words in ways not traced here: every listed name stays possible. */
const ANY_TRACE: readonly number[] = Object.freeze([-1]);

function push(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
