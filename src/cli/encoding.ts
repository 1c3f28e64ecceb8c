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

/** Counts valid multi-byte UTF-8 sequences and the offsets of bytes that are not valid UTF-8. */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; invalidCount: number; invalid: number[] } {
  let multiByte = 0;
  let invalidCount = 0;
  /** The first offsets only: a legacy file has thousands, and only the count matters then. */
  const invalid: number[] = [];
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
      multiByte++;
      i += need + 1;
    } else {
      invalidCount++;
      if (invalid.length < 1000) invalid.push(i);
      i++;
    }
  }
  return { multiByte, invalidCount, invalid };
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
  const { multiByte, invalidCount, invalid } = scanUtf8(bytes);
  if (invalidCount === 0) return { encoding: "utf-8", bom: false, how: "detected", strayOffsets: [] };
  // A few bad bytes among many good multi-byte characters: a UTF-8 file someone pasted one legacy
  // character into. Legacy double-byte text (GBK, Big5, Shift_JIS) forms valid UTF-8 only by chance.
  if (multiByte >= 3 && invalidCount * 20 <= multiByte) {
    return { encoding: "utf-8", bom: false, how: "detected", strayOffsets: invalid };
  }
  for (const candidate of chardet.analyse(bytes)) {
    const encoding = CHARDET_NAMES[candidate.name];
    if (encoding && encoding !== "utf-8" && decodesCleanly(bytes, encoding)) {
      return { encoding, bom: false, how: "detected", strayOffsets: [] };
    }
  }
  return { encoding: "windows-1252", bom: false, how: "detected", strayOffsets: [] };
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
