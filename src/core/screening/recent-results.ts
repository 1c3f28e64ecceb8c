import type { ScreenResult } from "./types";

const SLOTS = 1 << 16;
const MAX_REMEMBERED_LENGTH = 300;

/**
 * Supplier registers name the same supplier on many rows. A row repeated with the same country and
 * product gets the same result object (callers treat results as read-only). A fixed table indexed by a hash
 * of the text: looking a row up costs a few character reads and no allocation, so rows seen once (most of
 * a large register) pay almost nothing for it. A newer row takes an older row's slot; a full comparison
 * guards every hit.
 */
export class RecentResults {
  /** Name, country, product and result of each slot side by side, so that a lookup reads one place in memory. */
  private readonly entries: unknown[] = new Array<unknown>(SLOTS * 4).fill(undefined);
  /** 1 where the slot holds a result that found something. */
  private readonly flagged = new Uint8Array(SLOTS);

  /** The slot for a row of plain text cells, or -1 for anything else, which is cheap to screen again. */
  slotOf(name: unknown, country: unknown, product: unknown): number {
    if (typeof name !== "string" || name.length > MAX_REMEMBERED_LENGTH) return -1;
    if ((country != null && typeof country !== "string") || (product != null && typeof product !== "string")) return -1;
    let hash = mix(0x811c9dc5, name);
    if (country) hash = mix(hash ^ 0x1f, country);
    if (product) hash = mix(hash ^ 0x3b, product);
    return (hash & (SLOTS - 1)) * 4;
  }

  get(slot: number, name: string, country: string | undefined | null, product: string | undefined | null): ScreenResult | undefined {
    const e = this.entries;
    if (e[slot] !== name || e[slot + 1] !== (country || undefined) || e[slot + 2] !== (product || undefined)) return undefined;
    return e[slot + 3] as ScreenResult | undefined;
  }

  set(slot: number, name: string, country: string | undefined | null, product: string | undefined | null, result: ScreenResult): void {
    // A row that matched costs several times more to screen again than one that did not, and flagged
    // suppliers recur across contracts: a plain result does not push out a flagged one.
    const e = this.entries;
    const flagged = foundSomething(result);
    if (!flagged && this.flagged[slot >> 2] === 1) return;
    this.flagged[slot >> 2] = flagged ? 1 : 0;
    e[slot] = name;
    e[slot + 1] = country || undefined;
    e[slot + 2] = product || undefined;
    e[slot + 3] = result;
  }
}

function foundSomething(result: ScreenResult): boolean {
  return result.match !== null || result.otherMatches.length > 0 || result.ruleHits.length > 0;
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
