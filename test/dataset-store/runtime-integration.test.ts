import { DatasetStore, defaultStorage } from "../../src/addin/dataset-store";
import { getScreener, onDatasetChanged, setDataset, setRecalculator } from "../../src/addin/runtime";
import { bundledDataset } from "../../src/core/dataset/bundled";

describe("DatasetStore with the shared runtime (as src/taskpane/index.tsx wires it)", () => {
  const items = new Map<string, string>();
  beforeAll(() => {
    (globalThis as Record<string, unknown>).localStorage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    setRecalculator(async () => false);
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).localStorage;
  });

  it("applies through the runtime, notifies listeners, survives a restart and rolls back to the bundled dataset", async () => {
    const store = new DatasetStore({ storage: defaultStorage(), runtime: { setDataset } });
    expect(store.canStore).toBe(true);
    const seen: string[] = [];
    const stop = onDatasetChanged((change) => seen.push(`${change.origin}:${change.screener.version}`));
    await store.applyDataset({ ...bundledDataset(), version: "wired-2" }, "test.json");
    expect(getScreener().version).toBe("wired-2");
    expect([...items.keys()]).toEqual(["wro-screen.dataset.current"]);

    const afterRestart = new DatasetStore({ storage: defaultStorage(), runtime: { setDataset } });
    expect((await afterRestart.readStoredDataset())!.version).toBe("wired-2");

    await store.rollBack("bundled");
    expect(getScreener().version).toBe(bundledDataset().version);
    expect(seen).toEqual(["imported:wired-2", `bundled:${bundledDataset().version}`]);
    stop();
  });

  it("a damaged stored blob leaves the bundled dataset in use at start-up, with the reason", async () => {
    items.set("wro-screen.dataset.current", '{"dataset": {"schemaVersion": 1}}');
    const store = new DatasetStore({ storage: defaultStorage(), runtime: { setDataset } });
    expect(await store.readStoredDataset()).toBeNull();
    expect(store.lastProblem).toMatch(/^Using the bundled dataset because the stored dataset is no longer valid: /);
  });
});
