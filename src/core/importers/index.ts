// Readers for the official lists and for the project's own dataset JSON. Pure: bytes in, listings
// or ImportError out, so the task pane and the CLI share them.
export * from "./errors";
export * from "./decode";
export * from "./csv";
export * from "./dates";
export * from "./names";
export * from "./types";
export * from "./cbp-csv";
export * from "./uflpa-names";
export * from "./uflpa-html";
export * from "./identity";
export * from "./dataset-json";
export * from "./fetch";
export * from "./update";
export * from "../dataset/diff";
export * from "../dataset/merge";
