import { readFileSync } from "fs";
import { join } from "path";
import { parseDataset } from "../../src/core/dataset/load";
import type { Dataset } from "../../src/core/dataset/schema";
import { ImportError } from "../../src/core/importers";

export const FIXTURES = join(__dirname, "..", "fixtures", "importers");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function baseDataset(): Dataset {
  return parseDataset(readFileSync(join(FIXTURES, "base-dataset.json"), "utf8"));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Runs `fn` and returns the ImportError it throws; fails the test if it returns or throws anything else. */
export function importErrorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected an ImportError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
  }
  throw new Error("expected an ImportError, but the call returned");
}

export const CBP_HEADER =
  "Effective Date,Calendar Year,Country Code,Country,Merchandise,WRO/Finding,Industry,Status,Press Release,Entity,Remarks";
