import { Screener, bundledDataset, validateDataset, type Dataset } from "../core";
import { loadPinyinReader, type PinyinReader } from "../core/transliterate";
import { DatasetStore, defaultStorage } from "./dataset-store";
import { recalculateInExcel, type Recalculator } from "./recalculate";

// Kept here too: the rest of the add-in and the tests know them as part of the runtime.
export { CALCULATED_WITH_SETTING, recalculateInExcel, type RecalculationRequest, type Recalculator } from "./recalculate";

/**
 * The one screener shared by the task pane, the custom functions and the ribbon commands.
 *
 * In the add-in this module is part of the lazily loaded engine chunk (src/addin/engine.ts, loaded by
 * engine-loader.ts after the pane's first render); the worksheet functions of the pane's page wait for its
 * start-up (startSharedRuntime()) before answering.
 *
 * Chinese names are also read as pinyin (src/core/transliterate). The pinyin table is a chunk of its own
 * (about 10 KiB gzip), loaded at start-up: the pane and WROSCREEN wait for it (readyScreener()), so their
 * results never depend on how fast it loaded; a scalar function that answered before it arrived (possible only
 * where functions.ts runs without the pane's stand-ins) is recalculated once it has (as after a dataset change).
 *
 * Everything runs in one shared runtime, so a module singleton would normally be enough. The state is kept
 * on globalThis under a registered symbol anyway: if Excel ever evaluates functions.js next to taskpane.js
 * (two webpack entries, two module copies), both copies still see the same screener and listeners.
 */

/** Where the current dataset came from, shown in the pane next to its version. */
export type DatasetOrigin = "bundled" | "stored" | "imported";

export interface DatasetChange {
  screener: Screener;
  origin: DatasetOrigin;
  /** The dataset version in use before the change, or null at first load. */
  previousVersion: string | null;
}

export type DatasetListener = (change: DatasetChange) => void;

interface RuntimeState {
  screener: Screener | null;
  origin: DatasetOrigin;
  listeners: Set<DatasetListener>;
  recalculate: Recalculator;
  /** The last recalculation request, so callers and tests can wait for it. */
  pendingRecalculation: Promise<boolean>;
  /** True once a worksheet function has used the current screener, i.e. some cell may hold its results. */
  functionsServed: boolean;
  /** The start-up of this runtime, shared by every caller of startSharedRuntime(). */
  startup: Promise<StartupResult> | null;
  /** Loads the pinyin reader (a chunk of its own in the add-in). */
  loadPinyin: () => Promise<PinyinReader>;
  /** The pinyin reader once loaded; every screener built after that uses it. */
  pinyin: PinyinReader | null;
  /** The pinyin load, started once; resolves when the screener in use reads pinyin (or the load failed). */
  pinyinReady: Promise<void> | null;
}

export interface StartupResult {
  screener: Screener;
  /** Why a stored dataset was not used, for the pane to show; null when there was none or it loaded. */
  problem: string | null;
}

export interface SetDatasetOptions {
  /** Ask Excel to recalculate the WRO formulas (default true). */
  recalculate?: boolean;
  /** Recalculate even when the workbook records that it was last calculated with this dataset version. */
  force?: boolean;
}

const STATE_KEY = Symbol.for("wro-screen.addin-runtime");

function state(): RuntimeState {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  let current = holder[STATE_KEY];
  if (!current) {
    current = {
      screener: null,
      origin: "bundled",
      listeners: new Set(),
      recalculate: recalculateInExcel,
      pendingRecalculation: Promise.resolve(false),
      functionsServed: false,
      startup: null,
      loadPinyin: () => loadPinyinReader(),
      pinyin: null,
      pinyinReady: null,
    };
    holder[STATE_KEY] = current;
  }
  return current;
}

/** The screener in use. The bundled dataset is loaded on first use, so functions work before start-up finishes. */
export function getScreener(): Screener {
  const current = state();
  if (!current.screener) {
    current.screener = screenerFor(bundledDataset());
    current.origin = "bundled";
  }
  return current.screener;
}

/** A screener for a dataset, reading Chinese names as pinyin once the pinyin reader has loaded. */
export function screenerFor(dataset: Dataset): Screener {
  const pinyin = state().pinyin;
  return new Screener(dataset, undefined, pinyin ? { pinyin } : {});
}

/**
 * Starts loading the pinyin reader (once per runtime) and resolves when the screener in use reads pinyin.
 * If the chunk cannot load, Chinese names are matched without pinyin (through curated aliases) and this still
 * resolves: screening must not stop for it.
 */
export function whenPinyinReady(): Promise<void> {
  const current = state();
  current.pinyinReady ??= current
    .loadPinyin()
    .then((reader) => {
      current.pinyin = reader;
      if (!current.screener) return;
      // The same dataset, now with pinyin. Cells a function already filled are worked out again.
      current.screener = screenerFor(current.screener.dataset);
      if (current.functionsServed) {
        current.functionsServed = false;
        current.pendingRecalculation = requestRecalculation(current.screener.version, true);
      }
    })
    .catch((error: unknown) => {
      console.warn("WRO screen: the pinyin table did not load; Chinese names are matched without pinyin.", error);
    });
  return current.pinyinReady;
}

