import { existsSync } from "node:fs";
import { join } from "node:path";
import { DatasetError, bundledDataset, datasetFingerprint, parseDataset, sha256Hex, validateDataset } from "../../src/core";
import { buildDataset, normaliseStatus, mapConfidence } from "../../scripts/build-dataset";

const dataset = bundledDataset();
const clone = () => JSON.parse(JSON.stringify(dataset));
const problemsOf = (value: unknown): string => {
  try {
    validateDataset(value);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).message;
  }
  throw new Error("expected the dataset to be rejected");
};

describe("the bundled dataset", () => {
  it("passes the schema", () => {
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(dataset.listings.length).toBeGreaterThanOrEqual(176);
  });
  it("carries a source and confidence on every listing and every rule", () => {
    for (const l of dataset.listings) {
      expect(l.sources.length).toBeGreaterThan(0);
      expect(["verified", "secondary", "unverified"]).toContain(l.confidence);
      expect(l.statusText.length).toBeGreaterThan(0);
    }
    const ids = new Set(dataset.listings.map((l) => l.id));
    for (const r of dataset.rules) expect(ids.has(r.listingId)).toBe(true);
  });
  it("keeps every reference record by its stable id", () => {
    const ids = new Set(dataset.listings.map((l) => l.id));
    expect(ids.has("wro-2021-10-21-supermax")).toBe(true);
    expect(ids.has("uflpa-2023-08-02-camel-group-co-ltd")).toBe(true);
  });
  it("applies region- and product-wide orders as rules, not names", () => {
    const xuar = dataset.listings.find((l) => l.id === "wro-2021-01-13-xuar-cotton-tomatoes")!;
    expect(xuar.matchBy).toBe("rule");
  });
  it("has a stable SHA-256 fingerprint", () => {
    expect(datasetFingerprint(dataset)).toMatch(/^[0-9a-f]{64}$/);
    expect(datasetFingerprint(clone())).toBe(datasetFingerprint(dataset));
  });

  const reference = join(__dirname, "../../../shared/reference");
  (existsSync(join(reference, "wro-findings.json")) ? it : it.skip)("is what scripts/build-dataset.ts makes from the reference", () => {
    expect(buildDataset(reference)).toEqual(dataset);
  });
});

describe("status and confidence normalisation", () => {
  it.each([
    ["active (listed in the active-only subset of the FY26-Dec CSV copy)", "active"],
    ["listed", "active"],
    ["partially active", "partially_active"],
    ["active with exemptions", "partially_active"],
    ["modified (lifted)", "inactive"],
    ["revoked", "inactive"],
    ["probably inactive (absent from active-only subset); not verified", "unknown"],
    ["contested: CIT vacated and remanded the Finding (Sept 2025)", "unknown"],
    ["unknown", "unknown"],
  ])("%s → %s", (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });
  it("maps confidence words", () => {
    expect(mapConfidence("high")).toBe("verified");
    expect(mapConfidence("medium")).toBe("secondary");
    expect(mapConfidence("low (memory)")).toBe("unverified");
  });
});

describe("broken datasets fail with messages that name the field", () => {
  it("rejects a bad status", () => {
    const d = clone();
    d.listings[3].status = "maybe";
    expect(problemsOf(d)).toMatch(/listings\[3\]\.status/);
  });
  it("rejects a listing without sources", () => {
    const d = clone();
    d.listings[5].sources = [];
    expect(problemsOf(d)).toMatch(/listings\[5\]\.sources: must cite at least one source/);
  });
  it("rejects an impossible date", () => {
    const d = clone();
    d.listings[0].dateIssued = "2021-02-30";
    expect(problemsOf(d)).toMatch(/listings\[0\]\.dateIssued: is not a real calendar date/);
  });
  it("rejects duplicate ids", () => {
    const d = clone();
    d.listings[1].id = d.listings[0].id;
    expect(problemsOf(d)).toMatch(/listings\[1\]\.id: duplicate id/);
  });
  it("rejects a rule that points at no listing", () => {
    const d = clone();
    d.rules[0].listingId = "nowhere";
    expect(problemsOf(d)).toMatch(/rules\[0\]\.listingId: refers to unknown listing "nowhere"/);
  });
  it("rejects an empty list and a wrong schema version", () => {
    expect(problemsOf({ ...clone(), listings: [] })).toMatch(/listings: must hold at least one listing/);
    expect(problemsOf({ ...clone(), schemaVersion: 2 })).toMatch(/schemaVersion/);
  });
  it("rejects text that is not JSON, with a clear message", () => {
    expect(() => parseDataset("<html>Sign in</html>")).toThrow(/not valid JSON/);
  });
});

describe("sha256", () => {
  it("matches the FIPS test vectors", () => {
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new Uint8Array(0))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
