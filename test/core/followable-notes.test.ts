import { Screener, bundledDataset, writeNote, type NameMatch, type RuleHit } from "../../src/core";

/**
 * Every flag a buyer sees must carry an official page they can open: "Check: https://…" in the note, for
 * every listing and every rule of the bundled dataset, and for every flagged row of a pass that screens
 * every listed name.
 */
const dataset = bundledDataset();
const CHECK = /Check: (https:\/\/[^\s;]+?)\.(\s|$)/;

describe("every flag's note carries a followable https address", () => {
  it("a match to any listing: the note says Check: and the listing's own official page", () => {
    const missing: string[] = [];
    for (const listing of dataset.listings) {
      expect(listing.verifyUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
      for (const risk of ["high", "review", "lifted"] as const) {
        const match: NameMatch = { listing, matched: listing.names[0], score: 1, evidence: [] };
        const note = writeNote({
          risk,
          skipped: null,
          match,
          otherMatches: [],
          ruleHits: [],
          datasetVersion: dataset.version,
          listingCount: 1,
        });
        if (CHECK.exec(note)?.[1] !== listing.verifyUrl) missing.push(`${listing.id} (${risk})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("a region or product rule: the note says Check: and the order's official page", () => {
    expect(dataset.rules.length).toBeGreaterThan(0);
    for (const rule of dataset.rules) {
      const listing = dataset.listings.find((l) => l.id === rule.listingId)!;
      const hit: RuleHit = { ruleId: rule.id, listing, reasons: ["the test says so"] };
      const note = writeNote({
        risk: "review",
        skipped: null,
        match: null,
        otherMatches: [],
        ruleHits: [hit],
        datasetVersion: dataset.version,
        listingCount: 1,
      });
      expect(CHECK.exec(note)?.[1]).toBe(listing.verifyUrl);
    }
  });

  it("screening every listed name: each flagged row's note names the page of the listing it flags", () => {
    const screener = new Screener(dataset);
    let flagged = 0;
    const wrong: string[] = [];
    for (const listing of dataset.listings) {
      for (const n of listing.names) {
        const r = screener.screen({ name: n.name });
        if (r.risk === "none") continue;
        flagged++;
        const shown = r.match?.listing ?? r.ruleHits[0]?.listing;
        if (!shown || CHECK.exec(r.note)?.[1] !== shown.verifyUrl) wrong.push(n.name);
      }
    }
    expect(flagged).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });
});
