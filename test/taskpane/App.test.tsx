/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ScreenHooks } from "../../src/taskpane/services";
import { followColumn } from "../../src/taskpane/App";
import type { PaneActions } from "../../src/taskpane/App";
import { SAMPLE_SELECTION, adapterError, createFakeServices, deferred, sampleReport } from "./fake-services";
import type { FakeServices } from "./fake-services";
import { renderPane } from "./render";

let services: FakeServices;
beforeEach(() => {
  services = createFakeServices();
});

async function renderReady() {
  const view = renderPane(services);
  await screen.findByText("30 rows in “Supplier” (column B) of Suppliers will be screened.");
  return view;
}

function isDisabled(element: HTMLElement): boolean {
  return (element as HTMLButtonElement).disabled || element.getAttribute("aria-disabled") === "true";
}

/**
 * Tabster (Fluent's focus manager) marks the modal aria-hidden in jsdom once its focus bookkeeping runs,
 * because jsdom does not move focus the way a browser does; the e2e test checks the real dialog.
 */
async function dialogButton(name: string) {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  return within(dialog).getByRole("button", { name, hidden: true });
}

function screenButton() {
  return screen.getByRole("button", { name: "Screen" });
}

describe("selection panel", () => {
  it("shows the column and the number of rows that will be screened", async () => {
    await renderReady();
    expect(services.calls.describeSelection).toBe(1);
    expect(isDisabled(screenButton())).toBe(false);
  });

  it("pre-selects the suggested Country column and leaves Product at None", async () => {
    await renderReady();
    expect((screen.getByRole("combobox", { name: /Country column/ }) as HTMLSelectElement).value).toBe("2");
    expect((screen.getByRole("combobox", { name: /Product column/ }) as HTMLSelectElement).value).toBe("__none__");
  });

  it("lets the user pick the Product column from the headers and passes both choices to the run", async () => {
    await renderReady();
    const product = screen.getByRole("combobox", { name: /Product column/ }) as HTMLSelectElement;
    expect(
      within(product)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["None", "ID", "Supplier", "Country", "Product"]);
    fireEvent.change(product, { target: { value: "3" } });
    expect(product.value).toBe("3");
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    expect(services.calls.screen[0].request).toEqual({ countryKey: "2", productKey: "3" });
  });

  it("re-reads the selection when Excel reports a selection change", async () => {
    await renderReady();
    services.selection = async () => ({ ...SAMPLE_SELECTION, columnLetter: "D", header: "Vendor", rowCount: 1 });
    act(() => services.changeSelection());
    await screen.findByText("1 row in “Vendor” (column D) of Suppliers will be screened.");
    expect(services.calls.describeSelection).toBe(2);
  });

  it("collapses a burst of selection events (a drag) into one read", async () => {
    await renderReady();
    act(() => {
      services.changeSelection();
      services.changeSelection();
      services.changeSelection();
    });
    await waitFor(() => expect(services.calls.describeSelection).toBe(2));
    await new Promise((r) => setTimeout(r, 400));
    expect(services.calls.describeSelection).toBe(2);
  });

  it("warns before the run when the selection is above the row limit", async () => {
    services.selection = async () => ({ ...SAMPLE_SELECTION, rowCount: 250_000, exceedsRowLimit: true });
    renderPane(services);
    await screen.findByText(
      "250,000 rows in “Supplier” (column B) of Suppliers will be screened. That is more than one run usually screens; you will be asked to confirm.",
    );
  });

  it("re-reads the selection on Use current selection", async () => {
    await renderReady();
    services.selection = async () => ({ ...SAMPLE_SELECTION, rowCount: 1200, header: null, columnLetter: "A" });
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await screen.findByText("1,200 rows in column A of Suppliers will be screened.");
  });

  it("keeps the result of the latest read when an older one answers late", async () => {
    const slow = deferred<typeof SAMPLE_SELECTION>();
    let first = true;
    services.selection = () => {
      if (first) {
        first = false;
        return slow.promise;
      }
      return Promise.resolve({ ...SAMPLE_SELECTION, rowCount: 5 });
    };
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Use current selection" }));
    await screen.findByText(/^5 rows in/);
    await act(async () => slow.resolve(SAMPLE_SELECTION));
    expect(screen.getByTestId("selection-summary")?.textContent).toMatch(/^5 rows in/);
  });
});

