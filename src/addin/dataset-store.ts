import { bundledDataset } from "../core/dataset/bundled";
import { datasetFingerprint, DatasetError, validateDataset } from "../core/dataset/load";
import type { Dataset } from "../core/dataset/schema";
import { formatBytes } from "../core/importers/errors";
// Type-only: runtime.ts imports this module, and a value import back would make a cycle.
import type { DatasetOrigin } from "./runtime";

/**
 * Keeps an updated dataset per user so it survives closing Excel, plus the one before it for
 * roll-back. Storage is OfficeRuntime.storage when the shared runtime offers it (10 MB per domain),
 * else the browser's localStorage (prefixed with Office's partition key where Office sets one).
 * The store never lets a bad blob decide what is screened: anything unreadable falls back to the
 * bundled dataset, with the reason reported.
 */

/** The storage surface the store needs: OfficeRuntime.storage already has this shape. */
export interface KeyValueStorage {
  /** Shown to the user in errors ("Office storage", "browser storage"). */
  readonly label: string;
  /** Total bytes the store may use in this storage. */
  readonly quotaBytes: number;
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** What set-up needs from src/addin/runtime.ts; injected so tests need no Excel. */
export interface DatasetRuntime {
  setDataset(value: unknown, origin?: DatasetOrigin): unknown;
}

export interface StoredDatasetInfo {
  version: string;
  compiled: string;
  fingerprint: string;
  savedAt: string;
  /** Where the update came from (file name or address), as the user gave it. */
  origin: string;
  bytes: number;
}

export interface LoadResult {
  dataset: Dataset;
  from: "stored" | "bundled";
  /** Why the stored dataset was not used, when there was one. */
  problem: string | null;
}

export interface ApplyResult {
  info: StoredDatasetInfo;
  /** True when the dataset that was in use is kept for "Roll back to previous". */
  previousKept: boolean;
  note: string | null;
}

export class DatasetStoreError extends Error {
  override name = "DatasetStoreError";
}

const OFFICE_QUOTA = 10 * 1024 * 1024;
/** Browsers allow about 5 million UTF-16 characters; the store counts UTF-8 bytes, so this stays under it for ASCII-heavy JSON. */
const LOCAL_STORAGE_QUOTA = 4.5 * 1024 * 1024;
const KEY_CURRENT = "wro-screen.dataset.current";
const KEY_PREVIOUS = "wro-screen.dataset.previous";

interface Envelope {
  savedAt: string;
  origin: string;
  fingerprint: string;
  dataset: unknown;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function officeRuntimeStorage(): KeyValueStorage | null {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: OfficeRuntime.Storage } }).OfficeRuntime;
  const storage = runtime?.storage;
  if (!storage || typeof storage.getItem !== "function") return null;
  return {
    label: "Office storage",
    quotaBytes: OFFICE_QUOTA,
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
  };
}

