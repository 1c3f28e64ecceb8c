// The add-in reads Chinese names as pinyin (src/core/transliterate) once its pinyin chunk has loaded: the pane
// and WROSCREEN wait for it, and scalar functions that answered before it arrived are recalculated. Without the
// wiring, "Luotuo Jituan Gufen Youxian Gongsi" (the pinyin of 骆驼集团股份有限公司, Camel Group) gives None.
import {
  getScreener,
  readyScreener,
  restoreBundledDataset,
  screenerFor,
  setPinyinLoader,
  setRecalculator,
  whenPinyinReady,
  whenRecalculated,
} from "../../src/addin/runtime";
import { Screener, bundledDataset } from "../../src/core";
import type { PinyinReader } from "../../src/core/transliterate";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";
import { WRORISK, WROSCREEN } from "../../src/functions/functions";

const CAMEL_PINYIN = "Luotuo Jituan Gufen Youxian Gongsi";
const recalculate = jest.fn(async () => true);
let restoreLoader: () => void;
let restoreRecalculator: () => void;

/** A pinyin load that finishes when the test says so. */
function deferredLoader() {
  let finish!: (reader: PinyinReader) => void;
  let fail!: (error: Error) => void;
  const loaded = new Promise<PinyinReader>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const load = jest.fn(() => loaded);
  return { load, finish: () => finish(bundledPinyinReader()), fail: (error: Error) => fail(error) };
}

let loader: ReturnType<typeof deferredLoader>;

beforeEach(() => {
  loader = deferredLoader();
  const previousLoader = setPinyinLoader(loader.load);
  restoreLoader = () => setPinyinLoader(previousLoader);
  const previousRecalculator = setRecalculator(recalculate);
  restoreRecalculator = () => setRecalculator(previousRecalculator);
  restoreBundledDataset();
  recalculate.mockClear();
});

afterEach(() => {
  restoreRecalculator();
  restoreLoader();
});

test("the case needs pinyin: without a reader it is None, with one it is High", () => {
  expect(new Screener(bundledDataset()).screen({ name: CAMEL_PINYIN }).risk).toBe("none");
  expect(new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() }).screen({ name: CAMEL_PINYIN }).risk).toBe("high");
});

test("a pane screening started before the pinyin table loaded waits for it", async () => {
  let settled = false;
  const screener = readyScreener().then((s) => {
    settled = true;
    return s;
  });
  await Promise.resolve();
  expect(settled).toBe(false);
  expect(loader.load).toHaveBeenCalledTimes(1);
  loader.finish();
  const ready = await screener;
  expect(ready).toBe(getScreener());
  expect(ready.screen({ name: CAMEL_PINYIN }).risk).toBe("high");
  // Loaded once per runtime; datasets installed later keep reading pinyin.
  await readyScreener();
  expect(loader.load).toHaveBeenCalledTimes(1);
  expect(screenerFor(bundledDataset()).screen({ name: CAMEL_PINYIN }).risk).toBe("high");
  expect(restoreBundledDataset().screen({ name: CAMEL_PINYIN }).risk).toBe("high");
});

test("WROSCREEN called before the table loaded answers with pinyin", async () => {
  const spill = WROSCREEN([[CAMEL_PINYIN]]);
  loader.finish();
  expect((await spill)[0][0]).toBe("High");
});

test("a scalar function that answered before the table loaded is recalculated with it", async () => {
  expect(WRORISK(CAMEL_PINYIN)).toBe("None");
  const ready = whenPinyinReady();
  loader.finish();
  await ready;
  expect(recalculate).toHaveBeenCalledWith({ datasetVersion: bundledDataset().version, force: true });
  await whenRecalculated();
  expect(WRORISK(CAMEL_PINYIN)).toBe("High");
});

test("no recalculation when no function answered before the table loaded", async () => {
  const ready = whenPinyinReady();
  loader.finish();
  await ready;
  expect(recalculate).not.toHaveBeenCalled();
  expect(WRORISK(CAMEL_PINYIN)).toBe("High");
});

test("if the table cannot load, screening goes on without pinyin", async () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const screener = readyScreener();
  loader.fail(new Error("chunk failed"));
  expect((await screener).screen({ name: CAMEL_PINYIN }).risk).toBe("none");
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("pinyin table did not load"), expect.any(Error));
  warn.mockRestore();
});
