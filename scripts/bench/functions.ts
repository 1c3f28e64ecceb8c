// Bench section for the worksheet functions (run by scripts/bench.ts, or alone: npx tsx scripts/bench/functions.ts).
// Measures engine time inside the functions only; Excel's own per-call overhead in the shared runtime is
// not measurable here (no Excel) and is usually the larger cost for 10,000 single-cell formulas.
import { bundledDataset } from "../../src/core";
import { restoreBundledDataset, setRecalculator } from "../../src/addin/runtime";
import { WROMATCH, WRONOTE, WRORISK, WROSCREEN } from "../../src/functions/functions";
import { WROSCREEN_ROW_LIMIT } from "../../src/functions/screen-cells";
import { mulberry32 as prng } from "../lib/seeded-random";
import { runSectionWhenDirect } from "../lib/bench-section";

const SINGLE_CELLS = 10_000;
// One =WROSCREEN at its documented row limit (larger ranges are refused with #VALUE!, src/functions/screen-cells.ts).
const SPILL_ROWS = WROSCREEN_ROW_LIMIT;

const WORDS = [
  "Pacific",
  "Golden",
  "Harbour",
  "Union",
  "Sunrise",
  "Delta",
  "Northern",
  "Evergreen",
  "Summit",
  "Silver",
  "Oriental",
  "Global",
  "Prime",
  "Apex",
  "Royal",
  "Green",
  "Eastern",
  "United",
  "Star",
  "Lotus",
  "Phoenix",
  "Crown",
  "Jade",
  "Ocean",
];
const TRADES = [
  "Textiles",
  "Gloves",
  "Electronics",
  "Seafood",
  "Packaging",
  "Solar",
  "Apparel",
  "Rubber",
  "Steel",
  "Logistics",
  "Trading",
  "Foods",
];
const FORMS = ["Co., Ltd.", "Sdn Bhd", "Limited", "GmbH", "Inc.", "Pte Ltd", "S.A.", "LLC", "Bhd", "PT", ""];
const COUNTRIES = ["China", "Malaysia", "Vietnam", "India", "Thailand", "Indonesia", "Germany", "United States", "Xinjiang, China", ""];

/**
 * Supplier rows as a purchasing ledger has them: mostly ordinary companies, about 5% listed names (some in
 * other case or with the legal form dropped), 3% blanks, and repeats, since ledgers name suppliers many times.
 */
function supplierRows(count: number, seed: number): Array<{ name: string | null; country: string }> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const listed = bundledDataset()
    .listings.filter((l) => l.matchBy === "name")
    .map((l) => l.name);
  const rows: Array<{ name: string | null; country: string }> = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    let name: string | null;
    if (roll < 0.03) name = null;
    else if (roll < 0.08) {
      const listedName = pick(listed);
      name = random() < 0.5 ? listedName : listedName.toUpperCase().replace(/,? (and|a\/k\/a) .*$/i, "");
    } else if (roll < 0.3 && rows.length > 0) name = rows[Math.floor(random() * rows.length)].name;
    else name = `${pick(WORDS)} ${pick(WORDS)} ${pick(TRADES)} ${pick(FORMS)}`.trim();
    rows.push({ name, country: pick(COUNTRIES) });
  }
  return rows;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Each measurement starts from a freshly installed dataset, so the per-screener result cache is empty. */
function freshScreener(): void {
  restoreBundledDataset();
}

export async function run(): Promise<Record<string, number>> {
  setRecalculator(async () => false);
  const single = supplierRows(SINGLE_CELLS, 7);
  const spill = supplierRows(SPILL_ROWS, 11);

  // Warm-up: JIT-compile the matcher and the function wrappers on rows not used below.
  freshScreener();
  for (const row of supplierRows(2_000, 3)) WRORISK(row.name, row.country);

  const callRisk = (row: { name: string | null; country: string }) => {
    try {
      WRORISK(row.name, row.country);
    } catch {
      // #N/A for a cell that is not a supplier name is a result, not a failure.
    }
  };

  freshScreener();
  const coldMs = time(() => single.forEach(callRisk));
  const warmMs = time(() => single.forEach(callRisk));

  freshScreener();
  const threeMs = time(() => {
    for (const row of single) {
      for (const fn of [WRORISK, WROMATCH, WRONOTE]) {
        try {
          fn(row.name, row.country);
        } catch {
          // as above
        }
      }
    }
  });

  const names = spill.map((r) => [r.name]);
  const countries = spill.map((r) => [r.country]);
  freshScreener();
  const spillStart = performance.now();
  const spilled = (await WROSCREEN(names, countries)).length;
  const spillMs = performance.now() - spillStart;

  const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString("en-US");
  console.log(
    `Functions: ${SINGLE_CELLS.toLocaleString("en-US")} single-cell =WRORISK calls: ${coldMs.toFixed(0)} ms engine time (${perSecond(SINGLE_CELLS, coldMs)} calls/s); recalculated with the same dataset: ${warmMs.toFixed(0)} ms (result cache).`,
  );
  console.log(
    `Functions: =WRORISK + =WROMATCH + =WRONOTE on each of ${SINGLE_CELLS.toLocaleString("en-US")} rows (30,000 calls): ${threeMs.toFixed(0)} ms.`,
  );
  console.log(
    `Functions: one =WROSCREEN over ${SPILL_ROWS.toLocaleString("en-US")} rows with a country column: ${spillMs.toFixed(0)} ms (${perSecond(SPILL_ROWS, spillMs)} rows/s, ${spilled.toLocaleString("en-US")} rows spilled).`,
  );

  restoreBundledDataset();
  return {
    functions_wrorisk_10k_ms: Math.round(coldMs),
    functions_wrorisk_10k_recalc_ms: Math.round(warmMs),
    functions_three_functions_10k_rows_ms: Math.round(threeMs),
    functions_wroscreen_at_row_limit_ms: Math.round(spillMs),
  };
}

// Run directly: npx tsx scripts/bench/functions.ts
runSectionWhenDirect(module, run);
