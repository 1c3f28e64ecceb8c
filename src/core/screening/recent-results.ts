import type { NameMatch, ScreenResult } from "./types";

const MAX_REMEMBERED_LENGTH = 300;

/**
 * A fixed table of recent answers, indexed by a hash of up to three texts: looking up costs a few
 * character reads and no allocation, so texts seen once (most of a large register) pay almost nothing for
 * it. A newer entry takes an older entry's slot, except that an answer that found nothing does not push out
 * one that found something, which costs several times more to work out again. A full comparison of the
 * texts guards every hit.
 */
export class RecentTable<T> {
  /**
   * Each slot's key: looked up first, in an array small enough to stay in the processor's cache, so that a
   * text seen for the first time (most of a register) reads nothing else.
   */
  private readonly keys: Int32Array;
  /** The three texts and the answer of each slot side by side, so that a hit reads one place in memory. */
  private readonly entries: unknown[];
  /** 1 where the slot holds an answer that found something. */
  private readonly found: Uint8Array;
  private readonly mask: number;

  constructor(
    slots: number,
    private readonly foundSomething: (answer: T) => boolean,
  ) {
    const size = 2 ** Math.ceil(Math.log2(slots));
    this.keys = new Int32Array(size);
    this.entries = new Array<unknown>(size * 4);
    this.found = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** The key of plain texts (a missing second or third counts as empty), or -1 for anything else. */
  keyOf(first: unknown, second?: unknown, third?: unknown): number {
    return this.keyFor(textHash(first), second, third);
  }

  /** keyOf, from the first text's textHash: a row and its name share the work. */
  keyFor(firstHash: number, second?: unknown, third?: unknown): number {
    if (firstHash < 0) return -1;
    if ((second != null && typeof second !== "string") || (third != null && typeof third !== "string")) return -1;
    let hash = firstHash;
    if (second) hash = mix(hash ^ 0x1f, second);
    if (third) hash = mix(hash ^ 0x3b, third);
    return hash;
  }

  /** The slot a key is kept in: keys that share one push each other out. */
  slotOf(key: number): number {
    return key & this.mask;
  }

  get(key: number, first: string, second?: string | null, third?: string | null): T | undefined {
    const slot = key & this.mask;
    if (this.keys[slot] !== (key | 0)) return undefined;
    const e = this.entries;
    const at = slot * 4;
    if (e[at] !== first || e[at + 1] !== (second || undefined) || e[at + 2] !== (third || undefined)) return undefined;
    return e[at + 3] as T;
  }

  set(key: number, first: string, second: string | null | undefined, third: string | null | undefined, answer: T): void {
    const slot = key & this.mask;
    const found = this.foundSomething(answer);
    if (!found && this.found[slot] === 1) return;
    this.found[slot] = found ? 1 : 0;
    this.keys[slot] = key | 0;
    const e = this.entries;
    const at = slot * 4;
    e[at] = first;
    e[at + 1] = second || undefined;
    e[at + 2] = third || undefined;
    e[at + 3] = answer;
  }
}

/**
 * Supplier registers name the same supplier on many rows. A row that a rule may apply to (by its country
 * or a region in its name), repeated with the same country and product, gets the same result object
 * (callers treat results as read-only) without its rules and note being worked out again. Other rows get
 * a result that depends on the name alone, kept with the name's matches, so the table can be small.
 */
export class RecentResults extends RecentTable<ScreenResult> {
  constructor(slots = 1 << 14) {
    super(slots, (r) => r.match !== null || r.otherMatches.length > 0 || r.ruleHits.length > 0);
  }
}

/** What matching a supplier name gave: the listed names it matches, and whether it may mention a region. */
export interface NameMatches {
  matches: NameMatch[];
  mentionsRegion: boolean;
  /** For a name that matched: the result of its rows that no rule applies to, once worked out. */
  resultWithoutRules?: ScreenResult;
}

/**
 * The same supplier often appears with different products or countries: matching depends on the name
 * alone, so its answer is kept by name, with the result of its rows that no rule applies to.
 */
export class RecentNameMatches extends RecentTable<NameMatches> {
  constructor(slots = 1 << 16) {
    super(slots, (m) => m.matches.length > 0);
  }
}

/** The hash RecentTable keys start from, or -1 for anything but text short enough to remember. */
export function textHash(text: unknown): number {
  return typeof text === "string" && text.length <= MAX_REMEMBERED_LENGTH ? mix(0x811c9dc5, text) : -1;
}

/**
 * FNV-1a over the length and at most the first and last SAMPLE code units: enough to spread supplier names,
 * which differ near the start (the trading name) or the end (the legal form), over the slots.
 */
const SAMPLE = 12;

function mix(seed: number, text: string): number {
  const n = text.length;
  let hash = Math.imul(seed ^ n, 0x01000193);
  if (n <= 2 * SAMPLE) {
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < SAMPLE; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    for (let i = n - SAMPLE; i < n; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
