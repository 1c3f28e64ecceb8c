// The pane's decision services behind a loader (src/taskpane/decisions/lazy-decisions.ts): loaded on first use,
// enable() before the load is handed on, a failed load is retried.
import type { DecisionServices } from "../../src/taskpane/decisions/decisions-service";
import { lazyDecisionServices } from "../../src/taskpane/decisions/lazy-decisions";

function fakeService(): DecisionServices & { on: boolean } {
  const service = {
    on: false,
    enabled: () => service.on,
    enable: () => {
      service.on = true;
    },
    readDecisions: jest.fn(async () => null),
    decideSelected: jest.fn(async () => 3),
    createReport: jest.fn(async () => ({ sheetName: "WRO screening report" }) as never),
  };
  return service;
}

test("nothing loads until a decision is read, set or reported; then every call goes to the one real service", async () => {
  const real = fakeService();
  const load = jest.fn(async () => real);
  const lazy = lazyDecisionServices(load);
  expect(lazy.enabled()).toBe(false);
  expect(load).not.toHaveBeenCalled();
  await expect(lazy.decideSelected("cleared" as never, "Ann", "why")).resolves.toBe(3);
  expect(real.decideSelected).toHaveBeenCalledWith("cleared", "Ann", "why");
  await lazy.readDecisions();
  await lazy.createReport("Ann");
  expect(load).toHaveBeenCalledTimes(1);
});

test("enable() before the load is remembered and handed to the real service", async () => {
  const real = fakeService();
  const lazy = lazyDecisionServices(async () => real);
  lazy.enable();
  expect(lazy.enabled()).toBe(true);
  await lazy.readDecisions();
  expect(real.on).toBe(true);
  real.on = false; // the real service decides once loaded
  expect(lazy.enabled()).toBe(false);
});

test("a failed load is reported to the caller and tried again on the next call", async () => {
  const real = fakeService();
  const load = jest.fn().mockRejectedValueOnce(new Error("Loading chunk decisions failed")).mockResolvedValue(real);
  const lazy = lazyDecisionServices(load);
  await expect(lazy.readDecisions()).rejects.toThrow("Loading chunk decisions failed");
  await expect(lazy.readDecisions()).resolves.toBeNull();
  expect(load).toHaveBeenCalledTimes(2);
});
