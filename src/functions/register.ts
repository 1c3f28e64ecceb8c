/**
 * The worksheet functions as the task pane's page registers them. Excel needs every id of functions.json
 * associated while the page loads, but the functions' bodies need the engine (the Screener, the dataset, the
 * matching tables), which is a chunk loaded after the pane's first render (src/addin/engine-loader.ts). So the
 * first download associates a stand-in per id: once the shared runtime is ready it answers synchronously from
 * the real function (src/functions/functions.ts); before that it returns a promise that waits for the engine
 * and the runtime's start-up (the per-user dataset, the pinyin table), so no cell is ever answered from a
 * half-started runtime. Excel accepts a promise from any custom function.
 */
import { readyEngine, whenEngineReady } from "../addin/engine-loader";
import { associateOnce } from "./associate";
import { worksheetError } from "./worksheet-error";

/** The ids of src/functions/functions.json (test/functions/register.test.ts keeps the three lists equal). */
export const FUNCTION_NAMES = ["WRORISK", "WROMATCH", "WRONOTE", "WROSECTOR", "WROSCREEN"] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

type AnyFunction = (...args: unknown[]) => unknown;

function loadFailure(name: FunctionName, error: unknown): Error {
  const detail = error instanceof Error ? error.message : String(error);
  return worksheetError("#VALUE!", `${name} could not load the screening engine (${detail}). Recalculate to try again.`);
}

/** The stand-in for one function: the real one once the runtime is ready, a promise of its answer before. */
export function standIn(name: FunctionName): AnyFunction {
  return (...args: unknown[]) => {
    const engine = readyEngine();
    if (engine) return (engine.FUNCTION_IDS[name] as AnyFunction)(...args);
    return whenEngineReady().then(
      (loaded) => (loaded.FUNCTION_IDS[name] as AnyFunction)(...args),
      (error: unknown) => {
        throw loadFailure(name, error);
      },
    );
  };
}

export const STAND_INS: Readonly<Record<FunctionName, AnyFunction>> = Object.fromEntries(
  FUNCTION_NAMES.map((name) => [name, standIn(name)]),
) as Record<FunctionName, AnyFunction>;

associateOnce(STAND_INS);
