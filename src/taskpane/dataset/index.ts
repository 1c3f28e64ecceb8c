// Mounted by the task pane (src/taskpane/App.tsx receives it as `datasetView`).
export { DatasetView, type DatasetViewProps, type DatasetViewStore } from "./DatasetView";
export { datasetViewProps } from "./wire";
