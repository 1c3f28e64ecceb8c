import fc from "fast-check";
import { DECISION_LABELS, evaluateRow, subjectOf, supplierKey, type DecisionValue, type PriorDecision } from "../../src/core/decisions";
import { applyDecisionsToTable, planDecisions } from "../../src/cli/decisions";
import type { InputTable } from "../../src/cli/read-input";
import { isBlankSupplier } from "../../src/cli/report";
import type { ScreenedRow } from "../../src/cli/screen-rows";
import { FakeScreener } from "./fake-screener";

/**
 * The CLI's decision plan (--decisions and an input's own decision columns) over re-ordered, deleted and
 * inserted rows, listings that changed, decisions typed in the new file and text that is not a decision: no
 * earlier decision is lost (each is placed once, or reported as superseded or without a row), none lands on
 * another supplier, and no cell the user filled is written.
 */

const SUPPLIERS = ["Top Glove Sdn", "Hoshine Silicon", "Old Lifted Order Ltd", "Acme Ltd", "Acme Inc", "Nordic AB"];
const spelled = (name: string, k: number) => [name, name.toUpperCase(), ` ${name}`, name.replace(/ /g, "  ")][k % 4];
const HEADERS = [
  "Code",
  "Supplier",
  "WRO risk",
  "WRO match",
  "WRO notes",
  "WRO decision",
  "Decided by",
  "Decided on",
  "Decision reason",
  "Decision basis",
];

const screener = new FakeScreener();
const valueArb = fc.constantFrom<DecisionValue>("cleared", "confirmed", "escalated");
const earlierArb = fc.record({
  supplier: fc.constantFrom(...SUPPLIERS),
  spelling: fc.nat(3),
  decision: fc.option(valueArb, { nil: null }),
  /** The decision was made about another listing (a dataset update since changed the match). */
  otherListing: fc.boolean(),
});
const ownArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: valueArb.map((v) => DECISION_LABELS[v]) },
  { weight: 1, arbitrary: fc.constantFrom("maybe?", "ask Bo") },
);
const newArb = fc.record({ supplier: fc.constantFrom(...SUPPLIERS, ""), spelling: fc.nat(3), own: ownArb, ownReasonOnly: fc.boolean() });

function table(rows: unknown[][], withDecisionColumns: boolean): InputTable {
  return {
    format: "csv",
    path: "next.csv",
    sheetName: "next",
    sheetNames: ["next"],
    headerRowNumber: 1,
    headerChosen: "first row",
    preamble: [],
    warnings: [],
    headers: withDecisionColumns ? [...HEADERS] : HEADERS.slice(0, 2),
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: withDecisionColumns ? cells : cells.slice(0, 2) })),
  };
}

