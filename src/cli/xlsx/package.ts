import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from "fflate";

/**
 * An OOXML package as its zip parts, in the archive's order. Parts the screener does not change are
 * written back with exactly the bytes they had (their compressed form may differ; the content not).
 */
export class XlsxPackage {
  readonly parts: Map<string, Uint8Array>;

  constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /** filter: the parts to unzip (default all). */
  static read(bytes: Uint8Array, filter?: (name: string) => boolean): XlsxPackage {
    const files = unzipSync(bytes, filter ? { filter: (f) => filter(f.name) } : undefined);
    return new XlsxPackage(new Map(Object.entries(files)));
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  text(name: string): string {
    const bytes = this.parts.get(name);
    if (!bytes) throw new Error(`The workbook has no part ${name}.`);
    return strFromU8(bytes);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
  }

  toBytes(): Uint8Array {
    const zippable: Zippable = {};
    for (const [name, bytes] of this.parts) zippable[name] = [bytes, { level: 6 }];
    return zipSync(zippable);
  }
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== ".") base.push(piece);
  }
  return base.join("/");
}

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
