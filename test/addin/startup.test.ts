// Start-up of the shared runtime with the real dataset store (src/addin/dataset-store.ts) over a fake
// OfficeRuntime.storage: a dataset the user installed earlier is back in use, once, for pane and functions.
// Its own test file because start-up happens once per runtime (jest gives each file a fresh global).
import { DatasetStore, memoryStorage, officeRuntimeStorage } from "../../src/addin/dataset-store";
import { getDatasetOrigin, getScreener, setDataset, setRecalculator, startSharedRuntime } from "../../src/addin/runtime";
import { bundledDataset } from "../../src/core";
import { WRORISK } from "../../src/functions/functions";
import { ACTIVE_NAME, smallDataset } from "./small-dataset";

const storage = memoryStorage();
const recalculate = jest.fn(async () => true);

beforeAll(async () => {
  (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime = { storage };
  setRecalculator(recalculate);
  // An earlier session: the user applied an update, which the store saved.
  const earlier = new DatasetStore({ storage: officeRuntimeStorage(), runtime: { setDataset } });
  await earlier.applyDataset(smallDataset("stored-update-7"), "update file");
  // A new session starts on the bundled dataset.
  setDataset(bundledDataset(), "bundled", { recalculate: false });
  recalculate.mockClear();
});

afterAll(() => {
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

test("the stored dataset is installed at start-up, without a recalculation if no formula has run yet", async () => {
  expect(storage.items.size).toBeGreaterThan(0);
  const result = await startSharedRuntime();
  expect(result.problem).toBeNull();
  expect(result.screener.version).toBe("stored-update-7");
  expect(getScreener()).toBe(result.screener);
  expect(getDatasetOrigin()).toBe("stored");
  expect(recalculate).not.toHaveBeenCalled();
  expect(WRORISK(ACTIVE_NAME)).toBe("High");
});

test("start-up runs once however often it is requested", async () => {
  const again = await startSharedRuntime();
  expect(again.screener).toBe(getScreener());
  expect(again.screener.version).toBe("stored-update-7");
});
