// Decisions about flagged rows: values, keys, what a decision was made about, carry-forward and "outdated".
// Pure: shared by the task pane (through src/excel/decisions.ts) and the CLI.
export * from "./values";
export * from "./keys";
export * from "./subject";
export * from "./basis-cell";
export * from "./evaluate";
export * from "./carry-forward";
export * from "./counts";
