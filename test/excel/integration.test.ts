// The adapter with the real core: bundled dataset, real Screener, fake Excel host.
import { bundledDataset, RISK_LABELS, Screener, matchLabel } from "../../src/core";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel } from "../support/fake-excel";

describe("screening with the real Screener and bundled dataset", () => {
  const screener = new Screener(bundledDataset());
  const listed = bundledDataset().listings.find((l) => l.matchBy === "name" && l.status === "active")!;

  test("each row's three cells say what the Screener says for that row", async () => {
    const names = [listed.name, "Acme Widgets Incorporated", "", "=cmd|' /C calc'!A0", 12345];
    const fake = createFakeExcel({
      sheets: { Suppliers: { values: [["Supplier", "Country"], ...names.map((n) => [n, listed.country ?? ""])] } },
      selection: "Suppliers!A1",
    });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });
    const selection = await controller.describeSelection();
    const report = await controller.screenColumn({ selection, countryColumnIndex: selection.suggested.countryColumnIndex });

    // The supplier cells as the host holds them (the formula-like text was entered by the user as a formula).
    const cells = fake.values("Suppliers", "A2:A6").map((r) => r[0]);
    const countries = fake.values("Suppliers", "E2:E6").map((r) => r[0]);
    const expected = screener.screenAll(cells.map((name, i) => ({ name, country: countries[i] })));
    const written = fake.values("Suppliers", "B2:D6");
    expected.forEach((result, i) => {
      if (result.skipped === "empty") {
        expect(written[i]).toEqual(["", "", ""]);
        return;
      }
      expect(written[i]).toEqual([RISK_LABELS[result.risk], matchLabel(result.match, result.ruleHits), result.note]);
    });
    expect(expected[0].risk).not.toBe("none");
    expect(report.datasetVersion).toBe(bundledDataset().version);
    expect(
      fake
        .formulas("Suppliers", "B2:D6")
        .flat()
        .every((f) => f === null),
    ).toBe(true);
    const audit = await controller.readAudit();
    expect(audit?.datasetVersion).toBe(bundledDataset().version);
  });
});
