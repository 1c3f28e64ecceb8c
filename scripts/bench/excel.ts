// Excel adapter benchmark: screens a 100,000-row supplier column through the screening controller
// against the in-memory fake Excel host (the real Screener and bundled dataset do the matching),
// and prints round trips (syncs), the largest request/response and elapsed time.
// Target: syncs ≤ ceil(rows / chunk) + 5 (describe + prepare + one per chunk + finish).
// Run alone with `npx tsx scripts/bench/excel.ts`, or through `npm run bench`, which calls run().
import { Screener, bundledDataset, type ScreenInput, type ScreenResult } from "../../src/core";
import { DEFAULT_CHUNK_ROWS } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel } from "../../test/support/fake-excel";

const ROWS = 100_000;
const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Deterministic supplier names: mostly unlisted companies, with every 50th a listed name. */
function supplierNames(count: number, listed: string[]): string[] {
  const stems = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Soylent", "Cyberdyne", "Wonka"];
  const trades = [
    "Textiles",
    "Apparel",
    "Solar",
    "Polysilicon",
    "Seafood",
    "Cotton",
    "Electronics",
    "Tomato Products",
    "Packaging",
    "Logistics",
  ];
  const forms = ["Co., Ltd.", "Inc.", "GmbH", "S.A.", "Pte Ltd", "LLC", "Sdn Bhd", "Limited"];
  let seed = 20261126;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: count }, (_, i) =>
    i % 50 === 0 && listed.length > 0
      ? listed[next() % listed.length]
      : `${stems[next() % stems.length]} ${trades[next() % trades.length]} ${forms[next() % forms.length]} ${i}`,
  );
}

/** Answers "none" at once, so a second run measures the adapter and host alone, without matching. */
function instantScreener(version: string) {
  return {
    version,
    screenAll: (inputs: ScreenInput[]): ScreenResult[] =>
      inputs.map((input) => ({
        risk: "none",
        score: 0,
        match: null,
        otherMatches: [],
        ruleHits: [],
        note: "No match on the lists.",
        input: String(input.name ?? ""),
        skipped: null,
        datasetVersion: version,
      })),
  };
}

async function adapterOnlyMs(names: string[]): Promise<number> {
  const fake = createFakeExcel({ sheets: { Suppliers: { values: [["Supplier"], ...names.map((n) => [n])] } }, selection: "Suppliers!A1" });
  const controller = new ScreeningController({ run: fake.run, getScreener: () => instantScreener("bench") });
  const started = performance.now();
  await controller.screenColumn({ selection: await controller.describeSelection() });
  return performance.now() - started;
}

export async function run(): Promise<Record<string, number>> {
  const dataset = bundledDataset();
  const screener = new Screener(dataset);
  const listed = dataset.listings.filter((l) => l.matchBy === "name").map((l) => l.name);
  const names = supplierNames(ROWS, listed);
  const fake = createFakeExcel({
    sheets: { Suppliers: { values: [["Supplier", "Country"], ...names.map((n, i) => [n, i % 3 === 0 ? "China" : "Vietnam"])] } },
    selection: "Suppliers!A:A",
    payloadLimit: PAYLOAD_LIMIT,
  });
  const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });

  const started = performance.now();
  const selection = await controller.describeSelection();
  const report = await controller.screenColumn({ selection, countryColumnIndex: selection.suggested.countryColumnIndex });
  const elapsedMs = performance.now() - started;

  const adapterMs = await adapterOnlyMs(names);
  const syncs = fake.syncCount();
  const target = Math.ceil(ROWS / DEFAULT_CHUNK_ROWS) + 5;
  const log = fake.syncLog();
  const maxRequest = Math.max(...log.map((s) => s.requestBytes));
  const maxResponse = Math.max(...log.map((s) => s.responseBytes));
  const flagged = report.counts.high + report.counts.review + report.counts.lifted;

  const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
  console.log(
    `Excel adapter: ${ROWS.toLocaleString("en-US")} rows in ${report.chunks} chunks of ${DEFAULT_CHUNK_ROWS.toLocaleString("en-US")}`,
  );
  console.log(`  syncs (describe + screen): ${syncs}   target ≤ ceil(rows/chunk)+5 = ${target}   ${syncs <= target ? "MET" : "NOT MET"}`);
  console.log(
    `  largest request ${mb(maxRequest)} MB, largest response ${mb(maxResponse)} MB   limit 5 MB   ${Math.max(maxRequest, maxResponse) <= PAYLOAD_LIMIT ? "MET" : "NOT MET"}`,
  );
  console.log(
    `  elapsed ${Math.round(elapsedMs)} ms with the real Screener; the adapter and fake host alone take ${Math.round(adapterMs)} ms (same rows, instant screener)`,
  );
  console.log(`  (against the in-memory host: real Excel adds its own time per sync; figures vary with machine load)`);
  console.log(
    `  flagged ${flagged.toLocaleString("en-US")} (high ${report.counts.high}, review ${report.counts.review}, lifted ${report.counts.lifted})`,
  );

  return {
    excel_rows: ROWS,
    excel_chunks: report.chunks,
    excel_syncs: syncs,
    excel_syncs_target: target,
    excel_max_request_bytes: maxRequest,
    excel_max_response_bytes: maxResponse,
    excel_elapsed_ms: Math.round(elapsedMs),
    excel_adapter_only_ms: Math.round(adapterMs),
    excel_rows_per_s: Math.round(ROWS / (elapsedMs / 1000)),
  };
}

if (process.argv[1] && /bench[\\/]excel\.ts$/.test(process.argv[1])) {
  run().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
