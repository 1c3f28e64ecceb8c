// =WROSECTOR and the sector sentence in =WRONOTE (docs/sector-risk.md). The List never changes =WRORISK.
import { setRecalculator } from "../../src/addin/runtime";
import { WRONOTE, WRORISK, WROSECTOR } from "../../src/functions/functions";

setRecalculator(async () => false);

describe("=WROSECTOR(country, product)", () => {
  test.each([
    ["Malaysia", "Nitrile examination gloves", "Forced labour"],
    ["China", "PV modules", "Input risk"],
    ["MEX", "Tomatoes", "Forced and child labour"],
    ["Pakistan", "Laptops", "Child labour"],
    ["United Kingdom", "Uniforms", ""],
    ["China", "Fasteners", ""],
  ])("%s, %s → %j", (country, product, label) => {
    expect(WROSECTOR(country, product)).toBe(label);
  });

  test("blanks, numbers and error cells give an empty result, never a guess", () => {
    expect(WROSECTOR(null, "Laptops")).toBe("");
    expect(WROSECTOR("China", null)).toBe("");
    expect(WROSECTOR(0, 0)).toBe("");
    expect(WROSECTOR(156, "Laptops")).toBe("");
    expect(WROSECTOR({ type: "Error", errorType: "NotAvailable" }, "Laptops")).toBe("");
    expect(WROSECTOR({ text: "China", type: "Entity" }, "Toys")).toBe("Forced and child labour");
  });
});

describe("=WRONOTE and =WRORISK with a product", () => {
  const supplier = "Harbourside Stationery Supplies Ltd";

  test("the note ends with the sector sentence, which says it is not a finding about the supplier", () => {
    const note = WRONOTE(supplier, "Malaysia", "Nitrile gloves");
    expect(note).toContain(
      "Sector risk: Rubber Gloves from Malaysia (forced labour) is on the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor (2022 edition); this is a sector indication, not a finding about this supplier.",
    );
    expect(WRONOTE(supplier, "United Kingdom", "Nitrile gloves")).not.toContain("Sector risk");
  });

  test("sector risk never changes the WRO risk label", () => {
    expect(WRORISK(supplier, "Malaysia", "Nitrile gloves")).toBe(WRORISK(supplier, "Malaysia", ""));
    expect(WRORISK(supplier, "Malaysia", "Nitrile gloves")).toBe("None");
  });

  test("a blank supplier gives an empty note even with a listed product", () => {
    expect(WRONOTE(null, "Malaysia", "Nitrile gloves")).toBe("");
  });
});
