import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import { bundledDataset } from "../core/dataset/bundled";
import { countsText } from "../core/dataset/counts";
import { datasetFingerprint, DatasetError } from "../core/dataset/load";
import type { Dataset } from "../core/dataset/schema";
import {
  describeUpdateError,
  diffDatasets,
  fetchFile,
  formatDiff,
  ImportError,
  MAX_IMPORT_BYTES,
  parseDatasetJson,
  planUpdate,
  type FetchLike,
  type UpdateFormat,
  type UpdatePlan,
  unresolvedAmbiguities,
} from "../core/importers";
import { DOL_USAGE, runDolImport } from "./dataset-dol";

/**
 * `npm run --silent dataset -- <command>`: imports official list files into the dataset, compares
 * datasets and shows what a dataset holds. Nothing is written unless --out is given, and only a
 * dataset that passed validation is ever written.
 */

export const USAGE = `Usage:
  dataset import cbp FILE.csv     [--base DATASET.json] [--out FILE.json] [--force] [--retrieved YYYY-MM-DD]
  dataset import uflpa FILE.html  [--base DATASET.json] [--out FILE.json] [--apply-removals] [--force] [--retrieved YYYY-MM-DD]
                                  (both: [--resolve "NAME=LISTING-ID|new|skip"] …)
  dataset import json FILE.json|https://…  [--base DATASET.json] [--out FILE.json] [--force]
${DOL_USAGE}
  dataset diff A.json B.json
  dataset show [DATASET.json]

  --base     the dataset to update (default: the bundled dataset)
  --out      write the updated dataset here (validated first; written atomically)
  --apply-removals  mark the UFLPA listings the page no longer holds as removed (each is listed first;
             without it they are reported as "not in this file" and stay in force)
  --resolve  answer for a row that could be one of several listings: NAME is the row's name as the import
             prints it; LISTING-ID the listing it is, "new" for a listing of its own, "skip" to leave it out.
             Repeat for each. While a row is unanswered, nothing is written.
  --force    apply an update that would drop or fail to find more than half of the listings it covers
  --retrieved  the day the file was downloaded (default: today)
Exit codes: 0 done, 2 usage error or a file that is unreadable or invalid (nothing is written).`;

export interface DatasetCliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Injected for tests; the real CLI uses Node's global fetch. */
  fetch?: FetchLike;
  /** YYYY-MM-DD; injected for deterministic tests. */
  today?: string;
}

class UsageError extends Error {
  override name = "UsageError";
}

interface Parsed {
  positional: string[];
  base?: string;
  out?: string;
  force: boolean;
  applyRemovals: boolean;
  retrieved?: string;
  resolutions: Record<string, string>;
}

function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { positional: [], force: false, applyRemovals: false, resolutions: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === "--force") parsed.force = true;
    else if (arg === "--apply-removals") parsed.applyRemovals = true;
    else if (arg === "--resolve") {
      const v = value();
      const at = v.lastIndexOf("=");
      if (at <= 0 || at === v.length - 1) throw new UsageError(`--resolve needs NAME=LISTING-ID, NAME=new or NAME=skip, not "${v}".`);
      parsed.resolutions[v.slice(0, at).trim()] = v.slice(at + 1).trim();
    } else if (arg === "--base") parsed.base = value();
    else if (arg === "--out") parsed.out = value();
    else if (arg === "--retrieved") {
      parsed.retrieved = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(parsed.retrieved) || Number.isNaN(Date.parse(parsed.retrieved))) {
        throw new UsageError(`--retrieved must be a date written YYYY-MM-DD, not "${parsed.retrieved}".`);
      }
    } else if (arg === "--help" || arg === "-h") parsed.positional.unshift("help");
    else if (arg.startsWith("--")) throw new UsageError(`Unknown option ${arg}.`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

function readLocalFile(path: string, what: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`${what} ${path} is not a file.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}.`,
    );
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new UsageError(
      `${what} ${path} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit; it was not read.`,
    );
  }
  return new Uint8Array(readFileSync(path));
}

function loadDatasetFile(path: string): Dataset {
  return parseDatasetJson(readLocalFile(path, "The dataset"), basename(path));
}

/** Writes next to the target and renames, so a crash never leaves half a dataset where a good one was. */
function writeDatasetAtomically(path: string, dataset: Dataset): void {
  const text = JSON.stringify(dataset, null, 2) + "\n";
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, "utf8");
    renameSync(temp, path);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw new UsageError(`Cannot write ${path}: ${(e as Error).message}.`);
  }
}

