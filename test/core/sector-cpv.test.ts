import cpvJson from "../../src/data/sector/cpv.json";
import dolJson from "../../src/data/sector/dol-list-of-goods.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledCpvReader, CpvReader } from "../../src/core/sector/cpv";

// The CPV stage (sector-65, tuned on 2026-12zzj): texts written for the test, outside every labelled file.
const cpv = bundledCpvReader();
const reader = bundledProductReader();

describe("CpvReader (src/data/sector/cpv.json)", () => {
  test.each([
    ["Lieferung von Notebooks - CPV 30213100-6", ["Electronics"]],
    ["CPV: 39131100 Archive shelving", ["Furniture"]],
    ["cpv code 18424300-0", ["Gloves"]],
    ["CPV 34927100, 09331200-0", ["Salt", "Solar Modules"]],
  ])("%s", (text, goods) => {
    expect(cpv.goods(text)).toEqual(goods);
  });
  test("a code the table leaves out, a code without 'CPV' and a text without one give none", () => {
    expect(cpv.goods("CPV 31440000 Batteries")).toEqual([]);
    expect(cpv.goods("PO 30213100 laptops")).toEqual([]);
    expect(cpv.goods("Road salt 20t")).toEqual([]);
  });
  test("the longest prefix wins", () => {
    const r = new CpvReader({ codes: { "39": { description: "", goods: ["A"] }, "3913": { description: "", goods: ["B"] } } });
    expect(r.goods("CPV 39131100")).toEqual(["B"]);
    expect(r.goods("CPV 39200000")).toEqual(["A"]);
  });
  test("every good of the table is a good of the DOL List", () => {
    const listed = JSON.stringify(dolJson);
    for (const { goods } of Object.values(cpvJson.codes)) for (const g of goods) expect(listed).toContain(`"${g}"`);
  });
});

describe("The reader asks the CPV stage only when the words give no good, no service and no head", () => {
  test("a notice naming its goods in words the tables lack is read by its code", () => {
    expect(reader.read("Leveranse av bærbare PC-er - CPV 30213100-6")).toMatchObject({ status: "goods", goods: ["Electronics"] });
  });
  test("the words' own good wins over the code's", () => {
    expect(reader.read("Supply of office chairs - CPV 30213100")).toMatchObject({ goods: ["Furniture"] });
  });
  test.each(["Repair of laptops - CPV 30213100", "Laptop bags - CPV 30213100"])("%s names no good", (text) => {
    expect(reader.read(text).goods).toEqual([]);
  });
});
