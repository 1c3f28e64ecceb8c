import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import iconv from "iconv-lite";
import { canEncode, detectEncoding, encodeText, scanUtf8 } from "../../src/cli/encoding";
import { decodeAs } from "../../src/core/importers/decode";
import { makeTempDir, run } from "./helpers";

// The corpus in test/fixtures/cli/encodings is written by make-encodings.ts there: one register
// per encoding Excel and ERP exports use, with the names each must decode to.
const CORPUS = path.join(__dirname, "..", "fixtures", "cli", "encodings");
const EXPECTED: Record<
  string,
  { encoding: string; bom?: boolean; delimiter?: string; mustRead: string[]; rows: number; strayRow?: number }
> = JSON.parse(readFileSync(path.join(CORPUS, "expected.json"), "utf8"));
/** iconv-lite's names in expected.json → the names the CLI reports. */
const CANONICAL: Record<string, string> = {
  gbk: "gb18030",
  big5: "big5",
  shift_jis: "shift_jis",
  win1252: "windows-1252",
  utf8: "utf-8",
  "utf-8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("encoding detection on the corpus", () => {
  it.each(Object.keys(EXPECTED))("%s", async (name) => {
    const expected = EXPECTED[name];
    const bytes = readFileSync(path.join(CORPUS, name));
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe(CANONICAL[expected.encoding]);
    const text = decodeAs(bytes, detected.encoding);
    for (const s of expected.mustRead) expect(text).toContain(s);

    const { code, stdout, stderr } = await run([path.join(CORPUS, name), "--format", "json"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(expected.rows);
    expect(lines.map((l) => l.input)).toContain(expected.mustRead[0]);
    expect(stderr).toMatch(/^Read .* as (UTF-8|UTF-16|GB18030|Big5|Shift_JIS|Windows-1252)/);
    if (expected.strayRow) {
      expect(stderr).toContain(`is UTF-8 except for one byte that is not (row ${expected.strayRow}); it shows as \uFFFD.`);
    }
  });

  it("finds the listed Chinese names in a GBK file (the names used to come out as mojibake and None)", async () => {
    const { stdout } = await run([path.join(CORPUS, "gbk.csv"), "--format", "json"]);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ input: "合盛硅业股份有限公司 Hoshine", risk: "Review" });
  });

  it("decodes Windows-1252 quotes, dashes, € and Š, not as control characters", () => {
    const bytes = readFileSync(path.join(CORPUS, "windows-1252.csv"));
    expect(decodeAs(bytes, "windows-1252")).toContain("“Top Glove” – Bhd");
    expect(decodeAs(bytes, "windows-1252")).not.toMatch(/[\u0080-\u009f]/);
  });
});

describe("--encoding and the output encoding", () => {
  it("--encoding overrides detection", async () => {
    const { stdout, stderr } = await run([path.join(CORPUS, "utf-8.csv"), "--encoding", "windows-1252", "--format", "json"]);
    expect(stderr).toContain("as Windows-1252 (Western European) (given with --encoding)");
    expect(stdout).toContain("SociÃ©tÃ©");
  });

  it.each(["gbk.csv", "big5.csv", "shift-jis.csv", "windows-1252.csv", "utf-16le-bom.txt.csv", "utf-16be-bom.csv", "utf-8-bom.csv"])(
    "%s: the CSV output keeps the input's encoding, byte-order mark and delimiter",
    async (name) => {
      const input = path.join(CORPUS, name);
      const out = path.join(dir, `out-${name}`);
      expect((await run([input, "--out", out])).code).toBe(0);
      const inBytes = readFileSync(input);
      const outBytes = readFileSync(out);
      const detectedIn = detectEncoding(inBytes);
      const detectedOut = detectEncoding(outBytes);
      expect(detectedOut.encoding).toBe(detectedIn.encoding);
      expect(detectedOut.bom).toBe(detectedIn.bom);
      const inText = decodeAs(inBytes, detectedIn.encoding);
      const outText = decodeAs(outBytes, detectedOut.encoding);
      const delimiter = EXPECTED[name].delimiter!;
      const inLines = inText.trimEnd().split("\r\n");
      const outLines = outText.trimEnd().split("\r\n");
      expect(outLines[0]).toBe(inLines[0] + [delimiter + "WRO risk", "WRO match", "WRO notes"].join(delimiter));
      // Every input field comes back unchanged at the start of its line.
      for (let i = 1; i < inLines.length; i++) expect(outLines[i].startsWith(inLines[i] + delimiter)).toBe(true);
    },
  );

  it("writes UTF-8 with a byte-order mark, with a warning, when the input's encoding cannot hold the results", async () => {
    const input = path.join(dir, "latin.csv");
    await fs.writeFile(input, iconv.encode("Supplier,Country\r\nTop Glove Bhd,马来西亚\r\n", "utf8"));
    // Windows-1252 cannot store the Chinese country that the fake screener repeats in its note.
    const out = path.join(dir, "latin-out.csv");
    const { code, stderr } = await run([input, "--encoding", "utf-8", "--out-encoding", "windows-1252", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain("cannot store, so it is written as UTF-8 with a byte-order mark");
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("an .xlsx input gives UTF-8 with a byte-order mark; --out-encoding chooses another", () => {
    expect(encodeText("Société", "windows-1252", false)).toEqual(Buffer.from([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]));
    expect(canEncode("合盛", "windows-1252")).toBe(false);
    expect(canEncode("合盛", "gb18030")).toBe(true);
  });
});

describe("scanUtf8", () => {
  it("counts multi-byte characters and invalid bytes", () => {
    expect(scanUtf8(Buffer.from("aé合", "utf8"))).toEqual({ multiByte: 2, invalidCount: 0, invalid: [] });
    expect(scanUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toEqual({ multiByte: 0, invalidCount: 1, invalid: [1] });
    // An overlong encoding and a lone continuation byte are invalid.
    expect(scanUtf8(Buffer.from([0xc0, 0xaf, 0x80])).invalidCount).toBe(3);
  });
});
