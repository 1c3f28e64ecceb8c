import type { DecisionServices } from "./decisions-service";

/**
 * The decision services (decisions, the report sheet) behind a loader: their code and the report's tables are a
 * chunk fetched the first time a decision is read, set or reported (after a run, or when the pane finds earlier
 * results), not with the pane's first download. enable()/enabled() are answered at once, as the real service
 * does, and handed on when it arrives.
 */
export function lazyDecisionServices(load: () => Promise<DecisionServices>): DecisionServices {
  let loaded: DecisionServices | null = null;
  let loading: Promise<DecisionServices> | null = null;
  let enabledBeforeLoad = false;
  const service = (): Promise<DecisionServices> => {
    if (loaded) return Promise.resolve(loaded);
    loading ??= load().then(
      (real) => {
        if (enabledBeforeLoad) real.enable();
        loaded = real;
        return real;
      },
      (error: unknown) => {
        loading = null; // a dropped connection is not remembered; the next action tries again
        throw error;
      },
    );
    return loading;
  };
  return {
    readDecisions: async () => (await service()).readDecisions(),
    decideSelected: async (value, by, reason) => (await service()).decideSelected(value, by, reason),
    createReport: async (createdBy) => (await service()).createReport(createdBy),
    enabled: () => (loaded ? loaded.enabled() : enabledBeforeLoad),
    enable: () => {
      enabledBeforeLoad = true;
      loaded?.enable();
    },
  };
}
