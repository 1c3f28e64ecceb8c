/** @jest-environment jsdom */
// The pane's report sheet carries sector risk: counts by label and each row with its label and sector note.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
// jsdom has no TextEncoder; the dataset fingerprint (SHA-256) in the report needs it.
Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
import { bundledDataset, Screener } from "../../src/core";
import { REPORT_SHEET_NAME } from "../../src/core/report";
import { ScreeningController } from "../../src/taskpane/controller";
import { createDecisionServices } from "../../src/taskpane/decisions";
import { sectorOfSheet } from "../../src/taskpane/decisions/decisions-service";
import { createFakeExcel } from "../support/fake-excel";

describe("pane report: sector risk", () => {
  test("reads the Sector risk column and the notes' sector sentence into the report", async () => {
    const fake = createFakeExcel({
      sheets: {
        Suppliers: {
          values: [
            ["Supplier", "Country", "Product"],
            ["Acme Widgets", "Malaysia", "Nitrile examination gloves"],
            ["Globex", "USA", "Widgets"],
            ["Initech", "China", "PV modules"],
          ],
        },
      },
      selection: "Suppliers!A1",
    });
    const dataset = bundledDataset();
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(dataset) });
    await controller.screenColumn({
      selection: await controller.describeSelection(),
      countryColumnIndex: 1,
      productColumnIndex: 2,
      decisions: true,
    });
    expect(fake.values("Suppliers", "E1:E4").flat()).toEqual(["Sector risk", "Forced labour", "", "Input risk"]);
    const service = createDecisionServices(
      fake.run,
      () => dataset,
      () => new Date("2026-12-05T09:00:00Z"),
    );
    expect((await service.createReport("Ann")).created).toBe(true);
    const cells = Object.values(fake.snapshot(REPORT_SHEET_NAME)).map((c) => c.value);
    expect(cells).toContain("Sector risk (a separate signal: not a finding about any supplier)");
    expect(cells).toContain("Rows with a sector risk (2)");
    expect(cells).toContain("Suppliers!A2");
    expect(cells).toContain("Suppliers!A4");
    expect(cells.some((v) => typeof v === "string" && v.startsWith("Sector risk: Rubber Gloves from Malaysia"))).toBe(true);
    expect(cells).toContain("not recorded");
  });

  test("sectorOfSheet counts labels, ignores other text, and keeps only the note's sector sentence", () => {
    const s = sectorOfSheet(
      [
        ["A", "None", "", "No match. Sector risk: Gloves from China (forced labour) …", "Forced labour"],
        ["B", "None", "", "No match.", ""],
        ["C", "None", "", "No match.", "my own note"],
        ["D", "Review", "", "Sector risk: Solar Modules …", "Input risk"],
      ],
      2,
    );
    expect(s.counts).toEqual({ "Forced labour": 1, "Child labour": 0, "Forced and child labour": 0, "Input risk": 1, unmapped: null });
    expect(s.rows.map((r) => [r.rowNumber, r.supplier, r.label, r.note])).toEqual([
      [2, "A", "Forced labour", "Sector risk: Gloves from China (forced labour) …"],
      [5, "D", "Input risk", "Sector risk: Solar Modules …"],
    ]);
  });
});
