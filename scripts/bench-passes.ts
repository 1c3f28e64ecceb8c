// Screens `npm run bench`'s 100,000 rows with the pinyin reader once to warm up, then N more times, each with a new
// Screener, for counting instructions per pass under cachegrind (wall time on the shared machine is too noisy):
//   ENGINE_DIR=<tree> valgrind --tool=cachegrind --cache-sim=no node --single-threaded --import tsx scripts/bench-passes.ts 1
//   (and again with 3: a pass is half the difference). ENGINE_DIR is this tree or a `git archive` of another commit;
//   run each tree once before measuring (tsx compiles a new tree on its first run).
//   ROWS_DIR=<tree> takes the rows and the dataset from that tree's cases.csv, generator and data instead of
//   ENGINE_DIR's: the rows include clean names from the cases, so they change when a batch is merged; to compare
//   engines, fix ROWS_DIR. An engine without a pinyin reader (63d62c0) runs without one.
//   ROWS=<count> screens the first <count> of the generated rows instead of all 100,000 (the same seeded rows), for
//   callgrind, which is slower than cachegrind.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const dir = resolve(process.env.ENGINE_DIR ?? resolve(__dirname, ".."));
  const passes = Number(process.argv[2] ?? 1);
  const rowsDir = resolve(process.env.ROWS_DIR ?? dir);
  const load = (path: string, from = dir) => import(pathToFileURL(resolve(from, path)).href);
  const core = await load("src/core/index.ts");
  const reader = resolve(dir, "src/core/transliterate/bundled.ts");
  const pinyin = existsSync(reader) ? (await load(reader)).bundledPinyinReader() : undefined;
  const { loadCases } = await load("test/eval/cases.ts", rowsDir);
  const bench = await load("scripts/bench/engine.ts", rowsDir);
  const dataset = (await load("src/core/index.ts", rowsDir)).bundledDataset();
  const rows = Number(process.env.ROWS ?? 100_000);
  const inputs = bench.asDeliveredByExcel(bench.generateNames(100_000, bench.nameSources(dataset, loadCases())).slice(0, rows));
  for (let i = 0; i <= passes; i++) new core.Screener(dataset, undefined, pinyin ? { pinyin } : {}).screenAll(inputs);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
