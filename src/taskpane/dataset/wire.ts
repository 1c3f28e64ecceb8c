import { Screener } from "../../core";
import { sharedDatasetStore } from "../../addin/dataset-store";
import { getScreener, onDatasetChanged } from "../../addin/runtime";
import type { FetchLike } from "../../core/importers";
import type { DatasetViewProps } from "./DatasetView";

/**
 * Props for DatasetView wired to the shared runtime and the per-user store, so the pane mounts it as
 * `<DatasetView {...datasetViewProps({ previewSheetImpact, onRescreen })} />`; at start-up, pass
 * `() => sharedDatasetStore().readStoredDataset()` to runtime.initialiseRuntime.
 */
export function datasetViewProps(
  sheet: Pick<DatasetViewProps<Screener>, "previewSheetImpact" | "onRescreen"> = {},
): DatasetViewProps<Screener> {
  const store = sharedDatasetStore();
  const browserFetch = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
  return {
    store,
    getDataset: () => getScreener().dataset,
    onDatasetChanged: (listener) => onDatasetChanged(() => listener()),
    createScreener: (dataset) => new Screener(dataset),
    fetch: browserFetch,
    startupProblem: store.lastProblem,
    ...sheet,
  };
}
