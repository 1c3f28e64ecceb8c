// Bench section: what Excel downloads. Builds the add-in in production mode into a temporary folder (or,
// with BUNDLE_DIR=dist, measures an existing build) and reports the task pane's first download (taskpane.html
// and the entry chunks it loads, gzip; scripts/lib/first-download.ts defines it) against the 250 KiB budget,
// then every chunk loaded later (engine, dataset tools, decisions, pinyin, ...) and functions.js.
// Run alone: npx tsx scripts/bench/bundle.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_DOWNLOAD_BUDGET_KIB, firstDownload } from "../lib/first-download";
import { RISK_LABELS, Screener, bundledDataset } from "../../src/core";
import { loadFunctionsBundle, type RegisteredFunctions } from "../lib/functions-sandbox";
import { runSectionWhenDirect } from "../lib/bench-section";

const ROOT = resolve(__dirname, "..", "..");

function build(outputPath: string): void {
  const webpack = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const started = performance.now();
  const result = spawnSync(
    webpack,
    ["--mode", "production", "--env", `outputPath=${outputPath}`, "--env", "publicUrl=https://wro-screen.example.com/"],
    {
      cwd: ROOT,
      encoding: "utf8",
      shell: process.platform === "win32",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`webpack production build failed (exit ${result.status}):\n${output}`);
  }
  console.log(`Bundle: production build in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The shared-runtime wiring the build must contain, checked on the real output because no unit test runs
 * webpack: every function registered in taskpane.js, the finalised metadata, and a manifest without dev URLs.
 */
function checkBuild(dir: string): void {
  const pane = readFileSync(join(dir, "taskpane.js"), "utf8");
  const metadata = JSON.parse(readFileSync(join(dir, "functions.json"), "utf8")) as {
    allowErrorForDataTypeAny?: boolean;
    functions: Array<{ id: string }>;
  };
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
  const problems: string[] = [];
  // taskpane.js associates a stand-in per id (src/functions/register.ts); test/e2e calls them in Chromium.
  const unregistered = metadata.functions.filter((f) => !pane.includes(`"${f.id}"`)).map((f) => f.id);
  if (!pane.includes("CustomFunctions")) problems.push("taskpane.js never calls CustomFunctions.associate");
  if (unregistered.length > 0) problems.push(`taskpane.js does not name ${unregistered.join(", ")}`);
  if (metadata.allowErrorForDataTypeAny !== true) problems.push("functions.json lacks allowErrorForDataTypeAny");
  if (!/<script[^>]+taskpane\.js/.test(html) || /functions\.js/.test(html))
    problems.push("taskpane.html must load taskpane.js and only that bundle");
  if (manifest.includes("https://localhost:3000/")) problems.push("the production manifest still points at https://localhost:3000/");
  problems.push(...runMinifiedFunctions(join(dir, "functions.js")));
  if (problems.length > 0) throw new Error(`The build is not wired as one shared runtime: ${problems.join("; ")}.`);
  console.log(
    `Bundle: taskpane.js registers all ${metadata.functions.length} custom functions; the minified functions.js answers like the engine; functions.json and the production manifest are complete.`,
  );
}

/** Runs the minified functions.js in a bare VM context with a fake CustomFunctions and compares answers with the engine. */
function runMinifiedFunctions(file: string): string[] {
  let registered: RegisteredFunctions;
  try {
    registered = loadFunctionsBundle(file);
  } catch (error) {
    return [`functions.js failed to load: ${(error as Error).message}`];
  }
  if (typeof registered.WRORISK !== "function") return ["functions.js did not register WRORISK"];
  const screener = new Screener(bundledDataset());
  const names = bundledDataset()
    .listings.filter((l) => l.matchBy === "name")
    .slice(0, 20)
    .map((l) => l.name);
  const wrong = names.filter((name) => registered.WRORISK(name) !== RISK_LABELS[screener.screen({ name }).risk]);
  return wrong.length > 0 ? [`the minified WRORISK disagrees with the engine on ${wrong.length} of ${names.length} listed names`] : [];
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export async function run(): Promise<Record<string, number>> {
  const existing = process.env.BUNDLE_DIR ? resolve(ROOT, process.env.BUNDLE_DIR) : null;
  const outputPath = existing ?? mkdtempSync(join(tmpdir(), "wro-bundle-"));
  try {
    if (existing) {
      if (!existsSync(join(existing, "taskpane.js"))) throw new Error(`${existing} has no taskpane.js; run npm run build first.`);
      console.log(`Bundle: measuring the existing build in ${existing}.`);
    } else {
      build(outputPath);
    }
    const pane = sizes(join(outputPath, "taskpane.js"));
    const functions = sizes(join(outputPath, "functions.js"));
    const metadata = sizes(join(outputPath, "functions.json"));
    checkBuild(outputPath);
    const first = firstDownload(outputPath);
    const verdict = first.gzip <= FIRST_DOWNLOAD_BUDGET_KIB * 1024 ? "meets" : "MISSES";
    for (const file of first.files)
      console.log(`Bundle: first download: ${file.file} ${kib(file.raw)} KiB minified, ${kib(file.gzip)} KiB gzip.`);
    console.log(
      `Bundle: task pane first download ${kib(first.gzip)} KiB gzip (${verdict} the ${FIRST_DOWNLOAD_BUDGET_KIB} KiB gzip budget; taskpane.html and the entry chunks it loads).`,
    );
    console.log(
      `Bundle: functions.js ${kib(functions.raw)} KiB minified, ${kib(functions.gzip)} KiB gzip (only where Excel loads the functions file on its own); functions.json ${kib(metadata.raw)} KiB.`,
    );
    // Chunks split off with import() load after the first render (the engine) or when used (Dataset tab, decisions).
    const initial = new Set(first.files.map((f) => f.file));
    const lazyChunks = readdirSync(outputPath)
      .filter((f) => f.endsWith(".js") && !initial.has(f) && f !== "functions.js")
      .sort();
    let lazyGzip = 0;
    for (const chunk of lazyChunks) {
      const size = sizes(join(outputPath, chunk));
      lazyGzip += size.gzip;
      console.log(`Bundle: on-demand chunk ${chunk} ${kib(size.raw)} KiB minified, ${kib(size.gzip)} KiB gzip.`);
    }
    return {
      bundle_first_download_gzip_kib: Number(kib(first.gzip)),
      bundle_taskpane_kib: Number(kib(pane.raw)),
      bundle_taskpane_gzip_kib: Number(kib(pane.gzip)),
      bundle_functions_kib: Number(kib(functions.raw)),
      bundle_functions_gzip_kib: Number(kib(functions.gzip)),
      bundle_lazy_chunks_gzip_kib: Number(kib(lazyGzip)),
    };
  } finally {
    if (!existing) rmSync(outputPath, { recursive: true, force: true });
  }
}

runSectionWhenDirect(module, run);
