/**
 * Builds the List of Goods data (schema.ts) from DOL's own layouts:
 * - rows as in the project's normalised JSON (../shared/reference/official-copies/dol-tvpra-2022.json);
 * - DOL's raw XML (the Sweat & Toil app's goods file: Goods/Good/{Good_Name, Good_Sector, Countries/Country/…});
 * - a CSV with a header row: good, country, and the labour columns (see parseDolCsv).
 * Pure: the callers read the files. Every problem names the good, country or line it concerns. Names are kept
 * as DOL writes them, in Unicode NFC.
 */
import { parse } from "node-html-parser";
import derivedInputsJson from "../../data/sector/derived-inputs.json";
import { readCountry } from "../countries";
import { parseCsv } from "../importers/csv";
import { type SectorEntry, type SectorList, validateSectorList } from "./schema";

/** One good-country pair in DOL's terms (the field names of the normalised JSON). */
export interface DolRow {
  good: string;
  country: string;
  child_labor: boolean;
  forced_labor: boolean;
  forced_child_labor: boolean;
  derived_input: boolean;
  derived_input_country: string | null;
  sector: string;
}

export interface SectorListMeta {
  edition: number;
  published: string;
  editionNote: string;
  page: string;
  file: string;
  sha256: string | null;
  licence: string;
  confidence: SectorList["confidence"];
}

export const DOL_TITLE = "List of Goods Produced by Child Labor or Forced Labor";
export const DOL_PUBLISHER = "U.S. Department of Labor, Bureau of International Labor Affairs (ILAB)";
export const DOL_PAGE = "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods";
export const DOL_LICENCE = "Work of the U.S. Government (Department of Labor): public domain in the United States (17 U.S.C. 105).";

const DERIVED_INPUTS: Record<string, string> = (derivedInputsJson as { inputs: Record<string, string> }).inputs;

export class SectorDataError extends Error {}

function countryCode(name: string, where: string): string {
  const reading = readCountry(name);
  if (reading.codes.length !== 1) {
    throw new SectorDataError(`${where}: the country "${name}" could not be read as one country.`);
  }
  return reading.codes[0];
}

/** The List from DOL rows; throws SectorDataError on a row that cannot be right, then validates the whole. */
export function buildSectorList(rows: readonly DolRow[], meta: SectorListMeta, derivedInputs = DERIVED_INPUTS): SectorList {
  if (rows.length === 0) throw new SectorDataError("The file holds no goods.");
  const entries: SectorEntry[] = rows.map((row) => {
    const where = `"${row.good}" / "${row.country}"`;
    // DOL writes some names decomposed ("Açaí" as A c U+0327 a i U+0301): kept as the same text in NFC.
    const good = row.good.normalize("NFC").trim();
    const country = row.country.normalize("NFC").trim();
    if (!good || !country) throw new SectorDataError(`A row has no ${good ? "country" : "good"} (${where}).`);
    let inputFrom: SectorEntry["inputFrom"] = null;
    if (row.derived_input) {
      if (!row.derived_input_country) throw new SectorDataError(`${where}: listed through an input, but the input's country is missing.`);
      inputFrom = {
        country: row.derived_input_country.normalize("NFC").trim(),
        countryCode: countryCode(row.derived_input_country, where),
        good: derivedInputs[good] ?? null,
      };
    }
    return {
      good,
      sector: row.sector.normalize("NFC").trim() || "Other",
      country,
      countryCode: countryCode(country, where),
      childLabour: row.child_labor,
      forcedLabour: row.forced_labor,
      forcedChildLabour: row.forced_child_labor,
      inputFrom,
    };
  });
  // An input named for a derived good must itself be on the List for the input's country.
  for (const e of entries) {
    if (e.inputFrom?.good) {
      const { good, countryCode: code } = e.inputFrom;
      if (!entries.some((x) => x.good === good && x.countryCode === code && (x.childLabour || x.forcedLabour))) {
        throw new SectorDataError(`"${e.good}" is listed as made with ${good} from ${e.inputFrom.country}, which the file does not list.`);
      }
    }
  }
  return validateSectorList({
    kind: "dol-list-of-goods",
    schemaVersion: 1,
    title: DOL_TITLE,
    publisher: DOL_PUBLISHER,
    edition: meta.edition,
    editionNote: meta.editionNote,
    published: meta.published,
    source: { page: meta.page, file: meta.file, sha256: meta.sha256, licence: meta.licence },
    confidence: meta.confidence,
    entries,
  });
}

