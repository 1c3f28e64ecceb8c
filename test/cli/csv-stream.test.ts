import { CsvError, parseCsv } from "../../src/cli/csv";
import { CsvRecordParser, csvRecordBatches, type ByteSource } from "../../src/cli/csv-stream";
import { detectEncoding, detectEncodingOf, scanUtf8, Utf8Scanner } from "../../src/cli/encoding";
import { HEADER_SAMPLE_ROWS } from "../../src/cli/header-row";
import { readCsv } from "../../src/cli/read-input";
import { emptyTotals, screenStreamed } from "../../src/cli/screen-stream";
import { csvOutputFormat } from "../../src/cli/write-output";
import { FakeScreener } from "./fake-screener";

/** Feeds text to the incremental parser in pieces cut at the given places. */
function parsePieces(text: string, cuts: number[], delimiter = ","): string[][] {
  const records: string[][] = [];
  const parser = new CsvRecordParser(delimiter, (r) => records.push(r));
  let from = 0;
  for (const cut of cuts) {
    parser.push(text.slice(from, cut));
    from = cut;
  }
  parser.push(text.slice(from), true);
  return records;
}

/** Bytes in pieces of a fixed size, as a file read stream gives them. */
function piecesOf(bytes: Uint8Array, size: number): ByteSource {
  return async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  };
}

describe("CsvRecordParser (CSV in pieces)", () => {
  const samples = [
    'Supplier,Note\r\n"Acme, Inc.","said ""hi""\nthen left"\r\nPlain,x\n',
    "a,b,\n1,,",
    'x,"",y\r\n"""quoted""",z\r\r\n\n',
    'Lieferant;Land\r\n"Firma; GmbH";DE\r\n',
    'a"b,c\n"d""e",f',
  ];
  it.each(samples.map((s) => [s]))("gives parseCsv's records for every place the text is cut: %j", (text) => {
    const delimiter = text.includes(";") ? ";" : ",";
    const expected = parseCsv(text, delimiter);
    for (let cut = 0; cut <= text.length; cut++) expect(parsePieces(text, [cut], delimiter)).toEqual(expected);
    // One character at a time: every quote and CR falls at the end of a piece.
    expect(
      parsePieces(
        text,
        Array.from({ length: text.length }, (_, i) => i),
        delimiter,
      ),
    ).toEqual(expected);
  });

  it("rejects an unclosed quote at the end", () => {
    expect(() => parsePieces('a,b\n"never closed,1\n2,3\n', [5, 12])).toThrow(CsvError);
  });

  it("keeps a character that straddles two pieces whole, and reads Excel's sep= line", async () => {
    const bytes = Buffer.from("\uFEFFsep=;\r\nLieferant;Land\r\n合盛硅业;CN\r\n", "utf8");
    const layouts: unknown[] = [];
    const records: string[][] = [];
    for await (const batch of csvRecordBatches(piecesOf(bytes, 1), "utf-8", (l) => layouts.push(l))) records.push(...batch.records);
    expect(layouts).toEqual([{ delimiter: ";", sepLine: true }]);
    expect(records).toEqual([
      ["Lieferant", "Land"],
      ["合盛硅业", "CN"],
    ]);
  });
});

describe("encoding detection in pieces", () => {
  it("scans UTF-8 in pieces exactly as in one piece, sequences cut in two included", () => {
    const bytes = Buffer.concat([Buffer.from("Müller 合盛 😀 ", "utf8"), Buffer.from([0x93, 0xe4, 0x41]), Buffer.from(" Société", "utf8")]);
    const whole = scanUtf8(bytes);
    for (const size of [1, 2, 3, 5]) {
      const scanner = new Utf8Scanner();
      for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
      scanner.push(new Uint8Array(0), true);
      expect(scanner.result).toEqual(whole);
    }
  });

  it("decides as detectEncoding does for a small file", async () => {
    const files = [
      Buffer.from("Lieferant;Land\r\nSoci\xe9t\xe9 G\xe9n\xe9rale;FR\r\n", "latin1"),
      Buffer.concat([Buffer.from("名称\n合盛硅业股份有限公司\n新疆大全\n纳思达 ", "utf8"), Buffer.from([0x93]), Buffer.from("\n", "utf8")]),
      Buffer.from("Vendor\tCountry\n", "utf16le"),
    ];
    for (const bytes of files) expect(await detectEncodingOf(piecesOf(bytes, 7)())).toEqual(detectEncoding(bytes));
  });

  it("finds an ANSI file whose first accented name comes after the first megabyte", async () => {
    const ascii = "Supplier,Country\r\n" + "Acme Widgets Ltd,UK\r\n".repeat(60_000);
    const bytes = Buffer.concat([
      Buffer.from(ascii, "latin1"),
      Buffer.from("Soci\xe9t\xe9 G\xe9n\xe9rale,FR\r\nM\xfcller,DE\r\n", "latin1"),
    ]);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const detected = await detectEncodingOf(piecesOf(bytes, 64 * 1024)());
    expect(detected.encoding).toBe("windows-1252");
  });
});

