import { promises as fs } from "node:fs";
import { bundledDataset, DatasetError, parseDataset, Screener } from "../core";
import { bundledPinyinReader } from "../core/transliterate/bundled";
import { UsageError } from "./errors";
import type { ScreenerLike } from "./screen-rows";

/** Builds the screener from the bundled dataset, or from --dataset FILE with every problem named. */
export async function loadScreener(datasetPath?: string): Promise<ScreenerLike> {
  // The CLI runs in Node, where the pinyin table costs nothing to load (src/core/transliterate).
  if (datasetPath === undefined) return new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
  let text: string;
  try {
    text = await fs.readFile(datasetPath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `Cannot find the dataset file ${datasetPath}.`
        : `Cannot read the dataset file ${datasetPath}: ${(e as Error).message}`,
    );
  }
  try {
    return new Screener(parseDataset(text), undefined, { pinyin: bundledPinyinReader() });
  } catch (e) {
    if (e instanceof DatasetError) {
      // One problem per line, each with its field path, so a curator can go straight to the entry.
      const detail = e.problems.length ? "\n  " + e.problems.join("\n  ") : " " + e.message;
      throw new UsageError(`${datasetPath} is not a usable dataset:${detail}`);
    }
    throw e;
  }
}
