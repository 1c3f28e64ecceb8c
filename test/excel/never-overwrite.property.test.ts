// Property: whatever the layout, screening never changes a cell the user filled, and a re-run adds no columns.
import fc from "fast-check";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, colLetter, type CellValue } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const cellArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.constantFrom("Hoshine Silicon", "Acme", "Cotton Co", "Old Farm", "x", "=notes", "+44 20", "007") },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 5 }) },
);

const layoutArb = fc.record({ width: fc.integer({ min: 1, max: 6 }), height: fc.integer({ min: 2, max: 25 }) }).chain(({ width, height }) =>
  fc.record({
    grid: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
    supplierColumn: fc.integer({ min: 0, max: width - 1 }),
    header: fc.constantFrom("Supplier", "Vendor", "Name"),
  }),
);

describe("never overwrite (property)", () => {
  test("user cells survive, moved right by exactly the inserted columns or not at all", async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, async ({ grid, supplierColumn, header }) => {
        const values: unknown[][] = grid.map((row) => [...row]);
        values[0][supplierColumn] = header; // a header row
        values[1][supplierColumn] = "Hoshine Silicon"; // at least one name
        const fake = createFakeExcel({ sheets: { S: { values } }, selection: `S!${colLetter(supplierColumn)}1` });
        // Only filled cells are in the snapshot; none of them holds a risk label, so any overwrite changes a value.
        const before = fake.snapshot("S");
        const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });

        const first = await controller.screenColumn({ selection: await controller.describeSelection() });
        const shift = first.placement.mode === "inserted-sheet-columns" ? 3 : 0;
        for (const [address, cell] of Object.entries(before)) {
          const m = /^([A-Z]+)(\d+)$/.exec(address)!;
          const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const moved = column > supplierColumn ? column + shift : column;
          const now = fake.values("S", `${colLetter(moved)}${m[2]}`)[0][0] as CellValue;
          expect(now).toEqual(cell.value);
        }

        const columnsAfterFirst = fake.sheet("S").usedRect(false)!.c1;
        const second = await controller.screenColumn({ selection: await controller.describeSelection() });
        expect(second.placement.mode).toBe("updated-in-place");
        expect(fake.sheet("S").usedRect(false)!.c1).toBe(columnsAfterFirst);
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });

  test("adding Sector risk to an earlier block (one inserted column) or with the first run never overwrites either", async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, fc.boolean(), async ({ grid, supplierColumn, header }, sectorFirst) => {
        const values: unknown[][] = grid.map((row) => [...row]);
        values[0][supplierColumn] = header;
        values[1][supplierColumn] = "Hoshine Silicon";
        const width = values[0].length;
        const product = width > 1 ? (supplierColumn + 1) % width : null;
        const fake = createFakeExcel({ sheets: { S: { values } }, selection: `S!${colLetter(supplierColumn)}1` });
        const before = fake.snapshot("S");
        const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
        // Where each original column is now: inserts move the columns right of the point they were made at.
        const moves: Array<{ after: number; by: number }> = [];
        const where = (column: number) => moves.reduce((c, m) => (c > m.after ? c + m.by : c), column);
        const run = async (withProduct: boolean) => {
          const inserted: number[] = [];
          const report = await controller.screenColumn({
            selection: await controller.describeSelection(),
            productColumnIndex: withProduct && product !== null ? where(product) : null,
            confirmInsert: async (r) => (inserted.push(r.columnCount ?? 3), true),
          });
          if (report.placement.mode === "inserted-sheet-columns") moves.push({ after: supplierColumn, by: report.placement.columnCount });
          else if (inserted.length > 0) moves.push({ after: supplierColumn + 3, by: 1 });
          return report;
        };
        await run(sectorFirst);
        await run(true);
        const third = await run(true);
        expect(third.placement.mode).toBe("updated-in-place");
        expect(third.placement.columnCount).toBe(product === null ? 3 : 4);
        for (const [address, cell] of Object.entries(before)) {
          const m = /^([A-Z]+)(\d+)$/.exec(address)!;
          const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          expect(fake.values("S", `${colLetter(where(column))}${m[2]}`)[0][0] as CellValue).toEqual(cell.value);
        }
      }),
      { numRuns: 60, seed: 20261205 },
    );
  });
});
