// npm run eval (after the engine figures) or npx tsx scripts/eval-products.ts — precision and recall of the
// product-term mapping (src/data/sector/terms.json) on test/eval/products.csv (every case, tuned on) and on each batch
// file of PRODUCT_BATCHES in test/eval/products.ts (each scored once before tuning, then tuned on; kept as its own
// file, the 2026-12b batch also merged into products.csv). Given CSV files as arguments, it scores each of them alone.
// Figures are printed, not asserted; the floor lives in test/eval/products.test.ts.
// Method: docs/evaluation.md, "Product mapping".
import { basename } from "node:path";
import { bundledProductReader } from "../src/core/sector";
import { formatProductReport, loadProductCases, PRODUCT_BATCHES, scoreProducts } from "../test/eval/products";

export function productEvalReport(): string {
  const reader = bundledProductReader();
  return [
    formatProductReport(scoreProducts(reader, loadProductCases())),
    ...PRODUCT_BATCHES.map((b) =>
      formatProductReport(scoreProducts(reader, loadProductCases(b.path)), b.failuresShown, `test/eval/${basename(b.path)} (${b.status})`),
    ),
  ].join("\n\n");
}

/** `npx tsx scripts/eval-products.ts [file.csv …]`: with files, scores each of them alone (e.g. a new held-out batch). */
if (require.main === module) {
  const files = process.argv.slice(2);
  const reader = bundledProductReader();
  console.log(
    files.length === 0
      ? productEvalReport()
      : files.map((f) => formatProductReport(scoreProducts(reader, loadProductCases(f)), 200, f)).join("\n\n"),
  );
}
