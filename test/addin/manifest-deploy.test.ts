// Deployment: the production manifest differs from the development one, the build needs a public address,
// the production output ships no source maps and cache-busts its script, and `npm version` raises the manifest.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const webpackConfig = require("../../webpack.config.js") as ((env: Record<string, unknown>, argv: { mode: string }) => Promise<any>) & {
  productionManifest: (text: string, url: string) => string;
  DEV_ID: string;
  PROD_ID: string;
};

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const tag = (text: string, re: RegExp) => re.exec(text)?.[1];

test("development and production manifests have different Ids and display names", () => {
  const prod = webpackConfig.productionManifest(manifest, "https://addins.example.org/wro/");
  expect(tag(manifest, /<Id>([^<]+)<\/Id>/)).toBe(webpackConfig.DEV_ID);
  expect(tag(prod, /<Id>([^<]+)<\/Id>/)).toBe(webpackConfig.PROD_ID);
  expect(webpackConfig.PROD_ID).not.toBe(webpackConfig.DEV_ID);
  expect(tag(manifest, /<DisplayName DefaultValue="([^"]+)"/)).toBe("WRO Supplier Screen (dev)");
  expect(tag(prod, /<DisplayName DefaultValue="([^"]+)"/)).toBe("WRO Supplier Screen");
  expect(prod).not.toContain("https://localhost:3000/");
  expect(prod).toContain("https://addins.example.org/wro/functions.json");
});

test("a production build ships no source maps and asks for taskpane.js by content hash", async () => {
  const config = await webpackConfig({ WEBPACK_BUILD: true, publicUrl: "https://addins.example.org/wro/" }, { mode: "production" });
  expect(config.devtool).toBe(false);
  const html = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin");
  expect(html.userOptions.hash).toBe(true);
  expect(config.output.chunkFilename).toContain("[contenthash");
  const dev = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" });
  expect(dev.devtool).toBe("source-map");
});

test("npm version raises the manifest Version with the package version", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(pkg.scripts.version).toBe("node scripts/version-manifest.cjs");
  const { withManifestVersion } = require("../../scripts/version-manifest.cjs") as {
    withManifestVersion: (m: string, v: string) => string;
  };
  expect(tag(withManifestVersion(manifest, "2.3.4"), /<Version>([^<]+)<\/Version>/)).toBe("2.3.4.0");
  expect(() => withManifestVersion(manifest, "2.0.0-beta.1")).toThrow(/MAJOR.MINOR.PATCH/);
  expect(tag(manifest, /<Version>([^<]+)<\/Version>/)).toBe(`${pkg.version}.0`);
});
