// The shared runtime state: one Screener for the pane and the functions, swapped by setDataset, with
// listeners and an Excel recalculation after each change; invalid datasets are refused and change nothing.
import { DatasetError, Screener, bundledDataset } from "../../src/core";
import {
  getDatasetOrigin,
  getScreener,
  initialiseRuntime,
  onDatasetChanged,
  recalculateInExcel,
  CALCULATED_WITH_SETTING,
  restoreBundledDataset,
  setDataset,
  setRecalculator,
  whenRecalculated,
  type DatasetChange,
} from "../../src/addin/runtime";
import { WRORISK, WROMATCH } from "../../src/functions/functions";
import { createFakeExcel } from "../support/fake-excel";
import { ACTIVE_NAME, LIFTED_NAME, smallDataset } from "./small-dataset";

const recalculate = jest.fn(async () => true);
let restoreRecalculator: () => void;
// Listeners live in the shared runtime state, so every test removes the ones it added.
const subscriptions: Array<() => void> = [];
const subscribe = (listener: (change: DatasetChange) => void) => {
  const unsubscribe = onDatasetChanged(listener);
  subscriptions.push(unsubscribe);
  return unsubscribe;
};

beforeEach(() => {
  recalculate.mockClear();
  const previous = setRecalculator(recalculate);
  restoreRecalculator = () => setRecalculator(previous);
  restoreBundledDataset();
  recalculate.mockClear();
});

afterEach(() => {
  subscriptions.splice(0).forEach((unsubscribe) => unsubscribe());
  restoreRecalculator();
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

test("starts on the bundled dataset and keeps one Screener until the dataset changes", () => {
  const first = getScreener();
  expect(first).toBeInstanceOf(Screener);
  expect(first.version).toBe(bundledDataset().version);
  expect(getScreener()).toBe(first);
  expect(getDatasetOrigin()).toBe("bundled");
});

test("swapping the dataset changes what the functions return and notifies listeners", async () => {
  expect(WRORISK(ACTIVE_NAME)).toBe("None");
  const changes: DatasetChange[] = [];
  subscribe((change) => changes.push(change));

  const installed = setDataset(smallDataset("test-v1"), "imported");

  expect(getScreener()).toBe(installed);
  expect(WRORISK(ACTIVE_NAME)).toBe("High");
  expect(WRORISK(LIFTED_NAME)).toBe("Lifted");
  expect(WROMATCH(LIFTED_NAME)).toContain("lifted 2023-06-30");
  expect(changes).toHaveLength(1);
  expect(changes[0]).toMatchObject({ origin: "imported", previousVersion: bundledDataset().version });
  expect(changes[0].screener.version).toBe("test-v1");
  expect(recalculate).toHaveBeenCalledTimes(1);
  await expect(whenRecalculated()).resolves.toBe(true);
});

test("an invalid dataset is rejected with the field named, and the current one is kept", () => {
  setDataset(smallDataset("test-v2"));
  const before = getScreener();
  const listener = jest.fn();
  subscribe(listener);
  recalculate.mockClear();

  const broken = smallDataset("test-broken") as unknown as { listings: Array<Record<string, unknown>> };
  broken.listings[0].status = "maybe";
  expect(() => setDataset(broken)).toThrow(DatasetError);
  expect(() => setDataset(broken)).toThrow(/listings\[0\]\.status/);
  expect(() => setDataset({ not: "a dataset" })).toThrow(DatasetError);
  expect(() => setDataset(null)).toThrow(DatasetError);

  expect(getScreener()).toBe(before);
  expect(WRORISK(ACTIVE_NAME)).toBe("High");
  expect(listener).not.toHaveBeenCalled();
  expect(recalculate).not.toHaveBeenCalled();
});

test("an unsubscribed listener is not called, and a failing listener does not stop the others", () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const removed = jest.fn();
  const failing = jest.fn(() => {
    throw new Error("unmounted component");
  });
  const healthy = jest.fn();
  const unsubscribe = subscribe(removed);
  subscribe(failing);
  subscribe(healthy);
  unsubscribe();

  setDataset(smallDataset("test-v3"));

  expect(removed).not.toHaveBeenCalled();
  expect(failing).toHaveBeenCalledTimes(1);
  expect(healthy).toHaveBeenCalledTimes(1);
  expect(getScreener().version).toBe("test-v3");
  expect(console.error).toHaveBeenCalled();
});

test("restoreBundledDataset goes back to the shipped data", () => {
  setDataset(smallDataset("test-v4"));
  expect(WRORISK(ACTIVE_NAME)).toBe("High");
  restoreBundledDataset();
  expect(getScreener().version).toBe(bundledDataset().version);
  expect(getDatasetOrigin()).toBe("bundled");
  expect(WRORISK(ACTIVE_NAME)).toBe("None");
});

describe("recalculation", () => {
  test("without Excel, recalculateInExcel is a no-op", async () => {
    await expect(recalculateInExcel()).resolves.toBe(false);
  });

  test("with Excel, a dataset change asks for a full calculation", async () => {
    setRecalculator(recalculateInExcel);
    const calculate = jest.fn();
    const sync = jest.fn(async () => undefined);
    (globalThis as { Excel?: unknown }).Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) =>
        batch({
          workbook: {
            application: { calculate },
            settings: { getItemOrNullObject: () => ({ load: () => undefined, isNullObject: true }), add: jest.fn() },
          },
          sync,
        }),
    };
    setDataset(smallDataset("test-v5"));
    await expect(whenRecalculated()).resolves.toBe(true);
    expect(calculate).toHaveBeenCalledWith("FullRebuild");
    expect(sync).toHaveBeenCalled();
  });

  test("only when the dataset in force changed since the workbook was last calculated; error cells too (office-js#4502)", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: [["x"]] } } });
    (globalThis as { Excel?: unknown }).Excel = fake.Excel;
    await expect(recalculateInExcel({ datasetVersion: "v1" })).resolves.toBe(true);
    expect(fake.workbook.calculations).toEqual(["FullRebuild"]);
    expect(fake.workbook.settings.get(CALCULATED_WITH_SETTING)).toBe("v1");
    // Opening again with the same dataset: nothing to do.
    await expect(recalculateInExcel({ datasetVersion: "v1" })).resolves.toBe(false);
    expect(fake.workbook.calculations).toEqual(["FullRebuild"]);
    await expect(recalculateInExcel({ datasetVersion: "v2" })).resolves.toBe(true);
    await expect(recalculateInExcel({ datasetVersion: "v2", force: true })).resolves.toBe(true);
    expect(fake.workbook.calculations).toEqual(["FullRebuild", "FullRebuild", "FullRebuild"]);
  });

  test("a failed recalculation is reported but the new dataset stays in use", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    setRecalculator(async () => {
      throw new Error("RichApi.Error");
    });
    setDataset(smallDataset("test-v6"));
    await expect(whenRecalculated()).resolves.toBe(false);
    expect(getScreener().version).toBe("test-v6");
    expect(console.warn).toHaveBeenCalled();
  });
});

