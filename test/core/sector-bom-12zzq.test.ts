import { bundledProductReader } from "../../src/core/sector";
import { bundledBomLineReader } from "../../src/core/sector/bom-line";

// The bom-line stage (docs/sector-risk.md, "Bills of materials"), on texts written for the test, outside the batch
// test/eval/products-heldout-2026-12zzq.csv: a BOM line's component field names the good; a fabric component's
// material is the fabric (Textiles), not its fibre; the garment in the BOM header is no good of a component line.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;
const bom = bundledBomLineReader();

describe("the bom-line stage", () => {
  test("finds the component field after a style reference", () => {
    expect(bom.read("BOM JK-77 jacket | Ln 5 | Lining alt.: poly pongee 210T | 1.2 m")).toEqual({
      component: "lining",
      field: "Lining alt.: poly pongee 210T",
      material: "poly pongee 210T",
      fabric: true,
      part: false,
    });
    expect(bom.read("JK-77 | Thread: Amann Serafil 40")?.fabric).toBe(false);
  });

  test("a field that is no component, or another component at the start, is not a BOM line", () => {
    expect(bom.read("CR-0470 | Highways Winter Salt | Category: Highways")).toBeNull();
    expect(bom.read("Thread: Amann Serafil 40")).toBeNull();
    expect(bom.read("Cotton oxford shirts")).toBeNull();
  });

  test("a fabric named by its fibre is Textiles, not Cotton", () => {
    expect(goods("JK-77 | Shell: 100% cotton poplin 120gsm")).toEqual(["Textiles"]);
    expect(goods("Pocketing: 60/40 cotton/poly, 110cm")).toEqual(["Textiles"]);
    expect(goods("TS-12 | Hem rib: 2x2 cotton/lycra")).toEqual(["Textiles"]);
  });

  test("a fabric named by a word the table lacks is Textiles", () => {
    expect(goods("DR-4 | Lining: stretch poly satin 50D")).toEqual(["Textiles"]);
    expect(goods("CT-9 | Facing: melton 80% wool, 500gsm")).toEqual(["Textiles"]);
  });

  test("the garment of the BOM header is not a good of the component line", () => {
    expect(goods("BOM HD-22 hoodie | Body: 70/30 cotton/poly loopback 300gsm")).toEqual(["Textiles"]);
    expect(goods("BOM BR-3 sports bra | Cup foam: 4mm PU, removable")).toEqual([]);
  });

  test("a leather named at a fabric component stays leather", () => {
    expect(goods("BK-5 | Lining: pigskin leather 0.8mm")).not.toContain("Textiles");
  });

  test("a part of footwear or a fill names no good", () => {
    expect(goods("SN-1 | Outsole: natural rubber, lug pattern")).toEqual([]);
    expect(goods("PK-2 | Fill: 80/20 grey goose down")).toEqual([]);
  });

  test("a fabric upper is Textiles, a leather upper Leather", () => {
    expect(goods("SN-1 | Upper: knitted mesh, recycled polyester")).toEqual(["Textiles"]);
    expect(goods("SN-1 | Upper: suede split 1.2mm, tan")).toEqual(["Leather"]);
  });
});
