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
  });
  it("holds the reference's 93 CBP orders, 187 UFLPA entities and one derived rule listing", () => {
    const count = (pick: (l: (typeof dataset.listings)[number]) => boolean) => dataset.listings.filter(pick).length;
    expect(dataset.listings.length).toBe(281);
    expect(count((l) => l.list === "cbp_wro")).toBe(81);
    expect(count((l) => l.list === "cbp_finding")).toBe(12);
    expect(count((l) => l.list === "uflpa" && l.matchBy === "name")).toBe(187);
    expect(count((l) => l.list === "uflpa" && l.matchBy === "rule")).toBe(1);
  });
  it("keeps CBP's own status words, and maps them to the schema's statuses", () => {
    const cbp = dataset.listings.filter((l) => l.list !== "uflpa");
    const tally = new Map<string, number>();
    for (const l of cbp) tally.set(`${l.statusText} -> ${l.status}`, (tally.get(`${l.statusText} -> ${l.status}`) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toEqual({
      "Active -> active": 62,
      "Partially Modified -> partially_active": 4,
      "Inactive-Pending Litigation -> unknown": 1,
      "Inactive -> inactive": 14,
      "unknown -> unknown": 12,
    });
  });
  it("gives every listing an https page to check it on, and only sources a reader can follow", () => {
    for (const l of dataset.listings) {
      expect(l.verifyUrl).toMatch(/^https:\/\/\S+$/);
      for (const s of l.sources) expect(s).not.toMatch(/^(github\.com|www\.)|^http:/);
    }
    expect(dataset.listings.flatMap((l) => l.sources).filter((s) => /code file/i.test(s))).toEqual([]);
  });
  it("turns DHS former names into names of kind former, dated where the list's rename date is known", () => {
    const meiling = dataset.listings.find((l) => l.name === "Changhong Meiling Co., Ltd.")!;
    expect(meiling.names).toContainEqual({ name: "Hefei Meiling Co., Ltd.", kind: "former", renamedOn: "2024-10-03" });
    expect(meiling.names).toContainEqual({ name: "Hefei Meiling Group Holdings Limited", kind: "former" });
    const xinya = dataset.listings.find((l) => l.name === "Anhui Xinya New Materials Co., Ltd.")!;
    expect(xinya.names.filter((n) => n.kind === "former").map((n) => n.name)).toEqual([
      "Chaohu Youngor Color Spinning Technology Co., Ltd.",
      "Chaohu Xinya Color Spinning Technology Co., Ltd.",
    ]);
  });
  it("holds no research remark in any name", () => {
    const remarks = dataset.listings
      .flatMap((l) => [l.name, ...l.names.map((n) => n.name)])
      .filter((n) => /verified|truncated|\[/i.test(n));
    expect(remarks).toEqual([]);
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
    ["Active", "active"],
    ["Partially Modified", "partially_active"],
    ["Inactive-Pending Litigation", "unknown"],
    ["Inactive", "inactive"],
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
    expect(problemsOf({ ...clone(), schemaVersion: 3 })).toMatch(/schemaVersion/);
  });
  it("rejects a source written as an address without https, or over http", () => {
    const d = clone();
    d.listings[2].sources = ["github.com/owner/repo/blob/0123abc/data/file.json (a copy)"];
    expect(problemsOf(d)).toMatch(/listings\[2\]\.sources\[0\]: "github\.com\/owner.*without https/);
    d.listings[2].sources = ["http://www.example.com/page"];
    expect(problemsOf(d)).toMatch(/listings\[2\]\.sources\[0\]: .*not an https address/);
  });
  it("accepts an https address with a description, and a plain description", () => {
    const d = clone();
    d.listings[2].sources = [
      "https://www.dhs.gov/uflpa-entity-list (DHS UFLPA Entity List)",
      "barnesrichardson.com 2024-05-17",
      "FR 2024-10544 (cited)",
    ];
    expect(() => validateDataset(d)).not.toThrow();
  });
  it("rejects a listing without an https page to check it on", () => {
    const d = clone();
    delete d.listings[4].verifyUrl;
    expect(problemsOf(d)).toMatch(/listings\[4\]\.verifyUrl/);
    d.listings[4].verifyUrl = "www.cbp.gov/document/stats/withhold-release-orders-findings";
    expect(problemsOf(d)).toMatch(/listings\[4\]\.verifyUrl: must be an https address/);
  });
  it.each([
    "Xinjiang Example Textile Co., Ltd. (aliases not verified)",
    "Huangmei Xiaochi Yinfeng Cotton (formerly known as Hu... [truncated in source]",
    "Example Cotton Co. (exact legal name not verified)",
  ])("rejects a name holding a research remark: %s", (name) => {
    const d = clone();
    d.listings[6].names.push({ name, kind: "alias" });
    expect(problemsOf(d)).toMatch(/listings\[6\]\.names\[\d+\]\.name: holds a research remark/);
    const e = clone();
    e.listings[6].name = name;
    expect(problemsOf(e)).toMatch(/listings\[6\]\.name: holds a research remark/);
  });
  it("reads a dataset saved under schema 1: the list's official page becomes verifyUrl, bare addresses gain https", () => {
    const d = clone();
    d.schemaVersion = 1;
    for (const l of d.listings) delete l.verifyUrl;
    d.listings[0].sources = ["github.com/owner/repo/blob/abc/file.json (copy)"];
    const read = validateDataset(d);
    expect(read.schemaVersion).toBe(2);
    expect(read.listings[0].sources).toEqual(["https://github.com/owner/repo/blob/abc/file.json (copy)"]);
    const uflpa = read.listings.find((l) => l.list === "uflpa")!;
    expect(uflpa.verifyUrl).toBe("https://www.dhs.gov/uflpa-entity-list");
    expect(read.listings.find((l) => l.list === "cbp_wro")!.verifyUrl).toBe(
      "https://www.cbp.gov/document/stats/withhold-release-orders-findings",
    );
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
