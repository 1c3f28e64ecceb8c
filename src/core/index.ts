// The pure core: no Office, no DOM, no Node-only APIs. Every shell (task pane, custom functions,
// ribbon command, CLI) screens through this module.
export * from "./dataset/schema";
export * from "./dataset/load";
export * from "./screening/types";
export * from "./dataset/bundled";
