// Compares this engine's speed with an earlier engine's on the same inputs, in the same process, alternating
// runs so that both see the same machine load (issue 10's target: no more than 10% below the engine before it).
//   git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   BASE_DIR=/tmp/base npx tsx scripts/bench-compare.ts [rounds]
// Inputs: `npm run bench`'s 100,000 generated rows (scripts/bench/engine.ts). Both engines screen this dataset
// (the earlier engine with the current dataset, so that only the engine differs). Prints, per engine, the median
// and best names/s per CPU second and wall clock; a new Screener per run, as in `npm run bench`.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Screener, bundledDataset, type ScreenInput, type ScreenResult } from "../src/core";
import { bundledPinyinReader } from "../src/core/transliterate/bundled";
import { loadCases } from "../test/eval/cases";
import { asDeliveredByExcel, generateNames, median, nameSources } from "./bench/engine";

interface Engine {
  name: string;
  make: () => { screenAll(inputs: readonly ScreenInput[]): ScreenResult[] };
}

async function main(): Promise<void> {
  const baseDir = process.env.BASE_DIR;
  if (!baseDir) throw new Error("Set BASE_DIR to a checkout of the earlier engine (see the comment at the top of this file).");
  const rounds = Number(process.argv[2] ?? 7);
  const dataset = bundledDataset();
  const pinyin = bundledPinyinReader();
  const base = (await import(pathToFileURL(resolve(baseDir, "src", "core", "index.ts")).href)) as {
    Screener: new (dataset: unknown, options?: unknown, extra?: { pinyin?: unknown }) => Engine["make"] extends () => infer S ? S : never;
  };
  // The earlier engine with its own pinyin reader, as its `npm run bench` ran it (engines before the reader run without).
  const baseReader = resolve(baseDir, "src", "core", "transliterate", "bundled.ts");
  const basePinyin = existsSync(baseReader)
    ? ((await import(pathToFileURL(baseReader).href)) as { bundledPinyinReader: () => unknown }).bundledPinyinReader()
    : undefined;
  const engines: Engine[] = [
    {
      name: `earlier engine (${baseDir}), ${basePinyin ? "with its pinyin reader" : "which has no pinyin reader"}`,
      make: () => (basePinyin ? new base.Screener(dataset, undefined, { pinyin: basePinyin }) : new base.Screener(dataset)),
    },
    { name: "this engine, with pinyin (as npm run bench)", make: () => new Screener(dataset, undefined, { pinyin }) },
    { name: "this engine, without pinyin", make: () => new Screener(dataset) },
  ];
  const inputs = asDeliveredByExcel(generateNames(100_000, nameSources(dataset, loadCases())));
  for (const e of engines) e.make().screenAll(inputs); // warm-up: every path compiled
  const cpu = engines.map(() => [] as number[]);
  const wall = engines.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    engines.forEach((e, i) => {
      const screener = e.make();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      screener.screenAll(inputs);
      const c = process.cpuUsage(c0);
      wall[i].push(inputs.length / ((performance.now() - t0) / 1000));
      cpu[i].push(inputs.length / ((c.user + c.system) / 1e6));
    });
  }
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(`Node ${process.version}; ${fmt(inputs.length)} rows; dataset ${dataset.version}; ${rounds} alternating rounds.`);
  engines.forEach((e, i) => {
    console.log(
      `${e.name}: per CPU second median ${fmt(median(cpu[i]))}, best ${fmt(Math.max(...cpu[i]))}; wall clock median ${fmt(median(wall[i]))}, best ${fmt(Math.max(...wall[i]))} names/s`,
    );
  });
  console.log(
    `This engine (with pinyin) / earlier: ${(median(cpu[1]) / median(cpu[0])).toFixed(3)} (median CPU), ${(Math.max(...cpu[1]) / Math.max(...cpu[0])).toFixed(3)} (best CPU), ${(median(wall[1]) / median(wall[0])).toFixed(3)} (median wall).`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
