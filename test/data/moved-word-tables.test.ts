// Word lists moved from code into data tables (generic-words.json branchWords, vesselWords; cjk-legal-forms.json
// branchEndings, cellBranchWords; cell-anatomy.json legalThenCapitals, legalThenCapitalsNotBefore): each is loaded
// and used, so each test fails if its list is emptied.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { LEGAL_THEN_CAPITALS } from "../../src/core/cells/anatomy";
import { analyseName } from "../../src/core/normalise/name-analysis";
import { bundledTables } from "../../src/core/normalise/tables";

const tables = bundledTables();
const dataset = bundledDataset();

describe("word tables moved from code", () => {
  it("branchWords: a plant of a listed firm is that firm (generic-words.json)", () => {
    expect(tables.branchWords).toContain("plant");
    const name = "Hoshine Silicon Industry Plant";
    const r = new Screener(dataset, tables).screen({ name });
    expect([r.match?.listing.id, r.risk]).toEqual(["wro-2021-06-24-hoshine", "high"]);
    // Without the list the word "plant" is another trade beside the listed name.
    expect(new Screener(dataset, { ...tables, branchWords: [] }).screen({ name }).match).toBeNull();
  });

  it("vesselWords: the words around a vessel's name are expected beside a vessel listing (generic-words.json)", () => {
    expect(tables.vesselWords).toContain("boat");
    const name = "Da Wang fishing boat";
    const r = new Screener(dataset, tables).screen({ name });
    expect([r.match?.listing.id, r.risk]).toEqual(["wro-2020-08-18-da-wang", "high"]);
    const without = new Screener(dataset, { ...tables, vesselWords: [] }).screen({ name });
    expect(without.risk).not.toBe("high");
  });

  it("branchEndings: a Chinese name's branch after its legal form is set apart (cjk-legal-forms.json)", () => {
    const cjk = analyseName("合肥美菱股份有限公司四川分公司", tables).cjk!;
    expect([cjk.core, cjk.branch]).toEqual(["合肥美菱", "四川分公司"]);
    expect(analyseName("合肥美菱股份有限公司四川分公司", { ...tables, cjkBranchEndings: [] }).cjk!.branch).toBeUndefined();
  });

  it("cellBranchWords: a branch after 公司 is not cut off as an address, a place is (cjk-legal-forms.json)", () => {
    const parts = (cell: string) => readCellAnatomy(cell).parts.map((p) => p.role);
    expect(parts("合肥美菱股份有限公司（四川分公司）")).not.toContain("address");
    expect(parts("合肥美菱股份有限公司（四川分廠）")).not.toContain("address");
    expect(parts("新疆中泰化学股份有限公司 乌鲁木齐")).toContain("address");
  });

  it("legalThenCapitals: a legal form in capitals then more words, not a form's second word (cell-anatomy.json)", () => {
    expect(LEGAL_THEN_CAPITALS.test("ACME GLOVES SDN BHD KLANG SELANGOR")).toBe(true);
    expect(LEGAL_THEN_CAPITALS.test("ACME GLOVES D.O.O BEOGRAD")).toBe(true);
    expect(LEGAL_THEN_CAPITALS.test("ACME GLOVES TRADING KLANG")).toBe(false);
    // legalThenCapitalsNotBefore: "PTE LTD" and "SDN BHD" are one legal form.
    expect(LEGAL_THEN_CAPITALS.test("ACME GLOVES PTE LTD")).toBe(false);
    expect(LEGAL_THEN_CAPITALS.test("ACME GLOVES BHD SDN")).toBe(false);
  });
});