describe("screening", () => {
  it("shows progress while running and the summary when done", async () => {
    const run = deferred<ReturnType<typeof sampleReport>>();
    services.screenBehaviour = () => run.promise;
    await renderReady();
    fireEvent.click(screenButton());
    expect(isDisabled(screenButton())).toBe(true);
    const hooks = services.calls.screen[0].hooks;
    act(() => hooks.onProgress({ done: 10, total: 30 }));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(String(10 / 30));
    expect(screen.getByText("10 of 30 rows")).toBeTruthy();
    expect(screen.getByTestId("live-status")?.textContent).toContain("Screening: 10 of 30 rows.");

    await act(async () => run.resolve(sampleReport()));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByTestId("count-high")?.textContent).toContain("2");
    expect(screen.getByTestId("count-review")?.textContent).toContain("1");
    expect(screen.getByTestId("count-lifted")?.textContent).toContain("1");
    expect(screen.getByTestId("count-none")?.textContent).toContain("26");
    expect(screen.getByText(/30 rows screened, 1 skipped/)).toBeTruthy();
    expect(screen.getByTestId("live-status")?.textContent).toContain("Screening finished: 30 rows screened, 3 flagged (2 high, 1 review).");
    expect(screen.getByRole("heading", { name: "Flagged suppliers (3)" })).toBeTruthy();
    expect(isDisabled(screenButton())).toBe(false);
  });

  it("draws the bars in proportion to the counts", async () => {
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    const bars = screen.getByRole("list", { name: "Rows by risk level" });
    const widthOf = (risk: string) => (bars.querySelector(`[data-risk="${risk}"] [aria-hidden] > div`) as HTMLElement | null)?.style.width;
    expect(widthOf("none")).toBe("100%");
    expect(parseFloat(widthOf("high")!)).toBeCloseTo((2 / 26) * 100, 5);
  });

  it("Cancel aborts the run through the signal and reports what was written", async () => {
    services.screenBehaviour = (_req, hooks: ScreenHooks) =>
      new Promise((resolve) => {
        hooks.signal.addEventListener("abort", () =>
          resolve(sampleReport({ total: 10, cancelled: true, partial: { written: 10, notWritten: 20, firstMissingRow: 12 } })),
        );
      });
    await renderReady();
    fireEvent.click(screenButton());
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(services.calls.screen[0].hooks.signal.aborted).toBe(true);
    const bar = await screen.findByText("Results only partly written");
    expect(bar.closest("[data-code]")?.textContent).toContain("10 rows written, 20 rows not from row 12: re-run Screen to finish.");
    expect(screen.getByTestId("live-status")?.textContent).toMatch(/^Screening cancelled: 10 rows screened/);
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });

  it("says so when a cancelled run wrote nothing", async () => {
    services.screenBehaviour = (_req, hooks) =>
      new Promise((_resolve, reject) => {
        hooks.signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" })));
      });
    await renderReady();
    fireEvent.click(screenButton());
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Screening cancelled")).toBeTruthy();
    expect(screen.getByText("No results were written.")).toBeTruthy();
  });

  it("shows a partly written run as a warning", async () => {
    services.screenBehaviour = async () => sampleReport({ partial: { written: 5000, notWritten: 1200, firstMissingRow: 5002 } });
    await renderReady();
    fireEvent.click(screenButton());
    const title = await screen.findByText("Results only partly written");
    expect(title.closest("[data-code]")?.textContent).toContain(
      "5,000 rows written, 1,200 rows not from row 5002: re-run Screen to finish.",
    );
  });

  it("shows a refused widening of the filter buttons as a warning with the adapter's words", async () => {
    const notice =
      "The filter buttons were not widened over the decision columns (the sheet is protected). Your filter on Suppliers!A1:E5 is as it was.";
    services.screenBehaviour = async () => sampleReport({ filterNotice: notice });
    await renderReady();
    fireEvent.click(screenButton());
    const title = await screen.findByText("Filter buttons not widened");
    expect(title.closest("[data-code]")?.textContent).toContain(notice);
  });

  it("disables Screen when there is no usable selection", async () => {
    services.selection = async () => {
      throw adapterError("no-selection", "Select a cell or a column of supplier names first.");
    };
    renderPane(services);
    await screen.findByText("Nothing selected");
    expect(isDisabled(screenButton())).toBe(true);
  });
});

