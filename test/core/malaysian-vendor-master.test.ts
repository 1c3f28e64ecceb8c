import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A Malaysian and Singaporean vendor master (SAP Business One, AutoCount, SQL Account): creditor codes of a series, a
// hyphen and a lettered number, two marks in one cell, Malay and Indonesian former-name phrases. Names here are NOT
// from held-out batch 2026-12zr: other listed firms, clean firms, or the same firms written otherwise (matching-47).
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string) => screener.screen({ name, country } as ScreenInput);
const candidates = (cell: string) => readCellAnatomy(cell).candidates.map((c) => c.text.trim());

describe("creditor codes NNNN-LNNN before a name", () => {
  it("reads the series and the lettered number as one code", () => {
    for (const [cell, code] of [
      ["3000-L112 LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD", "3000-L112"],
      ["4000-T245 Tianshan Aluminum Group Co., Ltd.", "4000-T245"],
      ["400-AB07 Xinjiang Tianshan Wool Textile Co. Ltd.", "400-AB07"],
    ]) {
      const anatomy = readCellAnatomy(cell);
      expect([cell, anatomy.parts.find((p) => p.role === "code")?.text]).toEqual([cell, code]);
      expect([cell, screen(cell, "China").risk]).toEqual([cell, "high"]);
    }
  });
  it("leaves a clean name after such a code unflagged, and letters alone after the hyphen in the name", () => {
    expect(screen("2000-A031 Ann Joo Resources Berhad", "Malaysia").risk).toBe("none");
    expect(readCellAnatomy("P01187-LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD").parts[0].text).toBe("P01187");
  });
});

describe("a status mark before a note in brackets that a role marker cuts", () => {
  it("sets both aside and screens the name", () => {
    for (const cell of [
      "Lop County Meixin Hair Products Co., Ltd. **BLOCKED** (order via trading house)",
      "TIANSHAN ALUMINUM GROUP CO., LTD. *INACTIVE* (ship via forwarder)",
    ])
      expect([cell, screen(cell, "China").risk]).toEqual([cell, "high"]);
  });
  it("leaves a clean name so marked unflagged", () => {
    expect(screen("Ann Joo Resources Berhad **BLOCKED** (buy via agent)", "Malaysia").risk).toBe("none");
  });
});

describe("Malay and Indonesian former-name phrases", () => {
  it("reads the name after the phrase as a former name", () => {
    for (const [cell, former] of [
      ["Nama Baharu Sdn Bhd (dahulunya dikenali sebagai Brightway Holdings Sdn Bhd)", "Brightway Holdings Sdn Bhd"],
      ["Nama Baharu Sdn Bhd (dahulu dikenali sebagai YTY Industry Holdings Sdn Bhd)", "YTY Industry Holdings Sdn Bhd"],
      ["Nama Baharu Sdn Bhd (sebelum ini dikenali sebagai Brightway Holdings Sdn Bhd)", "Brightway Holdings Sdn Bhd"],
      ["PT Nama Baru (sebelumnya dikenal sebagai PT Contoh Abadi)", "PT Contoh Abadi"],
      ["PT Nama Baru (dulu bernama PT Contoh Abadi)", "PT Contoh Abadi"],
      ["Nama Baharu Sdn Bhd (dahulunya Brightway Holdings Sdn Bhd)", "Brightway Holdings Sdn Bhd"],
    ])
      expect([cell, candidates(cell)]).toEqual([cell, expect.arrayContaining([former, cell.slice(0, cell.indexOf(" ("))])]);
  });
  it("reaches a lifted listing through the former name", () => {
    expect(screen("Nama Baharu Sdn Bhd (dahulunya dikenali sebagai Brightway Holdings Sdn Bhd)", "Malaysia").risk).toBe("lifted");
    expect(screen("Nama Baharu Sdn Bhd (dahulu dikenali sebagai YTY Industry Holdings Sdn Bhd)", "MY").risk).toBe("lifted");
  });
});

describe("readings found by the property test once 12zr entered its pool", () => {
  it("reads a name note in brackets before goods in a second bracket", () => {
    const cell = "Nama Baharu Sdn Bhd (formerly known as Brightway Holdings Sdn Bhd) (nitrile gloves)";
    expect(candidates(cell)).toEqual(expect.arrayContaining(["Brightway Holdings Sdn Bhd"]));
    expect(screen(cell, "Malaysia").risk).toBe("lifted");
  });
  it("sets a Russian note after a dash aside before a Latin address, mark or note", () => {
    for (const cell of [
      "Hoshine Silicon (Хошайн Силикон) - металлический кремний, 1 Jalan Klang, Shah Alam",
      "Hoshine Silicon (Хошайн Силикон) - металлический кремний - ON HOLD",
      "Hoshine Silicon (Хошайн Силикон) - металлический кремний ** STORES **",
    ])
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
  });
});
