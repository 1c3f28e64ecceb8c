// Property: whatever the layout, screening never changes a cell the user filled, and a re-run adds no columns.
import fc from "fast-check";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, colLetter, type CellValue, type Rect } from "../support/fake-excel";
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

// The same property on the layouts real workbooks have: a table over the list, merged cells anywhere (also
// beside the supplier column, office-js#3611), a sheet AutoFilter or the table's own filter hiding rows
// (office-js#224), rows the user hid, and sheet protection. Screening either succeeds without changing a user
// cell, merge, table, filter or hidden row, or refuses with a message and changes nothing at all.
interface RichLayout {
  grid: Array<Array<string | number>>;
  supplierColumn: number;
  header: string;
  table: boolean;
  merges: Array<{ r0: number; c0: number; rows: number; cols: number }>;
  filter: { column: number; keepRow: number } | null;
  hiddenRows: number[];
  protected: boolean;
}

const richLayoutArb: fc.Arbitrary<RichLayout> = fc
  .record({ width: fc.integer({ min: 1, max: 5 }), height: fc.integer({ min: 3, max: 12 }) })
  .chain(({ width, height }) =>
    fc.record({
      grid: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
      supplierColumn: fc.integer({ min: 0, max: width - 1 }),
      header: fc.constantFrom("Supplier", "Vendor", "Name"),
      table: fc.boolean(),
      merges: fc.array(
        fc.record({
          r0: fc.integer({ min: 0, max: height + 2 }),
          c0: fc.integer({ min: 0, max: width + 3 }),
          rows: fc.integer({ min: 1, max: 2 }),
          cols: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 2 },
      ),
      filter: fc.option(fc.record({ column: fc.integer({ min: 0, max: width - 1 }), keepRow: fc.integer({ min: 1, max: height - 1 }) })),
      hiddenRows: fc.uniqueArray(fc.integer({ min: 2, max: height - 1 }), { maxLength: 2 }),
      protected: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    }),
  );

const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && a.r1 >= b.r0 && a.c0 <= b.c1 && a.c1 >= b.c0;

/** Everything of the user's that a run may not change, in a form toEqual can compare. */
function workbookState(fake: ReturnType<typeof createFakeExcel>) {
  const sheet = fake.sheet("S");
  return {
    cells: fake.snapshot("S"),
    merged: sheet.merged.map((m) => ({ ...m })),
    tables: fake.workbook.tables.map((t) => ({ name: t.name, rect: { ...t.rect }, filters: [...t.filters.entries()] })),
    autoFilter: sheet.autoFilter ? { rect: { ...sheet.autoFilter.rect }, criteria: [...sheet.autoFilter.criteria.entries()] } : null,
    filteredRows: [...sheet.filteredRows].sort((a, b) => a - b),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    names: [...sheet.names.keys(), ...fake.workbook.names.keys()].sort(),
    protected: sheet.protected,
  };
}

function buildRich(layout: RichLayout) {
  const width = layout.grid[0].length;
  const height = layout.grid.length;
  const values: unknown[][] = layout.grid.map((row) => [...row]);
  if (layout.table) values[0] = values[0].map((_, c) => `Field ${c + 1}`); // a table's headers are distinct texts
  values[0][layout.supplierColumn] = layout.header;
  values[1][layout.supplierColumn] = "Hoshine Silicon";
  const tableRect: Rect = { r0: 0, c0: 0, r1: height - 1, c1: width - 1 };

  // Merges as Excel has them: not overlapping each other, none inside a table (Excel refuses merges there), and
  // only the top-left cell holds a value (Excel keeps only that one when merging).
  const merges: Rect[] = [];
  for (const m of layout.merges) {
    const rect = { r0: m.r0, c0: m.c0, r1: m.r0 + m.rows - 1, c1: m.c0 + m.cols - 1 };
    if (rect.r0 === rect.r1 && rect.c0 === rect.c1) continue;
    if (merges.some((o) => overlaps(o, rect)) || (layout.table && overlaps(rect, tableRect))) continue;
    // The supplier header and the first name are the user's list, not a merge.
    if (overlaps(rect, { r0: 0, c0: layout.supplierColumn, r1: 1, c1: layout.supplierColumn })) continue;
    merges.push(rect);
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) if ((r !== rect.r0 || c !== rect.c0) && values[r]) values[r][c] = "";
  }

  const fake = createFakeExcel({
    sheets: {
      S: {
        values,
        merged: merges.map((m) => `${colLetter(m.c0)}${m.r0 + 1}:${colLetter(m.c1)}${m.r1 + 1}`),
        hiddenRows: layout.hiddenRows.map((r) => r + 1),
        tables: layout.table ? [{ name: "Suppliers", address: `A1:${colLetter(width - 1)}${height}` }] : [],
      },
    },
    selection: `S!${colLetter(layout.supplierColumn)}1`,
  });
  const sheet = fake.sheet("S");
  if (layout.filter) {
    // Keep the rows whose filtered cell reads like the chosen row's; hide the others, as Excel's filter does.
    const text = (r: number) => String(sheet.cell(r, layout.filter!.column)?.value ?? "");
    const keep = [text(layout.filter.keepRow)];
    if (layout.table) fake.workbook.table("Suppliers").filters.set(layout.filter.column, keep);
    else sheet.autoFilter = { rect: { ...tableRect }, criteria: new Map([[layout.filter.column, keep]]) };
    for (let r = 1; r < height; r++) if (!keep.includes(text(r))) sheet.filteredRows.add(r);
  }
  sheet.protected = layout.protected;
  return { fake, merges };
}

