import { decodeInput } from "../../src/cli/encoding";
import { detectDelimiter, formatCsvRecord, guardCsvInjection, parseCsv, unguardCsvInjection, CsvError } from "../../src/cli/csv";

describe("parseCsv", () => {
  it("reads quoted fields holding commas, doubled quotes and line breaks", () => {
    const text = 'Supplier,Note\r\n"Acme, Inc.","said ""hi""\nthen left"\r\nPlain,x\n';
    expect(parseCsv(text)).toEqual([
      ["Supplier", "Note"],
      ["Acme, Inc.", 'said "hi"\nthen left'],
      ["Plain", "x"],
    ]);
  });

  it("keeps empty trailing fields and a last line without a newline", () => {
    expect(parseCsv("a,b,\n1,,")).toEqual([
      ["a", "b", ""],
      ["1", "", ""],
    ]);
  });

  it("detects semicolon and tab delimiters from the header line only", () => {
    expect(detectDelimiter('Lieferant;Land;"Wert, EUR"\nA,B;C;D')).toBe(";");
    expect(detectDelimiter("Supplier\tCountry\n")).toBe("\t");
    expect(parseCsv("Lieferant;Land\nFirma, GmbH;DE")).toEqual([
      ["Lieferant", "Land"],
      ["Firma, GmbH", "DE"],
    ]);
  });

  it("rejects an unclosed quote instead of swallowing the rest of the file", () => {
    expect(() => parseCsv('a,b\n"never closed,1\n2,3\n')).toThrow(CsvError);
  });

  it("reads a 32,000-character quoted cell intact", () => {
    const long = "x".repeat(32_000);
    expect(parseCsv(`Supplier\n"${long}"\n`)[1][0]).toHaveLength(32_000);
  });
});

describe("decodeInput", () => {
  const decode = (bytes: Uint8Array) => decodeInput(bytes).text;
  it("strips a UTF-8 BOM and decodes CJK", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("供应商\n合盛硅业股份有限公司\n", "utf8")]);
    expect(decode(bytes)).toBe("供应商\n合盛硅业股份有限公司\n");
  });

  it("falls back to Windows-1252 for ANSI exports", () => {
    expect(decode(Buffer.from([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]))).toBe("Société");
  });

  it("decodes UTF-16LE Unicode-text exports", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Vendor\tCountry\n", "utf16le")]);
    expect(decode(bytes)).toBe("Vendor\tCountry\n");
  });
});

describe("CSV output", () => {
  it("quotes per RFC 4180 and ends records with CRLF", () => {
    expect(formatCsvRecord(["a", "b,c", 'd"e', "f\ng", " padded"])).toBe('a,"b,c","d""e","f\ng"," padded"\r\n');
  });

  it.each(['=HYPERLINK("http://x")', "+44 20 7946 0000", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tTab"])(
    "guards %j against CSV injection and reads it back unchanged",
    (cell) => {
      const guarded = guardCsvInjection(cell);
      expect(guarded).toBe("'" + cell);
      expect(unguardCsvInjection(guarded)).toBe(cell);
    },
  );

  it("leaves plain numbers and ordinary text alone", () => {
    for (const cell of ["-12.5", "+44", "1e-3", "Acme Ltd", "'quoted already", ""]) expect(guardCsvInjection(cell)).toBe(cell);
    expect(unguardCsvInjection("'-12.5")).toBe("'-12.5");
  });
});
