import { getScreener, onDatasetChanged } from "../../src/addin/runtime";
import { bundledDataset } from "../../src/core/dataset/bundled";
import { datasetViewProps } from "../../src/taskpane/dataset";

describe("datasetViewProps (shared runtime and store)", () => {
  const items = new Map<string, string>();
  beforeAll(() => {
    (globalThis as Record<string, unknown>).localStorage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).localStorage;
  });

  it("applies through the shared runtime, notifies listeners, and rolls back to the bundled dataset", async () => {
    const props = datasetViewProps();
    expect(props.getDataset().version).toBe(bundledDataset().version);
    expect(props.store.canStore).toBe(true);
    const seen: string[] = [];
    const stop = onDatasetChanged((change) => seen.push(`${change.origin}:${change.screener.version}`));
    const updated = { ...bundledDataset(), version: "wired-2" };
    await props.store.applyDataset(updated, "test.json");
    expect(getScreener().version).toBe("wired-2");
    expect(props.getDataset().version).toBe("wired-2");
    expect(props.createScreener(updated).version).toBe("wired-2");
    expect([...items.keys()]).toEqual(["wro-screen.dataset.current"]);
    await props.store.rollBack("bundled");
    expect(getScreener().version).toBe(bundledDataset().version);
    expect(seen).toEqual(["imported:wired-2", `bundled:${bundledDataset().version}`]);
    stop();
  });
});
