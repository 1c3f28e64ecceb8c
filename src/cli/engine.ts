import { promises as fs } from "node:fs";
import { bundledDataset, DatasetError, parseDataset, Screener } from "../core";
import { UsageError } from "./errors";
import type { ScreenerLike } from "./screen-rows";

/** Builds the screener from the bundled dataset, or from --dataset FILE with every problem named. */
export async function loadScreener(datasetPath?: string): Promise<ScreenerLike> {
  if (datasetPath === undefined) return new Screener(bundledDataset());
  let text: string;
  try {
    text = await fs.readFile(datasetPath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `Cannot find the dataset file ${datasetPath}.` : `Cannot read the dataset file ${datasetPath}: ${(e as Error).message}`);
  }
  try {
    return new Screener(parseDataset(text));
  } catch (e) {
    if (e instanceof DatasetError) {
      const problems = e.problems.length ? "\n  " + e.problems.join("\n  ") : "";
      throw new UsageError(`${datasetPath} is not a usable dataset: ${e.problems.length ? "" : e.message}${problems}`.replace(/: \n/, ":\n"));
    }
    throw e;
  }
}
