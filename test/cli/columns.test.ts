import { columnIndexFromLetter, columnLetter, detectColumn, resolveColumn } from "../../src/cli/columns";
import { UsageError } from "../../src/cli/errors";

describe("column letters", () => {
  it("round-trips A, Z, AA, XFD", () => {
    for (const [letter, index] of [
      ["A", 0],
      ["Z", 25],
      ["AA", 26],
      ["XFD", 16383],
    ] as const) {
      expect(columnLetter(index)).toBe(letter);
      expect(columnIndexFromLetter(letter.toLowerCase())).toBe(index);
    }
    expect(columnIndexFromLetter("XFE")).toBeNull();
    expect(columnIndexFromLetter("A1")).toBeNull();
  });
});

describe("resolveColumn", () => {
  const headers = ["Contract ID", "Supplier name", "B", "Country"];
  it("prefers a header (case-insensitive, punctuation ignored) over a letter", () => {
    expect(resolveColumn("supplier NAME", headers, "--column")).toBe(1);
    expect(resolveColumn("supplier-name", headers, "--column")).toBe(1);
    expect(resolveColumn("b", headers, "--column")).toBe(2);
    expect(resolveColumn("D", headers, "--column")).toBe(3);
  });
  it("names the headers when nothing matches", () => {
    expect(() => resolveColumn("Vendor code", headers, "--column")).toThrow(UsageError);
    expect(() => resolveColumn("Vendor code", headers, "--column")).toThrow(/B "Supplier name"/);
  });
});

describe("detectColumn", () => {
  it.each([
    [["Contract ID", "Supplier", "Country"], 1],
    [["ID", "Vendor Name", "Vendor ID", "Vendor country"], 1],
    [["Ref", "Approved supplier (legal entity)", "Value"], 1],
    [["Nr", "Lieferant", "Land"], 1],
    [["编号", "供应商名称", "国家"], 1],
    [["N°", "Fournisseur", "Pays"], 1],
    [["Code", "Counterparty", "Amount"], 1],
  ])("finds the supplier in %j", (headers, index) => {
    expect(detectColumn(headers, "supplier")).toEqual({ kind: "found", index });
  });

  it("reports two equally good candidates as ambiguous", () => {
    expect(detectColumn(["Supplier", "Manufacturer", "Country"], "supplier")).toEqual({ kind: "ambiguous", candidates: [0, 1] });
  });

  it("finds nothing in unrelated headers and never picks our own output columns", () => {
    expect(detectColumn(["Date", "Amount", "Supplier ID"], "supplier")).toEqual({ kind: "none" });
    expect(detectColumn(["WRO match", "Total"], "supplier")).toEqual({ kind: "none" });
  });

  it("finds country and product columns", () => {
    const headers = ["Supplier", "Country of origin", "Product / category", "Country code"];
    expect(detectColumn(headers, "country")).toEqual({ kind: "found", index: 1 });
    expect(detectColumn(headers, "product")).toEqual({ kind: "found", index: 2 });
    expect(detectColumn(["Supplier", "Commodity", "Category"], "product")).toEqual({ kind: "ambiguous", candidates: [1, 2] });
  });
});
