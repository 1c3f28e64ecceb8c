import { datasetFingerprint, RISK_LABELS, type Dataset, type Risk } from "../../core";
import type { DecisionCounts, DecisionValue } from "../../core/decisions";
import { buildReportGrid, type ReportRow, type ReportSector } from "../../core/report";
import { bundledSectorBook, SECTOR_LABELS, type SectorLabel } from "../../core/sector";
import { columnLetter } from "../../excel/address";
import { readAuditRecord } from "../../excel/audit";
import { locateDecisionColumns, readDecisionRows, readSelectedRows, setDecisions, type DecisionListRow } from "../../excel/decisions";
import { ExcelAdapterError } from "../../excel/errors";
import { writeReport, type WrittenReport } from "../../excel/report";
import { locateResults } from "../../excel/review";
import type { ExcelRun } from "../../excel/types";

/** What the pane's decisions section needs: read decisions, decide the selected rows, make the report. */
export interface DecisionServices {
  readDecisions(): Promise<{ rows: DecisionListRow[]; counts: DecisionCounts } | null>;
  /** Sets (or, with null, clears) the decision of the selected rows of the result block; returns how many rows. */
  decideSelected(value: DecisionValue | null, by: string, reason?: string): Promise<number>;
  createReport(createdBy: string): Promise<WrittenReport>;
  /**
   * Whether runs add and check the decision columns: on once the user asked for them, or once the workbook's
   * results were found to have them (so a re-run never leaves existing decisions unchecked).
   */
  enabled(): boolean;
  enable(): void;
}

/** Key under which the reviewer's name is remembered (Office gives no user name in Excel; userProfile is Outlook-only). */
export const REVIEWER_NAME_KEY = "wroScreen.reviewerName";

