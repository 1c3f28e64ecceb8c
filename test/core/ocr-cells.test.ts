// The OCR stage (src/core/cells/ocr.ts, matching-61, 2026-12zze round): an invoice-capture tool's confusions inside a
// word undone as an extra reading of the cell. Alone, with a small vocabulary, and through the screener. Cells outside
// the batch where the listings allow.
import { Screener, bundledDataset } from "../../src/core";
import { mayHaveOcrConfusions, ocrReading } from "../../src/core/cells/ocr";

const VOCABULARY = new Set([
  "plant",
  "organic",
  "farm",
  "chemical",
  "industrial",
  "iron",
  "xinjiang",
  "oxide",
  "jiulong",
  "no",
  "international",
]);
const knows = (w: string) => VOCABULARY.has(w);
const read = (text: string) => ocrReading(text, knows)?.text ?? null;

describe("the OCR stage alone (ocrReading)", () => {
  it("reads a figure in a word of letters as the letter that gives a known word", () => {
    expect(read("Acme P1ant")).toBe("Acme Plant");
    expect(read("Acme 0rganic Foods")).toBe("Acme Organic Foods");
    expect(read("Changsha Jiu1ong Zinc 0xide")).toBe("Changsha Jiulong Zinc Oxide");
    expect(read("N0. 4 Camp")).toBe("No. 4 Camp");
    expect(read("ACME P1ANT")).toBe("ACME PLANT");
  });
  it("reads letters in a number as figures", () => {
    expect(read("Acme No.l2")).toBe("Acme No.12");
    expect(read("Acme No. 1O")).toBe("Acme No. 10");
  });
  it("undoes rn for m and l for a capital I only where that turns an unknown word into a known one", () => {
    expect(read("Acme Farrn")).toBe("Acme Farm");
    expect(read("Acme Chernical")).toBe("Acme Chemical");
    expect(read("Acme lndustrial lron")).toBe("Acme Industrial Iron");
    expect(read("XlNJIANG ACME")).toBe("XINJIANG ACME");
    expect(read("Modern Eastern Corp")).toBeNull(); // "modem", "eastem": no known word
    expect(read("lloyd lemon")).toBeNull(); // a vowel or l after the l: no capital I
  });
  it("gives nothing where no figure, letter pair or l calls for a look (the precheck)", () => {
    for (const cell of ["Acme Supplies Ltd", "Office Depot", "Global Tea Estates", "V10233 Acme", "3M United Kingdom"]) {
      expect([cell, read(cell)]).toEqual([cell, null]);
    }
    expect(mayHaveOcrConfusions("Acme Supplies Ltd")).toBe(false);
    expect(mayHaveOcrConfusions("Acme P1ant")).toBe(true);
    expect(mayHaveOcrConfusions("Acme Farrn")).toBe(true);
    expect(mayHaveOcrConfusions("Acme lndustrial")).toBe(true);
  });
  it("lists each repair", () => {
    expect(ocrReading("Da Wei Chernical P1ant", knows)?.repairs).toEqual([
      { written: "Chernical", read: "Chemical" },
      { written: "P1ant", read: "Plant" },
    ]);
  });
});

describe("the OCR stage through the screener", () => {
  const screener = new Screener(bundledDataset());
  const screen = (name: string) => screener.screen({ name, country: "", product: "" });
  it("finds a listed name read with one repair at High, costing as a typo, and says it was read so", () => {
    for (const [cell, id] of [
      ["Da Wei Chernical Factory Ltd", "hist-unknown-date-da-wei-chemical"],
      ["Xiang Yang Machinery P1ant", "wro-1991-11-06-xiang-yang-machinery"],
      ["Miao Chi Tea Farrn", "hist-unknown-date-miao-chi-tea-farm"],
    ] as const) {
      const r = screen(cell);
      expect([cell, r.risk, r.match?.listing.id]).toEqual([cell, "high", id]);
      expect(r.score).toBeLessThan(1);
      expect(r.note).toContain("(OCR)");
    }
  });
  it("keeps the score of a name found as written", () => {
    const r = screen("Da Wei Chemical Factory");
    expect(r.score).toBe(1);
    expect(r.note).not.toContain("(OCR)");
  });
  it("leaves clean cells with figures and rn words alone", () => {
    for (const cell of ["Modern Office Supplies Ltd", "Northern Packaging 2000 Ltd", "A1 Scaffolding Services", "Eastern Valve Co"]) {
      expect([cell, screen(cell).risk]).toEqual([cell, "none"]);
    }
  });
});

describe("a legal form run in after the last word (the OCR stage)", () => {
  it("reads the space the capture lost before Co.,Ltd after a lower-case letter", () => {
    expect(read("Acme LogisticsCo.,Ltd")).toBe("Acme Logistics Co.,Ltd");
    expect(read("Acme Logistics Co.,Ltd")).toBeNull();
    expect(read("ACME LOGISTICSCO.,LTD")).toBeNull(); // in capitals no letter tells where the word ends
  });
});
