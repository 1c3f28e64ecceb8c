/**
 * @jest-environment jsdom
 */
// Offline checks on manifest.xml. Microsoft's validator (npm run validate) needs the internet, so these
// tests pin the rules that matter most here: well-formed XML, the shared-runtime rules, resource ids,
// one https origin, icon files of the right pixel size, and no <Namespace> (so =WRORISK works unprefixed).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { RIBBON_ACTIONS } from "../../src/commands/commands";

const ROOT = join(__dirname, "..", "..");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

function parseErrors(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName("parsererror")).map((e) => e.textContent ?? "parse error");
}

const doc = parseXml(manifestText);
const all = (localName: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", localName));
const one = (localName: string): Element => {
  const found = all(localName);
  if (found.length !== 1) throw new Error(`expected exactly one <${localName}>, found ${found.length}`);
  return found[0];
};
const childElements = (el: Element): Element[] => Array.from(el.children);
const xsiType = (el: Element): string | null => el.getAttributeNS(XSI, "type");

/** Resource tables: bt:Image, bt:Url, bt:String (short or long), keyed by id. */
function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, string> {
  const table = new Map<string, string>();
  const section = doc.getElementsByTagNameNS(BT, kind)[0];
  if (!section) return table;
  for (const el of childElements(section)) {
    const id = el.getAttribute("id") ?? "";
    if (table.has(id)) throw new Error(`duplicate resource id ${id} in ${kind}`);
    table.set(id, el.getAttribute("DefaultValue") ?? "");
  }
  return table;
}

const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

/** Every element carrying resid=, with the resource table its kind must resolve in. */
function residReferences(): Array<{ element: Element; resid: string; table: Map<string, string>; kind: string }> {
  return Array.from(doc.querySelectorAll("[resid]")).map((element) => {
    const resid = element.getAttribute("resid") ?? "";
    const name = element.localName;
    const parent = element.parentElement?.localName ?? "";
    if (name === "Image") return { element, resid, table: images, kind: "Images" };
    if (["Runtime", "SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) {
      return { element, resid, table: urls, kind: "Urls" };
    }
    if (name === "Description" && (parent === "Supertip" || parent === "GetStarted")) {
      return { element, resid, table: longStrings, kind: "LongStrings" };
    }
    return { element, resid, table: shortStrings, kind: "ShortStrings" };
  });
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps a dev-server URL to the file it is served from (assets/ is copied verbatim by webpack). */
function assetFileFor(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, "");
  return join(ROOT, path);
}

describe("manifest.xml is well-formed and complete", () => {
  test("parses as XML with OfficeApp TaskPaneApp at the root", () => {
    expect(parseErrors(doc)).toEqual([]);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  });

  test("the XML check itself catches broken markup", () => {
    // Guards against a parser that silently accepts anything, which would make the test above meaningless.
    const broken = parseXml(manifestText.replace("</Hosts>", ""));
    expect(parseErrors(broken).length).toBeGreaterThan(0);
  });

  test("has a fixed GUID Id and a four-part Version", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("top-level elements appear in the order the Office XSD requires", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = childElements(doc.documentElement).map((e) => e.localName);
    // Every element of the order is required here except AppDomains, which the manifest does not need.
    for (const name of order.filter((n) => n !== "AppDomains")) {
      expect(present).toContain(name);
    }
    const known = present.filter((n) => order.includes(n));
    expect(known).toEqual([...known].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test("targets Excel workbooks with ReadWriteDocument and requires SharedRuntime 1.1", () => {
    const topLevelHosts = childElements(doc.documentElement).find((e) => e.localName === "Hosts")!;
    const hosts = childElements(topLevelHosts).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(one("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
    const sharedRuntime = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(sharedRuntime?.getAttribute("MinVersion")).toBe("1.1");
  });
});

describe("one shared runtime", () => {
  const runtimes = all("Runtime");
  const customFunctions = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");

  test("exactly one Runtime, and it is long-lived", () => {
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
  });

  test("Runtime, CustomFunctions Page, FunctionFile and every ShowTaskpane use the same resid", () => {
    const runtimeResid = runtimes[0].getAttribute("resid");
    expect(runtimeResid).toBeTruthy();
    const page = customFunctions?.getElementsByTagNameNS("*", "Page")[0];
    const pageSource = page?.getElementsByTagNameNS("*", "SourceLocation")[0];
    expect(pageSource?.getAttribute("resid")).toBe(runtimeResid);
    expect(one("FunctionFile").getAttribute("resid")).toBe(runtimeResid);
    const showTaskpane = all("Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const action of showTaskpane) {
      expect(action.getElementsByTagNameNS("*", "SourceLocation")[0]?.getAttribute("resid")).toBe(runtimeResid);
    }
  });

  test("the shared runtime page is the same page as DefaultSettings", () => {
    const runtimeUrl = urls.get(runtimes[0].getAttribute("resid") ?? "");
    const defaultSource = one("DefaultSettings").getElementsByTagNameNS("*", "SourceLocation")[0];
    expect(runtimeUrl).toBe(defaultSource.getAttribute("DefaultValue"));
  });

  test("no Action carries a TaskpaneId (a shared runtime supports one task pane)", () => {
    expect(all("TaskpaneId")).toHaveLength(0);
  });
});

describe("custom functions extension point", () => {
  const customFunctions = all("ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");

  test("exists once with Script, Page and Metadata pointing at the built files", () => {
    expect(customFunctions).toHaveLength(1);
    const point = customFunctions[0];
    const sourceUrl = (child: string) =>
      urls.get(point.getElementsByTagNameNS("*", child)[0]?.getElementsByTagNameNS("*", "SourceLocation")[0]?.getAttribute("resid") ?? "");
    expect(sourceUrl("Script")).toMatch(/\/functions\.js$/);
    expect(sourceUrl("Metadata")).toMatch(/\/functions\.json$/);
    expect(sourceUrl("Page")).toMatch(/\/taskpane\.html$/);
  });

  test("has no <Namespace>, so the functions are typed as =WRORISK(...) without a prefix", () => {
    expect(all("Namespace")).toHaveLength(0);
    // Comments may mention the element; only markup counts.
    expect(manifestText.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<Namespace\b/);
  });
});

describe("ribbon button", () => {
  test("a Home-tab button labelled 'Screen suppliers' opens the task pane", () => {
    const homeTab = all("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(homeTab).toBeDefined();
    const buttons = Array.from(homeTab!.getElementsByTagNameNS("*", "Control")).filter((c) => xsiType(c) === "Button");
    const labels = buttons.map((b) => shortStrings.get(b.getElementsByTagNameNS("*", "Label")[0]?.getAttribute("resid") ?? ""));
    expect(labels).toContain("Screen suppliers");
    const screen = buttons[labels.indexOf("Screen suppliers")];
    const action = screen.getElementsByTagNameNS("*", "Action")[0];
    expect(xsiType(action)).toBe("ShowTaskpane");
  });

  test("every ExecuteFunction names an action that commands.ts registers, and every registered action is used", () => {
    const named = all("Action")
      .filter((a) => xsiType(a) === "ExecuteFunction")
      .map((a) => a.getElementsByTagNameNS("*", "FunctionName")[0]?.textContent?.trim());
    expect(named.length).toBeGreaterThan(0);
    expect([...named].sort()).toEqual(Object.keys(RIBBON_ACTIONS).sort());
  });

  test("control and group ids are unique", () => {
    const ids = [...all("Control"), ...all("Group")].map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("resources", () => {
  test("every resid refers to a defined resource of the right kind", () => {
    const refs = residReferences();
    expect(refs.length).toBeGreaterThan(10);
    const missing = refs.filter((r) => !r.table.has(r.resid)).map((r) => `${r.element.localName} -> ${r.kind}:${r.resid}`);
    expect(missing).toEqual([]);
  });

  test("every defined resource is used, and short strings fit the 125-character limit", () => {
    const used = new Set(residReferences().map((r) => r.resid));
    const unused = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
    for (const [id, text] of shortStrings) expect({ id, length: text.length <= 125 }).toEqual({ id, length: true });
    for (const [id, text] of longStrings) expect({ id, length: text.length <= 250 }).toEqual({ id, length: true });
  });

  test("every URL is https and on one origin", () => {
    const urlValues = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urlValues.length).toBeGreaterThan(5);
    const origins = new Set(urlValues.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
    expect(all("AppDomain")).toHaveLength(0);
  });

  test("every icon the manifest references exists in assets/ with the declared pixel size", () => {
    const checks: Array<{ url: string; size: number }> = [
      { url: one("IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    for (const imageRef of all("Image").filter((e) => e.hasAttribute("size"))) {
      checks.push({ url: images.get(imageRef.getAttribute("resid") ?? "") ?? "", size: Number(imageRef.getAttribute("size")) });
    }
    for (const [id, url] of images) {
      const declared = /(\d+)x\1$/.exec(id);
      if (declared) checks.push({ url, size: Number(declared[1]) });
    }
    for (const { url, size } of checks) {
      const file = assetFileFor(url);
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
    }
  });

  test("the support and help pages are files shipped in assets/", () => {
    for (const url of [one("SupportUrl").getAttribute("DefaultValue") ?? "", urls.get("Help.Url") ?? ""]) {
      expect(existsSync(assetFileFor(url))).toBe(true);
    }
  });

  test("the PNG size reader rejects a file that is not a PNG", () => {
    expect(() => pngSize(join(ROOT, "assets", "logo.svg"))).toThrow(/not a PNG/);
  });
});
