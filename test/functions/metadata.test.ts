// functions.json as the build produces it: generated from the JSDoc in src/functions/functions.ts by the same
// package the webpack plugin calls, then finalised by webpack.config.js. Excel reads names, parameters,
// optionality and result dimensionality from this file, so they are pinned here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// webpack.config.js is CommonJS and exports its helpers next to the config function.

const webpackConfig = require("../../webpack.config.js") as {
  finaliseFunctionsMetadata(json: string): string;
  rewriteManifestUrls(text: string, from: string, to: string): string;
};

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const ROOT = join(__dirname, "..", "..");
const SOURCE = join(ROOT, "src", "functions", "functions.ts");

let metadata: Metadata;
let associations: Array<{ id: string; functionName: string }>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(webpackConfig.finaliseFunctionsMetadata(generated.metadataJson)) as Metadata;
  associations = generated.associate;
}, 60_000);

const byName = (name: string): FunctionMetadata => {
  const found = metadata.functions.find((f) => f.name === name);
  if (!found) throw new Error(`functions.json has no ${name}`);
  return found;
};

describe("generated functions.json", () => {
  test("declares exactly the five WRO functions, each id equal to its name", () => {
    expect(metadata.functions.map((f) => f.name).sort()).toEqual(["WROMATCH", "WRONOTE", "WRORISK", "WROSCREEN", "WROSECTOR"]);
    for (const f of metadata.functions) expect(f.id).toBe(f.name);
  });

  test("names need no namespace prefix and are valid Excel function names", () => {
    for (const f of metadata.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      // A name that looks like a cell reference (e.g. ABC1) would be unusable in a formula.
      expect(f.name).not.toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  test("every function and every parameter has a description for autocomplete", () => {
    for (const f of metadata.functions) {
      expect(f.description && f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters)
        expect({ fn: f.name, p: p.name, described: Boolean(p.description) }).toEqual({ fn: f.name, p: p.name, described: true });
    }
  });

  test.each(["WRORISK", "WROMATCH", "WRONOTE"])("%s(name, [country], [product]) takes and returns single cells", (name) => {
    const f = byName(name);
    expect(f.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar", p.type])).toEqual([
      ["name", false, "scalar", "any"],
      ["country", true, "scalar", "any"],
      ["product", true, "scalar", "any"],
    ]);
    expect(f.result.dimensionality ?? "scalar").toBe("scalar");
    expect(f.result.type).toBe("string");
  });

  test("WROSECTOR(country, product) takes and returns single cells", () => {
    const f = byName("WROSECTOR");
    expect(f.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar", p.type])).toEqual([
      ["country", false, "scalar", "any"],
      ["product", false, "scalar", "any"],
    ]);
    expect(f.result.type).toBe("string");
  });

  test("WROSCREEN(names, [countries], [products]) takes ranges and spills a matrix", () => {
    const f = byName("WROSCREEN");
    expect(f.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality, p.type])).toEqual([
      ["names", false, "matrix", "any"],
      ["countries", true, "matrix", "any"],
      ["products", true, "matrix", "any"],
    ]);
    expect(f.result.dimensionality).toBe("matrix");
  });

  test("no function is volatile, streaming or repeating", () => {
    for (const f of metadata.functions) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
      for (const p of f.parameters) expect(p.repeating ?? false).toBe(false);
    }
  });

  test("error cells reach the functions (allowErrorForDataTypeAny) so one #N/A cannot blank a whole spill", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("every function is associated with the JavaScript function of the same name", () => {
    expect(associations.map((a) => [a.id, a.functionName]).sort()).toEqual(metadata.functions.map((f) => [f.id, f.name]).sort());
  });
});

describe("build helpers in webpack.config.js", () => {
  test("the production manifest rewrite replaces every dev URL, not just the first", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const count = manifest.split("https://localhost:3000/").length - 1;
    expect(count).toBeGreaterThan(5);
    const rewritten = webpackConfig.rewriteManifestUrls(manifest, "https://localhost:3000/", "https://addin.example.org/wro/");
    expect(rewritten).not.toContain("localhost:3000");
    expect(rewritten.split("https://addin.example.org/wro/").length - 1).toBe(count);
  });

  test("the rewrite treats the URL literally, not as a pattern", () => {
    expect(webpackConfig.rewriteManifestUrls("https://localhostX3000/ https://localhost:3000/", "https://localhost:3000/", "P/")).toBe(
      "https://localhostX3000/ P/",
    );
  });
});
