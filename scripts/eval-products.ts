// npm run eval (after the engine figures) or npx tsx scripts/eval-products.ts — precision and recall of the
// product-term mapping (src/data/sector/terms.json) on test/eval/products.csv. Figures are printed, not
// asserted; the floor lives in test/eval/products.test.ts. Method: docs/evaluation.md, "Product mapping".
import { bundledProductReader } from "../src/core/sector";
import { formatProductReport, loadProductCases, scoreProducts } from "../test/eval/products";

export function productEvalReport(): string {
  return formatProductReport(scoreProducts(bundledProductReader(), loadProductCases()));
}

if (require.main === module) console.log(productEvalReport());
