// Counts one stage of screening on its own, for stages too small to see in a whole pass of scripts/bench-passes.ts
// (whose garbage collection and JIT compiler move by more than such a stage costs). Screens `npm run bench`'s 100,000
// rows once with ROWS_DIR's engine, keeping what the stage was given, then runs ENGINE_DIR's stage over those inputs
// once to warm up and N more times:
//   STAGE=truncations|parts|gate ROWS_DIR=<tree> ENGINE_DIR=<tree> valgrind --tool=callgrind node --single-threaded --import tsx scripts/stage-passes.ts 1
//   (and again with 11: a pass is a tenth of the difference; the screening that collects the inputs is in both runs).
// truncations: TruncatedWords.read (src/core/matching/truncations.ts), as NameIndex calls it.
// parts: readCellParts (src/core/cells/anatomy.ts) on the cells Screener.matchParts reads the parts of.
// gate: mayHaveParts (src/core/cells/anatomy.ts) on every cell Screener.matchParts is given.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

async function main(): Promise<void> {
  const stage = process.env.STAGE;
  const passes = Number(process.argv[2] ?? 1);
  const dir = resolve(process.env.ENGINE_DIR ?? resolve(__dirname, ".."));
  const rowsDir = resolve(process.env.ROWS_DIR ?? dir);
  const load = (path: string, from: string) => import(pathToFileURL(resolve(from, path)).href);
  const rowsCore = await load("src/core/index.ts", rowsDir);
  const { loadCases } = await load("test/eval/cases.ts", rowsDir);
  const bench = await load("scripts/bench/engine.ts", rowsDir);
  const dataset = rowsCore.bundledDataset();
  const pinyin = (await load("src/core/transliterate/bundled.ts", rowsDir)).bundledPinyinReader();
  const inputs = bench.asDeliveredByExcel(bench.generateNames(100_000, bench.nameSources(dataset, loadCases())));
  const core = await load("src/core/index.ts", dir);
  let run: () => number;
  if (stage === "truncations") {
    const calls: Array<[string, boolean]> = [];
    const proto = (await load("src/core/matching/truncations.ts", rowsDir)).TruncatedWords.prototype;
    const read = proto.read;
    proto.read = function (folded: string, cutAtEnd = false) {
      calls.push([folded, cutAtEnd]);
      return read.call(this, folded, cutAtEnd);
    };
    new rowsCore.Screener(dataset, undefined, { pinyin }).screenAll(inputs);
    proto.read = read;
    const truncations = new core.Screener(dataset).index.truncations;
    run = () => calls.reduce((n, [text, cutAtEnd]) => n + (truncations.read(text, cutAtEnd) === null ? 0 : 1), 0);
  } else if (stage === "gate") {
    const texts: string[] = [];
    const proto = rowsCore.Screener.prototype;
    const matchParts = proto.matchParts;
    proto.matchParts = function (text: string, whole: unknown) {
      texts.push(text);
      return matchParts.call(this, text, whole);
    };
    new rowsCore.Screener(dataset, undefined, { pinyin }).screenAll(inputs);
    proto.matchParts = matchParts;
    const { mayHaveParts } = await load("src/core/cells/anatomy.ts", dir);
    run = () => texts.reduce((n, text) => n + (mayHaveParts(text) ? 1 : 0), 0);
  } else if (stage === "parts") {
    const texts: string[] = [];
    const { mayHaveParts } = await load("src/core/cells/anatomy.ts", rowsDir);
    const proto = rowsCore.Screener.prototype;
    const matchParts = proto.matchParts;
    proto.matchParts = function (text: string, whole: unknown) {
      if (mayHaveParts(text)) texts.push(text);
      return matchParts.call(this, text, whole);
    };
    new rowsCore.Screener(dataset, undefined, { pinyin }).screenAll(inputs);
    proto.matchParts = matchParts;
    const { readCellParts } = await load("src/core/cells/anatomy.ts", dir);
    run = () => texts.reduce((n, text) => n + readCellParts(text).candidates.length, 0);
  } else {
    throw new Error("STAGE=truncations, STAGE=parts or STAGE=gate");
  }
  let result = 0;
  for (let i = 0; i <= passes; i++) result = run();
  console.log(`${stage}: ${result}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
