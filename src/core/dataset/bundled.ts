import bundledJson from "../../data/dataset/wro-dataset.json";
import { validateDataset } from "./load";
import type { Dataset } from "./schema";

let cached: Dataset | null = null;

/** The dataset shipped with the add-in and the CLI, validated once on first use. */
export function bundledDataset(): Dataset {
  if (!cached) cached = validateDataset(bundledJson);
  return cached;
}
