import { SaxesParser, type SaxesTagPlain } from "saxes";
import { relsPartOf, resolveTarget, type XlsxPackage } from "./package";

/** Calls visit for every element of small XML parts (workbook, rels, content types). */
export function eachElement(xml: string, visit: (tag: SaxesTagPlain, path: readonly string[]) => void): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const path: string[] = [];
  parser.on("opentag", (tag) => {
    visit(tag as SaxesTagPlain, path);
    path.push(tag.name);
  });
  parser.on("closetag", () => path.pop());
  parser.write(xml).close();
}

/** The local name of a possibly prefixed element or attribute name. */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
}

export interface SheetEntry {
  name: string;
  part: string;
}

/** The main workbook part, found through the package relationships. */
export function workbookPart(pkg: XlsxPackage): string {
  let found = "xl/workbook.xml";
  eachElement(pkg.text("_rels/.rels"), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship" && a.Type?.endsWith("/officeDocument")) found = resolveTarget("", a.Target);
  });
  return found;
}

/** Worksheets by name with their part names. */
export function worksheetParts(pkg: XlsxPackage): SheetEntry[] {
  const wb = workbookPart(pkg);
  const targets = new Map<string, string>();
  eachElement(pkg.text(relsPartOf(wb)), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship") targets.set(a.Id, resolveTarget(wb, a.Target));
  });
  const sheets: SheetEntry[] = [];
  eachElement(pkg.text(wb), (tag) => {
    if (localName(tag.name) !== "sheet") return;
    const a = tag.attributes as Record<string, string>;
    const id = Object.entries(a).find(([k]) => localName(k) === "id" && k !== "sheetId")?.[1];
    const part = id ? targets.get(id) : undefined;
    if (part) sheets.push({ name: a.name, part });
  });
  return sheets;
}

/** True when the package's main part is a macro-enabled workbook (.xlsm). */
export function isMacroEnabled(pkg: XlsxPackage): boolean {
  return pkg.has("[Content_Types].xml") && pkg.text("[Content_Types].xml").includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
}
