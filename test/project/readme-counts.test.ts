import { readFileSync } from "fs";
import { join } from "path";
import { bundledDataset } from "../../src/core/dataset/bundled";
import { countsMarkdown, datasetCounts, statusGroup } from "../../src/core/dataset/counts";

/**
 * The README's dataset figures are the bundled dataset's, so the README cannot drift from the data. When the
 * dataset changes, paste the table this test prints (from src/core/dataset/counts.ts) between the markers.
 */
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const dataset = bundledDataset();

describe("README dataset figures", () => {
  it("the counts table by list and status is the one worked out from the bundled dataset", () => {
    const section = /<!-- dataset-counts:start[^>]*-->\n([^]*?)\n<!-- dataset-counts:end -->/.exec(readme);
    expect(section).not.toBeNull();
    expect(section![1]).toBe(countsMarkdown(dataset));
  });

  it("the listing and entity counts in the text are the dataset's", () => {
    expect(readme).toContain(`holds **${dataset.listings.length} listings**`);
    const entities = dataset.listings.filter((l) => l.list === "uflpa" && l.matchBy === "name").length;
    expect(readme).toContain(`UFLPA holds ${entities} entities, one listing each`);
  });
});

describe("counts by list and status", () => {
  it("add up, and put CBP's Inactive-Pending Litigation apart from other unknown statuses", () => {
    const rows = datasetCounts(dataset);
    const all = rows.find((r) => r.list === "all")!;
    expect(all.listings).toBe(dataset.listings.length);
    for (const r of rows) expect(Object.values(r.byStatus).reduce((a, b) => a + b, 0)).toBe(r.listings);
    expect(rows.filter((r) => r.list !== "all").reduce((a, r) => a + r.listings, 0)).toBe(all.listings);
    const pending = dataset.listings.filter((l) => statusGroup(l) === "pending_litigation");
    expect(pending.map((l) => [l.status, l.statusText])).toEqual([["unknown", "Inactive-Pending Litigation"]]);
  });
});
