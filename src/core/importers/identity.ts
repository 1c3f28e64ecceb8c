import type { Dataset, ListedName, Listing } from "../dataset/schema";
import { WEIGHTS } from "../matching/name-index";
import { Screener } from "../screening/screener";
import type { NameMatch } from "../screening/types";
import { analyseName } from "../normalise/name-analysis";
import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { nameKey } from "./names";

/**
 * Identity across spellings: which existing listing an imported entry is. Every name a listing has
 * (published, aliases, former names, subsidiaries named as its own) and every name the entry has are
 * reduced with the screening engine's own normalisation (case, punctuation, "&", abbreviations such as
 * Co/Intl/Mfg, legal forms in many languages, plurals), so "COFCO Sugar Holding" and "COFCO Sugar
 * Holdings Co., Ltd." are one name, and "No. 4 Vocation Skills" one with "No. 4 Vocational Skills" only if
 * the engine reads them alike. Nothing is guessed: an entry whose names point at two listings is
 * ambiguous, and the caller reports it instead of merging.
 */

export interface IdentityKeys {
  /** The engine's reading of a name: its words without legal forms, in order. */
  keyOf(name: string): string;
  /** keyOf the name, and of the name without its bracketed words ("Xinjiang Production and Construction Corps (XPCC)"). */
  keysOf(name: string): string[];
}

/** Keys from the engine's normalisation; a name of legal forms only falls back to its plain key. */
export function identityKeys(tables: NormalisationTables = bundledTables()): IdentityKeys {
  const keys: IdentityKeys = {
    keysOf(name: string): string[] {
      const bare = name.replace(/\s*\([^()]*\)/g, " ").trim();
      const found = [keys.keyOf(name)];
      if (bare && bare !== name) found.push(keys.keyOf(bare));
      return [...new Set(found)].filter((k) => k.length >= 3);
    },
    keyOf(name: string): string {
      const latin = analyseName(name, tables).latin;
      if (!latin) return nameKey(name);
      const words = latin.tokens
        .filter((_, i) => latin.classes[i] !== "legal")
        .map((t) => (t.length > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.slice(0, -1) : t));
      return words.length > 0 ? words.join(" ") : nameKey(name);
    },
  };
  return keys;
}

/**
 * The names that identify a listing: its published name, aliases, former names, vessels and owners. Not
 * the subsidiaries it names (other entities, often listed in their own right) nor Chinese names (which
 * the official files do not give).
 */
export function identifyingNames(listing: Listing): string[] {
  return [listing.name, ...listing.names.filter((n) => n.kind !== "chinese" && n.kind !== "subsidiary").map((n) => n.name)];
}

export type Identity<T> = { kind: "one"; listing: T } | { kind: "none" } | { kind: "ambiguous"; listings: T[] };

/**
 * An index of existing listings by every key of every identifying name. `identify` answers with the one
 * listing the names point at, none, or every listing they point at when there are several.
 */
export class ListingIdentities {
  private readonly byKey = new Map<string, Listing[]>();

  constructor(
    listings: readonly Listing[],
    private readonly keys: IdentityKeys = identityKeys(),
  ) {
    for (const listing of listings) {
      for (const name of identifyingNames(listing)) {
        for (const key of keys.keysOf(name)) {
          const held = this.byKey.get(key) ?? [];
          if (!held.includes(listing)) held.push(listing);
          this.byKey.set(key, held);
        }
      }
    }
  }

  keyOf(name: string): string {
    return this.keys.keyOf(name);
  }

  /**
   * Listings with a name that reads like one of `names` but for one word spelt slightly differently
   * ("Vocation" and "Vocational"): never an identity, only a question for the user.
   */
  resembling(names: readonly string[]): Listing[] {
    const found: Listing[] = [];
    const wanted = names.flatMap((n) => this.keys.keysOf(n));
    for (const [key, listings] of this.byKey) {
      if (!wanted.some((w) => nearlyTheSameKey(w, key))) continue;
      for (const listing of listings) if (!found.includes(listing)) found.push(listing);
    }
    return found;
  }

  identify(names: readonly string[]): Identity<Listing> {
    const found: Listing[] = [];
    for (const name of names) {
      for (const key of this.keys.keysOf(name)) {
        for (const listing of this.byKey.get(key) ?? []) if (!found.includes(listing)) found.push(listing);
      }
    }
    if (found.length === 0) return { kind: "none" };
    return found.length === 1 ? { kind: "one", listing: found[0] } : { kind: "ambiguous", listings: found };
  }
}

/**
 * Two keys of the same words but one, where that one differs only in its ending or by one letter:
 * "no 4 vocation skill …" and "no 4 vocational skill …". Words of fewer than four letters must be equal.
 */
export function nearlyTheSameKey(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.split(" ");
  const y = b.split(" ");
  if (x.length !== y.length || x.length < 2) return false;
  const differing = x.map((w, i) => [w, y[i]] as const).filter(([v, w]) => v !== w);
  if (differing.length !== 1) return false;
  const [v, w] = differing[0];
  if (Math.min(v.length, w.length) < 4) return false;
  const [short, long] = v.length <= w.length ? [v, w] : [w, v];
  return (long.startsWith(short) && long.length - short.length <= 3) || withinOneEdit(short, long);
}

function withinOneEdit(a: string, b: string): boolean {
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

/** Name kinds that identify a listing (see identifyingNames). */
const IDENTIFYING_KINDS: ReadonlySet<ListedName["kind"]> = new Set(["primary", "alias", "former", "vessel", "owner"]);

/**
 * The second reading of identity, for entries the keys leave unpaired: the screening engine's own matching.
 * An entry is a listing when one of its names is a strong match to one of the listing's identifying names,
 * read as the engine reads a supplier against the list, or the other way round (the engine forgives a
 * shorter word in the supplier, "Vocation" for the listed "Vocational", but not the reverse). A strong
 * match needs every distinctive word of the listed name, so a longer name of another entity ("Western Gold
 * Hami Gold Mine" against "Western Gold") or a sister company ("Xinjiang Zhongtai Group" against "Xinjiang
 * Zhongtai Chemical") is not taken for it. Several listings: ambiguous.
 */
export class EngineIdentities {
  private readonly screener: Screener | null;

  constructor(
    private readonly listings: readonly Listing[],
    private readonly template: Dataset,
    private readonly tables: NormalisationTables = bundledTables(),
  ) {
    this.screener = listings.length > 0 ? new Screener({ ...template, listings: [...listings], rules: [] }, tables) : null;
  }

  identify(entry: Listing): Identity<Listing> {
    if (!this.screener) return { kind: "none" };
    const found = new Set<Listing>();
    for (const name of identifyingNames(entry)) for (const m of strongMatches(this.screener, name)) found.add(m.listing);
    const back = new Screener({ ...this.template, listings: [entry], rules: [] }, this.tables);
    for (const listing of this.listings) {
      if (!found.has(listing) && identifyingNames(listing).some((name) => strongMatches(back, name).length > 0)) found.add(listing);
    }
    const listings = this.listings.filter((l) => found.has(l));
    if (listings.length === 0) return { kind: "none" };
    return listings.length === 1 ? { kind: "one", listing: listings[0] } : { kind: "ambiguous", listings };
  }
}
function strongMatches(screener: Screener, name: string): NameMatch[] {
  const result = screener.screen({ name });
  return [result.match, ...result.otherMatches].filter(
    (m): m is NameMatch => m !== null && m.score >= WEIGHTS.strong && IDENTIFYING_KINDS.has(m.matched.kind),
  );
}
