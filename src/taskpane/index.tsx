// The single webpack entry of the shared runtime: the custom functions and ribbon commands are
// imported here so they share one module graph (and one Screener) with the pane.
import "../functions/functions";
import "../commands/commands";

import { FluentProvider, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { createRoot } from "react-dom/client";
import { DatasetStore, defaultStorage } from "../addin/dataset-store";
import { PaneVisibility, runWhileVisible } from "../addin/pane-visibility";
import { excelApiProblem } from "../addin/requirements";
import { getScreener, onDatasetChanged, readyScreener, screenerFor, setDataset, startSharedRuntime } from "../addin/runtime";
import { Screener } from "../core";
import { ExcelAdapterError } from "../excel/errors";
import { readLastResults } from "../excel/last-results";
import type { ExcelRun } from "../excel/types";
import { App } from "./App";
import { ScreeningController } from "./controller";
import { createDecisionServices } from "./decisions/decisions-service";
import { createControllerServices, officeSelectionEvents } from "./office-services";
import { ServicesProvider } from "./services";
import { fluentThemeFor } from "./theme";

/**
 * The dataset manager and its importers (CSV, HTML parsing, cp1252 decoding) are a separate chunk, fetched
 * when the Dataset tab is first opened, so they do not slow down every pane start.
 */
const DatasetView = lazy(() => import(/* webpackChunkName: "dataset" */ "./dataset").then((m) => ({ default: m.DatasetView<Screener> })));

function officeTheme(): { bodyBackgroundColor?: string } | undefined {
  // officeTheme is undefined outside Office and on hosts without theme support; never throw for it.
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Excel.run where Excel exists; elsewhere every call fails with the adapter's "unsupported-host" message. */
function excelRun(): ExcelRun {
  if (typeof Excel !== "undefined" && typeof Excel.run === "function") return (batch) => Excel.run(batch);
  return () =>
    Promise.reject(
      new ExcelAdapterError(
        "unsupported-host",
        "Excel is not available here. Open the add-in from Excel's Home tab (Microsoft 365, Excel 2021 or later, or Excel on the web).",
      ),
    );
}

async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");

  // The stored (updated) dataset is installed before the first render, so the pane never shows the bundled
  // version for a moment and then switches; a stored dataset that failed validation is explained on the Dataset tab.
  const startup = await startSharedRuntime();
  // Pane work on the workbook waits while the pane is hidden (shared runtime kept alive for the functions).
  const visibility = new PaneVisibility({
    addin: (Office as unknown as { addin?: ConstructorParameters<typeof PaneVisibility>[0]["addin"] }).addin,
    initiallyVisible: document.visibilityState !== "hidden",
  });
  const run = runWhileVisible(visibility, excelRun());
  const apiProblem = excelApiProblem(Office.context?.requirements);
  // Screening waits for the pinyin table (loaded at start-up), so results never depend on how fast it loaded.
  const controller = new ScreeningController({ run, getScreener: readyScreener });
  const subscribeDataset = (listener: () => void) => onDatasetChanged(() => listener());
  const services = createControllerServices(
    controller,
    { currentDataset: () => getScreener().dataset, onDatasetChanged: subscribeDataset },
    (listener) => visibility.whileVisible(() => officeSelectionEvents(listener)),
    () => readLastResults(run),
    createDecisionServices(run, () => getScreener().dataset),
  );
  const store = new DatasetStore({ storage: defaultStorage(), runtime: { setDataset } });

  createRoot(container).render(
    <FluentProvider theme={fluentThemeFor(officeTheme())} style={{ minHeight: "100vh" }}>
      <ServicesProvider value={services}>
        {apiProblem && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{apiProblem}</MessageBarBody>
          </MessageBar>
        )}
        <App
          datasetView={(pane) => (
            <Suspense fallback={<Spinner size="small" label="Loading the dataset tools…" />}>
              <DatasetView
                store={store}
                getDataset={() => getScreener().dataset}
                onDatasetChanged={subscribeDataset}
                createScreener={screenerFor}
                previewSheetImpact={services.previewSheetImpact}
                onRescreen={pane.rescreen}
                fetch={(input, init) => window.fetch(input, init)}
                startupProblem={startup.problem}
              />
            </Suspense>
          )}
        />
      </ServicesProvider>
    </FluentProvider>,
  );
}

start().catch((error: unknown) => {
  const container = document.getElementById("container");
  if (container) container.textContent = `The pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
