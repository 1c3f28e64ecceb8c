/**
 * The "engine" chunk of the add-in: the Screener with the bundled dataset and its matching tables, the shared
 * runtime state (src/addin/runtime.ts), the per-user dataset store and the worksheet functions' bodies. It is
 * the larger half of the add-in, and the task pane draws nothing with it, so the pane's first download does not
 * carry it: src/addin/engine-loader.ts fetches it once the pane has rendered (or when Excel first calls a
 * function), and everything that needs it awaits that load. The sector (DOL List of Goods) tables come with it
 * through the functions; the pinyin table stays a chunk of its own, loaded by the runtime's start-up.
 *
 * Only engine-loader.ts may import this module, and only with import(): a static import from the pane's entry
 * would put the engine back into the first download (test/e2e checks the budget on the built pane).
 */
export * from "./runtime";
export { DatasetStore, defaultStorage } from "./dataset-store";
export { FUNCTION_IDS } from "../functions/functions";
