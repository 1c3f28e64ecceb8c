import {
  DatasetStore,
  DatasetStoreError,
  browserLocalStorage,
  defaultStorage,
  memoryStorage,
  officeRuntimeStorage,
} from "../../src/addin/dataset-store";
import { DatasetError, datasetFingerprint } from "../../src/core/dataset/load";
import type { Dataset } from "../../src/core/dataset/schema";
import { baseDataset } from "../importers/helpers";

function setup(quota?: number) {
  const storage = memoryStorage(quota);
  const installed: [string, string | undefined][] = [];
  const runtime = { setDataset: jest.fn((value: unknown, origin?: string) => void installed.push([(value as Dataset).version, origin])) };
  const bundled = { ...baseDataset(), version: "bundled-1" };
  const store = new DatasetStore({ storage, runtime, bundled: () => bundled, now: () => new Date("2026-11-26T10:00:00Z") });
  return { storage, runtime, installed, store, bundled };
}

const version = (v: string): Dataset => ({ ...baseDataset(), version: v });

describe("DatasetStore", () => {
  it("starts with the bundled dataset when nothing is stored, reporting no problem", async () => {
    const { store, installed } = setup();
    const result = await store.loadStoredDataset();
    expect(result).toMatchObject({ from: "bundled", problem: null });
    expect(installed).toEqual([["bundled-1", "bundled"]]);
  });

  it("applies a valid dataset: stores it with its fingerprint, installs it, and it survives a restart", async () => {
    const { store, storage, installed, runtime, bundled } = setup();
    const result = await store.applyDataset(version("v2"), "update.csv");
    expect(result.info).toMatchObject({
      version: "v2",
      origin: "update.csv",
      savedAt: "2026-11-26T10:00:00.000Z",
      fingerprint: datasetFingerprint(version("v2")),
    });
    expect(result.previousKept).toBe(false);
    expect(installed).toEqual([["v2", "imported"]]);
    const restarted = new DatasetStore({ storage, runtime, bundled: () => bundled });
    expect((await restarted.loadStoredDataset()).from).toBe("stored");
    expect(installed.at(-1)).toEqual(["v2", "stored"]);
    expect((await restarted.readStoredDataset())!.version).toBe("v2");
  });

  it("refuses an invalid dataset with the field named, changing nothing", async () => {
    const { store, storage, runtime } = setup();
    await store.applyDataset(version("v2"), "a");
    const before = new Map(storage.items);
    runtime.setDataset.mockClear();
    const bad = { ...version("v3"), listings: [{ ...baseDataset().listings[0], status: "lifted" }] };
    await expect(store.applyDataset(bad, "b")).rejects.toThrow(DatasetError);
    await expect(store.applyDataset(bad, "b")).rejects.toThrow(/listings\[0\]\.status/);
    expect(storage.items).toEqual(before);
    expect(runtime.setDataset).not.toHaveBeenCalled();
  });

  it("refuses a dataset larger than the storage allows, saying how large", async () => {
    const { store, storage, runtime } = setup(2000);
    await expect(store.applyDataset(version("v2"), "a")).rejects.toThrow(
      /The dataset is \d+\.\d KB, more than the 2\.0 KB test storage allows; it was not applied\./,
    );
    expect(storage.items.size).toBe(0);
    expect(runtime.setDataset).not.toHaveBeenCalled();
  });

  it("drops the previous dataset, and says so, when both would not fit", async () => {
    const size = JSON.stringify({
      savedAt: "2026-11-26T10:00:00.000Z",
      origin: "a",
      fingerprint: "x".repeat(64),
      dataset: version("v2"),
    }).length;
    const { store } = setup(Math.floor(size * 1.5));
    await store.applyDataset(version("v2"), "a");
    const second = await store.applyDataset(version("v3"), "a");
    expect(second.previousKept).toBe(false);
    expect(second.note).toMatch(/could not be kept for roll-back/);
    await expect(store.rollBack("previous")).rejects.toThrow(/No earlier dataset is stored/);
  });

  it("rolls back to the previous dataset, and a second roll-back undoes the first", async () => {
    const { store, installed } = setup();
    await store.applyDataset(version("v2"), "a");
    const second = await store.applyDataset(version("v3"), "b");
    expect(second.previousKept).toBe(true);
    expect((await store.describe()).previous!.version).toBe("v2");
    expect((await store.rollBack("previous")).version).toBe("v2");
    expect((await store.rollBack("previous")).version).toBe("v3");
    expect(installed.map((i) => i.join(":"))).toEqual(["v2:imported", "v3:imported", "v2:stored", "v3:stored"]);
  });

  it("rolls back to the bundled dataset, keeping the stored one as previous", async () => {
    const { store, installed } = setup();
    await store.applyDataset(version("v2"), "a");
    expect((await store.rollBack("bundled")).version).toBe("bundled-1");
    expect(installed.at(-1)).toEqual(["bundled-1", "bundled"]);
    const described = await store.describe();
    expect(described.current).toBeNull();
    expect(described.previous!.version).toBe("v2");
    expect((await store.loadStoredDataset()).from).toBe("bundled");
    expect((await store.rollBack("previous")).version).toBe("v2");
  });

  it.each([
    ["not JSON", () => "{oops", /the stored dataset is damaged/],
    ["no dataset", () => JSON.stringify({ savedAt: "x" }), /damaged \(no dataset in it\)/],
    [
      "an invalid dataset",
      () => JSON.stringify({ savedAt: "x", origin: "o", fingerprint: "f", dataset: { ...version("v9"), schemaVersion: 99 } }),
      /no longer valid: .*schemaVersion/,
    ],
    [
      "an altered dataset",
      () => JSON.stringify({ savedAt: "x", origin: "o", fingerprint: datasetFingerprint(version("v8")), dataset: version("v9") }),
      /does not match its recorded SHA-256/,
    ],
  ])("falls back to the bundled dataset at start-up when storage holds %s, saying why", async (_label, blob, reason) => {
    const { store, storage, installed } = setup();
    storage.items.set("wro-screen.dataset.current", blob());
    const result = await store.loadStoredDataset();
    expect(result.from).toBe("bundled");
    expect(result.problem).toMatch(/^Using the bundled dataset because /);
    expect(result.problem).toMatch(reason);
    expect(installed).toEqual([["bundled-1", "bundled"]]);
    expect(await store.readStoredDataset()).toBeNull();
    expect(store.lastProblem).toMatch(reason);
  });

  it("falls back to the bundled dataset when storage cannot be read", async () => {
    const { store, storage } = setup();
    storage.getItem = async () => {
      throw new Error("storage offline");
    };
    expect((await store.loadStoredDataset()).problem).toBe(
      "Using the bundled dataset because test storage could not be read (storage offline).",
    );
  });

  it("restores storage and keeps the dataset in use when saving fails", async () => {
    const { store, storage, runtime } = setup();
    await store.applyDataset(version("v2"), "a");
    const before = new Map(storage.items);
    runtime.setDataset.mockClear();
    const realSet = storage.setItem;
    storage.setItem = async (key, value) => {
      if (key.endsWith("current")) throw new Error("QuotaExceededError");
      return realSet(key, value);
    };
    await expect(store.applyDataset(version("v3"), "b")).rejects.toThrow(
      new DatasetStoreError("test storage refused to save the dataset (QuotaExceededError); nothing was changed."),
    );
    expect(storage.items).toEqual(before);
    expect(runtime.setDataset).not.toHaveBeenCalled();
  });

  it("restores storage when the runtime refuses the dataset", async () => {
    const { store, storage, runtime } = setup();
    await store.applyDataset(version("v2"), "a");
    const before = new Map(storage.items);
    runtime.setDataset.mockImplementationOnce(() => {
      throw new Error("screener refused");
    });
    await expect(store.applyDataset(version("v3"), "b")).rejects.toThrow("screener refused");
    expect(storage.items).toEqual(before);
  });

  it("without storage: still starts, but says an update cannot be kept", async () => {
    const runtime = { setDataset: jest.fn() };
    const store = new DatasetStore({ storage: null, runtime, bundled: () => version("bundled-1") });
    expect(store.canStore).toBe(false);
    expect((await store.loadStoredDataset()).from).toBe("bundled");
    await expect(store.applyDataset(version("v2"), "a")).rejects.toThrow(/offers no storage for add-ins/);
  });
});

