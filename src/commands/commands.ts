/*
 * Ribbon commands. "Screen suppliers" is a ShowTaskpane action and needs no code. "Refresh WRO formulas" is
 * an ExecuteFunction: the manifest names the function, and it must be registered with Office.actions.associate
 * in the shared runtime page (the manifest's FunctionFile is taskpane.html, which imports this module).
 */
import { recalculateInExcel } from "../addin/recalculate";

/**
 * Custom functions are not volatile, and Excel keeps their last results in the saved file, so a workbook
 * saved with an older dataset shows old results until its inputs change. This re-runs them all.
 */
export async function refreshWroFormulas(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await recalculateInExcel();
  } catch (error) {
    console.error("WRO screen: could not recalculate the workbook:", error);
  } finally {
    // Office shows the command as busy until completed() is called, even after a failure.
    event?.completed();
  }
}

/** Every ExecuteFunction the manifest names, by its <FunctionName>. */
export const RIBBON_ACTIONS: Readonly<Record<string, (event?: Office.AddinCommands.Event) => Promise<void>>> = {
  refreshWroFormulas,
};

/** Registers the ribbon actions; returns false where Office.actions is missing (Node, plain browser, old hosts). */
export function registerRibbonCommands(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.actions || typeof office.actions.associate !== "function") return false;
  for (const [name, action] of Object.entries(RIBBON_ACTIONS)) office.actions.associate(name, action);
  return true;
}

// Importing this module from Node (tests, the CLI) must not touch Office, which only exists inside Office.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    registerRibbonCommands();
  });
}
