// npm start: sideload the add-in where Office can be driven from the command line, else serve it and explain.
//
// Windows and macOS: office-addin-debugging builds, starts the dev server and sideloads manifest.xml into
// desktop Excel. Linux (and anything else): desktop Excel does not exist and office-addin-debugging only
// prints "platform not supported" (exit 0), so this starts the https dev server and prints how to upload
// the manifest into Excel on the web.
//
//   npm start            automatic choice
//   npm start -- --web   dev server + Excel on the web instructions, on any platform
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = join(root, "manifest.xml");
const port = Number(process.env.npm_package_config_dev_server_port) || 3000;
const forceWeb = process.argv.includes("--web");
const desktop = !forceWeb && (process.platform === "win32" || process.platform === "darwin");

/** Runs a local binary from node_modules/.bin, forwarding Ctrl+C, and exits with its code. */
function run(bin, args) {
  const command = join(root, "node_modules", ".bin", process.platform === "win32" ? `${bin}.cmd` : bin);
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on("error", (error) => {
    console.error(`Could not start ${bin}: ${error.message}. Run npm install first.`);
    process.exit(1);
  });
}

/** True when something already listens on the port, e.g. a dev server left over from an earlier npm start. */
function portInUse(portNumber) {
  return new Promise((resolvePromise) => {
    const socket = connect({ port: portNumber, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once("error", () => resolvePromise(false));
  });
}

function webInstructions() {
  const certDir = join(homedir(), ".office-addin-dev-certs");
  const haveCerts = existsSync(join(certDir, "ca.crt"));
  return [
    "",
    "Excel add-ins cannot be sideloaded into desktop Excel on this platform. Use Excel on the web:",
    "",
    `  1. Wait for "compiled successfully" below, then open https://localhost:${port}/taskpane.html in the`,
    "     browser you will use for Excel. It must load without a certificate warning, or Excel shows a blank pane.",
    haveCerts
      ? `     If it warns, trust the developer CA ${join(certDir, "ca.crt")} in that browser (Settings > Certificates > Authorities > Import).`
      : "     No developer certificate exists yet; the dev server will say whether it is serving https or plain http.",
    "  2. Open https://www.office.com, sign in, and open (or create) a workbook in Excel on the web.",
    "  3. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.",
    `  4. Browse to ${manifest} and choose Upload.`,
    "  5. On the Home tab choose Screen suppliers, or type =WRORISK(A2) in a cell next to a supplier name.",
    "",
    '  Alternative with a workbook URL: npx office-addin-debugging start manifest.xml web --document "<workbook URL>"',
    "  Stop with Ctrl+C. The upload lasts for this browser session; upload again after clearing the browser cache.",
    "",
  ].join("\n");
}

if (await portInUse(port)) {
  console.error(
    `Port ${port} is already in use, probably by a dev server from an earlier npm start. ` +
      `Stop it (npm stop, or end that process) and run npm start again.`,
  );
  process.exit(1);
}

if (desktop) {
  console.log("Starting the dev server and sideloading manifest.xml into desktop Excel…");
  run("office-addin-debugging", ["start", "manifest.xml", "desktop"]);
} else {
  console.log(webInstructions());
  run("webpack", ["serve", "--mode", "development"]);
}