describe("planDecisions: no decision lost, moved or written over", () => {
  it("holds over re-ordered, deleted and inserted rows, changed listings and the new file's own decisions", () => {
    fc.assert(
      fc.property(
        fc.array(earlierArb, { maxLength: 15 }),
        fc.array(fc.nat(), { maxLength: 15 }),
        fc.array(fc.boolean(), { maxLength: 15 }),
        fc.array(newArb, { maxLength: 8 }),
        fc.array(fc.nat(4), { maxLength: 25 }),
        fc.boolean(),
        (earlier, order, keep, inserted, respell, withDecisionColumns) => {
          const prior: PriorDecision[] = [];
          earlier.forEach((r, i) => {
            if (!r.decision) return;
            const name = spelled(r.supplier, r.spelling);
            const about = subjectOf(name, screener.screen({ name }));
            if (r.otherListing) Object.assign(about, { listingId: "wro-other", match: "Other Firm (CBP WRO 2019-01-01)", risk: "high" });
            prior.push({ decision: { value: r.decision, by: `u${i}`, on: "2026-12-01", reason: `earlier ${i}` }, about, origin: i + 2 });
          });
          // The new file: earlier rows deleted and shuffled (respelled), new rows inserted, some with their own cells.
          const moved = earlier
            .filter((_, i) => keep[i] ?? true)
            .map((r, i) => ({ r, k: order[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => ({ supplier: r.supplier, spelling: r.spelling, own: null as string | null, ownReasonOnly: false }));
          const rows = [...moved, ...inserted].map((r, i) => {
            const name = r.supplier === "" ? "" : spelled(r.supplier, r.spelling + (respell[i] ?? 0));
            const own = withDecisionColumns && r.own !== null;
            const reasonOnly = withDecisionColumns && r.ownReasonOnly && r.own === null && i % 3 === 0;
            return [
              `C${i}`,
              name || null,
              null,
              null,
              null,
              own ? r.own : null,
              own ? "Dee" : null,
              null,
              reasonOnly ? "typed note" : null,
              null,
            ];
          });
          const input = table(rows, withDecisionColumns);
          const before = input.rows.map((r) => [...r.cells]);
          const screened: ScreenedRow[] = input.rows.map((row) => {
            const name = (row.cells[1] as string | null) ?? null;
            return { row, input: name ?? "", result: screener.screen({ name }) };
          });

          const plan = planDecisions(input, screened, [2, 3, 4], prior);
          const planRows = Array.from({ length: plan.rowCount }, (_, i) => plan.row(i));
          // A row without a carried decision is what the core rules make of its own cells (the plan keeps a byte of
          // state per row and works the basis text out again when asked).
          planRows.forEach((p, i) => {
            if (p.carried) return;
            const own = (k: number) => (withDecisionColumns ? (input.rows[i].cells[5 + k] ?? null) : null);
            const now = isBlankSupplier(screened[i].result) ? null : subjectOf(screened[i].input, screened[i].result);
            const outcome = evaluateRow({
              decisionCell: own(0),
              byCell: own(1),
              onCell: own(2),
              reasonCell: own(3),
              basisCell: own(4),
              now,
            });
            expect([p.state, p.value, p.basis]).toEqual([outcome.state, outcome.decision?.value ?? null, outcome.basisCell]);
          });
          const owned = (i: number) => withDecisionColumns && [5, 6, 7, 8].some((c) => before[i][c] !== null);

          // Each earlier decision (with a supplier) is carried once, or superseded, or reported without a row.
          const carried = planRows.filter((p) => p.carried).length;
          expect(carried + plan.superseded.length + plan.carry!.unplaced.length).toBe(prior.length);
          const carriedPriors = plan.carry!.rows.filter((c) => c !== null).map((c) => c!.prior.origin);
          expect(new Set(carriedPriors).size).toBe(carriedPriors.length);

          planRows.forEach((p, i) => {
            if (!p.carried) return;
            // Only onto a row whose four cells were blank, of the same supplier.
            expect(owned(i)).toBe(false);
            const from = prior.filter((q) => q.decision.by === p.by && q.decision.reason === p.reason);
            expect(from).toHaveLength(1);
            expect(supplierKey(from[0].about.supplier)).toBe(supplierKey(screened[i].input));
            expect(p.carried[0]).toBe(DECISION_LABELS[from[0].decision.value]);
            // It stands exactly when the row's result is what the decision was made about.
            const now = subjectOf(screened[i].input, screened[i].result);
            const a = from[0].about;
            const same = a.listingId === now.listingId && a.status === now.status && a.risk === now.risk && a.match === now.match;
            expect(p.state).toBe(same ? "current" : "outdated");
            if (a.listingId === "wro-other") expect(p.state).toBe("outdated");
          });
          // A superseded decision's supplier has a row with its own decision; an unplaced one has no free row left.
          for (const q of plan.superseded) {
            expect(screened.some((s, i) => owned(i) && supplierKey(s.input) === supplierKey(q.about.supplier))).toBe(true);
          }
          for (const q of plan.carry!.unplaced) {
            const key = supplierKey(q.about.supplier);
            const free = screened.filter((s, i) => !owned(i) && s.input !== "" && supplierKey(s.input) === key).length;
            const competing = prior.filter((x) => supplierKey(x.about.supplier) === key).length;
            expect(free).toBeLessThan(competing);
          }

          // Written into the table: the user's filled cells are untouched; carried ones fill blank cells.
          applyDecisionsToTable(input, plan, [2, 3, 4]);
          const [decision, by, on, reason] = plan.columns;
          input.rows.forEach((row, i) => {
            if (owned(i)) {
              expect([5, 6, 7, 8].map((c) => row.cells[c])).toEqual([5, 6, 7, 8].map((c) => before[i][c]));
            } else if (planRows[i].carried) {
              expect([decision, by, on, reason].map((c) => row.cells[c] ?? "")).toEqual(planRows[i].carried);
            } else {
              expect(row.cells[decision] ?? null).toBeNull();
            }
            // Columns left of the results are the user's and never change.
            expect(row.cells.slice(0, 2)).toEqual(before[i].slice(0, 2));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
