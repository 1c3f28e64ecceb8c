export { bundledSectorList } from "./bundled";
export { buildSectorList, parseDolCsv, parseDolXml, SectorDataError, DOL_PAGE } from "./build";
export type { DolRow, SectorListMeta } from "./build";
export { bundledProductReader, ProductReader } from "./products";
export type { ProductReading, TermFile } from "./products";
export { SECTOR_LABELS, SectorListSchema, validateSectorList } from "./schema";
export type { SectorEntry, SectorLabel, SectorList } from "./schema";
export { bundledSectorBook, combineLabels, SectorBook } from "./sector-risk";
export type { SectorHit, SectorResult } from "./sector-risk";
