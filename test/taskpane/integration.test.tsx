/** @jest-environment jsdom */
/**
 * The pane over the real screening controller and Excel adapter, with the in-memory fake Excel and a
 * deterministic screener: checks that what the pane shows matches what the adapter did to the workbook.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Dataset } from "../../src/core";
import { ScreeningController } from "../../src/taskpane/controller";
import { createControllerServices } from "../../src/taskpane/office-services";
import { createFakeExcel } from "../support/fake-excel";
import type { FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";
import { renderPane } from "./render";

const ROWS = [
  ["Supplier", "Country", "Notes"],
  ["Hoshine Silicon", "China", "existing"],
  ["Acme Widgets", "USA", ""],
  ["Cotton Co", "China", ""],
  ["Old Farm Ltd", "Brazil", ""],
];

function setUp(spec: Partial<FakeExcelSpec> = {}) {
  const fake = createFakeExcel({ sheets: { Suppliers: { values: ROWS } }, selection: "Suppliers!A1:A5", ...spec });
  const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
  const dataset = { version: "2026-11-26", compiled: "2026-11-26", sources: [], listings: [] } as unknown as Dataset;
  const services = createControllerServices(
    controller,
    { currentDataset: () => dataset, onDatasetChanged: () => () => undefined },
    () => () => undefined,
  );
  renderPane(services);
  return fake;
}

async function dialogButton(name: string) {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  return within(dialog).getByRole("button", { name, hidden: true });
}

it("screens the column, asks before moving the user's columns, and lists what it wrote", async () => {
  const fake = setUp();
  await screen.findByText("4 rows in “Supplier” (column A) of Suppliers will be screened.");
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  fireEvent.click(await dialogButton("Insert"));
  await screen.findByText(/Screening finished: 4 rows screened, 2 flagged \(1 high, 1 review\)/);

  expect(fake.values("Suppliers", "A1:F1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country", "Notes"]);
  expect(fake.values("Suppliers", "B2:B5").map((r) => r[0])).toEqual(["High", "None", "Review", "Lifted"]);
  expect(fake.values("Suppliers", "F2:F2")[0][0]).toBe("existing");
  expect(screen.getByTestId("count-high").textContent).toBe("1");
  expect(screen.getByTestId("count-lifted").textContent).toBe("1");

  const flagged = within(screen.getByRole("list", { name: /Flagged suppliers/ })).getAllByRole("button");
  expect(flagged.map((b) => /\(row (\d+)\)/.exec(b.textContent ?? "")?.[1])).toEqual(["2", "4", "5"]);
  fireEvent.click(flagged[1]);
  await screen.findByText("Row 4 selected in Excel.");
  expect(fake.workbook.selection?.areas[0]).toMatchObject({ r0: 3, r1: 3 });

  await screen.findByText(/^Screened .* with dataset 2026-11-26$/);
});

it("shows the results already in the workbook when the pane is opened again", async () => {
  const fake = setUp();
  await screen.findByText(/^4 rows in/);
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  fireEvent.click(await dialogButton("Insert"));
  await screen.findByText(/Screening finished/);
  cleanup();

  const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
  const dataset = { version: "2026-11-26", compiled: "2026-11-26", sources: [], listings: [] } as unknown as Dataset;
  renderPane(
    createControllerServices(controller, { currentDataset: () => dataset, onDatasetChanged: () => () => undefined }, () => () => undefined),
  );
  await screen.findByText("Results already on the sheet “Suppliers” from the last run.");
  expect(screen.getByTestId("count-high").textContent).toBe("1");
  expect(within(screen.getByRole("list", { name: /Flagged suppliers/ })).getAllByRole("button")).toHaveLength(3);
});

it("leaves the sheet untouched when the user cancels the insert question", async () => {
  const fake = setUp();
  await screen.findByText(/^4 rows in/);
  const before = fake.snapshot("Suppliers");
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  fireEvent.click(await dialogButton("Cancel"));
  await screen.findByText("Nothing was changed");
  expect(fake.snapshot("Suppliers")).toEqual(before);
});

it("shows the adapter's protected-sheet message and writes nothing", async () => {
  const fake = setUp({ sheets: { Suppliers: { values: ROWS.map((r) => [r[0]]), protected: true } } });
  await screen.findByText(/^4 rows in/);
  const before = fake.snapshot("Suppliers");
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  const title = await screen.findByText("The sheet is protected");
  expect(title.closest("[data-code]")?.textContent).toMatch(/"Suppliers" is protected/);
  expect(fake.snapshot("Suppliers")).toEqual(before);
});

it("explains a selection of several areas and disables Screen", async () => {
  setUp({ selection: "Suppliers!A1:A2,Suppliers!A4:A5" });
  await screen.findByText("Several areas selected");
  expect((screen.getByRole("button", { name: "Screen" }) as HTMLButtonElement).disabled).toBe(true);
});

it("filters the risk column to flagged rows and clears it", async () => {
  const fake = setUp({ sheets: { Suppliers: { values: ROWS.map((r) => [r[0]]) } } });
  await screen.findByText(/^4 rows in/);
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  await screen.findByText(/Screening finished/);
  fireEvent.click(screen.getByRole("button", { name: "Show flagged only" }));
  await screen.findByText("Showing flagged rows only.");
  const filter = fake.sheet("Suppliers").autoFilter;
  expect(filter).not.toBeNull();
  const criteria = [...filter!.criteria.entries()].find(([column]) => column + filter!.rect.c0 === 1);
  expect(criteria?.[1]).toEqual(expect.arrayContaining(["High", "Review"]));
  fireEvent.click(screen.getByRole("button", { name: "Clear filter" }));
  await screen.findByText("Filter cleared; all rows shown.");
  await waitFor(() => expect(fake.sheet("Suppliers").autoFilter?.criteria.size ?? 0).toBe(0));
});
