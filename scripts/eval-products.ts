// npm run eval (after the engine figures) or npx tsx scripts/eval-products.ts — precision and recall of the
// product-term mapping (src/data/sector/terms.json) on test/eval/products.csv (every case, tuned on), on the
// 2026-12b batch alone (merged into products.csv after it was scored once) and on the 2026-12c, 2026-12d, 2026-12e,
// 2026-12f, 2026-12g, 2026-12h, 2026-12i, 2026-12j, 2026-12k, 2026-12l and 2026-12m batches (each scored once before tuning, then tuned on; kept as their own files). Given CSV files as arguments, it scores
// each of them alone. Figures are printed, not asserted; the floor lives in test/eval/products.test.ts.
// Method: docs/evaluation.md, "Product mapping".
import { bundledProductReader } from "../src/core/sector";
import {
  formatProductReport,
  HELDOUT_C_PRODUCTS_PATH,
  HELDOUT_D_PRODUCTS_PATH,
  HELDOUT_E_PRODUCTS_PATH,
  HELDOUT_F_PRODUCTS_PATH,
  HELDOUT_G_PRODUCTS_PATH,
  HELDOUT_H_PRODUCTS_PATH,
  HELDOUT_I_PRODUCTS_PATH,
  HELDOUT_J_PRODUCTS_PATH,
  HELDOUT_K_PRODUCTS_PATH,
  HELDOUT_L_PRODUCTS_PATH,
  HELDOUT_M_PRODUCTS_PATH,
  HELDOUT_PRODUCTS_PATH,
  loadProductCases,
  scoreProducts,
} from "../test/eval/products";

export function productEvalReport(): string {
  const reader = bundledProductReader();
  return [
    formatProductReport(scoreProducts(reader, loadProductCases())),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_PRODUCTS_PATH)),
      40,
      "test/eval/products-heldout-2026-12b.csv (tuned on)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_C_PRODUCTS_PATH)),
      40,
      "test/eval/products-heldout-2026-12c.csv (tuned on; held out before tuning: P 0.870 R 0.931)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_D_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12d.csv (tuned on; held out before tuning: P 0.878 R 0.931)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_E_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12e.csv (tuned on; held out before tuning: P 0.675 R 0.879)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_F_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12f.csv (tuned on; held out before tuning: P 0.786 R 0.902)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_G_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12g.csv (tuned on; held out before tuning: P 0.786 R 0.842; 0.792 / 0.848 with two labels corrected)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_H_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12h.csv (representative register wording; tuned on; held out before tuning: P 0.917 R 0.953)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_I_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12i.csv (a second representative register; tuned on; held out before tuning: P 0.833 R 0.795; 0.842 with one label corrected)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_J_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12j.csv (a third representative register; tuned on; held out before tuning: P 0.840 R 0.947; 0.856 / 0.948 with three labels corrected)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_K_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12k.csv (a fourth representative register, 29 texts in other languages; tuned on; held out before tuning: P 0.776 R 0.641)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_L_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12l.csv (a fifth representative register, 18 texts in other languages; tuned on; held out before tuning: P 0.827 R 0.824)",
    ),
    formatProductReport(
      scoreProducts(reader, loadProductCases(HELDOUT_M_PRODUCTS_PATH)),
      60,
      "test/eval/products-heldout-2026-12m.csv (a sixth representative register, 29 texts in other languages; tuned on; held out before tuning: P 0.804 R 0.784)",
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