describe("error messages", () => {
  const cases: [code: string, title: string, adapterText: string][] = [
    ["no-selection", "Nothing selected", "Select a cell or a column of supplier names first."],
    [
      "several-areas",
      "Several areas selected",
      "You selected 2 separate areas. Select one column of supplier names (one area) and try again.",
    ],
    ["several-columns", "Several columns selected", "The selection Suppliers!B1:D9 spans 3 columns."],
    ["protected-sheet", "The sheet is protected", 'The sheet "Suppliers" is protected, so the results cannot be written.'],
    ["merged-cells", "Merged cells in the way", "There are merged cells in Suppliers!C4:D4."],
    ["empty-column", "No supplier names found", "There are no supplier names to screen in Suppliers!B2:B9."],
    ["too-many-rows", "Very large selection", "The selection has 300,000 rows, more than the 200,000 the add-in screens at once."],
    ["unsupported-host", "Excel is not available", "Excel is not available here."],
  ];

  it.each(cases)("describeSelection failing with %s shows “%s” with the adapter's words", async (code, title, text) => {
    services.selection = async () => {
      throw adapterError(code, text);
    };
    renderPane(services);
    const heading = await screen.findByText(title);
    const bar = heading.closest("[data-code]") as HTMLElement;
    expect(bar.getAttribute("data-code")).toBe(code);
    expect(within(bar).getByText(text, { exact: false })).toBeTruthy();
  });

  it.each(cases)("a run failing with %s shows “%s”", async (code, title, text) => {
    services.screenBehaviour = async () => {
      throw adapterError(code, text);
    };
    await renderReady();
    fireEvent.click(screenButton());
    const heading = await screen.findByText(title);
    expect(heading.closest("[data-code]")?.textContent).toContain(text);
  });

  it("shows an adapter error without text using the pane's own advice", async () => {
    services.selection = async () => {
      throw adapterError("protected-sheet", "");
    };
    renderPane(services);
    await screen.findByText(/Unprotect it \(Review > Unprotect Sheet\)/);
  });

  it("shows a write failure part-way with the rows written and not written", async () => {
    const text =
      "Results were written for rows 2–5001, but not for rows 5002–6200: the sheet was closed. Your own data is untouched; re-run to finish.";
    services.screenBehaviour = async () => {
      throw adapterError("write-failed", text);
    };
    await renderReady();
    fireEvent.click(screenButton());
    const heading = await screen.findByText("Results only partly written");
    expect(heading.closest("[data-code]")?.textContent).toContain(text);
  });

  it("shows an unexpected error's own message rather than hiding it", async () => {
    services.screenBehaviour = async () => {
      throw new Error("RichApi.Error: The request payload size has exceeded the limit.");
    };
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText("Something went wrong");
    expect(screen.getByText(/request payload size has exceeded/)).toBeTruthy();
  });

  it("lets the user dismiss a message", async () => {
    services.screenBehaviour = async () => {
      throw adapterError("merged-cells", "There are merged cells in Suppliers!C4:D4.");
    };
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText("Merged cells in the way");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss: Merged cells in the way" }));
    expect(screen.queryByText("Merged cells in the way")).toBeNull();
  });
});

