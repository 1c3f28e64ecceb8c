// Accuracy tests: the real Screener on the bundled dataset against the labelled set test/eval/cases.csv.
// These lock in each category (not timing). Targets and method: docs/evaluation.md.
import { Screener, bundledDataset } from "../../src/core";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";
import { evaluate, type EvalMetrics, formatReport } from "../../scripts/eval";
import { MATCH_CATEGORIES, NEGATIVE_CATEGORIES, loadCases } from "./cases";

const CATEGORY_RECALL = 0.95;
/**
 * Categories added late (from a batch first run held out against the tuned engine) may keep a floor at
 * the level measured then, so they cannot regress, until the engine handles them; then the floor goes.
 * messy_cell was added at 22/28 and handled within the hour, so it has no floor any more.
 *
 * pinyin: the 2026-12e batch (merged at 0.903, 84/93) added names translated instead of transliterated ("August
 * First" for Bayi, "Silver Dragon" for Yinlong, "Golden Treasure" for Jinbao, "Eastern Hope") and Chinese trade names
 * that pinyin cannot reach (珠海极海 = Geehy, 珠海赛纳 = Seine) and that no table holds with a source; the floor keeps the
 * rest from regressing until a sourced table of such names exists (docs/evaluation.md, 2026-12e).
 *
 * cjk: the 2026-12x batch (merged at 0.910, 71/78) added seven names written in Hangul alone (호신실리콘 유한공사, 쯔진광업그룹,
 * …), which no stage reads yet: a Hangul reading stage with strict scoring is left for later (docs/evaluation.md,
 * 2026-12x, "After tuning"); the floor keeps the rest from regressing until it exists, and then goes. The 2026-12z batch
 * (merged at 0.889, 72/81) added two Chinese names the dataset does not carry (珠海格之格数码科技有限公司 for G&G, and
 * 珠海纳思达信息技术有限公司, a Ninestar unit found on Ninestar's own Chinese name), a data gap, not a reading one: no Chinese
 * name enters the dataset without a source a buyer can open (docs/evaluation.md, 2026-12z, "After tuning"); floor 0.88.
 * The 2026-12zq batch (merged at 0.843, 113/134 for cjk; 0.944, 51/54 for cjk_possible) added ten full Chinese names and
 * two short names of listed firms that neither the dataset nor the reference carries (特变电工 TBEA, 福建七匹狼 Septwolves,
 * 珠海奔图 Pantum, 郑州思念 Synear, 珠海艾派克 Apex, 珠海极海 Geehy, 东海晶澳, 双良硅材料, 弘元新材料): the same data gap;
 * floors 0.84 and 0.94 (docs/evaluation.md, 2026-12zq names, "After tuning").
 */
const RECALL_FLOOR: Record<string, number> = { pinyin: 0.9, cjk: 0.84, cjk_possible: 0.94 };
const CLEAN_REVIEW_RATE = 0.005;

let metrics: EvalMetrics;

beforeAll(() => {
  metrics = evaluate(new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() }), loadCases());
});

const failuresIn = (category: string) =>
  metrics.failures.filter((o) => o.case.category === category && !o.pass).map((o) => `${o.case.id} "${o.case.query}": ${o.why}`);

describe("evaluation set accuracy", () => {
  it.each(MATCH_CATEGORIES.map((c) => [c, RECALL_FLOOR[c] ?? CATEGORY_RECALL]))(
    "category %s finds the right listing in at least %p of cases",
    (category, floor) => {
      const m = metrics.byCategory[category];
      if (m.passRate < floor) throw new Error(`${category}: ${m.passed}/${m.n}\n${failuresIn(category).join("\n")}`);
      expect(m.passRate).toBeGreaterThanOrEqual(floor);
    },
  );

  it("reports lifted listings as lifted", () => {
    const m = metrics.byCategory.lifted;
    const found = m.passed;
    const wrong = metrics.outcomes
      .filter((o) => o.case.category === "lifted" && o.wrongRisk)
      .map((o) => `${o.case.id} "${o.case.query}": ${o.why}`);
    expect({ found, wrongRisk: wrong }).toEqual({ found, wrongRisk: [] });
  });

  it("fires the right region or product rule", () => {
    expect(metrics.byCategory.rule.passRate).toBeGreaterThanOrEqual(CATEGORY_RECALL);
  });

  it("does not fire a rule outside its country, region or product (rule_context rows stay none)", () => {
    const m = metrics.byCategory.rule_context;
    if (m.passRate < CATEGORY_RECALL) throw new Error(`rule_context: ${m.passed}/${m.n}\n${failuresIn("rule_context").join("\n")}`);
    expect(m.passRate).toBeGreaterThanOrEqual(CATEGORY_RECALL);
  });

  it("never says high on a hard negative or a clean name", () => {
    expect(metrics.highOnNegatives.map((o) => `${o.case.id} "${o.case.query}": ${o.why}`)).toEqual([]);
    for (const category of NEGATIVE_CATEGORIES) expect(metrics.byCategory[category].high).toBe(0);
  });

  it(`flags at most ${CLEAN_REVIEW_RATE * 100}% of clean names for review`, () => {
    const flagged = metrics.outcomes
      .filter((o) => o.case.category === "clean" && o.risk !== "none")
      .map((o) => `${o.case.id} "${o.case.query}": ${o.why}`);
    if (metrics.cleanReviewRate > CLEAN_REVIEW_RATE) throw new Error(`clean review rate ${metrics.cleanReviewRate}\n${flagged.join("\n")}`);
    expect(metrics.cleanReviewRate).toBeLessThanOrEqual(CLEAN_REVIEW_RATE);
  });

  it("keeps overall recall and precision high", () => {
    expect(metrics.recall).toBeGreaterThanOrEqual(CATEGORY_RECALL);
    // Precision counts the review a hard negative is allowed to get as a false name flag, so it is held
    // to a lower bar than recall.
    expect(metrics.precision).toBeGreaterThanOrEqual(0.93);
  });

  it("produces a printable report", () => {
    const report = formatReport(metrics);
    expect(report).toContain("By category");
    expect(report).toContain("false flags per 1,000 clean names");
  });
});
