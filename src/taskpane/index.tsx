// The single webpack entry of the shared runtime: the custom functions and ribbon commands are
// registered here so they share one module graph (and one Screener) with the pane.
//
// First download (docs/addin.md, "Bundle budget"): this entry holds the pane, the Excel adapter and the
// functions' stand-ins, not the engine. The engine chunk (src/addin/engine.ts: Screener, dataset, matching and
// sector tables, the shared runtime's state) is fetched right after the first render; what needs it waits.
import "../functions/register";
import "../commands/commands";

import { FluentProvider, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useEffect } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { whenEngineReady, requireEngine } from "../addin/engine-loader";
import { PaneVisibility, runWhileVisible } from "../addin/pane-visibility";
import { excelApiProblem } from "../addin/requirements";
import { ExcelAdapterError } from "../excel/errors";
import { readLastResults } from "../excel/last-results";
import type { ExcelRun } from "../excel/types";
import { App } from "./App";
import { ScreeningController } from "./controller";
import { lazyDecisionServices } from "./decisions/lazy-decisions";
import { createControllerServices, officeSelectionEvents } from "./office-services";
import { ServicesProvider, type PaneServices } from "./services";
import { fluentThemeFor } from "./theme";

/** Marked once the pane has rendered: the e2e test checks that nothing but the entry loaded before it. */
export const FIRST_RENDER_MARK = "wro-screen:first-render";

/** Calls dataset listeners after every dataset change, once the engine is in; returns an unsubscribe function. */
function subscribeDataset(listener: () => void): () => void {
  let unsubscribe: (() => void) | null = null;
  let cancelled = false;
  whenEngineReady().then(
    (engine) => {
      if (!cancelled) unsubscribe = engine.onDatasetChanged(() => listener());
    },
    () => undefined, // the load failure is reported where the engine is needed
  );
  return () => {
    cancelled = true;
    unsubscribe?.();
  };
}

interface DatasetTabProps {
  rescreen: () => void;
  previewSheetImpact: PaneServices["previewSheetImpact"];
}

/**
 * The dataset manager and its importers (CSV, HTML parsing, cp1252 decoding) are a separate chunk, fetched
 * when the Dataset tab is first opened, so they do not slow down every pane start. It also waits for the
 * runtime's start-up, so it shows the dataset in force and why a stored dataset was skipped, never the bundled
 * one for a moment.
 */
const DatasetTab = lazy(async () => {
  const [view, engine] = await Promise.all([import(/* webpackChunkName: "dataset" */ "./dataset"), whenEngineReady()]);
  const startup = await engine.startSharedRuntime();
  const store = new engine.DatasetStore({ storage: engine.defaultStorage(), runtime: { setDataset: engine.setDataset } });
  const DatasetView = view.DatasetView<ReturnType<typeof engine.screenerFor>>;
  function DatasetTab(props: DatasetTabProps) {
    return (
      <DatasetView
        store={store}
        getDataset={() => engine.getScreener().dataset}
        onDatasetChanged={subscribeDataset}
        createScreener={engine.screenerFor}
        previewSheetImpact={props.previewSheetImpact}
        onRescreen={props.rescreen}
        fetch={(input, init) => window.fetch(input, init)}
        startupProblem={startup.problem}
      />
    );
  }
  return { default: DatasetTab };
});

/** Runs once the pane is on screen: marks the first render, then starts the engine and the runtime's start-up. */
function AfterFirstRender(props: { children: ReactNode }) {
  useEffect(() => {
    performance.mark?.(FIRST_RENDER_MARK);
    whenEngineReady().catch((error: unknown) => {
      // Screening and the Dataset tab load it again when used, and say so if it still fails.
      console.warn("WRO screen: the screening engine did not load at start-up:", error);
    });
  }, []);
  return <>{props.children}</>;
}

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

  // Pane work on the workbook waits while the pane is hidden (shared runtime kept alive for the functions).
  const visibility = new PaneVisibility({
    addin: (Office as unknown as { addin?: ConstructorParameters<typeof PaneVisibility>[0]["addin"] }).addin,
    initiallyVisible: document.visibilityState !== "hidden",
  });
  const run = runWhileVisible(visibility, excelRun());
  const apiProblem = excelApiProblem(Office.context?.requirements);
  // Screening waits for the engine and the runtime's start-up (stored dataset, pinyin table), so results never
  // depend on how fast they loaded.
  const controller = new ScreeningController({ run, getScreener: () => whenEngineReady().then((engine) => engine.readyScreener()) });
  // The decisions and report code is a chunk of its own, loaded on the first decision or report.
  const decisions = lazyDecisionServices(async () => {
    const [service, engine] = await Promise.all([
      import(/* webpackChunkName: "decisions" */ "./decisions/decisions-service"),
      whenEngineReady(),
    ]);
    return service.createDecisionServices(run, () => engine.getScreener().dataset);
  });
  const services = createControllerServices(
    controller,
    { currentDataset: () => requireEngine().getScreener().dataset, onDatasetChanged: subscribeDataset },
    (listener) => visibility.whileVisible(() => officeSelectionEvents(listener)),
    () => readLastResults(run),
    decisions,
  );

  createRoot(container).render(
    <FluentProvider theme={fluentThemeFor(officeTheme())} style={{ minHeight: "100vh" }}>
      <ServicesProvider value={services}>
        <AfterFirstRender>
          {apiProblem && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>{apiProblem}</MessageBarBody>
            </MessageBar>
          )}
          <App
            datasetView={(pane) => (
              <Suspense fallback={<Spinner size="small" label="Loading the dataset tools…" />}>
                <DatasetTab rescreen={pane.rescreen} previewSheetImpact={services.previewSheetImpact} />
              </Suspense>
            )}
          />
        </AfterFirstRender>
      </ServicesProvider>
    </FluentProvider>,
  );
}

start().catch((error: unknown) => {
  const container = document.getElementById("container");
  if (container) container.textContent = `The pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
