// The metric definitions of scripts/eval.ts (on a scripted fake screener) and the benchmark helpers
// of scripts/bench/engine.ts (deterministic generator, Fuse baseline shape).
import { bundledDataset, type Listing, type ScreenInput, type ScreenResult } from "../../src/core";
import { evaluate, riskForStatus, type ScreenerLike } from "../../scripts/eval";
import { FuseBaseline, cjkShare, generateNames, mulberry32, nameSources } from "../../scripts/bench/engine";
import { type EvalCase, loadCases } from "./cases";

const dataset = bundledDataset();
const listing = (id: string): Listing => {
  const l = dataset.listings.find((x) => x.id === id);
  if (!l) throw new Error(`no listing ${id}`);
  return l;
};
const A = "wro-2025-09-24-giant"; // active
const B = "uflpa-2023-08-02-camel-group-co-ltd"; // active
const L = "wro-2021-10-21-supermax"; // lifted
const RULE_LISTING = "wro-2018-05-18-turkmenistan-cotton";

function result(risk: ScreenResult["risk"], ids: string[] = [], rule?: string): ScreenResult {
  const matches = ids.map((id) => ({ listing: listing(id), matched: listing(id).names[0], score: 0.9, evidence: [] }));
  return {
    risk,
    score: matches[0]?.score ?? 0,
    match: matches[0] ?? null,
    otherMatches: matches.slice(1),
    ruleHits: rule ? [{ ruleId: "turkmenistan-cotton", listing: listing(rule), reasons: ["test"] }] : [],
    note: "",
    skipped: null,
    datasetVersion: "test",
  };
}

const c = (id: string, category: string, expected: EvalCase["expected"], listingId = ""): EvalCase => ({
  id,
  category,
  query: id,
  country: "",
  product: "",
  expected,
  listingId,
  notes: "",
});

describe("evaluate()", () => {
  const cases: EvalCase[] = [
    c("p1", "legal_form", "match", A), // found, high: right
    c("p2", "legal_form", "match", A), // found in otherMatches, review: right, weaker risk
    c("p3", "legal_form", "match", A), // wrong listing
    c("p4", "legal_form", "match", A), // missed
    c("l1", "lifted", "match", L), // found but high instead of lifted
    c("r1", "rule", "rule", RULE_LISTING), // rule fired
    c("n1", "generic_collision", "nonmatch", A), // review by name: allowed, but a false flag for precision
    c("n2", "generic_collision", "nonmatch", A), // HIGH: offender
    c("k1", "clean", "clean"), // none
    c("k2", "clean", "clean"), // review by rule only: a false flag, not a name flag
  ];
  const scripted: Record<string, ScreenResult> = {
    p1: result("high", [A]),
    p2: result("review", [B, A]),
    p3: result("high", [B]),
    p4: result("none"),
    l1: result("high", [L]),
    r1: result("review", [], RULE_LISTING),
    n1: result("review", [A]),
    n2: result("high", [A]),
    k1: result("none"),
    k2: result("review", [], RULE_LISTING),
  };
  const fake: ScreenerLike = { screen: (input: ScreenInput) => scripted[String(input.name)], dataset };
  const m = evaluate(fake, cases);

  it("computes recall over match cases with the right listing and risk other than none", () => {
    expect(m.positives).toBe(5);
    expect(m.found).toBe(3); // p1, p2, l1
    expect(m.recall).toBeCloseTo(3 / 5);
  });

  it("counts wrong risk apart from recall", () => {
    expect(m.wrongRisk).toBe(2); // p2 review instead of high; l1 high instead of lifted
    expect(m.byCategory.lifted.wrongRisk).toBe(1);
  });

  it("computes precision over name flags, counting negatives flagged by name as false", () => {
    // right: p1, p2, l1; wrong: p3 (other listing), n1, n2 (negatives flagged by name); k2 is a rule flag.
    expect(m.truePositiveFlags).toBe(3);
    expect(m.falsePositiveFlags).toBe(3);
    expect(m.precision).toBeCloseTo(0.5);
  });

  it("lists high on negatives, clean false flags and rule results", () => {
    expect(m.highOnNegatives.map((o) => o.case.id)).toEqual(["n2"]);
    expect(m.negativeHigh).toBe(1);
    expect(m.cleanFlagged).toBe(1);
    expect(m.cleanReview).toBe(1);
    expect(m.falseFlagsPer1000Clean).toBe(500);
    expect(m.ruleRate).toBe(1);
  });

  it("reports every failing case with a reason", () => {
    expect(m.failures.map((o) => o.case.id).sort()).toEqual(["k2", "l1", "n2", "p2", "p3", "p4"]);
    expect(m.failures.find((o) => o.case.id === "p4")?.why).toMatch(/missed/);
    expect(m.failures.find((o) => o.case.id === "p3")?.why).toMatch(/wrong listing/);
  });

  it("maps statuses to the risk a strong match should carry", () => {
    expect([riskForStatus("active"), riskForStatus("partially_active"), riskForStatus("unknown"), riskForStatus("inactive")]).toEqual([
      "high",
      "high",
      "review",
      "lifted",
    ]);
  });
});

describe("benchmark helpers", () => {
  const sources = nameSources(dataset, loadCases());

  it("generates the same rows for the same seed, with some CJK and some blanks", () => {
    const a = generateNames(5000, sources, 7);
    const b = generateNames(5000, sources, 7);
    expect(a).toEqual(b);
    expect(generateNames(5000, sources, 8)).not.toEqual(a);
    expect(cjkShare(a)).toBeGreaterThan(0.02);
    expect(cjkShare(a)).toBeLessThan(0.06);
    expect(a.some((x) => x.name === "")).toBe(true);
    expect(new Set(a.map((x) => x.name)).size).toBeGreaterThan(2500);
  });

  it("mulberry32 is deterministic and in [0, 1)", () => {
    const r = mulberry32(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, mulberry32(1))).toEqual(xs);
  });

  it("the Fuse baseline answers like a screener", () => {
    const fuse = new FuseBaseline(dataset, { threshold: 0.2, ignoreLocation: false });
    const hit = fuse.screen({ name: "Supermax Corporation Bhd." });
    expect(hit.match?.listing.id).toBe(L);
    expect(hit.risk).toBe("lifted");
    expect(fuse.screen({ name: "" }).risk).toBe("none");
    expect(fuse.screen({ name: "Nestlé S.A." }).risk).toBe("none");
  });
});
