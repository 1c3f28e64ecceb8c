/**
 * CustomFunctions.associate for every id of functions.json, once per CustomFunctions object. In the task pane's
 * page the first download registers small stand-ins (src/functions/register.ts) that wait for the engine chunk;
 * when that chunk arrives it brings functions.ts, whose own registration (kept for the standalone functions.js
 * that the manifest's <Script> names) must then not associate the ids a second time.
 */
type WorksheetFunction = (...args: never[]) => unknown;

const ASSOCIATED = Symbol.for("wro-screen.functions-associated");

/** Associates each id with its function unless this CustomFunctions already has them; returns whether it did. */
export function associateOnce(functions: Readonly<Record<string, WorksheetFunction>>): boolean {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (!runtime || typeof runtime.associate !== "function") return false;
  const holder = globalThis as unknown as Record<symbol, WeakSet<object> | undefined>;
  const done = (holder[ASSOCIATED] ??= new WeakSet());
  if (done.has(runtime)) return false;
  for (const [id, fn] of Object.entries(functions)) runtime.associate(id, fn as (...args: unknown[]) => unknown);
  done.add(runtime);
  return true;
}
