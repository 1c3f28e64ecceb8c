export {
  readCellAnatomy,
  mayHaveParts,
  buildCellTables,
  CELL_TABLES,
  ROLE_LABELS,
  type CellAnatomy,
  type CellPart,
  type PartRole,
} from "./anatomy";
