/**
 * `npm run --silent dataset -- import dol FILE.xml|FILE.csv --edition YEAR …`: imports a newer edition of the
 * US Department of Labor's List of Goods (sector risk). The List is kept apart from the WRO dataset, so this
 * subcommand has its own options; src/cli/dataset.ts hands it the arguments after "import dol".
 */
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import { ImportError, MAX_IMPORT_BYTES } from "../core/importers/errors";
import { bundledSectorList, planDolImport, SectorDataError, validateSectorList, type SectorList } from "../core/sector";

export const DOL_USAGE = `  dataset import dol FILE.xml|FILE.csv --edition YEAR [--published YYYY[-MM[-DD]]] [--confidence verified|secondary|unverified]
                  [--page https://…] [--base LIST.json] [--out FILE.json] [--force]
     DOL's List of Goods (sector risk): DOL's XML layout, or a CSV with good, country, child labor and forced labor
     columns. --edition is required (the files do not state it). The result is a separate file, not the WRO dataset.`;

interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

class DolUsageError extends Error {}

function readFile(path: string, what: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new DolUsageError(`${what} ${path} is not a file.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof DolUsageError) throw e;
    throw new DolUsageError(
      `Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}.`,
    );
  }
  if (size > MAX_IMPORT_BYTES)
    throw new DolUsageError(`${what} ${path} is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit; it was not read.`);
  return new Uint8Array(readFileSync(path));
}

function writeAtomically(path: string, list: SectorList): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, `${JSON.stringify(list, null, 1)}\n`, "utf8");
    renameSync(temp, path);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw new DolUsageError(`Cannot write ${path}: ${(e as Error).message}.`);
  }
}

/** Runs `import dol …` (argv is what follows "import dol"); returns the exit code. */
export function runDolImport(argv: string[], io: Io): number {
  try {
    const opts: Record<string, string> = {};
    const files: string[] = [];
    let force = false;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (arg === "--force") force = true;
      else if (["--edition", "--published", "--confidence", "--page", "--base", "--out"].includes(arg)) {
        const v = argv[++i];
        if (v === undefined || v.startsWith("--")) throw new DolUsageError(`${arg} needs a value.`);
        opts[arg.slice(2)] = v;
      } else if (arg.startsWith("--")) throw new DolUsageError(`Unknown option ${arg} for import dol.`);
      else files.push(arg);
    }
    if (files.length !== 1) throw new DolUsageError(`import dol needs one file.\n\n${DOL_USAGE}`);
    if (!opts.edition || !/^\d{4}$/.test(opts.edition))
      throw new DolUsageError(`import dol needs --edition YEAR (the files do not state their edition).\n\n${DOL_USAGE}`);
    if (opts.published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(opts.published))
      throw new DolUsageError(`--published must be YYYY, YYYY-MM or YYYY-MM-DD.`);
    if (opts.confidence && !["verified", "secondary", "unverified"].includes(opts.confidence)) {
      throw new DolUsageError(`--confidence must be verified, secondary or unverified.`);
    }
    if (opts.page && !/^https:\/\//.test(opts.page)) throw new DolUsageError(`--page must be an https:// address.`);
    let base: SectorList;
    try {
      base = opts.base
        ? validateSectorList(JSON.parse(Buffer.from(readFile(opts.base, "The List")).toString("utf8")))
        : bundledSectorList();
    } catch (e) {
      if (e instanceof DolUsageError) throw e;
      throw new DolUsageError(`The List ${opts.base} cannot be used: ${(e as Error).message}`);
    }
    const plan = planDolImport(readFile(files[0], "The file"), base, {
      fileName: basename(files[0]),
      edition: Number(opts.edition),
      published: opts.published,
      page: opts.page,
      confidence: opts.confidence as SectorList["confidence"] | undefined,
      force,
    });
    const goods = new Set(plan.next.entries.map((e) => e.good)).size;
    const countries = new Set(plan.next.entries.map((e) => e.countryCode)).size;
    io.stdout.write(
      `Read ${plan.next.entries.length} good-country entries (${goods} goods, ${countries} countries) from ${files[0]} (${plan.format.toUpperCase()}).\n` +
        `Compared with the ${base.edition} edition in force (${base.entries.length} entries): ${plan.added.length} added, ${plan.removed.length} removed, ${plan.changed.length} with other labour flags.\n`,
    );
    const show = (title: string, keys: string[]) => {
      if (keys.length) io.stdout.write(`${title}: ${keys.slice(0, 20).join("; ")}${keys.length > 20 ? "; …" : ""}\n`);
    };
    show("Added", plan.added);
    show("Removed", plan.removed);
    show("Changed", plan.changed);
    for (const w of plan.warnings) io.stderr.write(`warning: ${w}\n`);
    if (opts.out) {
      writeAtomically(opts.out, plan.next);
      io.stdout.write(`\nWrote ${opts.out} (edition ${plan.next.edition}, confidence ${plan.next.confidence}).\n`);
    } else io.stdout.write("\nNothing written (no --out given).\n");
    return 0;
  } catch (e) {
    if (e instanceof DolUsageError || e instanceof SectorDataError || e instanceof ImportError) {
      io.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