describe("start-up with a stored dataset", () => {
  test("a valid stored dataset is installed", async () => {
    const screener = await initialiseRuntime(async () => smallDataset("stored-v1"));
    expect(screener.version).toBe("stored-v1");
    expect(getDatasetOrigin()).toBe("stored");
  });

  test("Excel recalculates at start-up only if a formula already answered from the bundled dataset", async () => {
    restoreBundledDataset();
    recalculate.mockClear();
    await initialiseRuntime(async () => smallDataset("stored-quiet"));
    expect(recalculate).not.toHaveBeenCalled();

    restoreBundledDataset();
    recalculate.mockClear();
    expect(WRORISK(ACTIVE_NAME)).toBe("None");
    await initialiseRuntime(async () => smallDataset("stored-after-use"));
    expect(recalculate).toHaveBeenCalledTimes(1);
    expect(WRORISK(ACTIVE_NAME)).toBe("High");
  });

  test("nothing stored keeps the bundled dataset", async () => {
    await initialiseRuntime(async () => null);
    expect(getScreener().version).toBe(bundledDataset().version);
    await initialiseRuntime();
    expect(getDatasetOrigin()).toBe("bundled");
  });

  test("an invalid or unreadable stored dataset is skipped with a warning", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await initialiseRuntime(async () => ({ schemaVersion: 99 }));
    expect(getScreener().version).toBe(bundledDataset().version);
    await initialiseRuntime(async () => {
      throw new Error("storage unavailable");
    });
    expect(getScreener().version).toBe(bundledDataset().version);
    expect(console.warn).toHaveBeenCalledTimes(2);
  });
});

test("a second copy of the runtime module (a second webpack entry) shares the same state", () => {
  setDataset(smallDataset("shared-v1"));
  let otherCopy: typeof import("../../src/addin/runtime") | undefined;
  jest.isolateModules(() => {
    otherCopy = require("../../src/addin/runtime");
  });
  expect(otherCopy).toBeDefined();
  expect(otherCopy!.getScreener).not.toBe(getScreener);
  expect(otherCopy!.getScreener().version).toBe("shared-v1");
});
