import { createWriteStream } from "node:fs";
import { once } from "node:events";
import * as zlib from "node:zlib";
import { createDeflateRaw, type DeflateRaw } from "node:zlib";
import { Zip, ZipPassThrough } from "fflate";

const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * A zip entry compressed by Node's zlib (native, several times faster than deflate in JavaScript,
 * which matters for a worksheet of a million rows) inside fflate's streaming Zip, which writes the
 * archive's headers, data descriptors and central directory.
 */
class NativeDeflateEntry extends ZipPassThrough {
  readonly deflate: DeflateRaw;

  constructor(name: string) {
    super(name);
    this.compression = 8;
    this.deflate = createDeflateRaw({ level: 6 });
    this.deflate.on("data", (data: Buffer) =>
      this.ondata(null, new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength), false),
    );
    this.deflate.on("end", () => this.ondata(null, new Uint8Array(0), true));
    this.deflate.on("error", (e) => this.ondata(e as never, new Uint8Array(0), true));
  }

  private crcSoFar = 0;

  /** As ZipPassThrough.push, with Node's native CRC-32 (Node 20.15+) instead of the one in JavaScript. */
  override push(chunk: Uint8Array, final?: boolean): void {
    if (typeof nativeCrc32 !== "function") return super.push(chunk, final);
    this.crcSoFar = nativeCrc32(chunk, this.crcSoFar);
    this.size += chunk.length;
    if (final) this.crc = this.crcSoFar;
    this.process(chunk, final ?? false);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length) this.deflate.write(chunk);
    if (final) this.deflate.end();
  }
}

/** Pieces of text are gathered up to this size before they are compressed (kept small: see SLICE in read-sheet.ts). */
const GATHER_CHARS = 32 * 1024;

/** A part written as a stream of text: write() as often as needed, then end(). */
export class TextEntry {
  private pieces: string[] = [];
  private chars = 0;

  constructor(private readonly entry: NativeDeflateEntry) {}

  write(text: string): void {
    this.pieces.push(text);
    this.chars += text.length;
    if (this.chars >= GATHER_CHARS) this.push(false);
  }

  /** Resolves when the compressor has caught up, so a fast producer does not fill the memory. */
  async drained(): Promise<void> {
    if (this.entry.deflate.writableNeedDrain) await once(this.entry.deflate, "drain");
  }

  async end(): Promise<void> {
    this.push(true);
    if (!this.entry.deflate.readableEnded) await once(this.entry.deflate, "end");
  }

  private push(final: boolean): void {
    const text = this.pieces.join("");
    this.pieces = [];
    this.chars = 0;
    this.entry.push(Buffer.from(text, "utf8"), final);
  }
}

/**
 * Writes a zip archive (an .xlsx package) to a file as its parts are added, in the order added.
 * Only the part being written is in memory.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly finished: Promise<void>;

  constructor(file: string) {
    const out = createWriteStream(file);
    let fail: (e: Error) => void = () => undefined;
    let done: () => void = () => undefined;
    this.finished = new Promise<void>((resolve, reject) => {
      done = resolve;
      fail = reject;
    });
    this.finished.catch(() => undefined);
    out.on("error", (e) => fail(e));
    out.on("finish", () => done());
    this.zip = new Zip((err, data, final) => {
      if (err) {
        fail(err);
        out.destroy();
        return;
      }
      out.write(data);
      if (final) out.end();
    });
  }

  /** Adds a part whose bytes are at hand. */
  addBytes(name: string, bytes: Uint8Array): void {
    const entry = new NativeDeflateEntry(name);
    this.zip.add(entry);
    entry.push(bytes, true);
  }

  /** Adds a part written as text by produce, which may await entry.drained() now and then. */
  async addText(name: string, produce: (entry: TextEntry) => Promise<void> | void): Promise<void> {
    const entry = new NativeDeflateEntry(name);
    this.zip.add(entry);
    const text = new TextEntry(entry);
    await produce(text);
    await text.end();
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.finished;
  }
}