describe("never overwrite with tables, merges, filters and protection (property)", () => {
  test("a run changes no user cell, merge, table, filter or hidden row, or refuses and changes nothing", async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(richLayoutArb, async (layout) => {
        const { fake, merges } = buildRich(layout);
        const before = workbookState(fake);
        const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
        const s = layout.supplierColumn;
        const height = layout.grid.length;

        let result: Awaited<ReturnType<ScreeningController["screenColumn"]>> | null = null;
        let refusal: { code?: string; message: string } | null = null;
        try {
          result = await controller.screenColumn({ selection: await controller.describeSelection() });
        } catch (error) {
          refusal = error as { code?: string; message: string };
        }

        // A merge over the supplier cells, over the three cells beside them, or across the supplier column and
        // the next one (which inserted columns would split) may stop the run; nothing else may.
        // In a table, the new table columns shift only the table's rows: a merge right of the supplier column
        // that reaches below the table would be torn apart, which Excel refuses.
        const inTheWay = merges.some(
          (m) =>
            overlaps(m, { r0: 0, c0: s, r1: height - 1, c1: s + 3 }) ||
            (m.c0 <= s && m.c1 > s) ||
            (layout.table && m.c1 > s && m.r0 <= height - 1 && m.r1 > height - 1),
        );
        if (layout.protected) {
          expect(refusal).toMatchObject({ code: "protected-sheet" });
          expect(refusal!.message).toMatch(/protected.*Nothing was changed/);
        } else if (!inTheWay) {
          expect(refusal).toBeNull();
        } else if (refusal) {
          expect(refusal.code).toMatch(/^(merged-cells|insert-conflict)$/);
          expect(refusal.message).toMatch(/merged cells .*Nothing was changed/);
        }
        outcomes.set(
          refusal ? (refusal.code ?? "error") : result!.placement.mode,
          (outcomes.get(refusal ? (refusal.code ?? "error") : result!.placement.mode) ?? 0) + 1,
        );

        if (refusal) {
          expect(workbookState(fake)).toEqual(before);
          return;
        }

        const shift = result!.placement.mode === "inserted-sheet-columns" || result!.placement.mode === "added-table-columns" ? 3 : 0;
        const after = workbookState(fake);
        for (const [address, cell] of Object.entries(before.cells)) {
          const m = /^([A-Z]+)(\d+)$/.exec(address)!;
          const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const moved = column > s ? column + shift : column;
          expect(fake.values("S", `${colLetter(moved)}${m[2]}`)[0][0] as CellValue).toEqual(cell.value);
        }
        // Merges keep their cells: whole sheet columns move those right of the supplier column; table columns
        // move only the table's rows, so only merges beside the table within those rows.
        const mode = result!.placement.mode;
        const moves = (m: Rect) =>
          m.c0 > s && (mode === "inserted-sheet-columns" || (mode === "added-table-columns" && m.r1 <= height - 1));
        expect(after.merged).toEqual(before.merged.map((m) => (moves(m) ? { ...m, c0: m.c0 + 3, c1: m.c1 + 3 } : m)));
        expect(after.tables.map((t) => [t.name, t.rect.r0, t.rect.r1])).toEqual(before.tables.map((t) => [t.name, t.rect.r0, t.rect.r1]));
        // The user's filter is back, hiding the same rows; the rows the user hid stay hidden.
        expect(after.filteredRows).toEqual(before.filteredRows);
        expect(after.hiddenRows).toEqual(before.hiddenRows);
        const criteria = (entries: Array<[number, string[]]>) => entries.map(([c, v]) => [c > s ? c + shift : c, v]);
        if (before.autoFilter) expect(after.autoFilter?.criteria).toEqual(criteria(before.autoFilter.criteria));
        if (before.tables[0]) expect(after.tables[0].filters).toEqual(criteria(before.tables[0].filters));

        const second = await controller.screenColumn({ selection: await controller.describeSelection() });
        expect(second.placement.mode).toBe("updated-in-place");
        expect(workbookState(fake).filteredRows).toEqual(before.filteredRows);
      }),
      { numRuns: 120, seed: 20261205 },
    );
    if (process.env.WRO_PROPERTY_OUTCOMES) console.log(Object.fromEntries(outcomes));
    // The generator reaches every kind of outcome, so the property is not true by construction.
    expect([...outcomes.keys()].sort()).toEqual(
      expect.arrayContaining(["added-table-columns", "inserted-sheet-columns", "merged-cells", "protected-sheet"]),
    );
  });
});