function yesNo(value: string, what: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === "yes" || v === "true" || v === "y" || v === "x" || v === "1") return true;
  if (v === "no" || v === "false" || v === "n" || v === "" || v === "0") return false;
  throw new SectorDataError(`${what}: "${value}" is neither Yes nor No.`);
}

/** DOL's raw XML: Goods/Good/{Good_Name, Good_Sector, Countries/Country/{Country_Name, Child_Labor, …}}. */
export function parseDolXml(text: string): DolRow[] {
  if (!/<Goods[\s>]/.test(text) || !/<Good_Name>/.test(text)) {
    throw new SectorDataError("This is not DOL's List of Goods XML: no <Goods> with <Good_Name> elements was found.");
  }
  const root = parse(text, { lowerCaseTagName: true });
  const rows: DolRow[] = [];
  for (const good of root.querySelectorAll("good")) {
    const name = good.querySelector("good_name")?.text.trim() ?? "";
    const sector = good.querySelector("good_sector")?.text.trim() ?? "";
    if (!name) throw new SectorDataError(`Good number ${rows.length + 1} has no <Good_Name>.`);
    const countries = good.querySelectorAll("country");
    if (countries.length === 0) throw new SectorDataError(`"${name}" lists no country.`);
    for (const c of countries) {
      const field = (tag: string): string => {
        const el = c.querySelector(tag);
        if (!el) throw new SectorDataError(`"${name}": a <Country> has no <${tag}>.`);
        return el.text;
      };
      const country = field("country_name").trim();
      const where = `"${name}" / "${country}"`;
      const derived = yesNo(field("derived_labor_exploitation"), `${where} Derived_Labor_Exploitation`);
      const derivedCountry = field("derived_country").trim();
      rows.push({
        good: name,
        country,
        child_labor: yesNo(field("child_labor"), `${where} Child_Labor`),
        forced_labor: yesNo(field("forced_labor"), `${where} Forced_Labor`),
        forced_child_labor: yesNo(field("forced_child_labor"), `${where} Forced_Child_Labor`),
        derived_input: derived,
        derived_input_country: derived ? derivedCountry : null,
        sector,
      });
    }
  }
  return rows;
}

const CSV_COLUMNS: Record<keyof DolRow, string[]> = {
  good: ["good", "good_name", "good name"],
  country: ["country", "country_name", "country name", "country/area"],
  child_labor: ["child_labor", "child labor", "child labour", "child_labour", "cl"],
  forced_labor: ["forced_labor", "forced labor", "forced labour", "forced_labour", "fl"],
  forced_child_labor: ["forced_child_labor", "forced child labor", "forced child labour", "fcl"],
  derived_input: ["derived_input", "derived_labor_exploitation", "derived labor exploitation", "input"],
  derived_input_country: ["derived_input_country", "derived_country", "derived country", "input country"],
  sector: ["sector", "good_sector", "good sector"],
};

/**
 * A CSV with a header row. Required: good, country, child labor, forced labor (DOL's words or the JSON's
 * field names; Yes/No, true/false or X). Optional: forced child labor, derived input, derived country, sector.
 */
export function parseDolCsv(text: string): DolRow[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ""));
  if (records.length < 2) throw new SectorDataError("The CSV has no rows below its header.");
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const column = (key: keyof DolRow, required: boolean): number => {
    const at = header.findIndex((h) => CSV_COLUMNS[key].includes(h));
    if (at < 0 && required)
      throw new SectorDataError(`The CSV has no "${CSV_COLUMNS[key][0]}" column (header: ${records[0].fields.join(", ")}).`);
    return at;
  };
  const cols = {
    good: column("good", true),
    country: column("country", true),
    child: column("child_labor", true),
    forced: column("forced_labor", true),
    forcedChild: column("forced_child_labor", false),
    derived: column("derived_input", false),
    derivedCountry: column("derived_input_country", false),
    sector: column("sector", false),
  };
  return records.slice(1).map(({ line, fields }) => {
    const get = (at: number): string => (at < 0 ? "" : (fields[at] ?? ""));
    const where = `line ${line}`;
    const derived = yesNo(get(cols.derived), `${where} derived input`);
    const child = yesNo(get(cols.child), `${where} child labor`);
    const forced = yesNo(get(cols.forced), `${where} forced labor`);
    return {
      good: get(cols.good),
      country: get(cols.country),
      child_labor: child,
      forced_labor: forced,
      forced_child_labor: cols.forcedChild < 0 ? false : yesNo(get(cols.forcedChild), `${where} forced child labor`),
      derived_input: derived,
      derived_input_country: derived ? get(cols.derivedCountry) || null : null,
      sector: get(cols.sector),
    };
  });
}
