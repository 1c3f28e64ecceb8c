// Review round review-names-9 (of matching-57 / matching-58): defects a buyer would hit, each found by a probe on names
// written for the review (listed names from the reference files, look-alikes invented).
import { Screener, bundledDataset } from "../../src/core";
import { CutNames } from "../../src/core/matching/cut-names";

const screener = new Screener(bundledDataset());
const screen = (name: string) => screener.screen({ name, country: "", product: "" });

describe("a legal form written last is no cut word (cut-names.ts; review-names-9)", () => {
  const cuts = new CutNames([["Deltana Epsilon Zetamo Cotton Co Ltd", "c", "listing-c"]], [], (w) => w === "co" || w === "ltd");
  it("does not read 'Co' as the start of 'Cotton' off a field length", () => {
    expect(cuts.read(["deltana", "epsilon", "zetamo", "co"], false)).toEqual([]);
  });
  it("still reads it where the cell is exactly a field's length, and reads other cut words", () => {
    expect(cuts.read(["deltana", "epsilon", "zetamo", "co"], true).map((r) => r.item)).toEqual(["c"]);
    expect(cuts.read(["deltana", "epsilon", "zetamo", "cot"], false).map((r) => [r.item, r.strong])).toEqual([["c", true]]);
  });
  it("leaves a listed name without its only trade word at Review, not High", () => {
    // "China Cotton Group Xinjiang Cotton Co." is listed; without "Cotton" the name may be a sister firm of the group.
    const r = screen("China Cotton Group Xinjiang Co");
    expect(r.risk).toBe("review");
    expect(screen("China Cotton Group Xinjiang Cot").risk).toBe("high");
  });
});

describe("the cut-name note says why a cut name is only a possible match (review-names-9)", () => {
  it("names the cause: several listed names start this way", () => {
    const r = screen("Xinjiang Production and Cons");
    expect(r.risk).toBe("review");
    expect(r.note).toContain('"cons" read as the start of "construction"');
    expect(r.note).toContain("several listed names start this way");
    expect(r.note).not.toContain("cut at a space, or");
  });
});
