// The dev server's certificate fallback in webpack.config.js: office-addin-dev-certs when it works; the files
// it generated when installing its CA fails (root without sudo, containers, CI); plain http with a warning
// when there are no certificates at all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: jest.fn() }));
// The config looks for ~/.office-addin-dev-certs; each test gets its own empty home folder.
let mockHome = "";
jest.mock("os", () => ({ ...jest.requireActual("os"), homedir: () => mockHome }));

const devCerts = require("office-addin-dev-certs") as { getHttpsServerOptions: jest.Mock };

type HttpsOptions = { ca: Buffer | string; key: Buffer | string; cert: Buffer | string } | null;

const webpackConfig = require("../../webpack.config.js") as ((
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{ devServer: { server: { type: string; options?: HttpsOptions }; port: number } }>) & {
  devServerHttpsOptions(): Promise<HttpsOptions>;
};

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "wro-home-"));
  mockHome = home;
  devCerts.getHttpsServerOptions.mockReset();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  jest.restoreAllMocks();
});

function writeCertificates(): void {
  const dir = join(home, ".office-addin-dev-certs");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "ca.crt"), "CA");
  writeFileSync(join(dir, "localhost.key"), "KEY");
  writeFileSync(join(dir, "localhost.crt"), "CERT");
}

test("uses office-addin-dev-certs when it succeeds", async () => {
  devCerts.getHttpsServerOptions.mockResolvedValue({ ca: "ca", key: "key", cert: "cert" });
  await expect(webpackConfig.devServerHttpsOptions()).resolves.toEqual({ ca: "ca", key: "key", cert: "cert" });
  expect(console.warn).not.toHaveBeenCalled();
});

test("falls back to the generated certificate files when installing the CA fails", async () => {
  devCerts.getHttpsServerOptions.mockRejectedValue(new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found"));
  writeCertificates();
  const options = await webpackConfig.devServerHttpsOptions();
  expect(options && String(options.ca)).toBe("CA");
  expect(options && String(options.key)).toBe("KEY");
  expect(options && String(options.cert)).toBe("CERT");
  expect(String((console.warn as jest.Mock).mock.calls[0][0])).toMatch(/sudo: not found.*Trust .*ca\.crt/s);
});

test("serves plain http, saying why and that Excel needs https, when there is no certificate", async () => {
  devCerts.getHttpsServerOptions.mockRejectedValue(new Error("sudo: not found"));
  await expect(webpackConfig.devServerHttpsOptions()).resolves.toBeNull();
  const message = String((console.warn as jest.Mock).mock.calls[0][0]);
  expect(message).toMatch(/PLAIN HTTP/);
  expect(message).toMatch(/Excel only loads add-ins over https/);
  expect(message).toMatch(/ca\.crt, localhost\.key, localhost\.crt/);
});

test("the dev server config follows: https with certificates, http without", async () => {
  devCerts.getHttpsServerOptions.mockRejectedValue(new Error("sudo: not found"));
  const plain = await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(plain.devServer.server.type).toBe("http");
  expect(plain.devServer.port).toBe(3000);
  writeCertificates();
  const secure = await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(secure.devServer.server.type).toBe("https");
});

test("a production build refuses a non-https public URL, and an unset one", async () => {
  const original = process.env.ADDIN_PUBLIC_URL;
  try {
    process.env.ADDIN_PUBLIC_URL = "http://example.org/addin/";
    await expect(webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" })).rejects.toThrow(/must be an https URL/);
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" })).rejects.toThrow(/ADDIN_PUBLIC_URL is not set/);
    process.env.ADDIN_PUBLIC_URL = "https://addins.example.org/wro/";
    await expect(webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" })).resolves.toBeDefined();
  } finally {
    if (original === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = original;
  }
});
