/* eslint-disable no-undef */
/* global require, module, process, __dirname, console */
// One page, one runtime: taskpane.html loads taskpane.js, whose entry (src/taskpane/index.tsx) imports the
// custom functions and the ribbon commands, so the pane, =WRORISK and the ribbon share one module graph and
// one Screener. functions.js is built only because the manifest's <Script> element must name a file.

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";
/**
 * The repository's manifest.xml is the DEVELOPMENT manifest (sideloaded by npm start): its own Id and a display
 * name ending "(dev)", so a developer's sideloaded copy and the organisation's deployed add-in can sit side by
 * side in the same Excel. A production build writes the production Id and name into dist/manifest.xml.
 */
const DEV_ID = "b884967d-91ed-48d4-9c43-56b02e2ab0d0";
const PROD_ID = "5d0f3b9e-6a43-4c1e-9f3a-2b7c8e41a6d2";
const DEV_DISPLAY_NAME = "WRO Supplier Screen (dev)";
const PROD_DISPLAY_NAME = "WRO Supplier Screen";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";

/** The public address of a production build: env.publicUrl (for tests) or ADDIN_PUBLIC_URL. No default. */
function productionUrl(env) {
  const url = (env && env.publicUrl) || process.env.ADDIN_PUBLIC_URL;
  if (!url) {
    throw new Error(
      "ADDIN_PUBLIC_URL is not set. A production build writes the address it will be served from into manifest.xml, " +
        'so set it to your HTTPS host, ending in "/": ADDIN_PUBLIC_URL=https://addins.example.org/wro-screen/ npm run build ' +
        "(see docs/deployment.md). For a local build use npm run build:dev.",
    );
  }
  return checkedProductionUrl(url);
}

function checkedProductionUrl(url) {
  if (!/^https:\/\/[^/]+(\/.*)?\/$/.test(url)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending in "/", got "${url}". Office only loads add-ins over https.`);
  }
  return url;
}

/** Every occurrence, not just the first: the manifest names the origin a dozen times. */
function rewriteManifestUrls(text, fromUrl, toUrl) {
  const escaped = fromUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(escaped, "g"), toUrl);
}

/** dist/manifest.xml for production: public URLs, the production Id and display name. */
function productionManifest(text, prodUrl) {
  const withUrls = rewriteManifestUrls(text, DEV_URL, prodUrl);
  if (!withUrls.includes(`<Id>${DEV_ID}</Id>`) || !withUrls.includes(`DefaultValue="${DEV_DISPLAY_NAME}"`)) {
    throw new Error(`manifest.xml must carry the development Id ${DEV_ID} and display name "${DEV_DISPLAY_NAME}".`);
  }
  return withUrls
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PROD_ID}</Id>`)
    .replace(`<DisplayName DefaultValue="${DEV_DISPLAY_NAME}" />`, `<DisplayName DefaultValue="${PROD_DISPLAY_NAME}" />`);
}

/**
 * custom-functions-metadata cannot emit allowErrorForDataTypeAny, so it is added here. Without it Excel
 * never calls a function whose argument is an error cell, and one #N/A in a 10,000-row range would turn
 * the whole =WROSCREEN spill into #N/A; with it each such row gets its own #N/A and reason.
 */
function finaliseFunctionsMetadata(jsonText) {
  const metadata = JSON.parse(jsonText);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 2);
}

/**
 * Rewrites functions.json in the same hook that custom-functions-metadata-plugin writes it (this plugin is
 * listed after it, so its tap runs second). That plugin writes the file into every compilation, including
 * html-webpack-plugin's child compilation; finalising later (processAssets) would leave the child's copy
 * different and webpack fails with "Multiple assets emit different content to the same filename".
 */
class FinaliseFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("FinaliseFunctionsMetadataPlugin", (compilation) => {
      const asset = compilation.assets[FUNCTIONS_METADATA];
      if (!asset) return; // the metadata plugin already reported why it produced nothing
      compilation.assets[FUNCTIONS_METADATA] = new sources.RawSource(finaliseFunctionsMetadata(asset.source().toString()));
    });
  }
}

/**
 * https options for the dev server. office-addin-dev-certs installs a trusted CA, which needs sudo on Linux;
 * as root without sudo (containers, CI) it fails after generating the files, so those are read directly.
 * Returns null when there is no certificate at all; the caller then serves plain http.
 */
async function devServerHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
    const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
    if (missing.length === 0) {
      console.warn(
        `Could not install the Office dev CA (${firstLine(error)}); using the certificates in ${dir}. ` +
          `Trust ${path.join(dir, "ca.crt")} in your browser or OS so Excel accepts https://localhost:3000.`,
      );
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    console.warn(
      [
        "",
        "*** No developer certificate: serving PLAIN HTTP on port 3000. ***",
        `office-addin-dev-certs failed (${firstLine(error)}) and ${dir} lacks ${missing.join(", ")}.`,
        "Excel only loads add-ins over https, so sideloading will fail until a certificate exists:",
        "  npx office-addin-dev-certs install   (needs sudo on Linux; re-run npm run dev-server afterwards)",
        "",
      ].join("\n"),
    );
    return null;
  }
}

function firstLine(error) {
  return String((error && error.message) || error).split("\n")[0];
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const prodUrl = dev ? DEV_URL : productionUrl(env);
  const httpsOptions = serving ? await devServerHttpsOptions() : null;

  return {
    // Development: source maps in separate .map files. Production ships none (the source stays private and the
    // deployed folder holds only what Excel loads).
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, (env && env.outputPath) || "dist"),
      filename: "[name].js",
      // On-demand chunks (import()) carry a content hash: Office webviews cache hard, and a chunk cached from an
      // older deployment must never be paired with a newer taskpane.js. The entry names stay fixed for the manifest.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are caught by `npm run typecheck`; transpiling alone keeps builds fast.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: FUNCTIONS_METADATA }),
      new FinaliseFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The entry keeps the name the bench and manifest tooling know, but taskpane.html asks for it as
        // taskpane.js?<content hash>: a new release is a new URL, so no cache can pair new HTML with old script.
        hash: !dev,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), prodUrl);
            },
          },
        ],
      }),
    ],
    // Bundle size is measured and reported by scripts/bench/bundle.ts instead of webpack's 244 KiB warning.
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      // Everything is served from the in-memory build, including the copied assets and manifest.
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.finaliseFunctionsMetadata = finaliseFunctionsMetadata;
module.exports.devServerHttpsOptions = devServerHttpsOptions;
module.exports.DEV_URL = DEV_URL;
module.exports.productionManifest = productionManifest;
module.exports.DEV_ID = DEV_ID;
module.exports.PROD_ID = PROD_ID;
