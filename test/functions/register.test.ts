// The worksheet functions as the task pane's page registers them (src/functions/register.ts): one stand-in per
// id of functions.json, associated while the page loads, that waits for the engine chunk before it answers and
// answers synchronously once the runtime is ready.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setEngineLoader, type Engine } from "../../src/addin/engine-loader";
import { associateOnce } from "../../src/functions/associate";
import { FUNCTION_IDS } from "../../src/functions/functions";
import { FUNCTION_NAMES, STAND_INS, standIn } from "../../src/functions/register";

const metadata = JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "functions", "functions.json"), "utf8")) as {
  functions: Array<{ id: string }>;
};
const realEngine = () => import("../../src/addin/engine") as Promise<Engine>;

/** A loader that hands out the engine only when release() is called, counting the loads. */
function heldLoader() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loads = { count: 0 };
  setEngineLoader(async () => {
    loads.count += 1;
    await gate;
    return realEngine();
  });
  return { release, loads };
}

afterEach(() => {
  setEngineLoader(realEngine);
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

test("the stand-ins cover exactly the ids of functions.json and of functions.ts", () => {
  expect([...FUNCTION_NAMES].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect([...FUNCTION_NAMES].sort()).toEqual(Object.keys(FUNCTION_IDS).sort());
  expect(Object.keys(STAND_INS).sort()).toEqual([...FUNCTION_NAMES].sort());
});

test("before the engine is in, a stand-in returns a promise that waits for it and gives the engine's answer", async () => {
  const { release, loads } = heldLoader();
  const pending = standIn("WRORISK")("Hoshine Silicon Industry Co., Ltd.");
  expect(pending).toBeInstanceOf(Promise);
  const second = standIn("WROMATCH")("Acme Widgets Ltd");
  release();
  await expect(pending).resolves.toBe("High");
  await expect(second).resolves.toBe("");
  expect(loads.count).toBe(1);
  // Ready now: answered synchronously, with the same result as the function itself.
  expect(standIn("WRORISK")("Hoshine Silicon Industry Co., Ltd.")).toBe("High");
  expect(standIn("WROSECTOR")("China", "cotton")).toBe(FUNCTION_IDS.WROSECTOR("China", "cotton"));
});

test("WROSCREEN through its stand-in spills the same rows as the function", async () => {
  const { release } = heldLoader();
  const names = [["Hoshine Silicon Industry Co., Ltd."], ["Acme Widgets Ltd"]];
  const viaStandIn = standIn("WROSCREEN")(names);
  release();
  expect(await viaStandIn).toEqual(await FUNCTION_IDS.WROSCREEN(names));
});

test("an error cell still gives the function's own error value through a waiting stand-in", async () => {
  const { release } = heldLoader();
  const pending = standIn("WRORISK")({ type: "Error", errorType: "NotAvailable" });
  release();
  await expect(pending).rejects.toMatchObject({ code: "#N/A" });
});

test("a failed engine load gives #VALUE! saying so, and the next call tries again", async () => {
  let attempts = 0;
  setEngineLoader(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error("Loading chunk engine failed");
    return realEngine();
  });
  await expect(standIn("WRORISK")("Acme Widgets Ltd")).rejects.toMatchObject({
    code: "#VALUE!",
    message: expect.stringContaining("WRORISK could not load the screening engine (Loading chunk engine failed)"),
  });
  await expect(standIn("WRORISK")("Acme Widgets Ltd")).resolves.toBe("None");
  expect(attempts).toBe(2);
});

test("the ids are associated once per CustomFunctions: the engine's functions.ts does not replace the stand-ins", () => {
  const associated: Array<[string, unknown]> = [];
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate: (id: string, fn: unknown) => associated.push([id, fn]),
    Error,
  };
  expect(associateOnce(STAND_INS)).toBe(true);
  expect(associateOnce(FUNCTION_IDS)).toBe(false);
  expect(associated.map(([id]) => id).sort()).toEqual([...FUNCTION_NAMES].sort());
  for (const [id, fn] of associated) expect(fn).toBe(STAND_INS[id as keyof typeof STAND_INS]);
});
