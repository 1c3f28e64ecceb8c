/**
 * The country tables, built once from the data files in src/data/countries/:
 * - i18n-iso-countries 7.14.0 (MIT): ISO 3166-1 codes and country names in English, German, Spanish, French,
 *   Russian, Chinese and Japanese, copied verbatim;
 * - variants.json (this project): further spellings, short names for notes, and regions.
 */
import codesJson from "../../data/countries/i18n-iso-countries/codes.json";
import deJson from "../../data/countries/i18n-iso-countries/de.json";
import enJson from "../../data/countries/i18n-iso-countries/en.json";
import esJson from "../../data/countries/i18n-iso-countries/es.json";
import frJson from "../../data/countries/i18n-iso-countries/fr.json";
import jaJson from "../../data/countries/i18n-iso-countries/ja.json";
import ruJson from "../../data/countries/i18n-iso-countries/ru.json";
import zhJson from "../../data/countries/i18n-iso-countries/zh.json";
import variantsJson from "../../data/countries/variants.json";
import { toSimplified } from "../normalise/name-analysis";
import { bundledTables } from "../normalise/tables";
import { foldText, hasCjk, latinTokens } from "../normalise/text";

export type NameTarget = { kind: "country"; codes: string[] } | { kind: "region"; id: string };

export interface CountryEntry {
  code: string;
  alpha3: string;
  name: string;
}

export interface RegionEntry {
  id: string;
  name: string;
  country: string;
}

export interface CountryTables {
  countries: Map<string, CountryEntry>;
  alpha3To2: Map<string, string>;
  regions: Map<string, RegionEntry>;
  /** Latin names, codes and regions by their folded words joined by spaces ("peoples republic of china"). */
  latin: Map<string, NameTarget>;
  /** The most words in a Latin name. */
  longestName: number;
  /** The first words of the Latin names of more than one word ("peoples" of "peoples republic of china"). */
  firstWords: Set<string>;
  /** Chinese names, folded, by name. */
  cjk: Map<string, NameTarget>;
  /** The keys of `cjk`, longest first. */
  cjkByLength: string[];
  /** States whose name is also a country's (Georgia), by the name's key: read as the state only in a postal address. */
  postalStates: Map<string, PostalState>;
}

/** A state whose name is also a country's, read as the state only where a postal address writes it (variants.json). */
export interface PostalState {
  /** The region it is read as (US-GA). */
  id: string;
  /** The keys of the state's cities ("atlanta", "peachtree city"): the state's name after one of them is the state. */
  cities: string[];
}

type Names = string | string[];
interface LangFile {
  locale: string;
  countries: Record<string, Names>;
}
interface VariantsFile {
  shortNames: Record<string, string>;
  names: Record<string, string[]>;
  regions: Array<{ id: string; name: string; country: string; names: string[]; places: string[] }>;
  postalStates?: Array<{ id: string; name: string; country: string; cities: string[] }>;
}

export interface CountrySources {
  codes: string[][];
  languages: LangFile[];
  variants: VariantsFile;
}

function list(names: Names | undefined): string[] {
  return names === undefined ? [] : typeof names === "string" ? [names] : names;
}

/** Builds the tables; throws on data that cannot be right (an unknown code, a region in two places). */
export function buildCountryTables(sources: CountrySources): CountryTables {
  const english = sources.languages.find((l) => l.locale === "en");
  if (!english) throw new Error("country data: the English names are missing");
  const countries = new Map<string, CountryEntry>();
  const alpha3To2 = new Map<string, string>();
  for (const [alpha2, alpha3] of sources.codes) {
    const name = sources.variants.shortNames[alpha2] ?? list(english.countries[alpha2])[0];
    if (!name) throw new Error(`country data: no English name for ${alpha2}`);
    countries.set(alpha2, { code: alpha2, alpha3, name });
    alpha3To2.set(alpha3, alpha2);
  }
  const known = (code: string): string => {
    if (!countries.has(code)) throw new Error(`country data: unknown code ${code}`);
    return code;
  };

  const countryNames = new Map<string, Set<string>>();
  const regionNames = new Map<string, string>();
  const addCountryName = (name: string, code: string): void => {
    const key = keyOf(name);
    if (key === "") return;
    const codes = countryNames.get(key) ?? new Set<string>();
    codes.add(known(code));
    countryNames.set(key, codes);
  };
  for (const [alpha2, alpha3] of sources.codes) {
    addCountryName(alpha2, alpha2);
    addCountryName(alpha3, alpha2);
  }
  for (const lang of sources.languages) {
    for (const [code, names] of Object.entries(lang.countries)) for (const name of list(names)) addCountryName(name, code);
  }
  for (const [code, names] of Object.entries(sources.variants.names)) for (const name of names) addCountryName(name, code);

  const regions = new Map<string, RegionEntry>();
  for (const r of sources.variants.regions) {
    regions.set(r.id, { id: r.id, name: r.name, country: known(r.country) });
    for (const name of [...r.names, ...r.places]) {
      const key = keyOf(name);
      const other = regionNames.get(key);
      if (other !== undefined && other !== r.id) throw new Error(`country data: "${name}" names two regions`);
      regionNames.set(key, r.id);
    }
  }

  // A state named like a country (Georgia) is a region of its own, never read by its name alone: readCountry reads it
  // where a postal address writes it.
  const postalStates = new Map<string, PostalState>();
  for (const s of sources.variants.postalStates ?? []) {
    if (regions.has(s.id)) throw new Error(`country data: ${s.id} is both a region and a postal state`);
    regions.set(s.id, { id: s.id, name: s.name, country: known(s.country) });
    postalStates.set(keyOf(s.name), { id: s.id, cities: s.cities.map(keyOf) });
  }

  const latin = new Map<string, NameTarget>();
  const cjk = new Map<string, NameTarget>();
  for (const [key, codes] of countryNames) {
    (isCjkKey(key) ? cjk : latin).set(key, { kind: "country", codes: [...codes].sort() });
  }
  // A region's name wins over a country name spelt the same (none today): the region also names the country.
  for (const [key, id] of regionNames) (isCjkKey(key) ? cjk : latin).set(key, { kind: "region", id });
  const longestName = Math.max(...[...latin.keys()].map((k) => k.split(" ").length));
  const firstWords = new Set([...latin.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));
  const cjkByLength = [...cjk.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const key of postalStates.keys())
    if (!countryNames.has(key)) throw new Error(`country data: the postal state "${key}" is no country's name (list it as a region)`);
  return { countries, alpha3To2, regions, latin, longestName, firstWords, cjk, cjkByLength, postalStates };
}

/**
 * Chinese names are kept whole, folded and in simplified characters, so "刚果(金)" and "刚果（金）", "臺灣" and
 * "台湾" agree; Latin names as their words.
 */
function keyOf(name: string): string {
  const folded = foldText(name).trim();
  return hasCjk(folded) ? cjkKey(folded) : latinTokens(folded).join(" ");
}

/** Folded text in simplified characters (the normaliser's table): how Chinese text is compared. */
export function cjkKey(folded: string): string {
  return toSimplified(folded, bundledTables());
}

function isCjkKey(key: string): boolean {
  return hasCjk(key);
}

export const COUNTRY_TABLES: CountryTables = buildCountryTables({
  codes: codesJson as string[][],
  languages: [enJson, deJson, esJson, frJson, ruJson, zhJson, jaJson] as LangFile[],
  variants: variantsJson as unknown as VariantsFile,
});
