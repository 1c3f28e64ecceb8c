// Shared runtime with the pane closed: pane work waits, selection tracking stops; and the API version check.
import { PaneVisibility, runWhileVisible } from "../../src/addin/pane-visibility";
import { excelApiProblem } from "../../src/addin/requirements";

function host(initiallyVisible: boolean) {
  let handler: ((args: { visibilityMode: string }) => void) | null = null;
  const addin = {
    onVisibilityModeChanged: (h: (args: { visibilityMode: string }) => void) => {
      handler = h;
      return Promise.resolve(async () => undefined);
    },
  };
  const visibility = new PaneVisibility({ addin, initiallyVisible });
  return { visibility, fire: (mode: "Taskpane" | "Hidden") => handler!({ visibilityMode: mode }) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test("Excel batches from the pane wait while the runtime runs without a visible pane", async () => {
  const { visibility, fire } = host(false);
  const batches: string[] = [];
  const run = runWhileVisible(visibility, async (batch: string) => void batches.push(batch));
  const pending = run("read earlier results" as never);
  await flush();
  expect(batches).toEqual([]);
  fire("Taskpane");
  await pending;
  expect(batches).toEqual(["read earlier results"]);
});

test("selection tracking is registered only while the pane shows", async () => {
  const { visibility, fire } = host(true);
  const live: string[] = [];
  const stop = visibility.whileVisible(() => {
    live.push("on");
    return () => live.push("off");
  });
  expect(live).toEqual(["on"]);
  fire("Hidden");
  expect(live).toEqual(["on", "off"]);
  fire("Taskpane");
  expect(live).toEqual(["on", "off", "on"]);
  stop();
  expect(live).toEqual(["on", "off", "on", "off"]);
});

test("without the visibility event (older hosts, plain browser) the pane counts as visible", () => {
  expect(new PaneVisibility({ initiallyVisible: false }).isVisible).toBe(true);
});

test("the ExcelApi 1.13 check names the Excel needed, and keeps quiet when it is there", () => {
  const asked: string[] = [];
  const old = { isSetSupported: (name: string, v?: string) => (asked.push(`${name} ${v}`), false) };
  expect(excelApiProblem(old)).toMatch(/Excel JavaScript API 1\.13.*version 2102.*Excel on the web/);
  expect(asked).toEqual(["ExcelApi 1.13"]);
  expect(excelApiProblem({ isSetSupported: () => true })).toBeNull();
  expect(excelApiProblem(undefined)).toMatch(/Excel 2021 or later/);
});

test("the manifest does not require ExcelApi (that would hide the functions from older Excel)", () => {
  const manifest = require("node:fs").readFileSync(require("node:path").join(__dirname, "../../manifest.xml"), "utf8") as string;
  expect(manifest).not.toMatch(/<Set Name="ExcelApi"/);
});
