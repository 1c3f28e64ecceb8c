import { datasetFingerprint } from "../../src/core/dataset/load";
import { parseDatasetJson, planUpdate } from "../../src/core/importers";
import { baseDataset, bytesOf, fixtureBytes, importErrorOf } from "./helpers";

describe("parseDatasetJson", () => {
  it("reads a valid dataset (with or without a BOM)", () => {
    const base = baseDataset();
    const text = JSON.stringify(base);
    expect(datasetFingerprint(parseDatasetJson(bytesOf(text), "d.json"))).toBe(datasetFingerprint(base));
    expect(parseDatasetJson(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(text)]), "d.json").version).toBe("test-1");
  });

  it("refuses truncated JSON, naming the file", () => {
    const e = importErrorOf(() => parseDatasetJson(fixtureBytes("truncated.json"), "truncated.json"));
    expect(e.code).toBe("malformed");
    expect(e.message).toMatch(/^The file truncated.json: The dataset is not valid JSON/);
  });

  it("refuses duplicate ids and bad fields, naming the field path", () => {
    const duplicated = baseDataset();
    duplicated.listings[1].id = duplicated.listings[0].id;
    const e = importErrorOf(() => parseDatasetJson(bytesOf(JSON.stringify(duplicated)), "d.json"));
    expect(e.code).toBe("invalid_dataset");
    expect(e.problems).toEqual(['listings[1].id: duplicate id "wro-2021-10-21-supermax"']);
    const badStatus = baseDataset();
    (badStatus.listings[2] as { status: string }).status = "lifted";
    expect(importErrorOf(() => parseDatasetJson(bytesOf(JSON.stringify(badStatus)), "d.json")).problems[0]).toMatch(
      /^listings\[2\]\.status: Invalid option/,
    );
  });

  it("refuses an empty listing array, a sign-in page, white space and non-UTF-8 bytes", () => {
    const empty = { ...baseDataset(), listings: [], rules: [] };
    expect(importErrorOf(() => parseDatasetJson(bytesOf(JSON.stringify(empty)), "d.json")).message).toMatch(
      /listings: must hold at least one listing/,
    );
    expect(importErrorOf(() => parseDatasetJson(fixtureBytes("signin.html"), "d.json")).code).toBe("sign_in_page");
    expect(importErrorOf(() => parseDatasetJson(bytesOf(" \n"), "d.json")).code).toBe("empty");
    expect(importErrorOf(() => parseDatasetJson(new Uint8Array([0x7b, 0x92, 0x7d]), "d.json")).code).toBe("encoding");
  });

  it("planUpdate with a JSON file replaces the dataset and refuses a drastic shrink", () => {
    const base = baseDataset();
    const next = { ...base, version: "test-2", listings: base.listings.slice(0, 3), rules: [] };
    const e = importErrorOf(() => planUpdate(base, bytesOf(JSON.stringify(next)), { fileName: "n.json", today: "2026-11-26" }));
    expect(e.code).toBe("unsafe_update");
    const plan = planUpdate(base, bytesOf(JSON.stringify(next)), { fileName: "n.json", today: "2026-11-26", force: true });
    expect(plan.next.version).toBe("test-2");
    expect(plan.diff.removed).toHaveLength(6);
  });
});
