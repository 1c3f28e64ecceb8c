// npm run eval — accuracy of the screening engine on the labelled set test/eval/cases.csv.
// Prints precision, recall, false flags per 1,000 clean names (overall and by category) and the failing
// cases. Figures are printed, not asserted: the process exits 0 unless it crashes. The assertions live
// in test/eval/evaluation.test.ts. Method: docs/evaluation.md.
import type { Dataset, Listing, Risk, ScreenInput, ScreenResult, Status } from "../src/core";
import { ALL_CATEGORIES, type EvalCase, POSSIBLE_MATCH_CATEGORIES, loadCases } from "../test/eval/cases";

/** Anything that screens like the engine: the real Screener, or the Fuse.js baseline in scripts/bench/engine.ts. */
export interface ScreenerLike {
  screen(input: ScreenInput): ScreenResult;
  readonly dataset?: Dataset;
}

/** The verdict a strong name match to a listing should carry under the risk policy. */
export function riskForStatus(status: Status): Risk {
  if (status === "active" || status === "partially_active") return "high";
  if (status === "inactive") return "lifted";
  return "review";
}

export interface CaseOutcome {
  case: EvalCase;
  risk: Risk;
  /** Listing ids named by match + otherMatches. */
  matchedIds: string[];
  /** Rule ids and rule listing ids from ruleHits. */
  ruleIds: string[];
  flaggedByName: boolean;
  /** match: expected listing found with risk other than none; rule: expected rule fired with review/high; nonmatch: not high; clean: none. */
  pass: boolean;
  /** match cases only: the risk the listing's status calls for (lifted for the lifted category). */
  expectedRisk: Risk | null;
  /** match cases that were found but carry another risk than expectedRisk (counted apart from recall). */
  wrongRisk: boolean;
  why: string;
}

export interface CategoryMetrics {
  category: string;
  expected: string;
  n: number;
  passed: number;
  /** match categories: share found; rule: share with the right rule; nonmatch: share without high; clean: share with none. */
  passRate: number;
  high: number;
  review: number;
  lifted: number;
  none: number;
  flaggedByName: number;
  wrongRisk: number;
}

export interface EvalMetrics {
  cases: number;
  positives: number;
  found: number;
  recall: number;
  /** Found with the expected risk (status-derived; lifted for lifted listings). */
  exactRisk: number;
  wrongRisk: number;
  /** Among non-rule cases flagged by a name match: share whose match named the right listing. */
  precision: number;
  f1: number;
  truePositiveFlags: number;
  falsePositiveFlags: number;
  negatives: number;
  negativeHigh: number;
  negativeReview: number;
  clean: number;
  cleanFlagged: number;
  cleanHigh: number;
  cleanReview: number;
  cleanReviewRate: number;
  falseFlagsPer1000Clean: number;
  /** Positives whose listing is in force (expected risk high), outside the categories where a possible match (review) is the answer. */
  highExpected: number;
  highFound: number;
  highRecall: number;
  ruleCases: number;
  ruleRight: number;
  ruleRate: number;
  byCategory: Record<string, CategoryMetrics>;
  outcomes: CaseOutcome[];
  failures: CaseOutcome[];
  highOnNegatives: CaseOutcome[];
  elapsedMs: number;
}

