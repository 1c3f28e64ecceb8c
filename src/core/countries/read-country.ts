/**
 * One reader for country cells: "China", "CN", "CHN", "PRC", "China (Xinjiang)", "Hong Kong SAR", "Türkiye",
 * "中国", "Xinjiang, China", "CN / MY". Out: the ISO 3166-1 alpha-2 codes it names, the regions it names,
 * and the names that fit several countries ("Congo"), which are never read as one country.
 *
 * Data: src/data/countries/ (i18n-iso-countries names and codes, plus the project's variants and regions).
 * Pure: no Office, no I/O.
 */
import { foldText, hasCjk, latinTokens } from "../normalise/text";
import { cjkKey, COUNTRY_TABLES, type CountryTables, type NameTarget, type PostalState } from "./tables";

export interface CountryFound {
  /** ISO 3166-1 alpha-2, e.g. "CN". */
  code: string;
  /** ISO 3166-1 alpha-3, e.g. "CHN". */
  alpha3: string;
  /** The country's English short name, e.g. "China". */
  name: string;
  /** The words of the cell that named it, folded (e.g. "prc", "中国", "xinjiang" when only a region was named). */
  written: string;
}

export interface RegionFound {
  /** ISO 3166-2 code, e.g. "CN-XJ". */
  id: string;
  /** English name, e.g. "Xinjiang". */
  name: string;
  /** Alpha-2 code of the country it lies in. */
  country: string;
  /** The words of the cell that named it, folded (e.g. "xuar", "urumqi", "新疆"). */
  written: string;
  /** A state whose name is also a country's, read as the state because a postal address writes it so ("Atlanta,
   * Georgia", "Georgia 30303", variants.json postalStates): a place in an address, not a country's name. */
  postal?: true;
}

export interface CountryReading {
  /** The countries the cell names, each once, in the order they appear. Empty when none could be read. */
  countries: CountryFound[];
  /** Alpha-2 codes of `countries`, in the same order: the usual thing to compare. */
  codes: string[];
  /** Regions named (Xinjiang, Tibet), each once. A region also puts its country in `countries`. */
  regions: RegionFound[];
  /** Names that fit several countries ("Congo"): the candidates, never added to `codes`. */
  uncertain: Array<{ written: string; codes: string[] }>;
}

const EMPTY: CountryReading = Object.freeze({
  countries: Object.freeze([]) as unknown as CountryFound[],
  codes: Object.freeze([]) as unknown as string[],
  regions: Object.freeze([]) as unknown as RegionFound[],
  uncertain: Object.freeze([]) as unknown as CountryReading["uncertain"],
}) as CountryReading;

/** Parts of a cell that may each be one code: "CN, MY", "CN/MY", "China (CN)". */
const SEGMENT_BREAK = /[,;/|()[\]{}+&\n\r\t]|\s-\s/;
/** Words written in capitals (with or without dots): "CN", "U.S.A.", "PRC". */
const CAPITAL_WORD = /(?:^|[^A-Za-z.])((?:[A-Z]\.?){2,4})(?![A-Za-z])/g;

/**
 * English words that are also codes (IN India, IT Italy, NO Norway, AND Andorra …): in capitals they are
 * still words ("MADE IN CHINA"), so they count as codes only where they stand alone in a part of the cell.
 */
const SHORT_ENGLISH_WORDS = new Set(
  "a an and are as at be by can do for from go he in is it me my no not of on or per so the to up us via we".split(" "),
);

function capitalWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) {
    const word = m[1].replace(/\./g, "").toLowerCase();
    if (!SHORT_ENGLISH_WORDS.has(word) || m[1].includes(".")) words.add(word);
  }
  return words;
}

/** Single-word keys of up to three letters ("cn", "usa", "prc", "tar") that the current cell may use. */
function shortWordsAllowed(text: string): Set<string> {
  const allowed = capitalWords(text);
  for (const part of text.split(SEGMENT_BREAK)) {
    const tokens = latinTokens(foldText(part));
    if (tokens.length === 1) allowed.add(tokens[0]);
  }
  return allowed;
}

class Collector {
  readonly countries: CountryFound[] = [];
  readonly regions: RegionFound[] = [];
  readonly uncertain: CountryReading["uncertain"] = [];
  /** The codes of `countries` named so far only by a postal state ("Atlanta, Georgia" for US). */
  private readonly byPostalState = new Set<string>();

  constructor(private readonly tables: CountryTables) {}

  add(target: NameTarget, written: string): void {
    if (target.kind === "region") {
      const region = this.tables.regions.get(target.id)!;
      if (!this.regions.some((r) => r.id === region.id)) this.regions.push({ ...region, written });
      this.addCountry(region.country, written);
    } else if (target.codes.length === 1) {
      this.addCountry(target.codes[0], written);
    } else if (!this.uncertain.some((u) => u.written === written)) {
      this.uncertain.push({ written, codes: [...target.codes] });
    }
  }

  /** A state named like a country, in a postal address: the state, in its country. */
  addPostalState(state: PostalState, written: string): void {
    const region = this.tables.regions.get(state.id)!;
    if (!this.regions.some((r) => r.id === region.id)) this.regions.push({ ...region, written, postal: true });
    if (!this.countries.some((c) => c.code === region.country)) this.byPostalState.add(region.country);
    this.addCountry(region.country, written);
  }

