/**
 * Builds the office.js served in place of Microsoft's CDN copy during the end-to-end test: Office
 * (onReady, context, actions), a CustomFunctions registry, and Excel from the adapter engineer's
 * in-memory fake (test/support/fake-excel.ts, bundled for the browser with esbuild).
 */
import path from "path";

export interface FakeOfficeOptions {
  /** The workbook the pane will see. */
  spec: unknown;
  /** Office.context.officeTheme; undefined as in Excel on the web and outside Office. */
  officeTheme?: { bodyBackgroundColor: string } | undefined;
}

let fakeExcelBundle: string | null = null;

function bundleFakeExcel(): string {
  if (fakeExcelBundle) return fakeExcelBundle;
  // esbuild ships with tsx; it bundles the TypeScript fake into one browser script.

  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [path.resolve(__dirname, "../support/fake-excel.ts")],
    bundle: true,
    format: "iife",
    globalName: "FakeExcelLib",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  fakeExcelBundle = result.outputFiles[0].text;
  return fakeExcelBundle;
}

export function fakeOfficeJs(options: FakeOfficeOptions): string {
  const setup = `
(function () {
  var fake = FakeExcelLib.createFakeExcel(${JSON.stringify(options.spec)});
  window.__fakeExcel = fake;
  window.Excel = fake.Excel;

  var functions = {};
  window.__customFunctions = functions;
  function CustomFunctionError(code, message) { this.code = code; this.message = message; }
  window.CustomFunctions = {
    associate: function (id, fn) { functions[id] = fn; },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }
  };

  var ribbonActions = {};
  window.__ribbonActions = ribbonActions;
  var selectionHandlers = [];
  window.__fireSelectionChanged = function () {
    selectionHandlers.forEach(function (h) { h({ type: "documentSelectionChanged" }); });
  };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
      });
    },
    context: {
      officeTheme: ${JSON.stringify(options.officeTheme ?? null)} || undefined,
      document: {
        addHandlerAsync: function (type, handler, callback) {
          selectionHandlers.push(handler);
          if (callback) callback({ status: "succeeded" });
        },
        removeHandlerAsync: function (type, options, callback) {
          selectionHandlers = selectionHandlers.filter(function (h) { return h !== options.handler; });
          if (callback) callback({ status: "succeeded" });
        }
      },
      requirements: { isSetSupported: function () { return true; } }
    },
    actions: { associate: function (name, fn) { ribbonActions[name] = fn; } },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    HostType: { Excel: "Excel" }
  };
})();
`;
  return `${bundleFakeExcel()}\n${setup}`;
}
