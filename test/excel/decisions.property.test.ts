// Decisions in the sheet through the real adapter, controller and Screener over the fake Excel host: whatever the
// user does between runs (sorting whole rows, filtering, hiding rows, adding and removing rows at the end of the
// list) and whatever a dataset update changes, no decision is lost, changed or moved to another supplier.
import fc from "fast-check";
import { bundledDataset, Screener, type Dataset } from "../../src/core";
import { DECISION_LABELS, parseBasisCell, type DecisionValue } from "../../src/core/decisions";
import { setDecisions } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, rectLocal } from "../support/fake-excel";

const SUPERMAX = "Supermax Corporation Berhad";
const NAMES = [SUPERMAX, "Hoshine Silicon Industry Co., Ltd.", "Top Glove Corporation Bhd", "Acme Widgets Ltd", "Nordic Timber AB"];

function reimposed(): Dataset {
  // HYPOTHETICAL test data: the lifted Supermax order in force again.
  const ds = structuredClone(bundledDataset());
  const l = ds.listings.find((x) => x.id === "wro-2021-10-21-supermax")!;
  l.status = "active";
  l.statusText = "test: re-imposed";
  ds.version = "2027-01-10";
  return ds;
}
const SCREENERS = { before: new Screener(bundledDataset()), after: new Screener(reimposed()) };

type Action =
  | { kind: "sort"; keys: number[] }
  | { kind: "filter"; risk: "High" | "Lifted" | "None" }
  | { kind: "hide"; row: number }
  | { kind: "append"; name: number }
  | { kind: "removeLast" }
  | { kind: "update" };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("sort" as const), keys: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }) }),
  fc.record({ kind: fc.constant("filter" as const), risk: fc.constantFrom("High" as const, "Lifted" as const, "None" as const) }),
  fc.record({ kind: fc.constant("hide" as const), row: fc.nat(10) }),
  fc.record({ kind: fc.constant("append" as const), name: fc.nat(NAMES.length - 1) }),
  fc.record({ kind: fc.constant("removeLast" as const) }),
  fc.record({ kind: fc.constant("update" as const) }),
);

const decisionArb = fc.option(
  fc.record({ value: fc.constantFrom<DecisionValue>("cleared", "confirmed", "escalated"), byHand: fc.boolean() }),
  { nil: null },
);

describe("decisions in the sheet (adapter + fake Excel)", () => {
  it("stay with their suppliers, unchanged, over sorts, filters, hidden, added and removed rows and a dataset update", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(NAMES.length - 1), { minLength: 2, maxLength: 8 }),
        fc.array(decisionArb, { minLength: 8, maxLength: 8 }),
        fc.array(actionArb, { minLength: 1, maxLength: 5 }),
        async (picks, decisions, actions) => {
          const names = picks.map((i) => NAMES[i]);
          const fake = createFakeExcel({
            sheets: { Suppliers: { values: [["Supplier"], ...names.map((n) => [n])] } },
            selection: "Suppliers!A1",
          });
          let screener = SCREENERS.before;
          let updatedAfterDecisions = false;
          const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });
          const run = async () => {
            fake.select("Suppliers!A1");
            return controller.screenColumn({ selection: await controller.describeSelection(), decisions: true });
          };
          await run();
          const header = fake.values("Suppliers", "A1:I1")[0];
          const first = header.indexOf("WRO decision");
          expect(header.slice(first, first + 5)).toEqual(["WRO decision", "Decided by", "Decided on", "Decision reason", "Decision basis"]);

          // Decide some rows: with the pane's action, or typed by hand; each with a reason that identifies it.
          const sheet = fake.sheet("Suppliers");
          const made = new Map<string, { supplier: string; value: string; by: string; on: string }>();
          for (let i = 0; i < names.length; i++) {
            const d = decisions[i];
            if (!d) continue;
            const reason = `decision ${i}`;
            if (d.byHand) {
              sheet.cellForWrite(i + 1, first).value = DECISION_LABELS[d.value];
              sheet.cellForWrite(i + 1, first + 1).value = "Bo";
              sheet.cellForWrite(i + 1, first + 2).value = "2026-12-02";
              sheet.cellForWrite(i + 1, first + 3).value = reason;
            } else {
              await fake.run((ctx) =>
                setDecisions(ctx, {
                  sheetName: "Suppliers",
                  decisionFirstColumn: first,
                  rowNumbers: [i + 2],
                  value: d.value,
                  by: "Ann",
                  on: "2026-12-01",
                  reason,
                }),
              );
            }
            const cells = fake.values("Suppliers", `A${i + 2}:I${i + 2}`)[0];
            made.set(reason, {
              supplier: names[i],
              value: String(cells[first]),
              by: String(cells[first + 1]),
              on: String(cells[first + 2]),
            });
          }
          // Hand-typed decisions are pinned at the next run, as in the pane.
          await run();

          let rows = names.length;
          for (const action of actions) {
            if (action.kind === "sort") {
              const order = Array.from({ length: rows }, (_, i) => i).sort((a, b) => action.keys[a] - action.keys[b] || a - b);
              fake.workbook.permuteRows(sheet, 1, order);
            } else if (action.kind === "filter") {
              // On the sheet's filter range (the one the run put on the list), or the list when there is none.
              const rect = sheet.autoFilter?.rect ?? { r0: 0, c0: 0, r1: rows, c1: 8 };
              await fake.run(async (ctx) => {
                const ws = ctx.workbook.worksheets.getItem("Suppliers");
                ws.autoFilter.apply(ws.getRange(rectLocal(rect)), 1 - rect.c0, { filterOn: "Values", values: [action.risk] });
              });
            } else if (action.kind === "hide") {
              sheet.hiddenRows.add(1 + (action.row % rows));
            } else if (action.kind === "append") {
              sheet.cellForWrite(rows + 1, 0).value = NAMES[action.name];
              rows += 1;
            } else if (action.kind === "removeLast" && rows > 1) {
              // Deleting the last row of the list: its decision goes with it, by the user's hand.
              const gone = fake.values("Suppliers", `A${rows + 1}:I${rows + 1}`)[0];
              made.delete(String(gone[first + 3]));
              for (let c = 0; c < 9; c++) sheet.deleteCell(rows, c);
              sheet.hiddenRows.delete(rows);
              rows -= 1;
            } else if (action.kind === "update" && screener !== SCREENERS.after) {
              screener = SCREENERS.after;
              updatedAfterDecisions = true;
            }
            await run();
            // The user's filter is still on after the run.
            if (action.kind === "filter") expect(sheet.autoFilter?.criteria.size).toBe(1);
          }

          // Every decision made is still there once, beside its supplier, as the user left it.
          const now = fake.values("Suppliers", `A2:I${rows + 1}`);
          for (const [reason, was] of made) {
            const at = now.filter((r) => r[first + 3] === reason);
            expect(at).toHaveLength(1);
            const row = at[0];
            expect({ reason, supplier: row[0], value: row[first], by: row[first + 1], on: row[first + 2] }).toEqual({ reason, ...was });
            // It stands unless the update changed the listing it was made about.
            const basis = parseBasisCell(row[first + 4]);
            expect(basis?.decided).toBeTruthy();
            const changed = updatedAfterDecisions && was.supplier === SUPERMAX;
            expect({ reason, outdated: basis!.decided!.outdated !== null }).toEqual({ reason, outdated: changed });
          }
          // No other row holds a decision.
          expect(now.filter((r) => r[first] !== "").length).toBe(made.size);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