export function browserLocalStorage(): KeyValueStorage | null {
  let local: Storage | undefined;
  try {
    local = (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return null; // Some sandboxed frames throw on access.
  }
  if (!local) return null;
  const office = (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office;
  // Office on the web shares one origin between users' add-in instances; the partition key keeps them apart.
  const prefix = office?.context?.partitionKey ? `${office.context.partitionKey}/` : "";
  return {
    label: "browser storage",
    quotaBytes: LOCAL_STORAGE_QUOTA,
    getItem: async (key) => local!.getItem(prefix + key),
    setItem: async (key, value) => local!.setItem(prefix + key, value),
    removeItem: async (key) => local!.removeItem(prefix + key),
  };
}

/** OfficeRuntime.storage when present, else localStorage, else null (nothing can be kept). */
export function defaultStorage(): KeyValueStorage | null {
  return officeRuntimeStorage() ?? browserLocalStorage();
}

export interface DatasetStoreOptions {
  storage: KeyValueStorage | null;
  runtime: DatasetRuntime;
  bundled?: () => Dataset;
  now?: () => Date;
}

export class DatasetStore {
  private readonly storage: KeyValueStorage | null;
  private readonly runtime: DatasetRuntime;
  private readonly bundled: () => Dataset;
  private readonly now: () => Date;

  constructor(options: DatasetStoreOptions) {
    this.storage = options.storage;
    this.runtime = options.runtime;
    this.bundled = options.bundled ?? bundledDataset;
    this.now = options.now ?? (() => new Date());
  }

  get canStore(): boolean {
    return this.storage !== null;
  }

  private requireStorage(): KeyValueStorage {
    if (!this.storage)
      throw new DatasetStoreError("This copy of Excel offers no storage for add-ins, so an updated dataset cannot be kept.");
    return this.storage;
  }

  /** Reads and checks one stored blob; returns a reason instead of throwing. */
  private async readEnvelope(key: string): Promise<{ dataset: Dataset; info: StoredDatasetInfo } | { problem: string } | null> {
    if (!this.storage) return null;
    let text: string | null;
    try {
      text = await this.storage.getItem(key);
    } catch (e) {
      return { problem: `${this.storage.label} could not be read (${(e as Error)?.message ?? String(e)})` };
    }
    if (text === null || text === undefined) return null;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
      if (!envelope || typeof envelope !== "object" || !("dataset" in envelope)) throw new Error("no dataset in it");
    } catch (e) {
      return { problem: `the stored dataset is damaged (${(e as Error).message})` };
    }
    let dataset: Dataset;
    try {
      dataset = validateDataset(envelope.dataset);
    } catch (e) {
      return { problem: `the stored dataset is no longer valid: ${e instanceof DatasetError ? e.message : String(e)}` };
    }
    const fingerprint = datasetFingerprint(dataset);
    if (envelope.fingerprint !== fingerprint) {
      return { problem: "the stored dataset does not match its recorded SHA-256 (it was altered or cut short)" };
    }
    return {
      dataset,
      info: {
        version: dataset.version,
        compiled: dataset.compiled,
        fingerprint,
        savedAt: String(envelope.savedAt),
        origin: String(envelope.origin),
        bytes: byteLength(text),
      },
    };
  }

  /** For the pane: what is stored now and what roll-back would restore. */
  async describe(): Promise<{ current: StoredDatasetInfo | null; previous: StoredDatasetInfo | null; problem: string | null }> {
    const [current, previous] = await Promise.all([this.readEnvelope(KEY_CURRENT), this.readEnvelope(KEY_PREVIOUS)]);
    const info = (r: typeof current) => (r && "info" in r ? r.info : null);
    const problem = [current, previous].map((r) => (r && "problem" in r ? r.problem : null)).find(Boolean) ?? null;
    return { current: info(current), previous: info(previous), problem };
  }

  /**
   * Start-up: the stored dataset if there is a valid one, else the bundled one with the reason.
   * Installs the result in the runtime; never throws for a bad blob.
   */
  async loadStoredDataset(): Promise<LoadResult> {
    const stored = await this.readEnvelope(KEY_CURRENT);
    if (stored && "dataset" in stored) {
      try {
        this.runtime.setDataset(stored.dataset, "stored");
        this.lastProblem = null;
        return { dataset: stored.dataset, from: "stored", problem: null };
      } catch (e) {
        return this.useBundled(`the stored dataset could not be installed (${(e as Error)?.message ?? String(e)})`);
      }
    }
    return this.useBundled(stored && "problem" in stored ? stored.problem : null);
  }

  /**
   * For runtime.initialiseRuntime(loader): the valid stored dataset, or null (bundled stays in use).
   * The reason a stored blob was skipped is kept in `lastProblem` for the pane to show.
   */
  async readStoredDataset(): Promise<Dataset | null> {
    const stored = await this.readEnvelope(KEY_CURRENT);
    this.lastProblem = stored && "problem" in stored ? `Using the bundled dataset because ${stored.problem}.` : null;
    return stored && "dataset" in stored ? stored.dataset : null;
  }

  lastProblem: string | null = null;

  private useBundled(problem: string | null): LoadResult {
    const dataset = this.bundled();
    this.runtime.setDataset(dataset, "bundled");
    this.lastProblem = problem ? `Using the bundled dataset because ${problem}.` : null;
    return { dataset, from: "bundled", problem: this.lastProblem };
  }

  /**
   * Validates, stores (keeping the dataset in use as "previous") and installs `value`. On any failure
   * nothing changes: the stored blobs and the dataset in use stay as they were.
   */
  async applyDataset(value: unknown, origin: string): Promise<ApplyResult> {
    const dataset = validateDataset(value);
    const storage = this.requireStorage();
    const fingerprint = datasetFingerprint(dataset);
    const envelope: Envelope = { savedAt: this.now().toISOString(), origin, fingerprint, dataset };
    const text = JSON.stringify(envelope);
    const size = byteLength(text);
    if (size > storage.quotaBytes) {
      throw new DatasetStoreError(
        `The dataset is ${formatBytes(size)}, more than the ${formatBytes(storage.quotaBytes)} ${storage.label} allows; it was not applied.`,
      );
    }
    const oldCurrent = await storage.getItem(KEY_CURRENT);
    const oldPrevious = await storage.getItem(KEY_PREVIOUS);
    const keepPrevious = oldCurrent !== null && size + byteLength(oldCurrent) <= storage.quotaBytes;
    let note: string | null = null;
    try {
      if (keepPrevious) await storage.setItem(KEY_PREVIOUS, oldCurrent!);
      else if (oldCurrent !== null) {
        await storage.removeItem(KEY_PREVIOUS);
        note = `The dataset used before could not be kept for roll-back: both would exceed the ${formatBytes(storage.quotaBytes)} ${storage.label} allows.`;
      }
      await storage.setItem(KEY_CURRENT, text);
    } catch (e) {
      await this.restore(oldCurrent, oldPrevious);
      throw new DatasetStoreError(
        `${storage.label} refused to save the dataset (${(e as Error)?.message ?? String(e)}); nothing was changed.`,
      );
    }
    try {
      this.runtime.setDataset(dataset, "imported");
    } catch (e) {
      await this.restore(oldCurrent, oldPrevious);
      throw e;
    }
    return {
      info: { version: dataset.version, compiled: dataset.compiled, fingerprint, savedAt: envelope.savedAt, origin, bytes: size },
      previousKept: keepPrevious,
      note,
    };
  }

  private async restore(current: string | null, previous: string | null): Promise<void> {
    const storage = this.requireStorage();
    const put = async (key: string, value: string | null) => {
      try {
        if (value === null) await storage.removeItem(key);
        else await storage.setItem(key, value);
      } catch {
        // Best effort: the next start-up validates whatever is stored and falls back to the bundled dataset.
      }
    };
    // Each key separately, so one failing write does not leave the other key changed.
    await put(KEY_PREVIOUS, previous);
    await put(KEY_CURRENT, current);
  }

  /**
   * "previous": swaps in the dataset used before the last update (so a second roll-back undoes the first).
   * "bundled": goes back to the shipped dataset, keeping the stored one as "previous".
   */
  async rollBack(target: "previous" | "bundled"): Promise<Dataset> {
    const storage = this.requireStorage();
    const oldCurrent = await storage.getItem(KEY_CURRENT);
    const oldPrevious = await storage.getItem(KEY_PREVIOUS);
    if (target === "bundled") {
      const dataset = this.bundled();
      try {
        if (oldCurrent !== null) await storage.setItem(KEY_PREVIOUS, oldCurrent);
        await storage.removeItem(KEY_CURRENT);
      } catch (e) {
        await this.restore(oldCurrent, oldPrevious);
        throw new DatasetStoreError(`${storage.label} could not be updated (${(e as Error)?.message ?? String(e)}); nothing was changed.`);
      }
      this.runtime.setDataset(dataset, "bundled");
      return dataset;
    }
    const previous = await this.readEnvelope(KEY_PREVIOUS);
    if (!previous) throw new DatasetStoreError("No earlier dataset is stored; you can roll back to the bundled dataset instead.");
    if ("problem" in previous) throw new DatasetStoreError(`The earlier dataset cannot be restored: ${previous.problem}.`);
    try {
      await storage.setItem(KEY_CURRENT, oldPrevious!);
      if (oldCurrent !== null) await storage.setItem(KEY_PREVIOUS, oldCurrent);
      else await storage.removeItem(KEY_PREVIOUS);
    } catch (e) {
      await this.restore(oldCurrent, oldPrevious);
      throw new DatasetStoreError(`${storage.label} could not be updated (${(e as Error)?.message ?? String(e)}); nothing was changed.`);
    }
    this.runtime.setDataset(previous.dataset, "stored");
    return previous.dataset;
  }
}

/** Test helper and fallback: storage held in memory, with a quota. */
export function memoryStorage(quotaBytes = OFFICE_QUOTA, label = "test storage"): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    label,
    quotaBytes,
    items,
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => void items.set(key, value),
    removeItem: async (key) => void items.delete(key),
  };
}
