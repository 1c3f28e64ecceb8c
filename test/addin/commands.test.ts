// The ribbon command module: safe to import without Office, registers its ExecuteFunction actions when
// Office.actions exists, and the refresh action asks Excel for a full calculation and always completes.
import { OfficeMockObject } from "office-addin-mock";
import { RIBBON_ACTIONS, refreshWroFormulas, registerRibbonCommands } from "../../src/commands/commands";

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as Globals;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  jest.restoreAllMocks();
});

test("importing the module in Node did not need Office", () => {
  expect(typeof registerRibbonCommands).toBe("function");
  expect(registerRibbonCommands()).toBe(false);
});

test("registers every ribbon action with Office.actions.associate", () => {
  const associate = jest.fn();
  globals.Office = { actions: { associate } };
  expect(registerRibbonCommands()).toBe(true);
  expect(associate.mock.calls.map((call) => call[0]).sort()).toEqual(Object.keys(RIBBON_ACTIONS).sort());
  expect(associate).toHaveBeenCalledWith("refreshWroFormulas", refreshWroFormulas);
});

test("Refresh WRO formulas requests a full calculation and completes the event", async () => {
  const calculated: string[] = [];
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        application: {
          calculate(type: string) {
            calculated.push(type);
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  globals.Excel = excel;
  const completed = jest.fn();
  await refreshWroFormulas({ completed } as unknown as Office.AddinCommands.Event);
  // FullRebuild also recomputes cells whose last result was an error (office-js#4502).
  expect(calculated).toEqual(["FullRebuild"]);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("the event still completes when Excel refuses, so the ribbon button does not stay busy", async () => {
  globals.Excel = {
    run: () => Promise.reject(new Error("RichApi.Error: GeneralException")),
  };
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const completed = jest.fn();
  await refreshWroFormulas({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(console.error).toHaveBeenCalled();
});

test("without Excel the refresh is a no-op that still completes", async () => {
  const completed = jest.fn();
  await refreshWroFormulas({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
});
