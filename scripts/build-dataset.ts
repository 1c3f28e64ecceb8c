/**
 * Builds src/data/dataset/wro-dataset.json from the reference compilation in ../shared/reference.
 *
 * Every record of wro-findings.json and uflpa-entities.json becomes one listing. Free-text statuses are
 * normalised to the schema's four values, and the source's own words are kept verbatim in statusText.
 * Nothing is invented: where the reference does not establish a fact, the field stays null or "unknown".
 *
 *   npm run build:dataset [-- --reference DIR] [-- --check]
 * --check exits 1 if the committed dataset differs from what the reference would produce.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { openableSource, validateDataset } from "../src/core/dataset/load";
import type { Confidence, Dataset, ListedName, Listing, Status, StatusEvent } from "../src/core/dataset/schema";
import { markRemovedNames } from "../src/core/dataset/removed-names";
import { cbpStatus } from "../src/core/dataset/status-words";
import rulesFile from "../src/data/rules/region-product-rules.json";

const DATASET_VERSION = "2026-12-05";
const OUTPUT = resolve(__dirname, "../src/data/dataset/wro-dataset.json");

interface ReferenceWro {
  id: string;
  type: string;
  date_issued: string | null;
  entity_name: string;
  aliases: string[];
  subsidiaries_or_vessels: string[];
  chinese_names: { name: string; confidence: string }[];
  country: string | null;
  region: string | null;
  products: string | null;
  industry_cbp: string | null;
  scope: string | null;
  status: string;
  status_date: string | null;
  status_history: { date: string | null; event: string }[];
  source: string | string[];
  confidence: string;
  notes: string | null;
  verify_url: string;
}

interface ReferenceUflpa {
  id: string;
  name: string;
  aliases: string[];
  chinese_names: { name: string; confidence: string }[];
  former_names: string[];
  subsidiaries: string[];
  date_added: string | null;
  section: string;
  section_confidence: string;
  status: string;
  source: string | string[];
  confidence: string;
  notes: string | null;
  verify_url: string;
}

/**
 * Entries the list itself renamed, with the date of the change: the names it published before become
 * former names that carry that date. Each row is checked against the record (the date must be stated
 * in its notes as "Renamed on the list effective DATE", and every name must be one of the record's
 * names), so the table can only restate the reference, never add to it.
 */
const RENAMES_ON_THE_LIST: { id: string; date: string; previousNames: string[] }[] = [
  {
    id: "uflpa-2022-06-21-hefei-meiling-co-ltd-and-one-alias:-hefei-meiling-group-hold",
    date: "2024-10-03",
    // The DHS release names only this entry name as corrected; the other former name carries no date.
    previousNames: ["Hefei Meiling Co., Ltd."],
  },
  {
    id: "uflpa-2022-06-21-xinjiang-goens-energy-technology-co-ltd-formerly-known-as-xi",
    date: "2026-08-03",
    previousNames: [
      "Xinjiang GCL New Energy Material Technology Co., Ltd.",
      "Xinjiang GCL New Energy Materials Technology Co., Ltd.",
      "Xinjiang GCL New Energy Material Technology, Co. Ltd",
      "Xinjiang GCL New Energy Materials Technology Co.",
    ],
  },
  {
    id: "uflpa-2023-09-26-xinjiang-tianmian-foundation-textile-co-ltd",
    date: "2026-08-03",
    previousNames: ["Xinjiang Tianmian Foundation Textile Co., Ltd."],
  },
];

function renamesOf(r: ReferenceUflpa): Map<string, string> {
  const rename = RENAMES_ON_THE_LIST.find((x) => x.id === r.id);
  if (!rename) return new Map();
  if (!(r.notes ?? "").includes(`effective ${rename.date}`)) {
    throw new Error(`${r.id}: the reference notes do not state the rename date ${rename.date}`);
  }
  const held = new Set([...r.aliases, ...r.former_names]);
  for (const n of rename.previousNames) if (!held.has(n)) throw new Error(`${r.id}: "${n}" is not among the record's names`);
  return new Map(rename.previousNames.map((n) => [n, rename.date]));
}

export function mapConfidence(text: string): Confidence {
  const t = text.toLowerCase();
  if (t.startsWith("high")) return "verified";
  if (t.startsWith("medium")) return "secondary";
  return "unverified";
}

/**
 * Maps the reference's free-text status to the schema. Hedged wording ("probably", "not verified",
 * "unknown", "contested") becomes "unknown": the tool then asks for review instead of clearing a supplier.
 */
