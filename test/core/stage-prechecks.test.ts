// The cheap necessary conditions the cell stages test before their costly patterns (speed only): each must admit every
// cell its stage acts on. Every cell string of the stages' own test files is read, and every one the full pattern or
// the stage's reading acts on must pass the precheck; the prechecks must also turn cells away (they are no `true`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENRICHMENT_ANY, ENRICHMENT_NEEDS } from "../../src/core/cells/enrichment";
import { LKSG_NEEDS, readWorkbookCell } from "../../src/core/cells/lksg";
import { CONSORTIUM_NEEDS, readConsortium } from "../../src/core/cells/consortium";
import { endsInLegalForm } from "../../src/core/cells/anatomy";
import { RUN_IN_NEEDS, RUN_IN_URL_NEEDS } from "../../src/core/cells/storefront";
import { SWIFT_ANY, SWIFT_NEEDS } from "../../src/core/cells/swift";
import { wordKeys } from "../../src/core/cells/word-patterns";
import { loadCases } from "../eval/cases";

/** Every string literal of a test file, unescaped (the cells its examples use), and every evaluation case's name. */
function cells(...files: string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const src = readFileSync(join(__dirname, f), "utf8");
    for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"/gu)) {
      try {
        out.add(JSON.parse(`"${m[1]}"`) as string);
      } catch {
        // not a JSON string (a regular expression's text): left out
      }
    }
  }
  for (const c of loadCases(join(__dirname, "..", "eval", "cases.csv"))) out.add(c.query);
  return [...out];
}

const RUN_IN = /★|≤\s?\d{1,2}\s?h|response\s+(?:rate|time)|\d(?:\.\d)?\s?\/\s?5|\d{1,2}\s?yrs?|[:：]/iu;

describe("stage prechecks admit every cell their stage acts on", () => {
  it("wordKeys covers every word with a run of it", () => {
    const words = ["verified supplier", "verified pro", "gold supplier", "gold member", "onsite check"];
    const keys = wordKeys(words);
    for (const w of words)
      expect(
        keys.some((k) =>
          w
            .toLowerCase()
            .split(" ")
            .some((r) => r.includes(k)),
        ),
      ).toBe(true);
    expect(keys.length).toBeLessThan(words.length);
  });

  it("wordKeys with a minimum length keys a word by a longer run, a short one only where it has no other", () => {
    const words = ["in favour of", "on behalf of", "owner of", "to", "sub-tier to"];
    expect(wordKeys(words)).toContain("of");
    const keys = wordKeys(words, 3);
    expect(keys).not.toContain("of");
    expect(keys).toEqual(expect.arrayContaining(["favour", "behalf", "owner", "to", "sub-tier"]));
    for (const w of words) expect([w, keys.some((k) => w.split(" ").some((r) => r.includes(k)))]).toEqual([w, true]);
  });

  it("storefront: every cell with a run-in mark or a URL", () => {
    const all = cells("storefront-cells.test.ts", "cells.test.ts");
    const marked = all.filter((c) => RUN_IN.test(c) || /gold supplier|verified|diamond member|trade assurance/iu.test(c));
    expect(marked.length).toBeGreaterThan(5);
    for (const c of marked) expect([c, RUN_IN_NEEDS.test(c)]).toEqual([c, true]);
    const urls = all.filter((c) => /https?:\/\/|www\.|\.(?:alibaba|made-in-china|1688|globalsources|aliexpress)\.com/iu.test(c));
    expect(urls.length).toBeGreaterThan(0);
    for (const c of urls) expect([c, RUN_IN_URL_NEEDS.test(c)]).toEqual([c, true]);
    expect(RUN_IN_NEEDS.test("Ningbo Weixing Furniture Co., Ltd.")).toBe(false);
    expect(RUN_IN_URL_NEEDS.test("Ningbo Weixing Furniture Co., Ltd.")).toBe(false);
  });

  it("enrichment: every cell ENRICHMENT_ANY finds a mark in", () => {
    const marked = cells("enrichment-cells.test.ts", "cells.test.ts").filter((c) => ENRICHMENT_ANY.test(c));
    expect(marked.length).toBeGreaterThan(10);
    for (const c of marked) expect([c, ENRICHMENT_NEEDS.test(c)]).toEqual([c, true]);
    expect(ENRICHMENT_NEEDS.test("Ningbo Weixing Furniture Co., Ltd.")).toBe(false);
  });

  it("SWIFT: every cell SWIFT_ANY finds a mark in", () => {
    const marked = cells("swift-cells.test.ts", "cells.test.ts").filter((c) => SWIFT_ANY.test(c));
    expect(marked.length).toBeGreaterThan(10);
    for (const c of marked) expect([c, SWIFT_NEEDS.test(c)]).toEqual([c, true]);
    expect(SWIFT_NEEDS.test("Ningbo Weixing Furniture Co., Ltd. (Suzhou) - office chairs")).toBe(false);
    expect(SWIFT_NEEDS.test("Profile Office Supplies Ltd")).toBe(false);
  });

  it("LkSG: every cell the stage reads without its precheck", () => {
    const read = cells("lksg-cells.test.ts", "cells.test.ts").filter((c) => readWorkbookCell(c).length > 0);
    expect(read.length).toBeGreaterThan(5);
    for (const c of read) expect([c, LKSG_NEEDS.test(c)]).toEqual([c, true]);
    expect(LKSG_NEEDS.test("Ningbo Weixing Furniture Co., Ltd. (Suzhou)")).toBe(false);
  });

  it("consortium: every cell the stage reads without its precheck (2026-12zzf round)", () => {
    const read = cells("award-notice-cells.test.ts", "cells.test.ts").filter(
      (c) => readConsortium(c, (t) => endsInLegalForm(t)).length > 0,
    );
    expect(read.length).toBeGreaterThan(5);
    for (const c of read) expect([c, CONSORTIUM_NEEDS.test(c)]).toEqual([c, true]);
    expect(CONSORTIUM_NEEDS.test("Ningbo Weixing Furniture Co., Ltd. / Rhenus SE & Co. KG")).toBe(false);
  });
});