describe("a CSV screened as a stream", () => {
  const ROWS = 200_000;
  const ROWS_PER_PIECE = 2_000;
  const header = "Title: supplier register\r\n\r\nContract,Supplier,Country\r\n";

  /** A generated file: each pass reads it again, counting the data rows handed out so far. */
  function generated() {
    const state = { produced: 0 };
    const source: ByteSource = async function* () {
      state.produced = 0;
      yield Buffer.from(header, "utf8");
      for (let start = 1; start <= ROWS; start += ROWS_PER_PIECE) {
        let text = "";
        for (let i = start; i < start + ROWS_PER_PIECE; i++)
          text += `C-${i},${i % 1000 === 0 ? "Top Glove Corporation Bhd" : `Acme ${i}`},MY\r\n`;
        state.produced = start + ROWS_PER_PIECE - 1;
        yield Buffer.from(text, "utf8");
      }
    };
    return { state, source };
  }

  it("keeps only the first rows, and writes output before the input has been read to its end", async () => {
    const { state, source } = generated();
    const head = Buffer.from(header, "utf8");
    const table = await readCsv("register.csv", head, source, {});
    expect(table.headerRowNumber).toBe(3);
    expect(table.preamble.map((r) => r.rowNumber)).toEqual([1]);
    // The reader held the header search's rows, not the file.
    expect(table.rows.length + table.preamble.length + 1).toBeLessThanOrEqual(HEADER_SAMPLE_ROWS);
    expect(table.streamed).toMatchObject({ dataRowCount: ROWS, lastRowNumber: ROWS + 3, lastUsedColumn: 2 });

    const totals = emptyTotals(false);
    let largestBatch = 0;
    const producedAtOutput: number[] = [];
    const pieces = screenStreamed(
      table,
      { supplier: 1, country: 2, product: null },
      new FakeScreener(),
      false,
      totals,
      (rows) => (largestBatch = Math.max(largestBatch, rows.length)),
      csvOutputFormat(table),
    );
    let output = "";
    let first = true;
    for await (const piece of pieces) {
      if (!first) producedAtOutput.push(state.produced);
      first = false;
      if (output.length < 200_000) output += piece;
    }
    // A batch is one piece of the input (the first waits for 64,000 characters to choose the delimiter);
    // the first data rows were written while at most 4,000 of the 200,000 rows had been read.
    expect(largestBatch).toBeLessThanOrEqual(2 * ROWS_PER_PIECE);
    expect(producedAtOutput[0]).toBeLessThanOrEqual(2 * ROWS_PER_PIECE);
    expect(producedAtOutput.length).toBeGreaterThan(ROWS / ROWS_PER_PIECE - 1);
    expect(totals.rows).toBe(ROWS);
    expect(totals.counts.high).toBe(ROWS / 1000);
    const lines = output.split("\r\n");
    expect(lines.slice(0, 4)).toEqual([
      "Title: supplier register,,,,,",
      ",,,,,",
      "Contract,Supplier,Country,WRO risk,WRO match,WRO notes",
      expect.stringMatching(/^C-1,Acme 1,MY,None,,/),
    ]);
    expect(lines[1002]).toMatch(/^C-1000,Top Glove Corporation Bhd,MY,High,/);
  });
});