export function normaliseStatus(text: string): Status {
  const words = cbpStatus(text);
  if (words) return words;
  const t = text.toLowerCase();
  if (/unknown|probably|not verified|contested|unverified/.test(t)) return "unknown";
  if (/partially active|with exemptions/.test(t)) return "partially_active";
  if (/lifted|revoked|inactive|no longer detained/.test(t)) return "inactive";
  if (/^(active|listed)/.test(t) || /listed active/.test(t)) return "active";
  return "unknown";
}

export function classifyEvent(description: string): StatusEvent["kind"] {
  const t = description.toLowerCase();
  if (/elevated to finding|finding published/.test(t)) return "elevated_to_finding";
  if (/admissible/.test(t)) return "partially_lifted";
  if (/lifted|imports allowed|no longer detained|revoked/.test(t)) return "lifted";
  if (/modified/.test(t)) return "modified";
  if (/issued/.test(t)) return "issued";
  if (/removed from one section|moved/.test(t)) return "moved_section";
  return "other";
}

/** Official government pages first, then other https addresses (copies read), then plain descriptions. */
function sourceRank(source: string): number {
  const host = /^https:\/\/([^/\s]+)/i.exec(source)?.[1]?.toLowerCase();
  if (!host) return 2;
  return /\.gov$|(^|\.)govdelivery\.com$/.test(host) ? 0 : 1;
}

