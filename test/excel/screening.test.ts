import { DEFAULT_CHUNK_ROWS } from "../../src/excel";
import { ScreeningController, type ScreenColumnOptions, type ScreeningProgress } from "../../src/taskpane/controller";
import { createFakeExcel, FakeOfficeError, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

/** n supplier rows under a header; every 7th is a listed name so results vary. */
function supplierColumn(n: number): unknown[][] {
  const names = ["Hoshine Silicon", "Acme Ltd", "Globex", "Initech", "Umbrella", "Cotton Co", "Stark Industries"];
  return [["Supplier"], ...Array.from({ length: n }, (_, i) => [`${names[i % names.length]} ${i + 1}`])];
}

function setup(spec: FakeExcelSpec, screener = createFakeScreener()) {
  const fake = createFakeExcel(spec);
  const controller = new ScreeningController({ run: fake.run, getScreener: () => screener, now: () => new Date("2026-11-26T14:02:00Z") });
  const screen = async (options: Partial<ScreenColumnOptions> = {}) => {
    const selection = await controller.describeSelection();
    return controller.screenColumn({ selection, ...options });
  };
  return { fake, controller, screen, screener };
}

describe("chunked screening", () => {
  test("12,000 rows: one sync per chunk of 5,000, never one per row", async () => {
    const { fake, controller, screener } = setup({ sheets: { S: { values: supplierColumn(12_000) } }, selection: "S!A:A" });
    const selection = await controller.describeSelection();
    const describeSyncs = fake.syncCount();
    const report = await controller.screenColumn({ selection });
    const chunks = Math.ceil(12_000 / DEFAULT_CHUNK_ROWS);
    expect(report.chunks).toBe(chunks);
    expect(report.syncs).toBe(fake.syncCount() - describeSyncs);
    // describe 2, checks + first read 1, insert/header/marker 1, one per chunk, filter buttons 1.
    expect(describeSyncs + report.syncs).toBe(2 + 1 + 1 + chunks + 1);
    expect(describeSyncs + report.syncs).toBeLessThanOrEqual(chunks + 5);
    expect(screener.batches.map((b) => b.length)).toEqual([5000, 5000, 2000]);
    expect(report.rowsScreened).toBe(12_000);
    expect(report.written).toEqual({ first: 2, last: 12_001 });
    expect(report.counts.high + report.counts.review + report.counts.lifted + report.counts.none).toBe(12_000);
    expect(fake.values("S", "B12001")).toEqual([["None"]]);
    expect(report.flagged[0]).toMatchObject({ rowNumber: 2, risk: "high", supplier: "Hoshine Silicon 1" });
    for (const s of fake.syncLog()) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("inserted result columns: the insert and the headers go out alone, the widths ride with the first rows", async () => {
    // Column B holds the user's countries, so three columns are inserted after A.
    const values = supplierColumn(12_000).map((row, i) => [...row, i === 0 ? "Country" : "CN"]);
    const { fake, controller } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    fake.sheet("S").columnWidths.set(1, 77);
    const selection = await controller.describeSelection();
    const describeSyncs = fake.syncCount();
    const report = await controller.screenColumn({ selection, countryColumnIndex: 1 });
    const chunks = Math.ceil(12_000 / DEFAULT_CHUNK_ROWS);
    expect(report.placement.mode).toBe("inserted-sheet-columns");
    // describe 2, checks + first read 1, insert 1, headers + marker 1, one per chunk, filter buttons 1.
    expect(describeSyncs + report.syncs).toBe(2 + 1 + 1 + 1 + chunks + 1);
    const widthSyncs = fake.syncLog().filter((s) => s.operations.includes("Range.format.columnWidth="));
    expect(widthSyncs).toHaveLength(1);
    expect(widthSyncs[0].operations).toContain("Range.values=");
    expect(widthSyncs[0].operations).not.toContain("Range.insert=");
    expect(fake.values("S", "B1:D1")).toEqual([["WRO risk", "WRO match", "WRO notes"]]);
    expect([1, 2, 3].map((c) => fake.sheet("S").columnWidths.get(c))).toEqual([60, 220, 380]);
    // The user's own column moved right with its width.
    expect(fake.sheet("S").columnWidths.get(4)).toBe(77);
    expect(fake.values("S", "E1:E2")).toEqual([["Country"], ["CN"]]);
  });

  test("inserted result columns: widths are sent again when the first write must be retried with fewer rows", async () => {
    const values = supplierColumn(12_000).map((row, i) => [...row, i === 0 ? "Country" : "CN"]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    let refused = 0;
    // Excel refuses a response over its limit as a whole: nothing in that sync is applied.
    fake.failSync((info) => {
      if (refused > 0 || !info.operations.includes("Range.format.columnWidth=")) return null;
      refused += 1;
      return new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    });
    const report = await screen({ countryColumnIndex: 1 });
    expect(refused).toBe(1);
    expect(report.status).toBe("complete");
    expect(report.written).toEqual({ first: 2, last: 12_001 });
    expect([1, 2, 3].map((c) => fake.sheet("S").columnWidths.get(c))).toEqual([60, 220, 380]);
  });

  test("long notes: a chunk's write is split so no request passes the payload limit", async () => {
    const screener = createFakeScreener({ note: (name) => `${name}: ${"a long explanation ".repeat(28)}`.slice(0, 500) });
    const { fake, screen } = setup(
      { sheets: { S: { values: supplierColumn(3_000) } }, selection: "S!A1", payloadLimit: 1_000_000 },
      screener,
    );
    const report = await screen({ maxRequestBytes: 600_000 });
    expect(report.status).toBe("complete");
    expect(report.syncs).toBeGreaterThan(report.chunks + 1);
    for (const s of fake.syncLog()) expect(s.requestBytes).toBeLessThanOrEqual(1_000_000);
    expect(String(fake.values("S", "D3001")[0][0])).toMatch(/^Initech 3000: a long/);
  });

  test("long product cells: a read that passes the response limit is retried with fewer rows, and nothing is lost", async () => {
    const values = supplierColumn(4_000).map((row, i) => [...row, i === 0 ? "Product" : `${"woven cotton fabric, dyed ".repeat(8)}${i}`]);
    const { fake, screen, screener } = setup({ sheets: { S: { values } }, selection: "S!A1", payloadLimit: 300_000 });
    const report = await screen({ productColumnIndex: 1 });
    expect(report.status).toBe("complete");
    expect(report.written).toEqual({ first: 2, last: 4001 });
    expect(screener.batches.reduce((n, b) => n + b.length, 0)).toBe(4_000);
    expect(Math.max(...screener.batches.map((b) => b.length))).toBeLessThan(5_000);
    expect(screener.batches[screener.batches.length - 1][0].product).toMatch(/dyed/);
    expect(fake.values("S", "B4001")).toEqual([["None"]]);
    expect(fake.syncLog().some((s) => s.responseBytes > 300_000)).toBe(true);
  });

  test("country and product cells are passed with each name", async () => {
    const values = [
      ["Supplier", "Country", "Product"],
      ["Hoshine", "China", "Silicon"],
      ["Acme", "", 42],
    ];
    const { screener, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    // Results were inserted between A and B, yet the inputs came from the original country/product cells.
    expect(screener.batches[0]).toEqual([
      { name: "Hoshine", country: "China", product: "Silicon" },
      { name: "Acme", country: "", product: 42 },
    ]);
  });

  test("hidden and filtered rows are screened and written too, each result in its own row (office-js#224)", async () => {
    const values = supplierColumn(10);
    const { fake, screen } = setup({ sheets: { S: { values, hiddenRows: [2, 3, 4] } }, selection: "S!A1" });
    // The user's filter hides row 9 (one supplier name); Excel misplaces values written over filtered rows.
    const sheet = fake.sheet("S");
    const shown = values
      .slice(1)
      .map((r) => String(r[0]))
      .filter((_, i) => i !== 7);
    sheet.autoFilter = { rect: { r0: 0, c0: 0, r1: 10, c1: 0 }, criteria: new Map([[0, shown]]) };
    sheet.filteredRows.add(8);
    const report = await screen();
    expect(report.rowsScreened).toBe(10);
    expect(fake.values("S", "B2:B4")).toEqual([["High"], ["None"], ["None"]]);
    expect(fake.values("S", "B9")).toEqual([["High"]]);
    expect(fake.values("S", "B10:B11")).toEqual([["None"], ["None"]]);
    // The filter is back as the user left it.
    expect(sheet.autoFilter?.criteria.get(0)).toEqual(shown);
    expect([...sheet.filteredRows]).toEqual([8]);
  });

  test("progress is reported per chunk and ends at the total", async () => {
    const { screen } = setup({ sheets: { S: { values: supplierColumn(2_500) } }, selection: "S!A1" });
    const seen: ScreeningProgress[] = [];
    await screen({ chunkRows: 1000, onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.phase === "screening").map((p) => p.rowsDone)).toEqual([1000, 2000, 2500]);
    expect(seen[0].phase).toBe("preparing");
    expect(seen[seen.length - 1]).toMatchObject({ phase: "done", rowsDone: 2500, fraction: 1 });
  });

  test("cancel stops after the chunk being written; written rows keep results and the audit says incomplete", async () => {
    const { fake, controller, screen } = setup({ sheets: { S: { values: supplierColumn(5_000) } }, selection: "S!A1" });
    const abort = new AbortController();
    const report = await screen({
      chunkRows: 1000,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.phase === "screening" && p.rowsDone === 2000) abort.abort();
      },
    });
    expect(report.status).toBe("cancelled");
    expect(report.written).toEqual({ first: 2, last: 2001 });
    expect(fake.values("S", "B2001")).toEqual([["None"]]);
    expect(fake.values("S", "B2002:D2002")).toEqual([["", "", ""]]);
    const audit = await controller.readAudit();
    expect(audit).toMatchObject({ complete: false, rowsScreened: 2000 });
  });

  test("cancelling while the insert question is open changes nothing", async () => {
    const values = supplierColumn(10).map((row, i) => [...row, i === 0 ? "Country" : "CN"]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    const before = fake.snapshot("S");
    const abort = new AbortController();
    const error = await screen({
      signal: abort.signal,
      confirmInsert: async () => {
        abort.abort();
        return true;
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.sheet("S").names.size).toBe(0);
  });

  test("a sync failing mid-way reports exactly which rows were written, and leaves user data untouched", async () => {
    const values = supplierColumn(12_000).map((row, i) => [...row, i === 0 ? "Country" : "CN"]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    let writesSeen = 0;
    fake.failSync((info) => {
      if (!info.operations.some((op) => op === "Range.values=")) return null;
      writesSeen += 1;
      // The 1st write sync carries the header; the 3rd carries rows 5002–10001.
      return writesSeen === 3 ? new FakeOfficeError("GeneralException", "Excel is busy") : null;
    });
    const error = await screen({ countryColumnIndex: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "write-failed",
      details: { written: { first: 2, last: 5001 }, notWritten: { first: 5002, last: 12_001 }, officeCode: "GeneralException" },
    });
    expect((error as Error).message).toBe(
      "Results were written for rows 2–5001, but not for rows 5002–12001: Excel is busy. Your own data is untouched; re-run to finish.",
    );
    expect(fake.values("S", "B5001")).toEqual([["None"]]);
    expect(fake.values("S", "B5002")).toEqual([[""]]);
    expect(fake.values("S", "A2:A12001").every((r, i) => String(r[0]) === String(values[i + 1][0]))).toBe(true);
    expect(fake.values("S", "E2:E12001").every((r) => r[0] === "CN")).toBe(true);
  });

  test("a failure while checking the sheet and reading the first names says so, and nothing is written", async () => {
    const { fake, controller } = setup({ sheets: { S: { values: supplierColumn(20) } }, selection: "S!A1" });
    const selection = await controller.describeSelection();
    const before = fake.snapshot("S");
    const stop = fake.failSync(() => new FakeOfficeError("GeneralException", "The workbook is busy"));
    const error = await controller.screenColumn({ selection }).catch((e: unknown) => e);
    stop();
    expect(error).toMatchObject({
      code: "read-failed",
      details: { written: null, notWritten: { first: 2, last: 21 }, officeCode: "GeneralException" },
    });
    expect((error as Error).message).toBe(
      "Excel could not read rows 2–21 of the supplier column: The workbook is busy. Nothing further was written.",
    );
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("a failure while inserting the result columns is reported as nothing written", async () => {
    const values = supplierColumn(20).map((row, i) => [...row, i === 0 ? "Country" : "CN"]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    fake.failSync((info) =>
      info.operations.includes("Range.insert=") ? new FakeOfficeError("GeneralException", "Connection lost") : null,
    );
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed", details: { written: null, notWritten: { first: 2, last: 21 } } });
    expect((error as Error).message).toContain("No results were written");
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("more rows than the limit: refused unless confirmed", async () => {
    const { fake, controller } = setup({ sheets: { S: { values: supplierColumn(30) } }, selection: "S!A1" });
    const selection = await controller.describeSelection();
    const before = fake.snapshot("S");
    await expect(controller.screenColumn({ selection, rowLimit: 20 })).rejects.toMatchObject({
      code: "too-many-rows",
      details: { rowCount: 30, rowLimit: 20 },
    });
    expect(fake.snapshot("S")).toEqual(before);
    const confirmLargeSelection = jest.fn(async () => true);
    const report = await controller.screenColumn({ selection, rowLimit: 20, confirmLargeSelection });
    expect(confirmLargeSelection).toHaveBeenCalledWith(30, 20);
    expect(report.rowsScreened).toBe(30);
  });
});
