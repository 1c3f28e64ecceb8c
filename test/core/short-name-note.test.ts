// A short-name label (简称) behind a note the anatomy sets aside at the end of the cell: the name is still read as a
// short form, at most Review (found by the cell-anatomy property test once 12zz entered its pool, matching-56).
import { Screener, bundledDataset } from "../../src/core";

const screener = new Screener(bundledDataset());
const risk = (name: string) => screener.screen({ name }).risk;

describe("a short-name label behind a note", () => {
  it.each(["骆驼股份 供应商简称 [STORES]", "骆驼股份 供应商简称 *CAPEX*", "骆驼股份 供应商简称 ** HO **"])("%s", (cell) => {
    expect(risk("骆驼股份 供应商简称")).toBe("review");
    expect(risk(cell)).toBe("review");
  });
});
