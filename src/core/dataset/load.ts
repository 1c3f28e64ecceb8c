import { createHash } from "./sha256";
import { Dataset, SCHEMA_VERSION } from "./schema";

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "DatasetError";
  }
}

/** Turns zod's issue list into lines that a curator can act on: "listings[3].status: Invalid option …". */
function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : (i === 0 ? "" : ".") + String(p))).join("");
    return `${path || "(dataset)"}: ${issue.message}`;
  });
}

/** The official page of each list: where a buyer checks a listing that names no page of its own. */
export const OFFICIAL_PAGES = {
  cbp_wro: "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
  cbp_finding: "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
  uflpa: "https://www.dhs.gov/uflpa-entity-list",
} as const;

/**
 * "github.com/owner/repo/blob/…" → "https://github.com/owner/repo/blob/…": an address written without
 * its scheme becomes one a reader can open. Descriptions and https addresses are returned unchanged.
 */
export function openableSource(source: string): string {
  const s = source.trim();
  return /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/\S/i.test(s) ? `https://${s}` : s;
}

/**
 * A dataset saved under schema 1 (before `verifyUrl`) is read as schema 2: each listing's official list
 * page becomes its verifyUrl, and sources written without https:// get it. Nothing else changes, and
 * the result is validated like any other dataset.
 */
function upgrade(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const v = value as { schemaVersion?: unknown; listings?: unknown };
  if (v.schemaVersion !== 1 || !Array.isArray(v.listings)) return value;
  const listings = v.listings.map((l: unknown) => {
    if (typeof l !== "object" || l === null) return l;
    const listing = l as { list?: string; verifyUrl?: unknown; sources?: unknown };
    const page = OFFICIAL_PAGES[listing.list as keyof typeof OFFICIAL_PAGES];
    return {
      ...listing,
      verifyUrl: listing.verifyUrl ?? page,
      sources: Array.isArray(listing.sources)
        ? listing.sources.map((s) => (typeof s === "string" ? openableSource(s) : s))
        : listing.sources,
    };
  });
  return { ...v, schemaVersion: SCHEMA_VERSION, listings };
}

/** Validates an already-parsed value. Throws DatasetError naming each bad field; never returns a partial dataset. */
export function validateDataset(value: unknown): Dataset {
  const parsed = Dataset.safeParse(upgrade(value));
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    const more = parsed.error.issues.length > problems.length ? ` (and ${parsed.error.issues.length - problems.length} more)` : "";
    throw new DatasetError(`The dataset is not valid: ${problems.join("; ")}${more}`, problems);
  }
  return parsed.data;
}

/** Parses JSON text and validates it. */
export function parseDataset(text: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new DatasetError(`The dataset is not valid JSON: ${(e as Error).message}`);
  }
  return validateDataset(value);
}

/** SHA-256 of the canonical JSON text, shown to users so two copies of a dataset can be compared. */
export function datasetFingerprint(dataset: Dataset): string {
  return createHash(JSON.stringify(dataset));
}
