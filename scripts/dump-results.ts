// Writes every screening result, as JSON lines, for the bench's generated rows and every evaluation case file in
// several countries, with and without the pinyin reader: a speed change must leave this output byte-identical.
//   npx tsx scripts/dump-results.ts > /tmp/before.jsonl   (then again after the change, and compare with cmp)
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Screener, bundledDataset, type ScreenInput } from "../src/core";
import { bundledPinyinReader } from "../src/core/transliterate/bundled";
import { loadCases } from "../test/eval/cases";
import { asDeliveredByExcel, generateNames, nameSources } from "./bench/engine";

const dataset = bundledDataset();
const evalDir = join(__dirname, "..", "test", "eval");
const caseFiles = [
  "cases.csv",
  ...readdirSync(evalDir)
    .filter((f) => /^heldout-.*\.csv$/.test(f))
    .sort(),
];
const COUNTRIES = [undefined, "China", "CN", "Vietnam", "Malaysia", "United States", "Hong Kong", "Taiwan"];
const inputs: ScreenInput[] = [...asDeliveredByExcel(generateNames(130_000, nameSources(dataset, loadCases())))];
for (const file of caseFiles) {
  for (const c of loadCases(join(evalDir, file))) {
    for (const country of COUNTRIES) inputs.push({ name: c.query, country, product: c.product });
  }
}
for (const pinyin of [bundledPinyinReader(), undefined]) {
  const screener = new Screener(dataset, undefined, pinyin ? { pinyin } : undefined);
  const out = screener.screenAll(inputs);
  for (const r of out) process.stdout.write(JSON.stringify(r) + "\n");
}