export function describeDataset(ds: Dataset, label: string): string {
  const lines = [`Dataset: ${label}`, `Version: ${ds.version}`, `Compiled: ${ds.compiled}`, `Listings: ${ds.listings.length}`];
  const count = <K extends string>(keys: K[], pick: (l: Dataset["listings"][number]) => K) =>
    keys.map((k) => [k, ds.listings.filter((l) => pick(l) === k).length] as const).filter(([, n]) => n > 0);
  lines.push("By list and status (as in the README and the pane's Dataset tab):");
  for (const l of countsText(ds).split("\n")) lines.push(`  ${l}`);
  lines.push("By confidence:");
  for (const [k, n] of count(["verified", "secondary", "unverified"], (l) => l.confidence)) lines.push(`  ${k.padEnd(12)} ${n}`);
  lines.push(`Rules: ${ds.rules.length}`, "Sources:");
  for (const s of ds.sources) lines.push(`  ${s.name}: ${s.address}${s.retrieved ? ` (retrieved ${s.retrieved})` : ""}`);
  lines.push(`SHA-256: ${datasetFingerprint(ds)}`);
  return lines.join("\n") + "\n";
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

const FORMAT_ARGS: Record<string, UpdateFormat> = { cbp: "cbp_csv", uflpa: "uflpa_html", json: "json" };

async function runImport(args: Parsed, io: DatasetCliIo): Promise<number> {
  const [, kind, source, extra] = args.positional;
  const format = FORMAT_ARGS[kind ?? ""];
  if (!format || !source || extra) throw new UsageError(`import needs a kind (cbp, uflpa or json) and one file.\n\n${USAGE}`);
  const today = io.today ?? todayUtc();
  const base = args.base ? loadDatasetFile(args.base) : bundledDataset();
  const baseLabel = args.base ?? "bundled dataset";

  let bytes: Uint8Array;
  let fileName: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    if (format !== "json")
      throw new UsageError("Only dataset JSON can be imported from an address; download CBP's CSV or save the DHS page first.");
    const fetched = await fetchFile(source, { fetch: io.fetch ?? (globalThis.fetch as unknown as FetchLike) });
    bytes = fetched.bytes;
    fileName = fetched.url;
  } else {
    bytes = readLocalFile(source, "The file");
    fileName = basename(source);
  }

  const plan: UpdatePlan = planUpdate(base, bytes, {
    fileName,
    format,
    today,
    retrieved: args.retrieved ?? today,
    force: args.force,
    applyRemovals: args.applyRemovals,
    resolutions: args.resolutions,
  });
  io.stdout.write(`Base: ${baseLabel}\n${formatDiff(plan.diff)}\n`);
  if (plan.report) {
    const r = plan.report;
    io.stdout.write(
      `\nMatched ${r.matched} listing${r.matched === 1 ? "" : "s"}. Added ${r.added.length}; renamed ${r.renamed.length}; status changed ${r.statusChanged.length}; not in this file ${r.notInFile.length}; marked removed ${r.removed.length}.\n`,
    );
    if (r.notInFile.length) {
      const shown = r.notInFile.slice(0, 20).join(", ");
      io.stdout.write(`Not in this file, left in force (${r.notInFile.length}): ${shown}${r.notInFile.length > 20 ? ", …" : ""}\n`);
    }
    const pending = r.proposedRemovals.filter((id) => !r.removed.includes(id));
    if (pending.length) {
      io.stdout.write(`Would be marked removed with --apply-removals (${pending.length}):\n${pending.map((id) => `  ${id}`).join("\n")}\n`);
    }
    if (r.removed.length)
      io.stdout.write(`Marked removed from the list (${r.removed.length}):\n${r.removed.map((id) => `  ${id}`).join("\n")}\n`);
    for (const a of r.ambiguities) {
      io.stdout.write(
        `${a.resolution === null ? "Ambiguous, not merged" : "Ambiguous, answered"}: "${a.entry}"${a.line ? ` (line ${a.line})` : ""} could be any of:\n` +
          a.candidates.map((c) => `  ${c.id}  ("${c.name}")\n`).join("") +
          (a.resolution === null ? "" : `  answer: ${a.resolution}\n`),
      );
    }
  }
  for (const w of plan.warnings) io.stderr.write(`warning: ${w}\n`);
  const open = unresolvedAmbiguities(plan.report);
  if (open.length > 0) {
    const hint = open.map((a) => `  --resolve "${a.entry}=${a.candidates[0].id}"   (or =new, or =skip)`).join("\n");
    io.stderr.write(
      `error: ${open.length} row${open.length === 1 ? "" : "s"} of the file could each be one of several listings; nothing was ${args.out ? "written" : "merged by guess"}. ` +
        `Say which listing each is and run the import again, e.g.:\n${hint}\n`,
    );
    return 2;
  }
  if (args.out) {
    writeDatasetAtomically(args.out, plan.next);
    io.stdout.write(
      `\nWrote ${args.out} (version ${plan.next.version}, ${plan.next.listings.length} listings, SHA-256 ${datasetFingerprint(plan.next)}).\n`,
    );
  } else {
    io.stdout.write("\nNothing written (no --out given).\n");
  }
  return 0;
}

/** Runs the CLI and returns the exit code; never calls process.exit, so tests run it in-process. */
export async function main(argv: string[], io: DatasetCliIo): Promise<number> {
  // The List of Goods (sector risk) is a separate file with its own options: src/cli/dataset-dol.ts.
  if (argv[0] === "import" && argv[1] === "dol") return runDolImport(argv.slice(2), io);
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positional;
    switch (command) {
      case "import":
        return await runImport(args, io);
      case "diff": {
        if (rest.length !== 2) throw new UsageError(`diff needs two dataset files.\n\n${USAGE}`);
        io.stdout.write(formatDiff(diffDatasets(loadDatasetFile(rest[0]), loadDatasetFile(rest[1])), Number.MAX_SAFE_INTEGER) + "\n");
        return 0;
      }
      case "show": {
        if (rest.length > 1) throw new UsageError(`show takes at most one dataset file.\n\n${USAGE}`);
        io.stdout.write(describeDataset(rest[0] ? loadDatasetFile(rest[0]) : bundledDataset(), rest[0] ?? "bundled"));
        return 0;
      }
      case "help":
        io.stdout.write(USAGE + "\n");
        return 0;
      default:
        throw new UsageError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImportError || e instanceof DatasetError) {
      const hint = e instanceof ImportError && e.code === "unsafe_update" ? " (add --force)" : "";
      io.stderr.write(`error: ${describeUpdateError(e)}${hint}\n`);
      if (e instanceof ImportError && e.problems.length > 1) for (const p of e.problems) io.stderr.write(`  ${p}\n`);
      return 2;
    }
    io.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
