#!/usr/bin/env node
/* global require, module, process, __dirname, console */
// npm's "version" lifecycle script: `npm version 1.2.0` updates package.json, then runs this, which writes
// <Version>1.2.0.0</Version> into manifest.xml and stages it, so the version commit and tag carry both.
// Office compares manifest versions to decide that an add-in changed; a release must raise it.
const { execFileSync } = require("node:child_process");
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

/** "1.2.3" -> manifest text with <Version>1.2.3.0</Version>; throws on anything else. */
function withManifestVersion(manifest, packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package version "${packageVersion}" must be MAJOR.MINOR.PATCH (no pre-release tag) for the manifest`);
  if (!/<Version>[^<]*<\/Version>/.test(manifest)) throw new Error("manifest.xml has no <Version> element");
  return manifest.replace(/<Version>[^<]*<\/Version>/, `<Version>${m[1]}.${m[2]}.${m[3]}.0</Version>`);
}

module.exports = { withManifestVersion };

if (require.main === module) {
  const root = join(__dirname, "..");
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const file = join(root, "manifest.xml");
  writeFileSync(file, withManifestVersion(readFileSync(file, "utf8"), version));
  console.log(`manifest.xml <Version> set to ${version}.0`);
  if (process.env.npm_lifecycle_event === "version") execFileSync("git", ["add", "manifest.xml"], { cwd: root, stdio: "inherit" });
}
