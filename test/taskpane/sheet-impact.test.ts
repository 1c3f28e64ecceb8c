import { bundledDataset, RISK_LABELS, Screener, type Dataset } from "../../src/core";
import type { LastResultRow } from "../../src/excel/last-results";
import type { ScreeningControllerApi } from "../../src/taskpane/controller/types";
import { createControllerServices } from "../../src/taskpane/office-services";
import { countSheetImpact } from "../../src/taskpane/sheet-impact";

const MEIXIN = "Lop County Meixin Hair Products Co., Ltd.";
const HOSHINE = "Hoshine Silicon Industry Co. Ltd.";

/** The bundled dataset with every Meixin listing removed (its rows go from High to None). */
function withoutMeixin(dataset: Dataset): Dataset {
  return { ...dataset, listings: dataset.listings.filter((l) => !/meixin/i.test(l.name)) };
}

/** The bundled dataset with the Hoshine listings no longer in force (its rows go from High to Lifted). */
function hoshineLifted(dataset: Dataset): Dataset {
  return {
    ...dataset,
    listings: dataset.listings.map((l) =>
      /hoshine/i.test(l.name) ? { ...l, status: "inactive" as const, statusDate: "2026-11-01", statusText: "Modified" } : l,
    ),
  };
}

describe("counting the rows a new dataset changes", () => {
  const bundled = bundledDataset();
  const current = new Screener(bundled);
  /** Rows as the sheet shows them after a run with the bundled dataset. */
  const label = (name: string) => (name.trim() === "" ? "" : RISK_LABELS[current.screen({ name }).risk]);
  const rows: LastResultRow[] = [MEIXIN, "Acme Ltd", "", HOSHINE, MEIXIN, "Globex Inc"].map((name) => ({
    name,
    currentLabel: label(name),
  }));

  test("the rows were High/None as expected under the bundled dataset", () => {
    expect(rows.map((r) => r.currentLabel)).toEqual(["High", "None", "", "High", "High", "None"]);
  });

  test("the same dataset changes nothing", () => {
    expect(countSheetImpact(rows, current)).toEqual({ changed: 0, examples: [] });
  });

  test("a removed listing changes its rows; examples are distinct names", () => {
    expect(countSheetImpact(rows, new Screener(withoutMeixin(bundled)))).toEqual({ changed: 2, examples: [MEIXIN] });
  });

  test("a listing no longer in force turns High into Lifted", () => {
    const next = new Screener(hoshineLifted(bundled));
    expect(next.screen({ name: HOSHINE }).risk).toBe("lifted");
    expect(countSheetImpact(rows, next)).toEqual({ changed: 1, examples: [HOSHINE] });
  });

  test("at most three examples, in sheet order", () => {
    const many: LastResultRow[] = ["Acme A", "Acme B", "Acme C", "Acme D"].map((name) => ({ name, currentLabel: "High" }));
    expect(countSheetImpact(many, current)).toEqual({ changed: 4, examples: ["Acme A", "Acme B", "Acme C"] });
  });

  test("blanks stay blanks; unscreened rows and labels the add-in does not write are not counted", () => {
    const odd: LastResultRow[] = [
      { name: "", currentLabel: "" },
      { name: "   ", currentLabel: "" },
      { name: MEIXIN, currentLabel: "" },
      { name: MEIXIN, currentLabel: "checked by Anna" },
    ];
    expect(countSheetImpact(odd, new Screener(withoutMeixin(bundled)))).toEqual({ changed: 0, examples: [] });
  });

  test("a Review resting on a region/product rule is kept when the country/product cells were not read", () => {
    const ruleRow: LastResultRow = { name: "Acme Ltd", currentLabel: "Review", ruleOnly: true };
    expect(countSheetImpact([ruleRow], current).changed).toBe(0);
    // Without the rule flag, or with the cells read (and not pointing at a rule), the row does change.
    expect(countSheetImpact([{ ...ruleRow, ruleOnly: undefined }], current).changed).toBe(1);
    expect(countSheetImpact([{ ...ruleRow, country: "USA", product: "steel" }], current).changed).toBe(1);
    // A name that is now listed outright still changes from Review to High.
    expect(countSheetImpact([{ name: MEIXIN, currentLabel: "Review", ruleOnly: true }], current)).toEqual({
      changed: 1,
      examples: [MEIXIN],
    });
  });

  test("country and product are passed to the engine when the row has them", () => {
    const review = current.screen({ name: "Acme Ltd", country: "China", product: "cotton from Xinjiang" });
    expect(review.risk).toBe("review");
    const row: LastResultRow = { name: "Acme Ltd", country: "China", product: "cotton from Xinjiang", currentLabel: "Review" };
    expect(countSheetImpact([row], current).changed).toBe(0);
  });
});

describe("the pane's previewSheetImpact", () => {
  const controller = {} as ScreeningControllerApi;
  const runtime = { currentDataset: bundledDataset, onDatasetChanged: () => () => undefined };

  test("reads the sheet's rows and counts them with the screener it is given", async () => {
    const readRows = jest.fn(async (): Promise<LastResultRow[]> => [
      { name: MEIXIN, currentLabel: "High" },
      { name: "Acme Ltd", currentLabel: "None" },
    ]);
    const services = createControllerServices(controller, runtime, () => () => undefined, readRows);
    await expect(services.previewSheetImpact!(new Screener(withoutMeixin(bundledDataset())))).resolves.toEqual({
      changed: 1,
      examples: [MEIXIN],
    });
    expect(readRows).toHaveBeenCalledTimes(1);
  });

  test("no results on the sheet: nothing changes; no reader: no preview offered", async () => {
    const services = createControllerServices(
      controller,
      runtime,
      () => () => undefined,
      async () => [],
    );
    await expect(services.previewSheetImpact!(new Screener(bundledDataset()))).resolves.toEqual({ changed: 0, examples: [] });
    expect(createControllerServices(controller, runtime, () => () => undefined).previewSheetImpact).toBeUndefined();
  });
});