  private addCountry(code: string, written: string): void {
    const known = this.countries.findIndex((c) => c.code === code);
    if (known >= 0) {
      // A country named by a postal state first and by its own name after ("Atlanta, Georgia, USA") was named by its name.
      if (this.byPostalState.delete(code)) this.countries[known] = { ...this.countries[known], written };
      return;
    }
    const country = this.tables.countries.get(code)!;
    this.countries.push({ code, alpha3: country.alpha3, name: country.name, written });
  }

  reading(): CountryReading {
    // A name read as uncertain ("Congo") is settled when the cell also names one of its candidates plainly.
    const uncertain = this.uncertain.filter((u) => !u.codes.some((code) => this.countries.some((c) => c.code === code)));
    if (this.countries.length === 0 && uncertain.length === 0) return EMPTY;
    return { countries: this.countries, codes: this.countries.map((c) => c.code), regions: this.regions, uncertain };
  }
}

/**
 * Reads a country cell. Latin words are matched as whole words, longest name first ("Taiwan, Province of
 * China" is Taiwan, not China; "Democratic Republic of the Congo" is CD); codes and other names of up to three
 * letters ("CN", "usa", "PRC") only where they stand alone in a part of the cell or are written in capitals,
 * so the "in" of "Made in China" is not India. Chinese names are found anywhere in the text, longest first.
 */
export function readCountry(text: string | null | undefined, tables: CountryTables = COUNTRY_TABLES): CountryReading {
  if (typeof text !== "string" || text.trim() === "") return EMPTY;
  const folded = foldText(text);
  const collector = new Collector(tables);
  const tokens = latinTokens(folded);
  if (tokens.length > 0) {
    const allowedShort = tokens.some((t) => t.length <= 3) ? shortWordsAllowed(text) : new Set<string>();
    for (let i = 0; i < tokens.length;) {
      let matched = 0;
      // A word that begins no name of several words is looked up alone.
      const longest = tables.firstWords.has(tokens[i]) ? Math.min(tables.longestName, tokens.length - i) : 1;
      for (let n = longest; n >= 1 && matched === 0; n--) {
        const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(" ");
        const target = tables.latin.get(key);
        if (target === undefined) continue;
        if (n === 1 && key.length <= 3 && !allowedShort.has(key)) continue;
        const state = tables.postalStates.get(key);
        if (state && inPostalAddress(tokens, i, n, state, tables, allowedShort)) collector.addPostalState(state, key);
        else collector.add(target, key);
        matched = n;
      }
      i += matched || 1;
    }
  }
  if (hasCjk(folded)) {
    const simplified = cjkKey(folded);
    for (let i = 0; i < simplified.length;) {
      let matched = 0;
      for (const name of tables.cjkByLength) {
        if (simplified.startsWith(name, i)) {
          collector.add(tables.cjk.get(name)!, name);
          matched = name.length;
          break;
        }
      }
      i += matched || 1;
    }
  }
  return collector.reading();
}

/** A five-digit US ZIP code (the four digits of ZIP+4 are a token of their own). */
const ZIP = /^\d{5}$/;

/**
 * Whether a state named like a country (the `n` tokens at `i`: "georgia") stands where a postal address writes the
 * state: after one of its cities ("Atlanta, Georgia"), before a ZIP code ("Georgia 30303") or before its country's name
 * ("Georgia, USA"). Elsewhere the name is the country's.
 */
function inPostalAddress(
  tokens: readonly string[],
  i: number,
  n: number,
  state: PostalState,
  tables: CountryTables,
  allowedShort: ReadonlySet<string>,
): boolean {
  const next = i + n;
  if (next < tokens.length && ZIP.test(tokens[next])) return true;
  for (const city of state.cities) {
    const words = city.split(" ").length;
    if (i >= words && tokens.slice(i - words, i).join(" ") === city) return true;
  }
  const country = tables.regions.get(state.id)!.country;
  for (let m = Math.min(tables.longestName, tokens.length - next); m >= 1; m--) {
    const key = tokens.slice(next, next + m).join(" ");
    const target = tables.latin.get(key);
    if (target === undefined || target.kind !== "country") continue;
    if (m === 1 && key.length <= 3 && !allowedShort.has(key)) continue;
    return target.codes.length === 1 && target.codes[0] === country;
  }
  return false;
}

/** The English short name for an alpha-2 or alpha-3 code ("CN" or "CHN" → "China"), or undefined. */
export function countryName(code: string, tables: CountryTables = COUNTRY_TABLES): string | undefined {
  return countryByCode(code, tables)?.name;
}

/** The country for an alpha-2 or alpha-3 code, any case. */
export function countryByCode(
  code: string,
  tables: CountryTables = COUNTRY_TABLES,
): { code: string; alpha3: string; name: string } | undefined {
  const upper = code.trim().toUpperCase();
  const alpha2 = upper.length === 3 ? tables.alpha3To2.get(upper) : upper;
  const country = alpha2 === undefined ? undefined : tables.countries.get(alpha2);
  return country && { code: country.code, alpha3: country.alpha3, name: country.name };
}
