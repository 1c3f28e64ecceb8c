import type * as EngineModule from "./engine";

/**
 * Loads the engine chunk (src/addin/engine.ts) once per runtime and says when the shared runtime is ready:
 * the engine is in, the per-user dataset installed and the pinyin table read (startSharedRuntime()).
 *
 * This module is in the pane's first download and imports the engine only as a type, so the engine stays out
 * of it. The pane starts the load right after its first render; a worksheet function called before that
 * starts it itself and awaits it (src/functions/register.ts). A failed load (a dropped connection) is not
 * remembered: the next caller tries again.
 */
export type Engine = typeof EngineModule;

interface LoaderState {
  load: () => Promise<Engine>;
  /** The engine once its chunk has loaded. */
  engine: Engine | null;
  /** The engine once the runtime's start-up has finished too; what the functions answer from synchronously. */
  ready: Engine | null;
  loading: Promise<Engine> | null;
  starting: Promise<Engine> | null;
}

const state: LoaderState = {
  load: () => import(/* webpackChunkName: "engine" */ "./engine"),
  engine: null,
  ready: null,
  loading: null,
  starting: null,
};

/** The engine chunk, loaded once (retried after a failure). */
export function loadEngine(): Promise<Engine> {
  if (state.engine) return Promise.resolve(state.engine);
  state.loading ??= state.load().then(
    (engine) => {
      state.engine = engine;
      return engine;
    },
    (error: unknown) => {
      state.loading = null;
      throw error;
    },
  );
  return state.loading;
}

/** The engine once the shared runtime has started (stored dataset installed, pinyin table read). */
export function whenEngineReady(): Promise<Engine> {
  if (state.ready) return Promise.resolve(state.ready);
  state.starting ??= loadEngine()
    .then(async (engine) => {
      await engine.startSharedRuntime();
      state.ready = engine;
      return engine;
    })
    .catch((error: unknown) => {
      state.starting = null;
      throw error;
    });
  return state.starting;
}

/** The engine if the runtime is ready, else null (without starting anything). */
export function readyEngine(): Engine | null {
  return state.ready;
}

/** The engine, for code that only runs after start-up (dataset tools, decisions); throws a clear error before. */
export function requireEngine(): Engine {
  if (!state.engine) throw new Error("The screening engine is still loading; try again in a moment.");
  return state.engine;
}

/**
 * Replaces how the engine chunk is loaded and forgets any engine loaded; returns the previous loader. For tests,
 * which load src/addin/engine directly or hold the load back to see what waits for it.
 */
export function setEngineLoader(load: () => Promise<Engine>): () => Promise<Engine> {
  const previous = state.load;
  state.load = load;
  state.engine = null;
  state.ready = null;
  state.loading = null;
  state.starting = null;
  return previous;
}