/** The screener in use, once it reads pinyin: for the pane and WROSCREEN, whose results must not depend on timing. */
export async function readyScreener(): Promise<Screener> {
  await whenPinyinReady();
  return getScreener();
}

/** Replaces how the pinyin reader is loaded and forgets any reader loaded; returns the previous loader. For tests. */
export function setPinyinLoader(load: () => Promise<PinyinReader>): () => Promise<PinyinReader> {
  const current = state();
  const previous = current.loadPinyin;
  current.loadPinyin = load;
  current.pinyin = null;
  current.pinyinReady = null;
  return previous;
}

/** The screener for a worksheet function; records that cells now hold results from this dataset. */
export function screenerForFunctions(): Screener {
  const screener = getScreener();
  state().functionsServed = true;
  return screener;
}

/** Where the dataset in use came from. */
export function getDatasetOrigin(): DatasetOrigin {
  getScreener();
  return state().origin;
}

/**
 * Validates and installs a dataset for the pane and the functions, notifies listeners and asks Excel to
 * recalculate. On an invalid dataset it throws (DatasetError names the fields) and keeps the current one.
 */
export function setDataset(value: unknown, origin: DatasetOrigin = "imported", options: SetDatasetOptions = {}): Screener {
  const dataset: Dataset = validateDataset(value);
  // Built before the swap: if the screener rejects the dataset, nothing has changed.
  const next = screenerFor(dataset);
  const current = state();
  const previousVersion = current.screener ? current.screener.version : null;
  current.screener = next;
  current.origin = origin;
  current.functionsServed = false;
  notify({ screener: next, origin, previousVersion });
  current.pendingRecalculation = options.recalculate === false ? Promise.resolve(false) : requestRecalculation(next.version, options.force);
  return next;
}

function requestRecalculation(datasetVersion: string, force?: boolean): Promise<boolean> {
  return state()
    .recalculate({ datasetVersion, force })
    .catch((error: unknown) => {
      // The screener did change; a failed recalculation only means cells refresh at Excel's next calculation.
      console.warn("WRO screen: Excel did not recalculate after the screener changed:", error);
      return false;
    });
}

/** Goes back to the dataset shipped with the add-in. */
export function restoreBundledDataset(): Screener {
  return setDataset(bundledDataset(), "bundled");
}

/** Calls listener after every dataset change; returns a function that unsubscribes it. */
export function onDatasetChanged(listener: DatasetListener): () => void {
  const listeners = state().listeners;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(change: DatasetChange): void {
  for (const listener of [...state().listeners]) {
    try {
      listener(change);
    } catch (error) {
      // One broken listener (say, an unmounted pane component) must not stop the others.
      console.error("WRO screen: a dataset listener failed:", error);
    }
  }
}

/** Resolves when the recalculation requested by the last setDataset has finished (true if Excel ran it). */
export function whenRecalculated(): Promise<boolean> {
  return state().pendingRecalculation;
}

/** Replaces how recalculation is requested; returns the previous recalculator. For hosts and tests without Excel.run. */
export function setRecalculator(recalculate: Recalculator): Recalculator {
  const current = state();
  const previous = current.recalculate;
  current.recalculate = recalculate;
  return previous;
}

/**
 * Start-up: installs the per-user stored dataset if there is a valid one, else keeps the bundled one.
 * A stored dataset that no longer validates (e.g. after a schema change) is reported and skipped, never half-used.
 * Excel is only asked to recalculate if a function already answered from the bundled dataset in this session:
 * otherwise the cells still hold results from the stored dataset they were last computed with, and a full
 * calculation of a large workbook on every open would be wasted.
 */
export async function initialiseRuntime(loadStoredDataset?: () => Promise<unknown | null | undefined>): Promise<Screener> {
  const screener = getScreener();
  if (!loadStoredDataset) return screener;
  let stored: unknown;
  try {
    stored = await loadStoredDataset();
  } catch (error) {
    console.warn("WRO screen: could not read the stored dataset; using the bundled one.", error);
    return screener;
  }
  if (stored === null || stored === undefined) return screener;
  try {
    // Functions that already answered from the bundled dataset must be recomputed whatever the workbook records.
    const served = state().functionsServed;
    return setDataset(stored, "stored", { recalculate: served, force: served });
  } catch (error) {
    console.warn("WRO screen: the stored dataset is not valid; using the bundled one.", error);
    return getScreener();
  }
}

/**
 * The add-in's start-up, run once per runtime however often it is called (functions.ts calls it when Office
 * is ready; the pane may await it to show why a stored dataset was skipped).
 */
export function startSharedRuntime(): Promise<StartupResult> {
  const current = state();
  if (!current.startup) {
    const store = new DatasetStore({ storage: defaultStorage(), runtime: { setDataset } });
    // The pinyin table loads beside the stored dataset; start-up ends when both are in the screener.
    current.startup = Promise.all([initialiseRuntime(() => store.readStoredDataset()), whenPinyinReady()]).then(() => ({
      screener: getScreener(),
      problem: store.lastProblem,
    }));
  }
  return current.startup;
}
