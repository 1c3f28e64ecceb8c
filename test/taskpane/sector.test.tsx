/** @jest-environment jsdom */
/**
 * Sector risk in the pane (issue 14): the summary's counts, the unreadable-product count and "Show sector risk",
 * first with fake services, then over the real controller, adapter and List of Goods with the fake Excel host.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Dataset } from "../../src/core";
import { ScreeningController } from "../../src/taskpane/controller";
import { createControllerServices } from "../../src/taskpane/office-services";
import { createFakeExcel } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";
import { adapterError, createFakeServices, sampleReport } from "./fake-services";
import { renderPane } from "./render";

const SECTOR = {
  counts: { "Forced labour": 3, "Child labour": 0, "Forced and child labour": 1, "Input risk": 2 },
  unreadable: 4,
};

async function screenedWith(services: ReturnType<typeof createFakeServices>) {
  renderPane(services);
  await screen.findByText(/will be screened/);
  fireEvent.click(screen.getByRole("button", { name: "Screen" }));
  await screen.findByText(/Screening finished/);
}

describe("with fake services", () => {
  it("shows the sector-risk counts apart from the risk counts, and the rows whose product could not be read", async () => {
    const services = createFakeServices();
    services.screenBehaviour = async () => sampleReport({ sector: SECTOR });
    await screenedWith(services);
    const section = screen.getByRole("region", { name: "Sector risk (6)" });
    expect(within(section).getByTestId("sector-count-Forced labour").textContent).toBe("3");
    expect(within(section).getByTestId("sector-count-Input risk").textContent).toBe("2");
    expect(within(section).getByTestId("sector-unreadable").textContent).toBe(
      "4 rows whose product could not be read (no List good matched); they have no sector risk.",
    );
    expect(section.textContent).toContain("not a finding about any supplier; it does not change the WRO risk");
    // The WRO risk counts are the run's own, untouched by sector risk.
    expect(screen.getByTestId("count-high").textContent).toBe("2");
  });

  it("Show sector risk calls the adapter's filter and says so; errors are shown", async () => {
    const services = createFakeServices();
    services.screenBehaviour = async () => sampleReport({ sector: SECTOR });
    await screenedWith(services);
    fireEvent.click(screen.getByRole("button", { name: "Show sector risk" }));
    await waitFor(() => expect(services.calls.showSectorRisk).toBe(1));
    await screen.findByText("Showing rows with a sector risk only.");
    services.filterError = adapterError("protected-sheet", 'The sheet "Suppliers" is protected.');
    fireEvent.click(screen.getByRole("button", { name: "Show sector risk" }));
    await screen.findByText("The sheet is protected");
  });

  it("has no sector section when no product column was chosen, and no filter to press when nothing has a sector risk", async () => {
    const services = createFakeServices();
    await screenedWith(services);
    expect(screen.queryByRole("region", { name: /Sector risk/ })).toBeNull();

    const other = createFakeServices();
    other.screenBehaviour = async () =>
      sampleReport({
        sector: { counts: { "Forced labour": 0, "Child labour": 0, "Forced and child labour": 0, "Input risk": 0 }, unreadable: 0 },
      });
    cleanup();
    await screenedWith(other);
    expect(screen.getByTestId("sector-unreadable").textContent).toBe("Every product was read.");
    const button = screen.getByRole("button", { name: "Show sector risk" }) as HTMLButtonElement;
    expect(button.disabled || button.getAttribute("aria-disabled") === "true").toBe(true);
  });

  it("results read back from the sheet show the label counts without an unreadable count", async () => {
    const services = createFakeServices();
    services.lastResults = { sheetName: "Suppliers", report: sampleReport({ sector: { ...SECTOR, unreadable: null } }) };
    renderPane(services);
    await screen.findByText(/from the last run/);
    expect(screen.getByTestId("sector-count-Forced and child labour").textContent).toBe("1");
    expect(screen.queryByTestId("sector-unreadable")).toBeNull();
  });
});

describe("over the real controller and the fake Excel host", () => {
  it("writes Sector risk beside the results, counts it, and filters the sheet to it", async () => {
    const fake = createFakeExcel({
      sheets: {
        Suppliers: {
          values: [
            ["Supplier", "Country", "Product"],
            ["Hoshine Silicon", "China", "Polysilicon"],
            ["Acme Widgets", "Malaysia", "Nitrile examination gloves"],
            ["Globex", "USA", "Widgets"],
            ["Initech", "China", "PV modules"],
          ],
        },
      },
      selection: "Suppliers!A1",
    });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
    const dataset = { version: "2026-11-26", compiled: "2026-11-26", sources: [], listings: [] } as unknown as Dataset;
    const services = createControllerServices(
      controller,
      { currentDataset: () => dataset, onDatasetChanged: () => () => undefined },
      () => () => undefined,
    );
    renderPane(services);
    await screen.findByText(/4 rows in “Supplier”/);
    // The suggested Product column is chosen by an effect after the summary renders; under load the click could
    // otherwise come first (a person cannot click that fast, a test can).
    await waitFor(() => expect((screen.getByRole("combobox", { name: /Product column/ }) as HTMLSelectElement).value).not.toBe("__none__"));
    fireEvent.click(screen.getByRole("button", { name: "Screen" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Insert", hidden: true }));
    await screen.findByText(/Screening finished/);

    expect(fake.values("Suppliers", "A1:G1")[0]).toEqual([
      "Supplier",
      "WRO risk",
      "WRO match",
      "WRO notes",
      "Sector risk",
      "Country",
      "Product",
    ]);
    expect(fake.values("Suppliers", "E2:E5").flat()).toEqual(["Forced labour", "Forced labour", "", "Input risk"]);
    expect(screen.getByTestId("sector-count-Forced labour").textContent).toBe("2");
    expect(screen.getByTestId("sector-count-Input risk").textContent).toBe("1");
    expect(screen.getByTestId("sector-unreadable").textContent).toMatch(/^1 row whose product could not be read/);

    fireEvent.click(screen.getByRole("button", { name: "Show sector risk" }));
    await screen.findByText("Showing rows with a sector risk only.");
    expect([...fake.sheet("Suppliers").filteredRows]).toEqual([3]);
  });
});