/** Sources written as a reader can follow them ("github.com/…" gains https://), strongest first. */
export function sourcesOf(source: string | string[]): string[] {
  const list = (Array.isArray(source) ? source : [source]).map((s) => openableSource(s)).filter(Boolean);
  return list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => sourceRank(a.s) - sourceRank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

/** Splits "Name (vessel)" or "Name (owner)" annotations off a reference name. */
function annotatedName(raw: string, fallbackKind: ListedName["kind"]): ListedName[] {
  const owned = raw.match(/^(.*?) \(vessel\), owned by (.+)$/);
  if (owned) {
    return [
      { name: owned[1].trim(), kind: "vessel" },
      { name: owned[2].trim(), kind: "owner", note: "owner of the vessel" },
    ];
  }
  const vessel = raw.match(/^(.*?) \(vessel\)$/);
  if (vessel) return [{ name: vessel[1].trim(), kind: "vessel" }];
  const owner = raw.match(/^(.*?) \(owner\)$/);
  if (owner) return [{ name: owner[1].trim(), kind: "owner", note: "owner of the vessels" }];
  return [{ name: raw.trim(), kind: fallbackKind }];
}

function chineseNames(list: { name: string; confidence: string }[]): ListedName[] {
  return list.map(({ name, confidence }) => {
    const parent = name.match(/^(.*?)\s*\(parent\)$/);
    const note = [parent ? "name of the parent company" : null, `source confidence: ${confidence}`].filter(Boolean).join("; ");
    return { name: (parent ? parent[1] : name).trim(), kind: "chinese" as const, confidence: mapConfidence(confidence), note };
  });
}

function uniqueNames(names: ListedName[]): ListedName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function wroListing(r: ReferenceWro, ruleIds: Set<string>): Listing {
  // Firms a modification removed from the order are marked on their names (src/core/dataset/removed-names.ts).
  return markRemovedNames(wroListingAsGiven(r, ruleIds));
}

function wroListingAsGiven(r: ReferenceWro, ruleIds: Set<string>): Listing {
  const verifiedType = r.type === "WRO" || r.type === "Finding";
  const isVesselOrder = /^fishing vessel/i.test(r.entity_name);
  const status = normaliseStatus(r.status);
  const history: StatusEvent[] = [];
  if (r.date_issued) history.push({ date: r.date_issued, kind: "issued", description: `${r.type} issued` });
  for (const h of r.status_history) {
    if (h.date === r.date_issued && /issued/i.test(h.event)) continue;
    history.push({ date: h.date, kind: classifyEvent(h.event), description: h.event });
  }
  if (r.status_date && !history.some((h) => h.date === r.status_date)) {
    history.push({ date: r.status_date, kind: status === "inactive" ? "lifted" : "modified", description: r.status });
  }
  return {
    id: r.id,
    list: r.type === "Finding" ? "cbp_finding" : "cbp_wro",
    listVerified: verifiedType,
    dateIssued: r.date_issued,
    name: r.entity_name,
    names: uniqueNames([
      { name: r.entity_name, kind: "primary" },
      ...r.aliases.map((a) => ({ name: a, kind: "alias" as const })),
      ...r.subsidiaries_or_vessels.flatMap((s) => annotatedName(s, isVesselOrder ? "vessel" : "subsidiary")),
      ...chineseNames(r.chinese_names),
    ]),
    matchBy: ruleIds.has(r.id) ? "rule" : "name",
    country: r.country,
    region: r.region,
    products: r.products,
    industry: r.industry_cbp,
    scope: r.scope,
    section: null,
    status,
    statusDate: r.status_date,
    statusText: r.status,
    statusHistory: history,
    verifyUrl: r.verify_url,
    sources: sourcesOf(r.source),
    confidence: mapConfidence(r.confidence),
    notes: [verifiedType ? null : `Order type as given by the source: ${r.type}.`, r.notes].filter(Boolean).join(" ") || null,
  };
}

function uflpaListing(r: ReferenceUflpa): Listing {
  const renamed = renamesOf(r);
  const former = (name: string): ListedName => {
    const date = renamed.get(name);
    return date ? { name, kind: "former", renamedOn: date } : { name, kind: "former" };
  };
  return {
    id: r.id,
    list: "uflpa",
    listVerified: true,
    dateIssued: r.date_added,
    name: r.name,
    names: uniqueNames([
      { name: r.name, kind: "primary" },
      ...r.former_names.map(former),
      ...r.aliases.map((a) => (renamed.has(a) ? former(a) : { name: a, kind: "alias" as const })),
      ...r.subsidiaries.map((s) => ({ name: s, kind: "subsidiary" as const })),
      ...chineseNames(r.chinese_names),
    ]),
    matchBy: "name",
    country: null,
    region: null,
    products: null,
    industry: null,
    scope: null,
    section: `${r.section} (section confidence: ${r.section_confidence})`,
    status: normaliseStatus(r.status),
    statusDate: null,
    statusText: r.status,
    statusHistory: r.date_added ? [{ date: r.date_added, kind: "listed", description: "Added to the UFLPA Entity List" }] : [],
    verifyUrl: r.verify_url,
    sources: sourcesOf(r.source),
    confidence: mapConfidence(r.confidence),
    notes: r.notes,
  };
}

export function buildDataset(referenceDir: string): Dataset {
  const wro = JSON.parse(readFileSync(join(referenceDir, "wro-findings.json"), "utf8")) as ReferenceWro[];
  const uflpa = JSON.parse(readFileSync(join(referenceDir, "uflpa-entities.json"), "utf8")) as ReferenceUflpa[];
  const ruleIds = new Set(rulesFile.ruleListingIds);
  const listings: Listing[] = [
    ...wro.map((r) => wroListing(r, ruleIds)),
    ...uflpa.map(uflpaListing),
    ...(rulesFile.derivedListings as Listing[]),
  ];
  return validateDataset({
    schemaVersion: 2,
    version: DATASET_VERSION,
    compiled: DATASET_VERSION,
    description:
      "CBP Withhold Release Orders and Findings and the DHS UFLPA Entity List, compiled from the project's reference compilation (public sources; newest item 2026-08-03). Each listing keeps its sources and confidence.",
    sources: [
      {
        name: "CBP Withhold Release Orders and Findings",
        address: "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
        retrieved: DATASET_VERSION,
      },
      { name: "DHS UFLPA Entity List", address: "https://www.dhs.gov/uflpa-entity-list", retrieved: DATASET_VERSION },
    ],
    listings,
    rules: rulesFile.rules,
  });
}

function main(argv: string[]): number {
  const refFlag = argv.indexOf("--reference");
  const referenceDir = refFlag >= 0 ? resolve(argv[refFlag + 1]) : resolve(__dirname, "../../shared/reference");
  if (!existsSync(join(referenceDir, "wro-findings.json"))) {
    process.stderr.write(`Reference files not found in ${referenceDir}. Pass --reference DIR.\n`);
    return 2;
  }
  const text = JSON.stringify(buildDataset(referenceDir), null, 1) + "\n";
  if (argv.includes("--check")) {
    const same = existsSync(OUTPUT) && readFileSync(OUTPUT, "utf8") === text;
    process.stdout.write(
      same ? "The bundled dataset matches the reference.\n" : "The bundled dataset is out of date: run npm run build:dataset\n",
    );
    return same ? 0 : 1;
  }
  writeFileSync(OUTPUT, text);
  process.stdout.write(`Wrote ${OUTPUT}\n`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
