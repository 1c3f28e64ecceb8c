import chardet from "chardet";
import iconv from "iconv-lite";
import { byteOrderMark, decodeAs, decodesCleanly, encodingFromLabel, TEXT_ENCODINGS, type AnyTextEncoding } from "../core/importers/decode";
import { UsageError } from "./errors";

export type { AnyTextEncoding };

/** Names shown to users: what Excel's "Save as" and Notepad call them. */
export const ENCODING_NAMES: Record<AnyTextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  gb18030: "GB18030/GBK (Simplified Chinese)",
  big5: "Big5 (Traditional Chinese)",
  shift_jis: "Shift_JIS (Japanese)",
  "windows-1252": "Windows-1252 (Western European)",
};

export interface DetectedEncoding {
  encoding: AnyTextEncoding;
  /** The file starts with a byte-order mark. */
  bom: boolean;
  /** How the encoding was chosen, for the "Read as …" line. */
  how: "byte-order mark" | "given with --encoding" | "detected";
  /** For a UTF-8 file with a few invalid bytes: their byte offsets (the rows are named after parsing). */
  strayOffsets: number[];
}

/** chardet's names for the encodings this tool handles. Latin code pages are read as Windows-1252, Excel's "ANSI". */
const CHARDET_NAMES: Record<string, AnyTextEncoding> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  GB18030: "gb18030",
  Big5: "big5",
  Shift_JIS: "shift_jis",
  "windows-1252": "windows-1252",
  "ISO-8859-1": "windows-1252",
  "ISO-8859-15": "windows-1252",
};

/** Bytes looked at to spot UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;

/** UTF-16 text of mostly Latin characters has a zero in every other byte. */
export function utf16WithoutBom(bytes: Uint8Array): AnyTextEncoding | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

export interface Utf8ScanResult {
  multiByte: number;
  invalidCount: number;
  /** The first offsets only: a legacy file has thousands, and only the count matters then. */
  invalid: number[];
}

/**
 * Counts valid multi-byte UTF-8 sequences and the offsets of bytes that are not valid UTF-8, over
 * bytes given in pieces: a sequence split between two pieces is held back until the next one.
 */
export class Utf8Scanner {
  readonly result: Utf8ScanResult = { multiByte: 0, invalidCount: 0, invalid: [] };
  private carry: Uint8Array = new Uint8Array(0);
  /** The file offset of carry[0]. */
  private offset = 0;

  push(piece: Uint8Array, final = false): void {
    let bytes = piece;
    if (this.carry.length) {
      bytes = new Uint8Array(this.carry.length + piece.length);
      bytes.set(this.carry);
      bytes.set(piece, this.carry.length);
    }
    const r = this.result;
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      const b = bytes[i];
      if (b < 0x80) {
        i++;
        continue;
      }
      let need = 0;
      let min = 0;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        min = b === 0xe0 ? 0xa0 : 0x80;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        min = b === 0xf0 ? 0x90 : 0x80;
      }
      // The rest of the sequence is in the next piece.
      if (need > 0 && i + need >= n && !final) break;
      let ok = need > 0 && i + need < n;
      if (ok) {
        for (let k = 1; k <= need; k++) {
          const c = bytes[i + k];
          const low = k === 1 && min ? min : 0x80;
          const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
          if (c === undefined || c < low || c > high) {
            ok = false;
            break;
          }
        }
      }
      if (ok) {
        r.multiByte++;
        i += need + 1;
      } else {
        r.invalidCount++;
        if (r.invalid.length < 1000) r.invalid.push(this.offset + i);
        i++;
      }
    }
    this.carry = bytes.slice(i);
    this.offset += i;
  }
}

/** Counts valid multi-byte UTF-8 sequences and the offsets of bytes that are not valid UTF-8. */
export function scanUtf8(bytes: Uint8Array): Utf8ScanResult {
  const scanner = new Utf8Scanner();
  scanner.push(bytes, true);
  return scanner.result;
}