describe("confirm insert", () => {
  function askingRun(afterAnswer: (insert: boolean) => Promise<ReturnType<typeof sampleReport>>) {
    const answers: boolean[] = [];
    services.screenBehaviour = async (_req, hooks) => {
      const insert = await hooks.confirmInsert({ columnCount: 3, occupiedAddress: "Suppliers!C1:E31" });
      answers.push(insert);
      return afterAnswer(insert);
    };
    return answers;
  }

  it("asks before inserting and continues the run on Insert", async () => {
    const answers = askingRun(async () => sampleReport());
    await renderReady();
    fireEvent.click(screenButton());
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog.textContent).toContain("The 3 columns to the right (Suppliers!C1:E31) hold data. Insert new columns?");
    fireEvent.click(await dialogButton("Insert"));
    await screen.findByText(/Screening finished/);
    expect(answers).toEqual([true]);
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
  });

  it("answers no on Cancel and shows that nothing was changed", async () => {
    const answers = askingRun(async () => {
      throw adapterError("insert-declined", "You chose not to insert new columns, so nothing was changed.");
    });
    await renderReady();
    fireEvent.click(screenButton());
    fireEvent.click(await dialogButton("Cancel"));
    await screen.findByText("Nothing was changed");
    expect(answers).toEqual([false]);
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
  });

  it("treats Escape as Cancel", async () => {
    const answers = askingRun(async () => {
      throw adapterError("insert-declined", "You chose not to insert new columns, so nothing was changed.");
    });
    await renderReady();
    fireEvent.click(screenButton());
    fireEvent.keyDown(await screen.findByRole("alertdialog", { hidden: true }), { key: "Escape" });
    await screen.findByText("Nothing was changed");
    expect(answers).toEqual([false]);
  });
});

describe("very large selection", () => {
  it("asks before screening more rows than the limit and passes the answer on", async () => {
    const answers: boolean[] = [];
    services.screenBehaviour = async (_req, hooks) => {
      const yes = await hooks.confirmLargeSelection({ rowCount: 300_000, rowLimit: 200_000 });
      answers.push(yes);
      if (!yes) throw adapterError("too-many-rows", "The selection has 300,000 rows, more than the 200,000 the add-in screens at once.");
      return sampleReport();
    };
    await renderReady();
    fireEvent.click(screenButton());
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog.textContent).toContain("The selection has 300,000 rows, more than the 200,000 screened at once.");
    fireEvent.click(await dialogButton("Cancel"));
    await screen.findByText("Very large selection");
    // The selection is described again after every run, which briefly disables Screen.
    await waitFor(() => expect(isDisabled(screenButton())).toBe(false));
    fireEvent.click(screenButton());
    fireEvent.click(await dialogButton("Screen all"));
    await screen.findByText(/Screening finished/);
    expect(answers).toEqual([false, true]);
  });
});

