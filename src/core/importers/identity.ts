import type { Listing } from "../dataset/schema";
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