describe("storage selection", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.OfficeRuntime;
    delete g.localStorage;
    delete g.Office;
  });

  it("prefers OfficeRuntime.storage (10 MB) over localStorage", async () => {
    const items = new Map<string, string>();
    g.OfficeRuntime = {
      storage: {
        getItem: async (k: string) => items.get(k) ?? null,
        setItem: async (k: string, v: string) => void items.set(k, v),
        removeItem: async (k: string) => void items.delete(k),
      },
    };
    g.localStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
    const storage = defaultStorage()!;
    expect(storage).toMatchObject({ label: "Office storage", quotaBytes: 10 * 1024 * 1024 });
    await storage.setItem("k", "v");
    expect(items.get("k")).toBe("v");
  });

  it("uses localStorage, prefixed with Office's partition key when there is one", async () => {
    const items = new Map<string, string>();
    g.localStorage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    g.Office = { context: { partitionKey: "part-1" } };
    expect(officeRuntimeStorage()).toBeNull();
    const storage = browserLocalStorage()!;
    await storage.setItem("k", "v");
    expect([...items.keys()]).toEqual(["part-1/k"]);
    expect(await storage.getItem("k")).toBe("v");
    delete g.Office;
    await browserLocalStorage()!.setItem("k", "w");
    expect(items.get("k")).toBe("w");
  });

  it("is null where there is no storage at all", () => {
    expect(defaultStorage()).toBeNull();
  });
});
