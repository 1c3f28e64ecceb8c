/**
 * CSV read as a stream: bytes in pieces (a file read stream, or any async source in tests), decoded
 * piece by piece in the detected or given encoding, and split into records by an incremental parser.
 * Nothing here holds more than one piece of the file and one batch of records, so reading a
 * 1,048,576-row file takes the same memory as reading a 100-row one.
 */
import { createReadStream } from "node:fs";
import { byteOrderMark, decodeWindows1252, type AnyTextEncoding } from "../core/importers/decode";
import { CsvError, CsvRecordParser, detectDelimiter } from "./csv";

export { CsvRecordParser };

/** Where the bytes come from: called once per pass (the file is read more than once). */
export type ByteSource = () => AsyncIterable<Uint8Array>;

/** Pieces of about 1 MB: large enough that the per-piece work is small, small enough to be no memory at all. */
const READ_PIECE = 1 << 20;

export function fileSource(file: string): ByteSource {
  return () => createReadStream(file, { highWaterMark: READ_PIECE });
}

/**
 * Decodes the bytes piece by piece: a character split between two pieces stays whole (the decoder keeps
 * the partial bytes), a leading byte-order mark of the encoding is dropped, bytes invalid in the
 * encoding become U+FFFD, as decode.ts's decodeAs does for a whole file.
 */
export async function* decodedPieces(source: ByteSource, encoding: AnyTextEncoding): AsyncGenerator<string> {
  const decoder = encoding === "windows-1252" ? null : new TextDecoder(encoding, { ignoreBOM: true });
  /** The file's first bytes, until there are enough to see a byte-order mark. */
  let start: Uint8Array | null = new Uint8Array(0);
  const decode = (bytes: Uint8Array) => (decoder ? decoder.decode(bytes, { stream: true }) : decodeWindows1252(bytes));
  for await (const piece of source()) {
    let bytes = piece;
    if (start !== null) {
      bytes = Buffer.concat([start, piece]);
      if (bytes.length < 3) {
        start = bytes;
        continue;
      }
      start = null;
      const bom = byteOrderMark(bytes);
      if (bom && bom.encoding === encoding) bytes = bytes.subarray(bom.length);
    }
    const text = decode(bytes);
    if (text) yield text;
  }
  if (start !== null && start.length) {
    const bom = byteOrderMark(start);
    const text = decode(bom && bom.encoding === encoding ? start.subarray(bom.length) : start);
    if (text) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

/** Decoded text looked at before the delimiter is chosen: the header line is well inside it. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024;

export interface CsvRecordBatch {
  /** The records of this batch; record k is line firstRecord + k (1-based, after a "sep=" line). */
  records: string[][];
  /** The 1-based number of the batch's first record. */
  firstRecord: number;
}

export interface CsvLayout {
  delimiter: string;
  /** Excel's first line "sep=;" was there (it names the delimiter and is not a row). */
  sepLine: boolean;
}

/**
 * Reads every record of the CSV in batches (one batch per decoded piece). The delimiter is chosen from
 * the first line, or from Excel's "sep=" line, and reported through onLayout before the first batch.
 * A NUL character means the file is not text; an unclosed quote is an error at the end.
 */
export async function* csvRecordBatches(
  source: ByteSource,
  encoding: AnyTextEncoding,
  onLayout?: (layout: CsvLayout) => void,
): AsyncGenerator<CsvRecordBatch> {
  let parser: CsvRecordParser | null = null;
  let pending = "";
  let records: string[][] = [];
  let next = 1;
  const start = (text: string, final: boolean) => {
    // Excel writes and honours a first line "sep=;" naming the delimiter; it shows the next line as row 1.
    const hint = /^sep=(.)\r?\n/i.exec(text);
    const body = hint ? text.slice(hint[0].length) : text;
    const layout = { delimiter: hint ? hint[1] : detectDelimiter(body), sepLine: hint !== null };
    onLayout?.(layout);
    parser = new CsvRecordParser(layout.delimiter, (cells) => records.push(cells));
    parser.push(body, final);
  };
  const take = (): CsvRecordBatch => {
    const batch = { records, firstRecord: next };
    next += records.length;
    records = [];
    return batch;
  };
  for await (const text of decodedPieces(source, encoding)) {
    if (text.includes("\u0000")) throw new CsvError("it contains binary data (NUL bytes), so it is not a text CSV file");
    if (parser === null) {
      pending += text;
      if (pending.length < DELIMITER_SAMPLE_CHARS) continue;
      start(pending, false);
      pending = "";
    } else {
      (parser as CsvRecordParser).push(text);
    }
    if (records.length) yield take();
  }
  if (parser === null) start(pending, true);
  else (parser as CsvRecordParser).push("", true);
  if (records.length) yield take();
}
