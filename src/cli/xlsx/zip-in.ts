import { Inflate, unzipSync } from "fflate";

/**
 * One part of a zip archive, decompressed as a stream: the entry is found through the central
 * directory (which always holds its compressed size, also when the local header defers it to a data
 * descriptor, as streaming zip writers do), and its raw deflate data is inflated in small slices.
 * A sheet of a million rows is then never held decompressed (about 200 MB) at once.
 */

/** Compressed bytes inflated at a time: sheet XML compresses about tenfold, so pieces stay well under 1 MB. */
const COMPRESSED_SLICE = 16 * 1024;

interface EntryPlace {
  method: number;
  compressedSize: number;
  localHeader: number;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The entry's place from the central directory; null when the archive needs ZIP64 or is not as expected. */
function findEntry(bytes: Uint8Array, name: string): EntryPlace | null | "missing" {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const count = u16(bytes, end + 10);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff) return null;
  const wanted = new TextEncoder().encode(name);
  let at = start;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (nameLength === wanted.length && wanted.every((c, i) => bytes[at + 46 + i] === c)) {
      const compressedSize = u32(bytes, at + 20);
      const localHeader = u32(bytes, at + 42);
      if (compressedSize === 0xffffffff || localHeader === 0xffffffff) return null;
      return { method: u16(bytes, at + 10), compressedSize, localHeader };
    }
    at = next;
  }
  return "missing";
}

/**
 * The part's bytes in pieces, in order. Archives this does not read in place (ZIP64, an unusual
 * compression method) fall back to fflate's unzipSync of that part alone.
 */
export function* partPieces(bytes: Uint8Array, name: string): Generator<Uint8Array> {
  const entry = findEntry(bytes, name);
  if (entry === "missing") throw new Error(`the part ${name} is missing`);
  const local = entry?.localHeader ?? -1;
  if (entry === null || (entry.method !== 0 && entry.method !== 8) || u32(bytes, local) !== 0x04034b50) {
    const whole = unzipSync(bytes, { filter: (f) => f.name === name })[name];
    if (!whole) throw new Error(`the part ${name} is missing`);
    yield whole;
    return;
  }
  const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`the part ${name} is cut short (the file is incomplete)`);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += COMPRESSED_SLICE * 8) yield data.subarray(at, at + COMPRESSED_SLICE * 8);
    return;
  }
  let out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let at = 0; at < data.length; at += COMPRESSED_SLICE) {
    inflate.push(data.subarray(at, at + COMPRESSED_SLICE), at + COMPRESSED_SLICE >= data.length);
    for (const piece of out) yield piece;
    out = [];
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  for (const piece of out) yield piece;
}
