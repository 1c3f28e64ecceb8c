import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { partPieces } from "../../src/cli/xlsx/zip-in";

const SHEET = "xl/worksheets/sheet1.xml";

function sheetXml(rows: number): Uint8Array {
  let xml = '<?xml version="1.0"?><worksheet><sheetData>';
  for (let r = 1; r <= rows; r++) xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>合盛硅业 ${r * 7919}</t></is></c></row>`;
  return strToU8(xml + "</sheetData></worksheet>");
}

function joined(pieces: Iterable<Uint8Array>): { bytes: Buffer; count: number; largest: number } {
  const list = [...pieces];
  return { bytes: Buffer.concat(list), count: list.length, largest: Math.max(...list.map((p) => p.length)) };
}

/** A zip written as a stream: each local header defers the sizes to a data descriptor after the data. */
function streamedZip(parts: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

describe("partPieces (a zip part inflated as a stream)", () => {
  const xml = sheetXml(40_000);
  const other = strToU8("<workbook/>");

  it("gives the part's bytes in pieces, each far smaller than the part, from an archive with data descriptors", () => {
    const archive = streamedZip({ "xl/workbook.xml": other, [SHEET]: xml });
    const { bytes, count, largest } = joined(partPieces(archive, SHEET));
    expect(bytes.equals(Buffer.from(unzipSync(archive)[SHEET]))).toBe(true);
    expect(bytes.equals(Buffer.from(xml))).toBe(true);
    expect(count).toBeGreaterThan(5);
    expect(largest).toBeLessThan(xml.length / 4);
  });

  it("reads deflated and stored entries of an archive written in one go", () => {
    for (const level of [0, 6] as const) {
      const archive = zipSync({ "xl/workbook.xml": [other, { level }], [SHEET]: [xml, { level }] });
      expect(joined(partPieces(archive, SHEET)).bytes.equals(Buffer.from(xml))).toBe(true);
      expect(joined(partPieces(archive, "xl/workbook.xml")).bytes.equals(Buffer.from(other))).toBe(true);
    }
  });

  it("says which part is missing", () => {
    const archive = zipSync({ [SHEET]: xml });
    expect(() => [...partPieces(archive, "xl/worksheets/sheet2.xml")]).toThrow("the part xl/worksheets/sheet2.xml is missing");
  });
});
