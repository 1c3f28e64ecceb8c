import fc from "fast-check";
import { ImportError, parseCsv } from "../../src/core/importers";
import { importErrorOf } from "./helpers";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted commas, doubled quotes and line breaks inside quotes", () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", 'say "hi"'] },
      { line: 3, fields: ["2", "two\nlines", ""] },
    ]);
  });

  it("counts lines inside quoted fields so later records keep their editor line numbers", () => {
    const records = parseCsv('h\n"a\nb\nc"\nnext\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("accepts LF and lone CR line ends, skips blank lines, and keeps a last line without a line end", () => {
    expect(parseCsv("a,b\rc,d\n\ne,f").map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
  });

  it("names the line where an unclosed quote starts", () => {
    const error = importErrorOf(() => parseCsv('a,b\n1,2\n3,"open\nmore\n'));
    expect(error.code).toBe("malformed");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/line 3.*never closed/);
  });

  it("refuses text after a closing quote and a quote inside an unquoted field", () => {
    expect(importErrorOf(() => parseCsv('a\n"x"y\n')).line).toBe(2);
    expect(importErrorOf(() => parseCsv('a\nab"c\n')).message).toMatch(/Line 2.*quote/);
  });

  const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é", "’") });
  it("reads back any table written with RFC 4180 quoting (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        const normalised = rows.map((r) => r.map((c) => c.replace(/\r\n/g, "\n")));
        expect(parseCsv(text).map((r) => r.fields)).toEqual(normalised);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("either parses or throws ImportError on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "x") }), (text) => {
        try {
          parseCsv(text);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
