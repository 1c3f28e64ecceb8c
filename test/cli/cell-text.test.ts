import { shownText, shownValue } from "../../src/cli/cell-text";

describe("shownValue", () => {
  it("reduces each exceljs value kind to what Excel shows", () => {
    expect(shownValue({ richText: [{ text: "Top " }, { text: "Glove", font: { bold: true } }] })).toBe("Top Glove");
    expect(shownValue({ formula: 'A1&" Bhd"', result: "Top Glove Bhd" })).toBe("Top Glove Bhd");
    expect(shownValue({ sharedFormula: "B2", result: 42 })).toBe(42);
    expect(shownValue({ formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } })).toBe("#N/A");
    expect(shownValue({ formula: "NOW()" })).toBeNull();
    expect(shownValue({ text: "Ninestar Corp", hyperlink: "https://ninestar.example" })).toBe("Ninestar Corp");
    expect(shownValue({ text: { richText: [{ text: "Rich" }, { text: "Link" }] }, hyperlink: "https://x" })).toBe("RichLink");
    expect(shownValue({ error: "#REF!" })).toBe("#REF!");
    expect(shownValue(12.5)).toBe(12.5);
    expect(shownValue(true)).toBe(true);
    expect(shownValue(undefined)).toBeNull();
    expect(shownValue(NaN)).toBeNull();
  });

  it("writes dates as ISO dates, with a time only when there is one", () => {
    expect(shownText(new Date(Date.UTC(2025, 2, 1)))).toBe("2025-03-01");
    expect(shownText(new Date(Date.UTC(2025, 2, 1, 14, 30)))).toBe("2025-03-01 14:30:00");
    expect(shownText(false)).toBe("FALSE");
  });
});