function listingIds(r: ScreenResult): string[] {
  const out: string[] = [];
  if (r.match) out.push(r.match.listing.id);
  for (const m of r.otherMatches ?? []) out.push(m.listing.id);
  return out;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function describeResult(r: ScreenResult): string {
  const parts: string[] = [r.risk];
  if (r.match) parts.push(`${r.match.listing.id} via "${r.match.matched.name}" (${r.match.score.toFixed(2)})`);
  if (r.otherMatches?.length)
    parts.push(
      `+${r.otherMatches.length} other: ${r.otherMatches
        .map((m) => m.listing.id)
        .slice(0, 3)
        .join(", ")}`,
    );
  if (r.ruleHits?.length) parts.push(`rules: ${r.ruleHits.map((h) => h.ruleId).join(", ")}`);
  return parts.join("; ");
}

/**
 * Screens every case and computes the metrics. `statusOf` gives a listing's status for expected-risk
 * checks; by default it is read from screener.dataset (or from the result itself when the listing matched).
 */
export function evaluate(screener: ScreenerLike, cases: readonly EvalCase[]): EvalMetrics {
  const byId = new Map<string, Listing>();
  for (const l of screener.dataset?.listings ?? []) byId.set(l.id, l);
  const started = performance.now();
  const outcomes: CaseOutcome[] = cases.map((c) => {
    const input: ScreenInput = { name: c.query };
    if (c.country) input.country = c.country;
    if (c.product) input.product = c.product;
    const r = screener.screen(input);
    for (const m of [r.match, ...(r.otherMatches ?? [])]) if (m && !byId.has(m.listing.id)) byId.set(m.listing.id, m.listing);
    const matchedIds = listingIds(r);
    const ruleIds = (r.ruleHits ?? []).flatMap((h) => [h.ruleId, h.listing.id]);
    const flaggedByName = r.match !== null && r.risk !== "none";
    let pass = false;
    let expectedRisk: Risk | null = null;
    let wrongRisk = false;
    let why = "";
    switch (c.expected) {
      case "match": {
        const listing = byId.get(c.listingId);
        // A firm removed from a partly modified order (its listed name carries `removed`) is lifted.
        const removedFirm = r.match?.listing.id === c.listingId && r.match.matched.removed !== undefined;
        expectedRisk = c.category === "lifted" || removedFirm ? "lifted" : listing ? riskForStatus(listing.status) : null;
        // A possible subsidiary or short form (issue 10) is a possible match: Review, even for a listing in force.
        if (expectedRisk === "high" && (POSSIBLE_MATCH_CATEGORIES as readonly string[]).includes(c.category)) expectedRisk = "review";
        pass = r.risk !== "none" && matchedIds.includes(c.listingId);
        wrongRisk = pass && expectedRisk !== null && r.risk !== expectedRisk;
        if (!pass)
          why =
            r.risk === "none"
              ? "missed (risk none)"
              : `wrong listing (${matchedIds.length ? matchedIds.slice(0, 3).join(", ") : "rule only"})`;
        else if (wrongRisk) why = `found but risk ${r.risk}, expected ${expectedRisk}`;
        break;
      }
      case "rule":
        pass = (r.risk === "review" || r.risk === "high") && ruleIds.includes(c.listingId);
        if (!pass) why = ruleIds.length ? `other rule (${r.ruleHits.map((h) => h.ruleId).join(", ")})` : "rule did not fire";
        break;
      case "nonmatch":
        pass = r.risk !== "high";
        if (!pass) why = "HIGH on a hard negative";
        break;
      case "clean":
        pass = r.risk === "none";
        if (!pass) why = `clean name flagged ${r.risk}`;
        break;
    }
    return {
      case: c,
      risk: r.risk,
      matchedIds,
      ruleIds,
      flaggedByName,
      pass,
      expectedRisk,
      wrongRisk,
      why: why ? `${why} — got ${describeResult(r)}` : "",
    };
  });
  const elapsedMs = performance.now() - started;

  const pos = outcomes.filter((o) => o.case.expected === "match");
  const found = pos.filter((o) => o.pass);
  const tp = pos.filter((o) => o.flaggedByName && o.matchedIds.includes(o.case.listingId)).length;
  const fp =
    pos.filter((o) => o.flaggedByName && !o.matchedIds.includes(o.case.listingId)).length +
    outcomes.filter((o) => (o.case.expected === "nonmatch" || o.case.expected === "clean") && o.flaggedByName).length;
  const neg = outcomes.filter((o) => o.case.expected === "nonmatch");
  // The clean-name figures are over real supplier names only; rule_context rows are reported by category.
  const clean = outcomes.filter((o) => o.case.category === "clean");
  const rules = outcomes.filter((o) => o.case.expected === "rule");
  const recall = ratio(found.length, pos.length);
  const highPos = pos.filter(
    (o) => o.expectedRisk === "high" && !(POSSIBLE_MATCH_CATEGORIES as readonly string[]).includes(o.case.category),
  );
  const highFound = highPos.filter((o) => o.pass && o.risk === "high").length;
  const precision = ratio(tp, tp + fp);

  const byCategory: Record<string, CategoryMetrics> = {};
  const cats = [...ALL_CATEGORIES, ...new Set(cases.map((c) => c.category))].filter((v, i, a) => a.indexOf(v) === i);
  for (const cat of cats) {
    const os = outcomes.filter((o) => o.case.category === cat);
    if (os.length === 0) continue;
    const count = (risk: Risk) => os.filter((o) => o.risk === risk).length;
    byCategory[cat] = {
      category: cat,
      expected: os[0].case.expected,
      n: os.length,
      passed: os.filter((o) => o.pass).length,
      passRate: ratio(os.filter((o) => o.pass).length, os.length),
      high: count("high"),
      review: count("review"),
      lifted: count("lifted"),
      none: count("none"),
      flaggedByName: os.filter((o) => o.flaggedByName).length,
      wrongRisk: os.filter((o) => o.wrongRisk).length,
    };
  }

  const cleanFlagged = clean.filter((o) => o.risk !== "none").length;
  const cleanReview = clean.filter((o) => o.risk === "review").length;
  return {
    cases: outcomes.length,
    positives: pos.length,
    found: found.length,
    recall,
    exactRisk: found.filter((o) => !o.wrongRisk).length,
    wrongRisk: found.filter((o) => o.wrongRisk).length,
    precision,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    truePositiveFlags: tp,
    falsePositiveFlags: fp,
    negatives: neg.length,
    negativeHigh: neg.filter((o) => o.risk === "high").length,
    negativeReview: neg.filter((o) => o.risk === "review").length,
    clean: clean.length,
    cleanFlagged,
    cleanHigh: clean.filter((o) => o.risk === "high").length,
    cleanReview,
    cleanReviewRate: ratio(cleanReview, clean.length),
    falseFlagsPer1000Clean: clean.length ? (1000 * cleanFlagged) / clean.length : 0,
    highExpected: highPos.length,
    highFound,
    highRecall: ratio(highFound, highPos.length),
    ruleCases: rules.length,
    ruleRight: rules.filter((o) => o.pass).length,
    ruleRate: ratio(rules.filter((o) => o.pass).length, rules.length),
    byCategory,
    outcomes,
    failures: outcomes.filter((o) => !o.pass || o.wrongRisk),
    highOnNegatives: outcomes.filter((o) => (o.case.expected === "nonmatch" || o.case.expected === "clean") && o.risk === "high"),
    elapsedMs,
  };
}

export const TARGETS = { recall: 0.98, highRecall: 0.95, negativeHigh: 0, negativeReviewRate: 0.05, cleanReviewRate: 0.005 } as const;

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

/** Compact one-line summary used by the benchmark. */
export function summaryLine(m: EvalMetrics): string {
  return `recall ${m.recall.toFixed(3)} (${m.found}/${m.positives}), precision ${m.precision.toFixed(3)}, F1 ${m.f1.toFixed(3)}, false flags ${m.falseFlagsPer1000Clean.toFixed(1)} per 1,000 clean, high on negatives ${m.negativeHigh + m.cleanHigh}, rules ${m.ruleRight}/${m.ruleCases}`;
}

export function formatReport(m: EvalMetrics, opts: { maxFailures?: number } = {}): string {
  const lines: string[] = [];
  const ruleContext = m.byCategory.rule_context?.n ?? 0;
  lines.push(
    `Evaluation set: ${m.cases} cases — ${m.positives} name positives, ${m.ruleCases} rule cases, ${m.negatives} hard negatives, ${m.clean} clean names${ruleContext ? `, ${ruleContext} rule-context rows` : ""}.`,
  );
  lines.push("");
  lines.push("Overall");
  lines.push(`  recall (right listing, risk not none) ${m.recall.toFixed(3)}  (${m.found}/${m.positives}; target >= ${TARGETS.recall})`);
  lines.push(`  found with the expected risk          ${m.exactRisk}/${m.found}  (other risk: ${m.wrongRisk})`);
  lines.push(
    `  recall of high (listings in force)    ${m.highRecall.toFixed(3)}  (${m.highFound}/${m.highExpected}; target >= ${TARGETS.highRecall}; possible-match categories left out)`,
  );
  lines.push(
    `  precision of name flags               ${m.precision.toFixed(3)}  (${m.truePositiveFlags} right, ${m.falsePositiveFlags} wrong)`,
  );
  lines.push(`  F1                                    ${m.f1.toFixed(3)}`);
  lines.push(`  high on negatives + clean             ${m.negativeHigh + m.cleanHigh}  (target 0)`);
  lines.push(
    `  review on hard negatives              ${pct(ratio(m.negativeReview, m.negatives), 1)}  (${m.negativeReview}/${m.negatives}; target <= ${pct(TARGETS.negativeReviewRate, 0)})`,
  );
  lines.push(`  false flags per 1,000 clean names     ${m.falseFlagsPer1000Clean.toFixed(1)}  (${m.cleanFlagged}/${m.clean} flagged)`);
  lines.push(
    `  review rate on clean names            ${pct(m.cleanReviewRate, 2)}  (${m.cleanReview}/${m.clean}; target <= ${pct(TARGETS.cleanReviewRate, 1)})`,
  );
  lines.push(`  rule cases with the right rule        ${m.ruleRate.toFixed(3)}  (${m.ruleRight}/${m.ruleCases})`);
  lines.push(`  time                                  ${m.elapsedMs.toFixed(0)} ms`);
  lines.push("");
  lines.push("By category (pass = match: right listing found; rule: right rule; nonmatch: no high; clean: none)");
  lines.push(
    `  ${pad("category", 18)}${pad("expected", 9)}${padL("n", 4)}${padL("pass", 6)}${padL("rate", 8)}${padL("high", 6)}${padL("review", 7)}${padL("lifted", 7)}${padL("none", 6)}${padL("byName", 8)}${padL("wrongRisk", 10)}`,
  );
  for (const c of Object.values(m.byCategory)) {
    lines.push(
      `  ${pad(c.category, 18)}${pad(c.expected, 9)}${padL(c.n, 4)}${padL(c.passed, 6)}${padL(c.passRate.toFixed(3), 8)}${padL(c.high, 6)}${padL(c.review, 7)}${padL(c.lifted, 7)}${padL(c.none, 6)}${padL(c.flaggedByName, 8)}${padL(c.wrongRisk, 10)}`,
    );
  }
  lines.push("");
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  lines.push(
    `Targets: recall >= ${TARGETS.recall}: ${verdict(m.recall >= TARGETS.recall)}; recall of high >= ${TARGETS.highRecall}: ${verdict(m.highRecall >= TARGETS.highRecall)}; no high on any negative: ${verdict(m.negativeHigh + m.cleanHigh === 0)}; review on <= 5% of hard negatives: ${verdict(ratio(m.negativeReview, m.negatives) <= TARGETS.negativeReviewRate)}; review on <= 0.5% of clean names: ${verdict(m.cleanReviewRate <= TARGETS.cleanReviewRate)}`,
  );
  if (m.highOnNegatives.length) {
    lines.push("");
    lines.push(`HIGH on negatives (${m.highOnNegatives.length}):`);
    for (const o of m.highOnNegatives) lines.push(`  ${o.case.id}  "${o.case.query}"  — ${o.why}`);
  }
  const max = opts.maxFailures ?? 200;
  if (m.failures.length) {
    lines.push("");
    lines.push(`Failing cases (${m.failures.length}${m.failures.length > max ? `, first ${max}` : ""}):`);
    for (const o of m.failures.slice(0, max)) {
      const ctx = [o.case.country && `country ${o.case.country}`, o.case.product && `product ${o.case.product}`].filter(Boolean).join(", ");
      lines.push(`  ${pad(o.case.id, 7)} ${pad(o.case.category, 17)} "${o.case.query}"${ctx ? ` [${ctx}]` : ""}`);
      lines.push(
        `          expected ${o.case.expected}${o.case.listingId ? ` ${o.case.listingId}` : ""}${o.expectedRisk ? ` (${o.expectedRisk})` : ""}; ${o.why}${o.case.notes ? `; note: ${o.case.notes}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

/**
 * Options: --file FILE (score that case file instead of test/eval/cases.csv, e.g. a held-out batch),
 * --category NAME (print only that category's failures), --max N (failures printed), --json FILE (write the metrics).
 */
function parseArgs(argv: string[]): { file?: string; category?: string; max?: number; json?: string } {
  const out: { file?: string; category?: string; max?: number; json?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--file") out.file = argv[++i];
    else if (argv[i] === "--category") out.category = argv[++i];
    else if (argv[i] === "--max") out.max = Number(argv[++i]);
    else if (argv[i] === "--json") out.json = argv[++i];
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { Screener, bundledDataset } = await import("../src/core");
  const cases = loadCases(args.file);
  if (args.file) console.log(`Case file ${args.file}.`);
  const dataset = bundledDataset();
  const { bundledPinyinReader } = await import("../src/core/transliterate/bundled");
  const screener = new Screener(dataset, undefined, { pinyin: bundledPinyinReader() });
  console.log(`Dataset ${screener.version}: ${dataset.listings.length} listings, ${dataset.rules.length} rules.`);
  const metrics = evaluate(screener, cases);
  const shown = args.category ? { ...metrics, failures: metrics.failures.filter((o) => o.case.category === args.category) } : metrics;
  console.log(formatReport(shown, { maxFailures: args.max }));
  // Sector risk: the product-term mapping's own figures (scripts/eval-products.ts).
  console.log(`\n${(await import("./eval-products")).productEvalReport()}`);
  if (args.json) {
    const { writeFileSync } = await import("node:fs");
    const { outcomes, failures, highOnNegatives, ...figures } = metrics;
    const brief = (o: CaseOutcome) => ({
      id: o.case.id,
      category: o.case.category,
      query: o.case.query,
      expected: o.case.expected,
      listingId: o.case.listingId,
      risk: o.risk,
      matched: o.matchedIds,
      why: o.why,
    });
    writeFileSync(
      args.json,
      JSON.stringify(
        { ...figures, failures: failures.map(brief), highOnNegatives: highOnNegatives.map(brief), cases: outcomes.length },
        null,
        2,
      ),
    );
    console.log(`Metrics written to ${args.json}.`);
  }
}

const invokedDirectly = typeof require !== "undefined" && require.main === module;
if (invokedDirectly || /scripts[\\/]eval\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
