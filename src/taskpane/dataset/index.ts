// Mounted by the task pane (src/taskpane/index.tsx passes it to App as `datasetView`).
export { DatasetView, type DatasetViewProps, type DatasetViewStore } from "./DatasetView";
