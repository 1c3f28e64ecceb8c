// The pure core: no Office, no DOM, no Node-only APIs. Every shell (task pane, custom functions,
// ribbon command, CLI) screens through this module.
export * from "./dataset/schema";
export * from "./dataset/load";
export * from "./screening/types";
export * from "./dataset/bundled";
export { Screener, decide } from "./screening/screener";
export { displayInput, readCell, readOptionalCell, MAX_NAME_LENGTH } from "./screening/input";
export { writeNote, matchLabel, listingSummary, listKindLabel, statusSentence } from "./notes/note";
export { formatDate } from "./notes/dates";
export { bundledTables, compileTables, type NormalisationTables } from "./normalise/tables";
export { analyseName } from "./normalise/name-analysis";
export { matchableVariants } from "./matching/listed-names";
export { WEIGHTS } from "./matching/name-index";
export { RuleBook } from "./rules/region-product";
export { sha256Hex } from "./dataset/sha256";
