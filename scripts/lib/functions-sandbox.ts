import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";

export type RegisteredFunctions = Record<string, (...args: unknown[]) => unknown>;

/** Stands in for CustomFunctions.Error, whose instances carry an Excel error code. */
export class SandboxCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/**
 * Runs a built functions.js in a bare VM context with a fake CustomFunctions, as Excel's JavaScript-only
 * runtime would, and returns what it registered. No Office.onReady callback runs, as before Office has
 * initialised, so the bundled dataset answers.
 */
export function loadFunctionsBundle(file: string): RegisteredFunctions {
  const registered: RegisteredFunctions = {};
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      Error: SandboxCustomFunctionError,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        registered[id] = fn;
      },
    },
    Office: { onReady: () => new Promise(() => undefined) },
    console,
    TextEncoder,
    TextDecoder,
    setTimeout,
    performance,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInContext(readFileSync(file, "utf8"), createContext(sandbox));
  return registered;
}
