import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext, type Context } from "node:vm";

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
 * initialised, so the bundled dataset answers. On-demand chunks (the pinyin table) load as on the add-in's
 * page: a script element whose file, beside functions.js, runs in the same context.
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
    clearTimeout,
    performance,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = createContext(sandbox);
  sandbox.document = pageFor(file, context);
  runInContext(readFileSync(file, "utf8"), context);
  return registered;
}

const PAGE_URL = "https://addin.invalid/";

/** Just enough of a page for webpack's chunk loading: <script src> elements that run files beside `file`. */
function pageFor(file: string, context: Context) {
  type Script = { src?: string; onload?: (event: unknown) => void; onerror?: (event: unknown) => void };
  return {
    currentScript: { tagName: "SCRIPT", src: `${PAGE_URL}functions.js` },
    getElementsByTagName: () => [],
    createElement: (): Script & { setAttribute(): void; getAttribute(): null } => ({ setAttribute() {}, getAttribute: () => null }),
    head: {
      appendChild(script: Script) {
        setTimeout(() => {
          try {
            runInContext(readFileSync(join(dirname(file), String(script.src).slice(PAGE_URL.length)), "utf8"), context);
            script.onload?.({ type: "load", target: script });
          } catch {
            script.onerror?.({ type: "error", target: script });
          }
        }, 0);
      },
    },
  };
}
