import { Screener, bundledDataset, decide, displayInput, type Dataset } from "../../src/core";

const dataset = bundledDataset();
const screener = new Screener(dataset);

describe("any cell value is safe and gives 'none' when it is not a name", () => {
  it.each([
    [null, "empty"],
    [undefined, "empty"],
    ["", "empty"],
    ["   ", "empty"],
    [42, "not_text"],
    [3.14, "not_text"],
    [true, "not_text"],
    ["12345", "not_text"],
    ["#N/A", "error_value"],
    ["#VALUE!", "error_value"],
    ["#DIV/0!", "error_value"],
    [{ type: "Error", errorType: "NotAvailable" }, "error_value"],
    ["N/A", "placeholder"],
    ["TBC", "placeholder"],
    ["-", "placeholder"],
    ["x".repeat(32000), "too_long"],
  ])("%p → %s", (value, reason) => {
    const r = screener.screen({ name: value });
    expect(r.risk).toBe("none");
    expect(r.skipped).toBe(reason);
    expect(r.note).toMatch(/^Not screened/);
    expect(displayInput(value).length).toBeLessThanOrEqual(201);
  });
  it("screens formula-like text as plain text and never echoes it at the start of the note", () => {
    for (const name of ["=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-2+3", '@HYPERLINK("x")', "=Hoshine Silicon Industry"]) {
      const r = screener.screen({ name });
      expect(r.note).not.toMatch(/^[=+\-@]/);
    }
    expect(screener.screen({ name: "=Hoshine Silicon Industry" }).risk).toBe("high");
  });
  it("never throws on unusual country and product cells", () => {
    expect(() => screener.screen({ name: "Acme", country: { weird: true }, product: 12 })).not.toThrow();
  });
});

describe("risk decision", () => {
  const listing = (status: "active" | "inactive" | "unknown" | "partially_active") => ({ ...dataset.listings[0], status });
  const match = (status: Parameters<typeof listing>[0], score: number) => ({
    listing: listing(status),
    matched: dataset.listings[0].names[0],
    score,
    evidence: [],
  });
  it("is high only for a strong match to an order in force", () => {
    expect(decide([match("active", 0.95)], []).risk).toBe("high");
    expect(decide([match("partially_active", 0.95)], []).risk).toBe("high");
    expect(decide([match("active", 0.85)], []).risk).toBe("review");
    expect(decide([match("unknown", 1)], []).risk).toBe("review");
  });
  it("is lifted only when every strong match is to a lifted order", () => {
    expect(decide([match("inactive", 1)], []).risk).toBe("lifted");
    expect(decide([match("inactive", 1), match("active", 0.95)], []).risk).toBe("high");
    expect(decide([match("inactive", 0.85)], []).risk).toBe("none");
  });
});

describe("screenAll and dataset swaps", () => {
  it("screens many rows in order", () => {
    const results = screener.screenAll([{ name: "Acme Widgets Ltd" }, { name: "Camel Group Co Ltd" }, { name: null }]);
    expect(results.map((r) => r.risk)).toEqual(["none", "high", "none"]);
  });
  it("uses whatever dataset it is given", () => {
    const withoutCamel: Dataset = { ...dataset, version: "test-1", listings: dataset.listings.filter((l) => !l.id.includes("camel")) };
    const other = new Screener(withoutCamel);
    const r = other.screen({ name: "Camel Group Co Ltd" });
    expect(r.risk).toBe("none");
    expect(r.datasetVersion).toBe("test-1");
  });
});

describe("shared results", () => {
  it("rows that match nothing share one frozen result, and so do rows skipped for the same reason", () => {
    const own = new Screener(dataset);
    const [a, b, c, d, e] = own.screenAll([
      { name: "Acme Widgets Ltd" },
      { name: "Riverside Packaging LLC", country: "Germany", product: "cartons" },
      { name: "" },
      { name: null },
      { name: "N/A" },
    ]);
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toMatchObject({ risk: "none", match: null, skipped: null, otherMatches: [], ruleHits: [] });
    expect(a.note).toMatch(/^No match among \d+ listings/);
    expect(d).toBe(c);
    expect(e).not.toBe(c);
    expect(Object.isFrozen(e)).toBe(true);
    expect(e.skipped).toBe("placeholder");
  });
  it("a row that matches gets its own result", () => {
    const own = new Screener(dataset);
    const [clean, listed] = own.screenAll([{ name: "Acme Widgets Ltd" }, { name: "Camel Group Co Ltd" }]);
    expect(listed).not.toBe(clean);
    expect(listed.risk).toBe("high");
    expect(Object.isFrozen(listed)).toBe(false);
  });
});

describe("a Chinese ERP code label or status word before a listed name (tuned on 2026-12zm; cells outside it)", () => {
  it.each([
    ["供应商编号：ZJ-2031 紫金矿业集团股份有限公司", "zijin"],
    ["客戶代碼 CM-5521 Camel Group Co., Ltd.", "camel"],
    ["停用｜新疆众和股份有限公司", "joinworld"],
    ["黑名单-Xinjiang Zhongtai Chemical Co., Ltd.", "zhongtai-chemical"],
  ])("%p → high on the listing", (name, idPart) => {
    const r = screener.screen({ name });
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toContain(idPart);
  });
});
