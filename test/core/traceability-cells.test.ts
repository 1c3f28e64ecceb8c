// Supplier cells of a solar / battery supply-chain traceability workbook (2026-12zu round, matching-50): chains written in
// one cell with arrows, each link screened on its own. Names outside the labelled set.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy, type CellAnatomy } from "../../src/core/cells";

const candidates = (a: CellAnatomy) => a.candidates.map((p) => `${p.role}:${p.text}`);
const screener = new Screener(bundledDataset());
const screen = (name: string, country?: string) => screener.screenAll([{ name, country }])[0];

describe("supply chains in one cell", () => {
  it("splits a chain at each arrow, whichever arrow the workbook uses, and sets a link's role bracket aside", () => {
    expect(candidates(readCellAnatomy("Baoding Co ➔ Hoshine Silicon Industry Co., Ltd. (Tier 5)"))).toEqual([
      "name:Baoding Co",
      "name:Hoshine Silicon Industry Co., Ltd.",
    ]);
    for (const arrow of ["→", "->", "=>", "⇒", " > ", "》", " -> "]) {
      const cell = `Jinko Solar (cell)${arrow}Tangshan Sanyou Group (soda ash, glass)`;
      expect(candidates(readCellAnatomy(cell))).toEqual(["name:Jinko Solar", "name:Tangshan Sanyou Group"]);
    }
  });

  it("finds a listed firm at any link of a chain, worst risk first, and the note names the link", () => {
    const middle = screen("Trina Solar (module) → Xinjiang Zhonghe Co., Ltd. (foil) → Acme Frames", "CN");
    expect(middle.risk).toBe("high");
    expect(middle.match?.listing.id).toBe("uflpa-2024-11-25-xinjiang-zhonghe-co-ltd-also-known-as-xinjiang-joinworld-co-");
    expect(middle.note).toContain("Xinjiang Zhonghe Co., Ltd.");
    const last = screen("Acme Glass => Tangshan Sanyou Group (Tier 4)");
    expect(last.risk).toBe("high");
    expect(last.match?.listing.id).toBe("wro-2016-03-29-tangshan-sanyou");
  });

  it("does not split at a > that is not between two name-like parts", () => {
    expect(candidates(readCellAnatomy("A>B Trading Ltd"))).toEqual(["name:A>B Trading Ltd"]);
    expect(readCellAnatomy("Acme Ltd > 5000 t").candidates.map((p) => p.text)).not.toContain("5000 t");
    expect(readCellAnatomy("> 5000 t Acme Ltd").candidates.map((p) => p.text)).toEqual(["> 5000 t Acme Ltd"]);
    expect(candidates(readCellAnatomy("Meike (Baotou) Trading"))).toEqual(["name:Meike (Baotou) Trading"]);
  });
});

describe("title brackets are not arrows", () => {
  it("keeps 《…》 and «…» around a name", () => {
    expect(readCellAnatomy("《新疆众和股份有限公司》（乌鲁木齐）").candidates.map((p) => p.text)).toEqual([
      "《新疆众和股份有限公司》（乌鲁木齐）",
      "新疆众和股份有限公司",
      "《新疆众和股份有限公司》",
    ]);
    expect(readCellAnatomy("«Acme Trading» Ltd").candidates.map((p) => p.text)).toEqual(["«Acme Trading» Ltd"]);
    // An arrow after a closed title bracket still splits.
    expect(candidates(readCellAnatomy("《Acme Glass》 》 Tangshan Sanyou Group"))).toContain("name:Tangshan Sanyou Group");
  });
});

describe("a traceability workbook's notes after the name", () => {
  it("sets provenance notes and certificate numbers aside", () => {
    const a = readCellAnatomy("Ningxia Acme Silicon Co., Ltd. [Acme group] cert no. NX-AC-2211 (per mill cert)");
    expect(candidates(a)).toContain("name:Ningxia Acme Silicon Co., Ltd.");
    expect(a.candidates.map((p) => p.text).join(" ")).not.toMatch(/cert|2211/);
    expect(candidates(readCellAnatomy("Acme Quartz Ltd — source: supplier declaration (Tier 4)"))).toEqual(["name:Acme Quartz Ltd"]);
    expect(candidates(readCellAnatomy("Acme Quartz Ltd (wafers, per invoice)"))).toEqual(["name:Acme Quartz Ltd"]);
  });

  it("finds a listed firm behind the notes", () => {
    const r = screen("Xinjiang Tianhongji Technology Co., Ltd. — source: supplier declaration (Tier 4)", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe("uflpa-2026-08-03-xinjiang-tianhongji-technology-co-ltd");
  });

  it("screens the parent after '– subsidiary of' as a parent, the firm before it as the supplier", () => {
    const a = readCellAnatomy("Acme Wafer Co., Ltd. – subsidiary of Jiangsu Meike Solar (declared)");
    expect(candidates(a)).toEqual(["name:Acme Wafer Co., Ltd.", "parent:Jiangsu Meike Solar"]);
  });
});
