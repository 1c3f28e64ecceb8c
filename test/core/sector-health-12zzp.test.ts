import spendJson from "../../src/data/sector/spend-label.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledLinePrefixReader } from "../../src/core/sector/line-prefix";
import { bundledSpendLabelReader, SpendLabelReader, type SpendLabelFile } from "../../src/core/sector/spend-label";

// sector-71 (tuned on 2026-12zzp): hospital and health-system item masters and purchase lines, on texts written for the
// test, outside every labelled file (test/eval/products*.csv).
const reader = bundledProductReader();
const read = (text: string) => [...reader.read(text).goods].sort();

describe("line-prefix stage: a second reference in a field after a bar", () => {
  const prefixes = bundledLinePrefixReader();

  test("a classification code, a maker's catalogue number or a maker's field and item number are set aside too", () => {
    // On 650bd56 only the first reference was set aside.
    expect(prefixes.read("Aesculap BC-2201 | UNSPSC 42291600 | FORCEPS ADSON SERR 12CM")?.description).toBe("FORCEPS ADSON SERR 12CM");
    expect(prefixes.read("GPO-AB-7710 | Baxter 2B8019 | SET IV ADMIN 15 DROP")?.description).toBe("SET IV ADMIN 15 DROP");
    expect(prefixes.read("Lawson PO 6100233 Ln 3 | Miltex | 88120 RETRACTOR SENN DBL END | 5 EA")?.description).toBe(
      "RETRACTOR SENN DBL END | 5 EA",
    );
  });

  test("a code alone in the first field is set aside", () => {
    expect(prefixes.read("VZ-55012 | FORCEPS KELLY CVD 5.5IN | EA")?.description).toBe("FORCEPS KELLY CVD 5.5IN | EA");
    // A short number is no code.
    expect(prefixes.read("12 | FORCEPS KELLY")).toBeNull();
  });

  test("an item with its count after a reference is not a second reference", () => {
    expect(prefixes.read("GFS 771204 | PEAR BOSC FRESH 90-100 CT | CS")?.description).toBe("PEAR BOSC FRESH 90-100 CT | CS");
  });

  test("the goods of such lines are read", () => {
    expect(read("Aesculap BC-2201 | UNSPSC 42291600 | FORCEPS ADSON SERR 12CM")).toEqual(["Surgical Instruments"]);
    expect(read("VZ-55012 | BLADE SURGICAL STAINLESS #10 STRL | BX")).toEqual(["Surgical Instruments"]);
    expect(read("Lawson PO 6100233 Ln 3 | Miltex | 88120 SPECULUM NASAL KILLIAN | 5 EA")).toEqual(["Surgical Instruments"]);
  });
});

describe("spend-label stage: a requesting unit after the quantity", () => {
  const labels = bundledSpendLabelReader();

  test("set aside at the end of the line", () => {
    const found = labels.read("Laptop 14in Lenovo, 25 ea - Patient Access Services");
    expect(found.labels).toEqual(["Patient Access Services"]);
    expect(read("Health PO 990120 - Laptop 14in Lenovo, 25 ea - Patient Access Services")).toEqual(["Electronics"]);
  });

  test("not without a quantity, nor in lower case, nor before more text", () => {
    expect(labels.read("Laptop repair - Patient Access Services").labels).toEqual([]);
    expect(labels.read("Laptops, 25 ea - cleaning services").labels).toEqual([]);
    expect(labels.read("Laptops, 25 ea - Patient Access, with bags 4").labels).toEqual([]);
  });

  test("without the table entry nothing is set aside", () => {
    const { requestingUnits: _ignored, ...rest } = spendJson as SpendLabelFile;
    expect(new SpendLabelReader(rest).read("Laptop 14in Lenovo, 25 ea - Patient Access Services").labels).toEqual([]);
  });
});

describe("words: clinical devices, beds and instruments", () => {
  test("electronic thermometers and vital-signs monitors are Electronics", () => {
    expect(read("Thermometer oral electronic Braun, 10 ea")).toEqual(["Electronics"]);
    expect(read("Vital signs monitor Mindray VS-900")).toEqual(["Electronics"]);
  });

  test("med-surg and acute care beds and overbed tables are Furniture", () => {
    expect(read("BED MED-SURG LINET ELEGANZA 3")).toEqual(["Furniture"]);
    expect(read("Acute care beds electric Arjo Enterprise 5000")).toEqual(["Furniture"]);
    expect(read("TABLE OVERBED U-BASE LAMINATE TOP WALNUT")).toEqual(["Furniture"]);
  });

  test("surgical and scalpel blades and specula are Surgical Instruments", () => {
    expect(read("Blade, scalpel, carbon steel, No. 20, box of 50")).toEqual(["Surgical Instruments"]);
    expect(read("Speculum vaginal Cusco stainless medium")).toEqual(["Surgical Instruments"]);
  });

  test("zinc-air cells are not Zinc; zinc ingots still are", () => {
    expect(read("Batteries zinc air size 675 for cochlear processors")).toEqual([]);
    expect(read("Zinc ingots SHG 99.995%")).toEqual(["Zinc"]);
  });

  test("a good directly followed by its form word names the good; seating foam is no furniture", () => {
    expect(read("Hand soap foam 700 mL cartridge")).toEqual(["Soap"]);
    expect(read("Seating foam blocks for upholstery")).toEqual([]);
  });
});
