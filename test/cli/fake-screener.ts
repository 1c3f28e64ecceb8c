import type { Listing, Risk, ScreenInput, ScreenResult } from "../../src/core/screening/types";
import type { ScreenerLike } from "../../src/cli/screen-rows";
import { fakeListing } from "../support/fake-screener";

/**
 * A stand-in for core's Screener so the CLI plumbing (reading, columns, writing) is tested on its own:
 * a row is flagged when its name contains one of these words. Real matching is tested in src/core's tests
 * and, end to end, in example.test.ts.
 */
function listing(id: string, name: string, list: Listing["list"], sources: string[]): Listing {
  // The link on the match cell is the listing's verifyUrl: here its first https source.
  const verifyUrl =
    sources.find((s) => /^https:\/\/\S+$/.test(s)) ??
    (list === "uflpa" ? "https://www.dhs.gov/uflpa-entity-list" : "https://www.cbp.gov/document/stats/withhold-release-orders-findings");
  return fakeListing(id, name, { list, sources, verifyUrl, dateIssued: "2020-07-15", country: null, statusText: "active" });
}

export const FAKE_LISTINGS = {
  topGlove: listing("wro-top-glove", "Top Glove Corporation Bhd", "cbp_wro", [
    "CBP press release",
    "https://www.cbp.gov/newsroom/top-glove",
  ]),
  hoshine: listing("uflpa-hoshine", "Hoshine Silicon Industry (Shanshan) Co., Ltd", "uflpa", ["DHS list (no link)"]),
  oldOrder: listing("wro-old", "Old Lifted Order Ltd", "cbp_wro", ["https://example.gov/old"]),
};

const RULES: Array<{ word: string; risk: Risk; listing: Listing; score: number }> = [
  { word: "top glove", risk: "high", listing: FAKE_LISTINGS.topGlove, score: 0.97 },
  { word: "hoshine", risk: "review", listing: FAKE_LISTINGS.hoshine, score: 0.81234 },
  { word: "old lifted", risk: "lifted", listing: FAKE_LISTINGS.oldOrder, score: 1 },
];

export class FakeScreener implements ScreenerLike {
  readonly version = "fake-1";
  readonly calls: ScreenInput[] = [];

  screen(input: ScreenInput): ScreenResult {
    this.calls.push(input);
    const base = { otherMatches: [], ruleHits: [], datasetVersion: this.version };
    const { name } = input;
    if (typeof name !== "string") {
      return {
        ...base,
        risk: "none",
        score: 0,
        match: null,
        note: "Not a name (a number or other value).",
        skipped: name == null ? "empty" : "not_text",
      };
    }
    if (/^#[A-Z/0!?]+/.test(name))
      return {
        ...base,
        risk: "none",
        score: 0,
        match: null,
        note: "An Excel error value, not a name.",
        skipped: "error_value",
      };
    const text = name.trim().slice(0, 300);
    if (text === "") return { ...base, risk: "none", score: 0, match: null, note: "Blank.", skipped: "empty" };
    const rule = RULES.find((r) => text.toLowerCase().includes(r.word));
    if (!rule) return { ...base, risk: "none", score: 0, match: null, note: "No match on the lists.", skipped: null };
    return {
      ...base,
      risk: rule.risk,
      score: rule.score,
      match: { listing: rule.listing, matched: rule.listing.names[0], score: rule.score, evidence: [] },
      note: `Matches ${rule.listing.name}. Country seen: ${String(input.country ?? "")}.`,
      skipped: null,
    };
  }
}
