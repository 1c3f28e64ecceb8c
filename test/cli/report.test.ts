import { fitCell, tableLayout } from "../../src/cli/report";

describe("fitCell", () => {
  it("pads short text and cuts long text with an ellipsis to the exact width", () => {
    expect(fitCell("Acme", 8)).toBe("Acme    ");
    expect(fitCell("Acme Widgets Ltd", 8)).toBe("Acme Wi…");
  });

  it("counts Chinese characters as two columns", () => {
    expect(fitCell("合盛硅业", 8)).toBe("合盛硅业");
    // 3 characters take 6 columns, the ellipsis 1, and one space fills the eighth.
    expect(fitCell("合盛硅业股份有限公司", 8)).toBe("合盛硅… ");
  });

  it("turns control characters into spaces so a cell cannot send terminal escapes", () => {
    expect(fitCell("Acme\u001b[2J\nLtd", 20)).toBe("Acme [2J Ltd        ");
  });
});

describe("tableLayout", () => {
  it("uses the whole width and never less than a readable minimum", () => {
    const wide = tableLayout(120, 100_000);
    expect(wide.rowWidth + wide.riskWidth + wide.supplierWidth + wide.matchWidth + 6).toBe(120);
    const narrow = tableLayout(10, 9);
    expect(narrow.supplierWidth + narrow.matchWidth).toBe(20);
  });
});