/** True when the bytes are valid in the encoding, allowing a character cut off at the end of a sample. */
function decodesCleanlyPrefix(bytes: Uint8Array, encoding: AnyTextEncoding): boolean {
  if (encoding === "windows-1252") return true;
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The rule of detectEncoding, given the UTF-8 scan of the whole file and a sample of its bytes for
 * chardet's statistics (the whole file when it is small).
 */
function decideEncoding(scan: Utf8ScanResult, sample: Uint8Array, whole: boolean): DetectedEncoding {
  const { multiByte, invalidCount, invalid } = scan;
  if (invalidCount === 0) return { encoding: "utf-8", bom: false, how: "detected", strayOffsets: [] };
  // A few bad bytes among many good multi-byte characters: a UTF-8 file someone pasted one legacy
  // character into. Legacy double-byte text (GBK, Big5, Shift_JIS) forms valid UTF-8 only by chance.
  if (multiByte >= 3 && invalidCount * 20 <= multiByte) {
    return { encoding: "utf-8", bom: false, how: "detected", strayOffsets: invalid };
  }
  for (const candidate of chardet.analyse(sample)) {
    const encoding = CHARDET_NAMES[candidate.name];
    if (encoding && encoding !== "utf-8" && (whole ? decodesCleanly(sample, encoding) : decodesCleanlyPrefix(sample, encoding))) {
      return { encoding, bom: false, how: "detected", strayOffsets: [] };
    }
  }
  return { encoding: "windows-1252", bom: false, how: "detected", strayOffsets: [] };
}

/**
 * Decides how CSV bytes are encoded: a byte-order mark wins; then UTF-16 by its zero bytes; then
 * "valid UTF-8 is UTF-8" (a legacy file with non-ASCII text is almost never valid UTF-8), also for a
 * file that is UTF-8 but for a few stray bytes; then chardet's statistics, taking the best-ranked
 * encoding this tool handles that decodes the bytes without an error.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) return { encoding: bom.encoding, bom: true, how: "byte-order mark", strayOffsets: [] };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bom: false, how: "detected", strayOffsets: [] };
  return decideEncoding(scanUtf8(bytes), bytes, true);
}

/** Bytes of the file's start, and of the stretch from its first non-UTF-8 byte, that chardet looks at. */
const CHARDET_SAMPLE = 1 << 20;

/**
 * detectEncoding for a file read in pieces: the byte-order mark and UTF-16 from its first bytes, the
 * UTF-8 scan over all of it, chardet over its first megabyte and the megabyte from the line holding
 * its first non-UTF-8 byte (so an ANSI file whose first accented name is on row 500,000 is still
 * told from UTF-8). For a file under a megabyte this is exactly detectEncoding of its bytes.
 */
export async function detectEncodingOf(pieces: AsyncIterable<Uint8Array>): Promise<DetectedEncoding> {
  const scanner = new Utf8Scanner();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let checkedStart = false;
  /** The stretch after the first invalid byte, when that lies beyond the head. */
  const later: Uint8Array[] = [];
  let laterBytes = 0;
  let offset = 0;
  for await (const piece of pieces) {
    if (headBytes < CHARDET_SAMPLE) {
      const part = piece.subarray(0, CHARDET_SAMPLE - headBytes);
      head.push(part);
      headBytes += part.length;
    }
    if (!checkedStart && (headBytes >= 4096 || headBytes >= CHARDET_SAMPLE)) {
      checkedStart = true;
      const start = Buffer.concat(head);
      const early = startOf(start);
      if (early) return early;
    }
    const before = scanner.result.invalidCount;
    scanner.push(piece);
    if (before === 0 && scanner.result.invalidCount > 0 && scanner.result.invalid[0] >= CHARDET_SAMPLE) {
      // Start at the line holding the bad byte, so a double-byte encoding is read in step.
      let from = scanner.result.invalid[0] - offset;
      const lineStart = piece.lastIndexOf(0x0a, Math.max(0, from));
      from = lineStart === -1 ? Math.max(0, from - 1024) : lineStart + 1;
      later.push(piece.subarray(from));
      laterBytes += piece.length - from;
    } else if (later.length && laterBytes < CHARDET_SAMPLE) {
      later.push(piece.subarray(0, CHARDET_SAMPLE - laterBytes));
      laterBytes += Math.min(piece.length, CHARDET_SAMPLE - laterBytes);
    }
    offset += piece.length;
  }
  scanner.push(new Uint8Array(0), true);
  const start = Buffer.concat(head);
  if (!checkedStart) {
    const early = startOf(start);
    if (early) return early;
  }
  const whole = offset <= CHARDET_SAMPLE;
  return decideEncoding(scanner.result, later.length ? Buffer.concat([start, Buffer.from("\n"), ...later]) : start, whole);
}

/** The answer from the file's first bytes alone: a byte-order mark, or UTF-16's zero bytes. */
function startOf(start: Uint8Array): DetectedEncoding | null {
  const bom = byteOrderMark(start);
  if (bom) return { encoding: bom.encoding, bom: true, how: "byte-order mark", strayOffsets: [] };
  const utf16 = utf16WithoutBom(start);
  if (utf16) return { encoding: utf16, bom: false, how: "detected", strayOffsets: [] };
  return null;
}

/** --encoding NAME, checked. */
export function encodingOption(label: string, option: string): AnyTextEncoding {
  const encoding = encodingFromLabel(label);
  if (!encoding) {
    throw new UsageError(
      `${option} "${label}" is not an encoding this tool reads. Use one of: ${TEXT_ENCODINGS.join(", ")} (gbk is read as gb18030).`,
    );
  }
  return encoding;
}

export interface DecodedInput {
  text: string;
  detected: DetectedEncoding;
}

/** Decodes CSV bytes in the given encoding, or in the one detected from the bytes. */
export function decodeInput(bytes: Uint8Array, given?: AnyTextEncoding): DecodedInput {
  const bom = byteOrderMark(bytes);
  const detected: DetectedEncoding = given
    ? { encoding: given, bom: bom?.encoding === given, how: "given with --encoding", strayOffsets: [] }
    : detectEncoding(bytes);
  return { text: decodeAs(bytes, detected.encoding), detected };
}

/** Encodes output text; UTF-8 and UTF-16 get a byte-order mark when bom is true. */
export function encodeText(text: string, encoding: AnyTextEncoding, bom: boolean): Buffer {
  if (encoding === "utf-8") return Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
  return iconv.encode(text, encoding === "windows-1252" ? "win1252" : encoding, { addBOM: bom && encoding.startsWith("utf-16") });
}

/** True when every character of text can be written in the encoding (Unicode encodings hold everything). */
export function canEncode(text: string, encoding: AnyTextEncoding): boolean {
  if (encoding === "utf-8" || encoding === "utf-16le" || encoding === "utf-16be") return true;
  const iconvName = encoding === "windows-1252" ? "win1252" : encoding;
  return iconv.decode(iconv.encode(text, iconvName), iconvName) === text;
}
