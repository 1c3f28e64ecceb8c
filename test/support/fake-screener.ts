import type { Listing, Risk, ScreenInput, ScreenResult } from "../../src/core";

/**
 * A deterministic stand-in for the core Screener, so adapter tests do not depend on matching rules.
 * A name containing one of the keys below gets that listing; anything else is "none".
 */
export function fakeListing(id: string, name: string, overrides: Partial<Listing> = {}): Listing {
  return {
    id,
    list: "uflpa",
    listVerified: true,
    dateIssued: "2023-06-09",
    name,
    names: [{ name, kind: "primary" }],
    matchBy: "name",
    country: "China",
    region: null,
    products: null,
    industry: null,
    scope: null,
    section: null,
    status: "active",
    statusDate: null,
    statusText: "Listed",
    statusHistory: [],
    verifyUrl: "https://www.dhs.gov/uflpa-entity-list",
    sources: ["https://www.dhs.gov/uflpa-entity-list"],
    confidence: "verified",
    notes: null,
    ...overrides,
  };
}

const LISTINGS: Record<string, { risk: Risk; listing: Listing }> = {
  hoshine: { risk: "high", listing: fakeListing("uflpa-hoshine", "Hoshine Silicon Industry Co., Ltd.") },
  cottonco: {
    risk: "review",
    listing: fakeListing("wro-cottonco", "Cotton Co", {
      list: "cbp_wro",
      verifyUrl: "https://www.cbp.gov/wro",
      sources: ["not a url", "https://www.cbp.gov/wro"],
    }),
  },
  oldfarm: {
    risk: "lifted",
    listing: fakeListing("wro-oldfarm", "Old Farm Ltd", {
      list: "cbp_wro",
      status: "inactive",
      verifyUrl: "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
      sources: ["CBP press release"],
    }),
  },
};

export interface FakeScreener {
  screenAll(inputs: ScreenInput[]): ScreenResult[];
  readonly version: string;
  /** Every batch passed to screenAll, to check chunking. */
  readonly batches: ScreenInput[][];
}

export function createFakeScreener(options: { version?: string; note?: (name: string, risk: Risk) => string } = {}): FakeScreener {
  const batches: ScreenInput[][] = [];
  const version = options.version ?? "2026-11-26";
  const screenOne = (input: ScreenInput): ScreenResult => {
    const text = input.name === null || input.name === undefined ? "" : String(input.name).trim();
    const base = { otherMatches: [], ruleHits: [], datasetVersion: version };
    if (text === "") return { ...base, risk: "none", score: 0, match: null, note: "", skipped: "empty" };
    const key = Object.keys(LISTINGS).find((k) => text.toLowerCase().replace(/\s+/g, "").includes(k));
    if (!key) {
      const note = options.note?.(text, "none") ?? "No match on the lists.";
      return { ...base, risk: "none", score: 0, match: null, note, skipped: null };
    }
    const { risk, listing } = LISTINGS[key];
    const where = input.country ? ` (${String(input.country)})` : "";
    return {
      ...base,
      risk,
      score: 1,
      match: { listing, matched: listing.names[0], score: 1, evidence: [{ kind: "exact", text: "same name" }] },
      note: options.note?.(text, risk) ?? `Matches ${listing.name}${where}.`,
      skipped: null,
    };
  };
  return {
    version,
    batches,
    screenAll(inputs) {
      batches.push(inputs);
      return inputs.map(screenOne);
    },
  };
}
