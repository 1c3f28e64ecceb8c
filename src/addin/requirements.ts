import { REQUIRED_EXCEL_API } from "../excel/types";

/**
 * The adapter calls ExcelApi 1.13 (Range.getMergedAreasOrNullObject). It is checked when the pane starts,
 * not declared in the manifest: a manifest <Set Name="ExcelApi" MinVersion="1.13"/> would keep the whole add-in,
 * worksheet functions included, out of older Excel, where =WRORISK works fine.
 * Versions from "Excel JavaScript API requirement sets" (learn.microsoft.com/javascript/api/requirement-sets/
 * excel/excel-api-requirement-sets): ExcelApi 1.13 is in Microsoft 365 on Windows from Version 2102
 * (Build 13801.20738), on Mac from 16.46, Excel on the web, and Office 2021 and later (one-time purchase).
 */
export const EXCEL_VERSION_NEEDED =
  "Excel for Microsoft 365 (Windows version 2102 or later, Mac 16.46 or later), Excel 2021 or later, or Excel on the web";

export interface RequirementsHost {
  isSetSupported?: (name: string, minVersion?: string) => boolean;
}

/** A message naming the Excel needed when the pane's Excel API is missing; null when it is there. */
export function excelApiProblem(host: RequirementsHost | undefined): string | null {
  if (!host || typeof host.isSetSupported !== "function") {
    return `This Excel does not report which add-in features it supports. Screening from the pane needs ${EXCEL_VERSION_NEEDED}.`;
  }
  if (host.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return null;
  return (
    `Screening from this pane needs a newer Excel (Excel JavaScript API ${REQUIRED_EXCEL_API}): ${EXCEL_VERSION_NEEDED}. ` +
    "The worksheet functions (=WRORISK, =WROMATCH, =WRONOTE, =WROSCREEN) still work here."
  );
}