export function rememberedReviewerName(storage: Pick<Storage, "getItem"> | null): string {
  try {
    return storage?.getItem(REVIEWER_NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberReviewerName(storage: Pick<Storage, "setItem"> | null, name: string): void {
  try {
    storage?.setItem(REVIEWER_NAME_KEY, name);
  } catch {
    // Storage may be blocked (private mode); the name is then asked again next time.
  }
}

const RISK_BY_LABEL = new Map<string, Risk>(Object.entries(RISK_LABELS).map(([risk, label]) => [label, risk as Risk]));

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Decision services over an `Excel.run` (or the fake's), the dataset in use and a clock. */
export function createDecisionServices(run: ExcelRun, currentDataset: () => Dataset, now: () => Date = () => new Date()): DecisionServices {
  const locate = async (context: Excel.RequestContext) => {
    const audit = await readAuditRecord(context);
    const found = await locateResults(context, audit?.sheetName);
    const decisionFirstColumn = await locateDecisionColumns(
      context,
      found.sheet,
      found.marker.firstColumnIndex,
      found.marker.headerRowIndex,
      found.marker.columnCount,
    );
    return { audit, found, decisionFirstColumn };
  };
  let on = false;
  return {
    enabled: () => on,
    enable: () => {
      on = true;
    },
    readDecisions: () =>
      run(async (context) => {
        const { found, decisionFirstColumn } = await locate(context);
        if (decisionFirstColumn === null) return null;
        on = true;
        return readDecisionRows(context, {
          sheetName: found.sheetName,
          resultsFirstColumn: found.marker.firstColumnIndex,
          headerRowIndex: found.marker.headerRowIndex,
          lastRowIndex: found.marker.lastRowIndex,
          decisionFirstColumn,
        });
      }),
    decideSelected: (value, by, reason) =>
      run(async (context) => {
        const { found, decisionFirstColumn } = await locate(context);
        if (decisionFirstColumn === null) {
          throw new ExcelAdapterError("no-results", "There are no decision columns yet. Screen the column again to add them.", {
            sheetName: found.sheetName,
          });
        }
        const selected = await readSelectedRows(context);
        if (selected.sheetName !== found.sheetName) {
          throw new ExcelAdapterError("no-results", `Select rows on "${found.sheetName}", where the results are.`, {
            sheetName: found.sheetName,
          });
        }
        const rowNumbers: number[] = [];
        for (let r = selected.rowIndex; r < selected.rowIndex + selected.rowCount; r++) {
          if (r > found.marker.headerRowIndex && r <= found.marker.lastRowIndex) rowNumbers.push(r + 1);
        }
        if (rowNumbers.length === 0) return 0;
        return setDecisions(context, { sheetName: found.sheetName, decisionFirstColumn, rowNumbers, value, by, on: isoDay(now()), reason });
      }),
    createReport: (createdBy) =>
      run(async (context) => {
        const { audit, found, decisionFirstColumn } = await locate(context);
        const dataset = currentDataset();
        const listings = new Map(dataset.listings.map((l) => [l.id, l]));
        const read =
          decisionFirstColumn === null
            ? null
            : await readDecisionRows(context, {
                sheetName: found.sheetName,
                resultsFirstColumn: found.marker.firstColumnIndex,
                headerRowIndex: found.marker.headerRowIndex,
                lastRowIndex: found.marker.lastRowIndex,
                decisionFirstColumn,
              });
        const rows: ReportRow[] = (read?.rows ?? [])
          .filter((r) => RISK_BY_LABEL.has(r.riskLabel) && r.riskLabel !== RISK_LABELS.none)
          .map((r) => ({
            rowNumber: r.rowNumber,
            supplier: r.supplier,
            risk: RISK_BY_LABEL.get(r.riskLabel)!,
            match: r.match,
            listing: r.listingId ? (listings.get(r.listingId) ?? null) : null,
            decision: r.state === "current" || r.state === "outdated" ? r.value : null,
            decidedBy: r.decidedBy,
            decidedOn: r.decidedOn,
            reason: r.reason,
            check: r.message,
          }));
        const supplierColumn = found.marker.firstColumnIndex - 1;
        const letter = columnLetter(supplierColumn);
        // A block with the "Sector risk" column (4 columns): its labels, and the sector sentence of each row's note.
        let sector: ReportSector | null = null;
        const rowCount = found.marker.lastRowIndex - found.marker.headerRowIndex;
        if (found.marker.columnCount === 4 && rowCount > 0) {
          const block = context.workbook.worksheets
            .getItem(found.sheetName)
            .getRangeByIndexes(found.marker.headerRowIndex + 1, supplierColumn, rowCount, 5);
          block.load("values");
          await context.sync();
          sector = sectorOfSheet(block.values, found.marker.headerRowIndex + 2);
        }
        const grid = buildReportGrid(
          {
            createdAt: now().toISOString(),
            createdBy,
            screened: {
              sheetName: found.sheetName,
              range: audit?.resultsAddress ?? found.sheetName,
              supplierColumn: `${letter}${audit?.supplierColumn ? ` "${audit.supplierColumn}"` : ""}`,
              countryColumn: null,
              productColumn: null,
              screenedAt: audit?.screenedAt ?? null,
              rowsScreened: audit?.rowsScreened ?? found.marker.lastRowIndex - found.marker.headerRowIndex,
            },
            dataset: {
              version: dataset.version,
              compiled: dataset.compiled,
              sha256: datasetFingerprint(dataset),
              sources: dataset.sources,
            },
            counts: audit?.counts ?? { high: 0, review: 0, lifted: 0, none: 0 },
            decisions: read?.counts ?? { undecided: rows.length, cleared: 0, confirmed: 0, escalated: 0, outdated: 0 },
            rows,
            sector,
          },
          letter,
        );
        return writeReport(context, grid);
      }),
  };
}

const SECTOR_LABEL_SET: ReadonlySet<string> = new Set(SECTOR_LABELS);

/**
 * The report's sector section from a result block's cells (supplier, risk, match, notes, sector risk), first row
 * numbered `firstRowNumber`. The sheet does not record unreadable products, so that count is not known.
 */
export function sectorOfSheet(values: readonly unknown[][], firstRowNumber: number): ReportSector {
  const counts: ReportSector["counts"] = {
    "Forced labour": 0,
    "Child labour": 0,
    "Forced and child labour": 0,
    "Input risk": 0,
    unmapped: null,
  };
  const rows: ReportSector["rows"] = [];
  values.forEach((cells, i) => {
    const label = typeof cells[4] === "string" ? cells[4].trim() : "";
    if (!SECTOR_LABEL_SET.has(label)) return;
    counts[label as SectorLabel] += 1;
    const note = typeof cells[3] === "string" ? cells[3] : "";
    const at = note.indexOf("Sector risk:");
    rows.push({
      rowNumber: firstRowNumber + i,
      supplier: typeof cells[0] === "string" ? cells[0] : String(cells[0] ?? ""),
      label: label as SectorLabel,
      product: "",
      note: at >= 0 ? note.slice(at) : "",
    });
  });
  const name = bundledSectorBook().listName.replace(/^the /, "");
  return { list: name.charAt(0).toUpperCase() + name.slice(1), counts, rows };
}
