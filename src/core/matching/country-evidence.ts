/**
 * Country as evidence. A listing has a country (and, for subsidiaries abroad or vessels with a flag and an
 * owner, more than one). Where the row's country cell names a country the listing does not have, a name match
 * that is not literal (every listed word found as written, nothing distinctive added: NameMatch.literal)
 * drops; a literal match keeps its risk, with a note that the countries differ.
 *
 * Country cells are read by src/core/countries. Listings without a country in the source (the UFLPA Entity
 * List gives none) are placed by their names: Chinese characters, a Chinese province or city
 * (src/data/countries/chinese-places.json), or a country or region the names mention.
 * Pure: no Office, no I/O.
 */
import places from "../../data/countries/chinese-places.json";
import { countryName, readCountry } from "../countries";
import type { Listing } from "../dataset/schema";
import { foldText, hasCjk, latinTokens } from "../normalise/text";
import type { Evidence, NameMatch } from "../screening/types";
import { Match } from "./name-match";

/** Mainland China, Hong Kong and Macao: a Chinese listing's office in Hong Kong is not "another country". */
const SAME_COUNTRY: Record<string, string> = { HK: "CN", MO: "CN" };
const home = (code: string) => SAME_COUNTRY[code] ?? code;

const CHINESE_PLACES: ReadonlyArray<string> = places.places.map((p) => ` ${latinTokens(foldText(p)).join(" ")} `);

/**
 * The countries a company name names, as ISO codes (Hong Kong and Macao as CN): only country names count, not codes (in
 * a company name "Co" is a legal form, not Colombia), nor a state of a postal address named like a country ("…, Atlanta,
 * Georgia", "Georgia 30303": the US state, not Georgia; an address, as its code GA is). "Inner Mongolia" and "Nei Mongol"
 * are a Chinese region, not Mongolia (src/data/countries/variants.json reads them so).
 */
function countriesNamedIn(name: string): string[] {
  const codes: string[] = [];
  const reading = readCountry(name);
  for (const c of reading.countries)
    if (c.written.length > 3 && !reading.regions.some((r) => r.postal && r.country === c.code && r.written === c.written))
      codes.push(home(c.code));
  return codes;
}

/** The ISO codes a listing is placed in (mainland China, Hong Kong and Macao read as CN); empty when unknown. */
export function listingCountries(listing: Listing): string[] {
  const codes = new Set<string>();
  for (const c of readCountry(listing.country ?? "").codes) codes.add(home(c));
  for (const named of listing.names) {
    const words = ` ${latinTokens(foldText(named.name)).join(" ")} `;
    if (listing.country === null && (hasCjk(named.name) || CHINESE_PLACES.some((p) => words.includes(p)))) codes.add("CN");
    // A subsidiary abroad ("Hero Vast Canada Inc.") puts the listing there too. Only country names count, not
    // codes: in a company name "Co" is a legal form, not Colombia. "Inner Mongolia" is a Chinese region (China).
    for (const c of countriesNamedIn(named.name)) codes.add(c);
  }
  return [...codes];
}

/**
 * Weighs the row's country against the listings matched. The row's country comes as the ISO codes its country
 * cell names (src/core/countries); a cell that names no readable country changes nothing.
 */
export class CountryEvidenceBook {
  private readonly countriesOf = new Map<Listing, string[]>();

  constructor(listings: readonly Listing[]) {
    for (const listing of listings) if (listing.matchBy === "name") this.countriesOf.set(listing, listingCountries(listing));
  }

  countries(listing: Listing): string[] {
    return this.countriesOf.get(listing) ?? listingCountries(listing);
  }

  /**
   * Whether the row's country differs from that of some listing matched: only then does apply() change
   * anything. `rowCodes` are the ISO codes the row's country cell names (src/core/countries).
   */
  differs(matches: readonly NameMatch[], rowCodes: readonly string[]): boolean {
    if (rowCodes.length === 0) return false;
    for (const m of matches) {
      const listed = this.countries(m.listing);
      if (listed.length > 0 && !rowCodes.some((c) => listed.includes(home(c)))) return true;
    }
    return false;
  }

  /**
   * The matches to keep: those whose listing has no known country or shares one with the row, and the literal
   * others, each with a note that the countries differ. Listings matched only by a name that is not literal
   * drop. The input array when nothing changes.
   */
  apply(matches: NameMatch[], rowCodes: readonly string[]): NameMatch[] {
    if (rowCodes.length === 0) return matches;
    const row = rowCodes.map(home);
    /** Allocated at the first match that changes. */
    let kept: NameMatch[] | null = null;
    let rowNames: string | null = null;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i];
      const listed = this.countries(m.listing);
      if (listed.length === 0 || sharesOne(row, listed)) {
        kept?.push(m);
        continue;
      }
      kept ??= matches.slice(0, i);
      if (!m.literal) continue;
      rowNames ??= namesOf(row);
      const note: Evidence = {
        kind: "country",
        text: `the row's country (${rowNames}) differs from the listing's (${namesOf(listed)}); the name matches exactly, so the match stands`,
      };
      kept.push(new Match(m.listing, m.matched, m.score, [...m.evidence, note], m.literal, m.part));
    }
    return kept ?? matches;
  }
}

/**
 * The matches of a name that names a country (a country's name of more than three letters, as listingCountries reads a
 * listed name: "Serbia Zijin Mining d.o.o.") that the listing is not placed in, where the match is not literal: the
 * name may be an unlisted subsidiary there (a listed name plus a country), so a strong match is kept at `ceiling`
 * (below strong: Review), with the reason. A literal match (the listed name as written, its own country word
 * included) and a lifted listing's match are kept as they are. `countriesOf` gives a listing's countries.
 */
export function cappedWhereNameNamesAnotherCountry(
  text: string,
  matches: NameMatch[],
  ceiling: number,
  countriesOf: (m: NameMatch) => string[] | null,
): NameMatch[] {
  let named: string[] | null = null;
  let changed = false;
  const kept = matches.map((m) => {
    if (m.literal || m.score <= ceiling) return m;
    const listed = countriesOf(m);
    if (listed === null || listed.length === 0) return m;
    named ??= countriesNamedIn(text);
    const other = named.filter((c) => !listed.includes(c));
    if (other.length === 0) return m;
    changed = true;
    const note: Evidence = {
      kind: "country",
      text: `the name names ${namesOf(other)}, not the listing's country (${namesOf(listed)}): possibly an unlisted subsidiary there`,
    };
    return new Match(m.listing, m.matched, ceiling, [note, ...m.evidence], false, m.part);
  });
  return changed ? kept.sort((a, b) => b.score - a.score) : matches;
}

function sharesOne(row: readonly string[], listed: readonly string[]): boolean {
  for (const c of row) if (listed.includes(c)) return true;
  return false;
}

function namesOf(codes: readonly string[]): string {
  return codes.map((c) => countryName(c) ?? c).join(", ");
}
