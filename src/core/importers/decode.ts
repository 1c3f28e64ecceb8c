import { ImportError } from "./errors";

export type TextEncodingName = "utf-8" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * CBP publishes its CSV in Windows-1252 but has also served UTF-8 with a BOM; saved web pages are
 * usually UTF-8. Valid UTF-8 is taken as UTF-8 (a cp1252 file with accents is almost never valid
 * UTF-8), anything else as Windows-1252. UTF-16 and binary files are refused rather than garbled.
 */
export function decodeText(bytes: Uint8Array, what: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError("encoding", `${what} is encoded as UTF-16; save it as UTF-8 or as the original Windows-1252 CSV and try again.`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ImportError(
      "encoding",
      `${what} is not a text file (it holds a zero byte at offset ${nul}); is it a spreadsheet (.xlsx) or a compressed file?`,
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    if (hasBom) {
      throw new ImportError("encoding", `${what} starts with a UTF-8 marker but is not valid UTF-8; the file is damaged.`);
    }
  }
  return { text: decodeWindows1252(body), encoding: "windows-1252" };
}

/** Windows-1252 characters for bytes 0x80–0x9F (the five undefined bytes map to themselves, as WHATWG does). */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decoded by hand: Node's TextDecoder("windows-1252") takes a Latin-1 shortcut and turns the
 * curly quotes and dashes of 0x80–0x9F into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = new Array<number>(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Every text encoding the tools read and write: what Excel saves CSV and "Unicode text" in, in the locales buyers use. */
export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5", "shift_jis", "windows-1252"] as const;
export type AnyTextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Other names people and tools give these encodings (WHATWG labels, Windows code pages, "ANSI"). */
const ENCODING_ALIASES: Record<string, AnyTextEncoding> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "utf-8-sig": "utf-8",
  "utf-16": "utf-16le",
  utf16: "utf-16le",
  utf16le: "utf-16le",
  "utf-16le": "utf-16le",
  ucs2: "utf-16le",
  "ucs-2": "utf-16le",
  unicode: "utf-16le",
  utf16be: "utf-16be",
  "utf-16be": "utf-16be",
  gb18030: "gb18030",
  gbk: "gb18030",
  gb2312: "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  cp950: "big5",
  shift_jis: "shift_jis",
  "shift-jis": "shift_jis",
  sjis: "shift_jis",
  cp932: "shift_jis",
  "windows-31j": "shift_jis",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  ansi: "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
};

/** The canonical name for a user-given encoding label, or null when it is not one the tools read. */
export function encodingFromLabel(label: string): AnyTextEncoding | null {
  const key = label.trim().toLowerCase();
  return ENCODING_ALIASES[key] ?? ENCODING_ALIASES[key.replace(/_/g, "-")] ?? null;
}

/** The byte-order mark at the start of the bytes, if any. */
export function byteOrderMark(bytes: Uint8Array): { encoding: AnyTextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * The one decoder for every encoding above: a leading byte-order mark of that encoding is dropped,
 * bytes that are not valid in it become U+FFFD. Windows-1252 goes through decodeWindows1252 (see
 * there); the others through TextDecoder, which implements the WHATWG definitions in Node and browsers.
 */
export function decodeAs(bytes: Uint8Array, encoding: AnyTextEncoding): string {
  const bom = byteOrderMark(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  if (encoding === "windows-1252") return decodeWindows1252(body);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

/** True when the bytes are valid in the encoding (for multi-byte encodings this is a strong test). */
export function decodesCleanly(bytes: Uint8Array, encoding: AnyTextEncoding): boolean {
  if (encoding === "windows-1252") return true;
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Strict UTF-8, for JSON (RFC 8259 requires it). */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    throw new ImportError("encoding", `${what} is not valid UTF-8 text, so it cannot be a dataset JSON file.`);
  }
}

/** True when text that should be CSV or JSON is really a web page, e.g. a sign-in or error page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 2048));
}

/** Sign-in, access-denied and bot-challenge pages are what a browser or proxy saves instead of the real file. */
export function looksLikeSignInPage(text: string): boolean {
  const head = text.slice(0, 200_000).toLowerCase();
  if (/<input[^>]+type\s*=\s*["']?password/.test(head)) return true;
  const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? "";
  return /\b(sign[\s-]?in|log[\s-]?in|login|access denied|authenticat|verify you are human|just a moment)\b/.test(title);
}