describe("results actions", () => {
  async function screened() {
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
  }

  it("lists flagged suppliers with their risk and matched listing", async () => {
    await screened();
    const list = screen.getByRole("list", { name: /Flagged suppliers/ });
    const items = within(list).getAllByRole("button");
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain("High");
    expect(items[0]?.textContent).toContain("SUPERMAX GLOVE MFG SDN BHD");
    expect(items[0]?.textContent).toContain("Supermax Corporation Berhad");
    expect(items[2]?.textContent).toContain("Review");
    expect(items[2]?.textContent).toContain("Region rule: Xinjiang");
  });

  it("selects the row in Excel when a flagged supplier is clicked", async () => {
    await screened();
    fireEvent.click(screen.getByRole("button", { name: /^High Hoshine Silicon Industry.*\(row 7\)/ }));
    await waitFor(() => expect(services.calls.selectRow).toEqual([7]));
    expect(screen.getByTestId("action-status")?.textContent).toContain("Row 7 selected in Excel.");
  });

  it("Show flagged only and Clear filter call the adapter", async () => {
    await screened();
    fireEvent.click(screen.getByRole("button", { name: "Show flagged only" }));
    await waitFor(() => expect(services.calls.showFlaggedOnly).toBe(1));
    await screen.findByText("Showing flagged rows only.");
    fireEvent.click(screen.getByRole("button", { name: "Clear filter" }));
    await waitFor(() => expect(services.calls.clearFilter).toBe(1));
    await screen.findByText("Filter cleared; all rows shown.");
  });

  it("shows why the filter could not be applied", async () => {
    await screened();
    services.filterError = adapterError("protected-sheet", 'The sheet "Suppliers" is protected.');
    fireEvent.click(screen.getByRole("button", { name: "Show flagged only" }));
    await screen.findByText("The sheet is protected");
  });

  it("caps the on-screen list and says how many more there are", async () => {
    const flagged = Array.from({ length: 250 }, (_, i) => ({
      rowNumber: i + 2,
      supplier: `Supplier ${i}`,
      risk: "review" as const,
      match: "",
      note: "check",
    }));
    services.screenBehaviour = async () => sampleReport({ flagged, counts: { high: 0, review: 250, lifted: 0, none: 0 }, total: 250 });
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    expect(within(screen.getByRole("list", { name: /Flagged suppliers/ })).getAllByRole("button")).toHaveLength(200);
    expect(screen.getByText(/Showing the first 200 of 250/)).toBeTruthy();
  });

  it("says when nothing was flagged", async () => {
    services.screenBehaviour = async () => sampleReport({ flagged: [], counts: { high: 0, review: 0, lifted: 0, none: 30 } });
    await screened();
    expect(screen.getByText("No supplier matched a listing.")).toBeTruthy();
  });
});

describe("results from an earlier run", () => {
  it("shows the results already on the sheet when the pane opens, with working filter buttons", async () => {
    services.lastResults = { sheetName: "Suppliers", report: sampleReport({ skipped: 0 }) };
    await renderReady();
    expect(await screen.findByText("Results already on the sheet “Suppliers” from the last run.")).toBeTruthy();
    expect(screen.getByTestId("count-high").textContent).toBe("2");
    fireEvent.click(screen.getByRole("button", { name: "Show flagged only" }));
    await waitFor(() => expect(services.calls.showFlaggedOnly).toBe(1));
  });

  it("replaces them with the new run's results", async () => {
    services.lastResults = { sheetName: "Suppliers", report: sampleReport() };
    services.screenBehaviour = async () => sampleReport({ counts: { high: 5, review: 0, lifted: 0, none: 25 } });
    await renderReady();
    await screen.findByText(/from the last run/);
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    expect(screen.getByTestId("count-high").textContent).toBe("5");
    expect(screen.queryByText(/from the last run/)).toBeNull();
  });
});

describe("columns moving after a run", () => {
  it("describes the selection again after a run and keeps the chosen columns by header text", async () => {
    await renderReady();
    const country = () => screen.getByRole("combobox", { name: /Country column/ }) as HTMLSelectElement;
    expect(country().value).toBe("2");
    // The run inserted three result columns after B: Country moved from C (2) to F (5).
    services.selection = async () => ({
      ...SAMPLE_SELECTION,
      headers: [
        { key: "0", label: "ID", text: "ID" },
        { key: "5", label: "Country (F)", text: "Country" },
        { key: "6", label: "Product (G)", text: "Product" },
      ],
      suggestedCountryKey: "5",
    });
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    await waitFor(() => expect(services.calls.describeSelection).toBe(2));
    await waitFor(() => expect(country().value).toBe("5"));
  });

  it("follows a chosen column by header text, and by key when the header is blank", () => {
    const before = [
      { key: "2", label: "Country (C)", text: "Country" },
      { key: "3", label: "Column D", text: "" },
    ];
    const after = [
      { key: "3", label: "Column D", text: "" },
      { key: "5", label: "Country (F)", text: "Country" },
    ];
    expect(followColumn("2", before, after)).toBe("5");
    expect(followColumn("3", before, after)).toBe("3");
    expect(followColumn("2", before, [{ key: "2", label: "WRO risk (C)", text: "WRO risk" }])).toBeNull();
  });
});

