// Screens `npm run bench`'s 100,000 rows with the pinyin reader once to warm up, then N more times, each with a new
// Screener, for counting instructions per pass under cachegrind (wall time on the shared machine is too noisy):
//   ENGINE_DIR=<tree> valgrind --tool=cachegrind --cache-sim=no node --single-threaded --import tsx scripts/bench-passes.ts 1
//   (and again with 3: a pass is half the difference). ENGINE_DIR is this tree or a `git archive` of another commit;
//   run each tree once before measuring (tsx compiles a new tree on its first run).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const dir = resolve(process.env.ENGINE_DIR ?? resolve(__dirname, ".."));
  const passes = Number(process.argv[2] ?? 1);
  const load = (path: string) => import(pathToFileURL(resolve(dir, path)).href);
  const core = await load("src/core/index.ts");
  const { bundledPinyinReader } = await load("src/core/transliterate/bundled.ts");
  const { loadCases } = await load("test/eval/cases.ts");
  const bench = await load("scripts/bench/engine.ts");
  const dataset = core.bundledDataset();
  const pinyin = bundledPinyinReader();
  const inputs = bench.asDeliveredByExcel(bench.generateNames(100_000, bench.nameSources(dataset, loadCases())));
  for (let i = 0; i <= passes; i++) new core.Screener(dataset, undefined, { pinyin }).screenAll(inputs);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
