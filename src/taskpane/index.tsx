// The single webpack entry of the shared runtime: the custom functions and ribbon commands are
// imported here so they share one module graph (and one Screener) with the pane.
import "../functions/functions";
import "../commands/commands";

import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { getScreener, onDatasetChanged } from "../addin/runtime";
import { ExcelAdapterError } from "../excel/errors";
import type { ExcelRun } from "../excel/types";
import { App } from "./App";
import { ScreeningController } from "./controller";
import { createControllerServices, officeSelectionEvents } from "./office-services";
import { ServicesProvider } from "./services";
import { fluentThemeFor } from "./theme";

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
  const controller = new ScreeningController({ run: excelRun(), getScreener });
  const services = createControllerServices(
    controller,
    { currentDataset: () => getScreener().dataset, onDatasetChanged: (listener) => onDatasetChanged(() => listener()) },
    officeSelectionEvents,
  );
  createRoot(container).render(
    <FluentProvider theme={fluentThemeFor(officeTheme())} style={{ minHeight: "100vh" }}>
      <ServicesProvider value={services}>
        <App />
      </ServicesProvider>
    </FluentProvider>,
  );
}

start().catch((error: unknown) => {
  const container = document.getElementById("container");
  if (container) container.textContent = `The pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
