import listJson from "../../data/sector/dol-list-of-goods.json";
import { type SectorList, validateSectorList } from "./schema";

let cached: SectorList | null = null;

/** The List of Goods shipped with the add-in and the CLI (2022 edition), validated once on first use. */
export function bundledSectorList(): SectorList {
  cached ??= validateSectorList(listJson);
  return cached;
}
