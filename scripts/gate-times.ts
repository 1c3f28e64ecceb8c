// Times each test of the cell gate (src/core/cells/anatomy.ts mayHaveParts) alone, and the whole gate, on the cells
// the screener hands it while screening `npm run bench`'s 100,000 rows (scripts/bench/engine.ts): three passes each,
// the best of them printed in milliseconds. A development aid for speed work, not a test:
//   npx tsx scripts/gate-times.ts
import { Screener, bundledDataset } from "../src/core";
import { bundledPinyinReader } from "../src/core/transliterate/bundled";
import { loadCases } from "../test/eval/cases";
import { asDeliveredByExcel, generateNames, nameSources } from "./bench/engine";
import { CELL_TABLES, hasFacilityPart, mayHaveParts } from "../src/core/cells/anatomy";
import { SWIFT_ANY } from "../src/core/cells/swift";
import { ENRICHMENT_ANY, hasEnrichmentMark } from "../src/core/cells/enrichment";
import { hasStorefrontData } from "../src/core/cells/storefront";
import { hasLksgData } from "../src/core/cells/lksg";
import { joinSplitLegalForms } from "../src/core/cells/split-legal-form";

const dataset = bundledDataset();
const inputs = asDeliveredByExcel(generateNames(100_000, nameSources(dataset, loadCases())));
const texts: string[] = [];
const proto = Screener.prototype as unknown as { matchParts: (text: string, whole: unknown) => unknown };
const matchParts = proto.matchParts;
proto.matchParts = function (text: string, whole: unknown) {
  texts.push(text);
  return matchParts.call(this, text, whole);
};
new Screener(dataset, undefined, { pinyin: bundledPinyinReader() }).screenAll(inputs);
proto.matchParts = matchParts;

const t = CELL_TABLES;
const tests: Array<[string, (s: string) => boolean]> = [
  ["mayHaveParts (whole gate)", (s) => mayHaveParts(s)],
  ["SWIFT_ANY", (s) => SWIFT_ANY.test(s)],
  ["ENRICHMENT_ANY", (s) => ENRICHMENT_ANY.test(s)],
  ["hasEnrichmentMark", (s) => hasEnrichmentMark(s)],
  ["hasStorefrontData", (s) => hasStorefrontData(s)],
  ["hasLksgData", (s) => hasLksgData(s)],
  ["joinSplitLegalForms", (s) => joinSplitLegalForms(s, t.legalEnding) !== null],
  ["hasFacilityPart (dash cells)", (s) => /[-–—]/u.test(s) && hasFacilityPart(s)],
  ["leadIn", (s) => t.leadIn.test(s)],
  ["capitalStatusLead", (s) => t.capitalStatusLead.test(s)],
  ["markerAny", (s) => t.markerAny.test(s)],
  ["agentAny", (s) => t.agentAny.test(s)],
  ["emptyCodeEnd", (s) => t.emptyCodeEnd.test(s)],
  ["entryCode", (s) => ((t.entryCode.lastIndex = 0), t.entryCode.test(s))],
  ["nameNoteInside", (s) => ((t.nameNoteInside.lastIndex = 0), t.nameNoteInside.test(s))],
];
console.log(`${texts.length} cells`);
for (const [name, f] of tests) {
  let best = Infinity;
  let hits = 0;
  for (let pass = 0; pass < 3; pass++) {
    hits = 0;
    const t0 = performance.now();
    for (const s of texts) if (f(s)) hits++;
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(30)} ${best.toFixed(1).padStart(7)} ms  ${hits} true`);
}
