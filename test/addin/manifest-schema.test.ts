/**
 * The manifest against Microsoft's published XML schemas, offline. `npm run validate` needs Microsoft's
 * validation service; office-addin-manifest ships no XSD files and has no local mode for XML manifests, and no
 * npm package carries the schemas. So this test validates with xmllint (Debian package libxml2-utils, which
 * .ci/run installs) against the schema files in OFFICE_MANIFEST_XSD_DIR, or else ../shared/reference/
 * office-manifest-xsd beside the repository.
 *
 * The schema files are Microsoft's: [MS-OWEMXML] Appendix A "Full XML Schema", also published as the files
 * docs/overview/schemas/taskpane/*.xsd of the OfficeDev/office-js-docs-pr repository. They are not copied into
 * this repository. Both the development manifest.xml and the production manifest that `npm run build` writes
 * (other Id, name and addresses) are validated, because the build rewrites the file.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const XSD_DIR = process.env.OFFICE_MANIFEST_XSD_DIR ?? join(ROOT, "..", "shared", "reference", "office-manifest-xsd");
/** The root schema and the ones it imports (xs:import schemaLocation, relative to the root schema). */
const XSD_FILES = [
  "OfficeAppManifestV1_1.xsd",
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
];

const webpackConfig = require("../../webpack.config.js") as { productionManifest: (text: string, url: string) => string };

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

interface Validation {
  valid: boolean;
  messages: string;
}

/** xmllint --schema, offline (--nonet): valid only when xmllint says so and exits 0. */
function validate(xml: string, schema: string, dir: string): Validation {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml, "utf8");
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
  const messages = `${run.stdout}${run.stderr}`.trim();
  return { valid: run.status === 0 && /validates$/m.test(messages), messages };
}

const xmllint = hasXmllint();
const missingXsd = XSD_FILES.filter((f) => !existsSync(join(XSD_DIR, f)));
if (!xmllint) {
  console.warn("Skipping the offline manifest schema check: xmllint is missing (apt-get install libxml2-utils; .ci/run installs it).");
} else if (missingXsd.length > 0) {
  console.warn(
    `Skipping the offline manifest schema check: ${XSD_DIR} lacks ${missingXsd.join(", ")}. Put Microsoft's add-in ` +
      "manifest schemas there ([MS-OWEMXML] Appendix A, or docs/overview/schemas/taskpane/ in OfficeDev/office-js-docs-pr), " +
      "or point OFFICE_MANIFEST_XSD_DIR at them.",
  );
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "wro-manifest-xsd-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// The validation helper itself, on a two-element schema: it must report an invalid document as invalid, or the
// manifest checks below could never fail.
(xmllint ? describe : describe.skip)("the xmllint schema check", () => {
  const SCHEMA = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:wro-test" xmlns="urn:wro-test" elementFormDefault="qualified">
  <xs:element name="Root"><xs:complexType><xs:sequence>
    <xs:element name="Version"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[0-9]{1,5}(\\.[0-9]{1,5}){0,3}"/></xs:restriction></xs:simpleType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;

  test("accepts a valid document and rejects an invalid one with xmllint's reason", () => {
    const schema = join(work, "tiny.xsd");
    writeFileSync(schema, SCHEMA, "utf8");
    expect(validate('<Root xmlns="urn:wro-test"><Version>1.0.2.0</Version></Root>', schema, work)).toEqual({
      valid: true,
      messages: expect.stringMatching(/validates$/m),
    });
    const bad = validate('<Root xmlns="urn:wro-test"><Version>1.0.2-beta</Version></Root>', schema, work);
    expect(bad.valid).toBe(false);
    expect(bad.messages).toMatch(/Version.*not accepted by the pattern|fails to validate/);
  });
});

(xmllint && missingXsd.length === 0 ? describe : describe.skip)("manifest.xml against Microsoft's XML schemas", () => {
  const schema = join(XSD_DIR, XSD_FILES[0]);
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

  test("the development manifest validates", () => {
    const result = validate(manifest, schema, work);
    expect(result.messages).toMatch(/validates$/m);
    expect(result.valid).toBe(true);
  });

  test("the production manifest the build writes validates", () => {
    const result = validate(webpackConfig.productionManifest(manifest, "https://addins.example.org/wro-screen/"), schema, work);
    expect(result.messages).toMatch(/validates$/m);
    expect(result.valid).toBe(true);
  });

  test("a manifest with an element out of the schema's order is rejected (the schemas are really applied)", () => {
    const broken = manifest.replace(/(<DefaultLocale>[^<]*<\/DefaultLocale>)\s*(<DisplayName [^>]*\/>)/, "$2$1");
    expect(broken).not.toBe(manifest);
    expect(validate(broken, schema, work).valid).toBe(false);
  });
});
