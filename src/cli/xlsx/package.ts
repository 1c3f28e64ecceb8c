import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from "fflate";
import { ZipWriter } from "./zip-out";

/**
 * A part whose text is produced in pieces when the package is written (a sheet of a million rows), so it
 * is never held whole: a fresh iteration each time it is called.
 */
export type PartPieces = () => Iterable<string> | AsyncIterable<string>;

/**
 * An OOXML package as its zip parts, in the archive's order. Parts the screener does not change are
 * written back with exactly the bytes they had (their compressed form may differ; the content not).
 * Big parts are held as pieces to produce (streamed), not as bytes.
 */
export class XlsxPackage {
  readonly parts: Map<string, Uint8Array>;
  /** Parts written as a stream of text when the package is written (see writePackage). */
  readonly streamed = new Map<string, PartPieces>();

  constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /** filter: the parts to unzip (default all). */
  static read(bytes: Uint8Array, filter?: (name: string) => boolean): XlsxPackage {
    const files = unzipSync(bytes, filter ? { filter: (f) => filter(f.name) } : undefined);
    return new XlsxPackage(new Map(Object.entries(files)));
  }

  has(name: string): boolean {
    return this.parts.has(name) || this.streamed.has(name);
  }

  /** The part's text; a streamed part's pieces are joined (for small parts and tests; a sheet streamed from its input cannot be). */
  text(name: string): string {
    const pieces = this.streamed.get(name)?.();
    if (pieces) {
      if (!(Symbol.iterator in pieces)) throw new Error(`The part ${name} is written as a stream and cannot be read as text.`);
      return [...pieces].join("");
    }
    const bytes = this.parts.get(name);
    if (!bytes) throw new Error(`The workbook has no part ${name}.`);
    return strFromU8(bytes);
  }

  setText(name: string, text: string): void {
    this.streamed.delete(name);
    this.parts.set(name, strToU8(text));
  }

  /** Sets a part to be written as a stream of text pieces. */
  setPieces(name: string, pieces: PartPieces): void {
    this.parts.delete(name);
    this.streamed.set(name, pieces);
  }

  /** Removes a part, held or streamed. */
  delete(name: string): void {
    this.parts.delete(name);
    this.streamed.delete(name);
  }

  /** The whole package as zip bytes, in memory (small packages and tests; writePackage writes a big one). */
  toBytes(): Uint8Array {
    const zippable: Zippable = {};
    for (const name of new Set([...this.parts.keys(), ...this.streamed.keys()])) {
      zippable[name] = [this.parts.get(name) ?? strToU8(this.text(name)), { level: 6 }];
    }
    return zipSync(zippable);
  }
}

/**
 * Writes the package to a zip file in one pass: the parts named in order first (the input archive's order),
 * then the ones added since; held parts as their bytes, streamed parts compressed as their pieces come.
 */
export async function writePackage(pkg: XlsxPackage, outPath: string, order: readonly string[] = []): Promise<void> {
  const names = [...new Set([...order, ...pkg.parts.keys(), ...pkg.streamed.keys()])].filter((name) => pkg.has(name));
  const zip = new ZipWriter(outPath);
  for (const name of names) {
    const pieces = pkg.streamed.get(name);
    if (!pieces) {
      zip.addBytes(name, pkg.parts.get(name)!);
      continue;
    }
    await zip.addText(name, async (entry) => {
      for await (const piece of pieces()) {
        entry.write(piece);
        // The compressor catches up, so a fast producer does not fill the memory.
        await entry.drained();
      }
    });
  }
  await zip.finish();
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
