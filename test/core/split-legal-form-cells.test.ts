// A legal form cut by the end of a 35-character line and pasted back with a space inside it (matching-53,
// src/core/cells/split-legal-form.ts). Queries outside the labelled set where marked.
import { Screener, bundledDataset } from "../../src/core";
import { CELL_TABLES, readCellAnatomy } from "../../src/core/cells";
import { joinSplitLegalForms } from "../../src/core/cells/split-legal-form";

const screener = new Screener(bundledDataset());
const screen = (name: string, country?: string) => screener.screenAll([{ name, country }])[0];
const join = (text: string) => joinSplitLegalForms(text, CELL_TABLES.legalEnding);

describe("a legal form cut with a space inside it", () => {
  it("joins the cut legal form and nothing else", () => {
    expect(join("SUPERMAX GLOVE MANUFACTURING SDN BH D NOTIFY: SAME AS CONSIGNEE")).toBe(
      "SUPERMAX GLOVE MANUFACTURING SDN BHD NOTIFY: SAME AS CONSIGNEE",
    );
    expect(join("LINGLONG INTERNATIONAL EUROPE D.O.O . ZRENJANIN")).toBe("LINGLONG INTERNATIONAL EUROPE D.O.O. ZRENJANIN");
    expect(join("ACME TEXTILE CO LT D")).toBe("ACME TEXTILE CO LTD");
    // Written whole, or with its own spaces, a legal form is no cut one; short pieces that make no legal form stay.
    expect(join("ACME TEXTILE CO LTD")).toBeNull();
    expect(join("ACME SP. Z O. O.")).toBeNull();
    expect(join("ACME S R L")).toBeNull();
    expect(join("A B C TRADING")).toBeNull();
    // Two letters are too few to tell a cut form from initials ("KLAUS A G").
    expect(join("KLAUS A G SMITH")).toBeNull();
  });

  it("reads the cell without the cut as well as written", () => {
    const texts = readCellAnatomy("ACME TEXTILE CO LT D").candidates.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(["ACME TEXTILE CO LT D", "ACME TEXTILE CO LTD"]));
  });

  it("finds the listed firm behind a cut legal form (queries outside the labelled set)", () => {
    const r = screen("XINJIANG ZHONGTAI CHEMICAL CO LT D", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe("uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd");
    expect(screen("59:/6222081234567891118 XINJIANG ZHONGTAI CHEMICAL CO LT D", "CN").risk).toBe("high");
    // A clean firm stays clean.
    expect(screen("HAIER SMART HOME CO LT D", "CN").risk).toBe("none");
  });
});
