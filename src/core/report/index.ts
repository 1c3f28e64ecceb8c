// The "WRO screening report": a pure grid of values, printed by the Excel adapter (src/excel/report.ts) and the CLI.
export * from "./grid";
export { METHOD_LINES } from "./method";
