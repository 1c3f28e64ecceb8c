// The functions as Excel gets them: webpack builds functions.js with the project's config (functions.ts
// associates each id itself, as hand-written metadata requires) and emits the hand-written functions.json, and the bundle is run in a
// fresh VM context with only a fake CustomFunctions/Office, the way the shared runtime's page would run it.
// Only the functions entry is built (no React pane), in development mode, to keep this test short.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { SandboxCustomFunctionError, loadFunctionsBundle } from "../../scripts/lib/functions-sandbox";

const ROOT = resolve(__dirname, "..", "..");

const configFactory = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<webpack.Configuration>;

let outputPath: string;
let registered: Record<string, (...args: unknown[]) => unknown>;
const FakeError = SandboxCustomFunctionError;
let metadata: { allowErrorForDataTypeAny?: boolean; functions: Array<{ id: string }> };

beforeAll(async () => {
  outputPath = mkdtempSync(join(tmpdir(), "wro-functions-bundle-"));
  const config = await configFactory({ WEBPACK_BUILD: true, outputPath }, { mode: "development" });
  config.context = ROOT;
  config.entry = { functions: "./src/functions/functions.ts" };
  config.devtool = false;
  // The page and copied files are not needed to run the functions.
  config.plugins = (config.plugins ?? []).filter((p) => {
    const name = p?.constructor?.name ?? "";
    return name !== "HtmlWebpackPlugin" && name !== "CopyPlugin";
  });
  const stats = await new Promise<webpack.Stats>((done, fail) =>
    webpack(config, (error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));

  metadata = JSON.parse(readFileSync(join(outputPath, "functions.json"), "utf8"));
  registered = loadFunctionsBundle(join(outputPath, "functions.js"));
}, 240_000);

afterAll(() => {
  if (outputPath) rmSync(outputPath, { recursive: true, force: true });
});

test("functions.js registers every function listed in functions.json, under its id", () => {
  expect(Object.keys(registered).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
});

test("the built functions.json is the hand-written src/functions/functions.json, unchanged", () => {
  expect(readFileSync(join(outputPath, "functions.json"), "utf8")).toBe(
    readFileSync(join(ROOT, "src", "functions", "functions.json"), "utf8"),
  );
});

test("the bundled functions screen with the bundled dataset", () => {
  expect(registered.WRORISK("Hoshine Silicon Industry Co Ltd")).toBe("High");
  expect(registered.WROMATCH("Supermax Corporation Bhd")).toMatch(
    /^Supermax Corporation Bhd\..*\(CBP WRO 2021-10-21; lifted 2023-09-18\)$/,
  );
  expect(registered.WRORISK(null)).toBe("");
  expect(registered.WRONOTE("Harbourside Stationery Supplies Ltd")).toMatch(/no match/i);
});

test("inside the bundle, errors are the host's CustomFunctions.Error", async () => {
  expect(() => registered.WRORISK(42)).toThrow();
  let caught: unknown;
  try {
    registered.WRORISK({ code: "#N/A" });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FakeError);
  expect((caught as { code: string }).code).toBe("#N/A");
  const rows = (await registered.WROSCREEN([["Hoshine Silicon Industry Co Ltd"], [null], ["#REF!"]])) as unknown[][];
  expect(rows).toHaveLength(3);
  expect(rows[0][0]).toBe("High");
  expect(rows[1]).toEqual(["", ""]);
  expect(rows[2][0]).toBeInstanceOf(FakeError);
});

test("inside the bundle, WROSCREEN loads the pinyin chunk and reads pinyin names", async () => {
  // "Luotuo Jituan …" is the pinyin of 骆驼集团股份有限公司 (Camel Group): None without the pinyin table.
  const rows = (await registered.WROSCREEN([["Luotuo Jituan Gufen Youxian Gongsi"]])) as unknown[][];
  expect(rows[0][0]).toBe("High");
  expect(registered.WRORISK("Luotuo Jituan Gufen Youxian Gongsi")).toBe("High");
});
