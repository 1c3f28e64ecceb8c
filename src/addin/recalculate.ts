/**
 * Recalculation of the WRO formulas in Excel, apart from the runtime (src/addin/runtime.ts) because it needs no
 * engine: the ribbon's "Refresh WRO formulas" (src/commands) is in the pane's first download and uses it directly.
 */

/** Asks Excel to recompute the WRO formulas; resolves to false where there is no Excel (Node, plain browser). */
export type Recalculator = (request?: RecalculationRequest) => Promise<boolean>;

export interface RecalculationRequest {
  /** The dataset version now in force. */
  datasetVersion: string;
  /** Recalculate even if the workbook records this version (cells were computed this session from another). */
  force?: boolean;
}

/**
 * workbook.settings key: the dataset version the WRO formulas of this workbook were last recalculated with.
 * Travels with the file, so opening it again with the same dataset costs no recalculation.
 */
export const CALCULATED_WITH_SETTING = "wroScreen.functionsDataset";

/**
 * Custom functions are not volatile, so Excel would keep showing results from the old dataset.
 * A full calculation is the only API that re-runs non-volatile custom functions whose inputs did not change.
 */
export async function recalculateInExcel(request?: RecalculationRequest): Promise<boolean> {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel || typeof excel.run !== "function") return false;
  return excel.run(async (context) => {
    const settings = context.workbook.settings;
    if (request && !request.force) {
      const recorded = settings.getItemOrNullObject(CALCULATED_WITH_SETTING);
      recorded.load("value");
      await context.sync();
      // Only when the dataset in force changed since this workbook was last calculated.
      if (!recorded.isNullObject && recorded.value === request.datasetVersion) return false;
    }
    // FullRebuild, not Full: cells whose last result was an error are not always recalculated by a full
    // calculation (office-js#4502), and those are exactly the cells a dataset update may fix. The string form of
    // Excel.CalculationType.fullRebuild, so this module never needs the Excel enum at load time.
    context.workbook.application.calculate("FullRebuild");
    if (request) settings.add(CALCULATED_WITH_SETTING, request.datasetVersion);
    await context.sync();
    return true;
  });
}
