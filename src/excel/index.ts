// The one adapter through which the add-in reads and writes the workbook. Every function takes a
// RequestContext (or an injected `run`), so tests and the browser harness can pass the in-memory fake.
export * from "./types";
export * from "./errors";
export { columnLetter, columnIndexOf, rectAddress } from "./address";
export { describeSelection, type DescribeOptions } from "./selection";
export { prepareResultsColumns, shiftedColumn, type PrepareOptions, type PreparedResults } from "./results-columns";
export { queueResultRows, queueColumnRead, resultRowBytes, type ResultRow } from "./rows";
export {
  queueRiskFormatting,
  queueListFilterButtons,
  showFlaggedOnly,
  showSectorRisk,
  SECTOR_RISK_LABELS,
  clearFilter,
  readSummary,
  selectRow,
  locateResults,
  RISK_STYLES,
  FLAGGED_RISKS,
} from "./review";
export { queueAuditRecord, readAuditRecord, formatAuditLine, parseAuditRecord, AUDIT_SETTING_KEY } from "./audit";
export { sync, syncsUsed, planChunks, splitByBytes, jsonBytes, DEFAULT_CHUNK_ROWS, DEFAULT_MAX_REQUEST_BYTES } from "./io";
export { MARKER_PREFIX, parseMarker, type ResultsMarker } from "./marker";
export { readLastResults, type LastResultRow, type ReadLastResultsOptions } from "./last-results";
export {
  prepareDecisionColumns,
  reconcileDecisions,
  locateDecisionColumns,
  readDecisionRows,
  setDecisions,
  DECISION_COLUMN_HEADERS,
  DECISION_COLUMN_COUNT,
  DECISION_LIST_SOURCE,
  type DecisionBlock,
  type PreparedDecisions,
  type DecisionRowState,
  type ReconcileResult,
  type DecisionListRow,
} from "./decisions";
export { writeReport, type WrittenReport } from "./report";