describe("results from an earlier run (after a failed run)", () => {
  it("stops showing them once a run has touched the sheet, even if it failed", async () => {
    services.lastResults = { sheetName: "Suppliers", report: sampleReport() };
    services.screenBehaviour = async () => {
      throw adapterError("write-failed", "Results were written for rows 2–10, but not for rows 11–31.");
    };
    await renderReady();
    await screen.findByText(/from the last run/);
    fireEvent.click(screenButton());
    await screen.findByText("Results only partly written");
    expect(screen.queryByText(/from the last run/)).toBeNull();
    expect(screen.queryByTestId("count-high")).toBeNull();
  });

  it("offers no close button on a selection message, which only fixing the selection removes", async () => {
    services.selection = async () => {
      throw adapterError("several-areas", "You selected 2 separate areas.");
    };
    renderPane(services);
    await screen.findByText("Several areas selected");
    expect(screen.queryByRole("button", { name: /^Dismiss/ })).toBeNull();
  });
});

describe("audit line", () => {
  it("shows when and with which dataset the sheet was last screened", async () => {
    services.audit = { screenedAt: new Date(2026, 10, 26, 14, 2).toISOString(), datasetVersion: "2026-11-26" };
    await renderReady();
    expect((await screen.findByTestId("audit-line")).textContent).toContain("Screened 26 Nov 2026 14:02 with dataset 2026-11-26");
  });

  it("re-reads the audit record after a run", async () => {
    await renderReady();
    expect(screen.queryByTestId("audit-line")).toBeNull();
    services.audit = { screenedAt: new Date(2026, 10, 26, 9, 5).toISOString(), datasetVersion: "2026-11-27" };
    fireEvent.click(screenButton());
    expect((await screen.findByTestId("audit-line")).textContent).toContain("Screened 26 Nov 2026 09:05 with dataset 2026-11-27");
  });
});

describe("dataset tab", () => {
  it("shows the current dataset's version, date and listing count, and follows changes", async () => {
    await renderReady();
    fireEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    expect(screen.getByTestId("dataset-version")?.textContent).toContain("Version 2026-11-26, compiled 2026-11-26: 187 listings.");
    act(() => services.changeDataset({ version: "2026-12-01", compiled: "2026-12-01", listingCount: 190, sources: [] }));
    expect(screen.getByTestId("dataset-version")?.textContent).toContain("Version 2026-12-01, compiled 2026-12-01: 190 listings.");
  });

  it("mounts the dataset manager it is given", async () => {
    renderPane(services, <p>dataset manager here</p>);
    fireEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    expect(screen.getByText("dataset manager here").closest("[hidden]")).toBeNull();
  });

  it("lets the dataset manager ask for a re-screen, which runs on the Screen tab", async () => {
    renderPane(services, (pane: PaneActions) => <button onClick={pane.rescreen}>Re-screen with new dataset</button>);
    await screen.findByText(/^30 rows in/);
    fireEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    fireEvent.click(screen.getByRole("button", { name: "Re-screen with new dataset" }));
    await screen.findByText(/Screening finished/);
    expect(services.calls.screen).toHaveLength(1);
    expect(screen.getByRole("tab", { name: "Screen" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    fireEvent.click(screen.getByRole("button", { name: "Re-screen with new dataset" }));
    await waitFor(() => expect(services.calls.screen).toHaveLength(2));
  });

  it("keeps the results when switching tabs", async () => {
    await renderReady();
    fireEvent.click(screenButton());
    await screen.findByText(/Screening finished/);
    fireEvent.click(screen.getByRole("tab", { name: "Dataset" }));
    fireEvent.click(screen.getByRole("tab", { name: "Screen" }));
    expect(screen.getByTestId("count-high")?.textContent).toContain("2");
  });
});
