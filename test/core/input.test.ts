import fc from "fast-check";
import { displayInput, readCell, readOptionalCell } from "../../src/core";
import { PLACEHOLDERS } from "../../src/core/screening/input";

/** What an optional country or product cell means: its text when it would be screened as a name, else nothing. */
function expectedOptional(value: unknown): string {
  const cell = readCell(value);
  return cell.skipped ? "" : cell.text.slice(0, 300);
}

describe("optional country and product cells", () => {
  it.each([
    ["China", "China"],
    ["  Viet Nam \t", "Viet Nam"],
    ["", ""],
    ["   ", ""],
    ["N/A", ""],
    ["#N/A", ""],
    ["12345", ""],
    [42, ""],
    [null, ""],
    [undefined, ""],
    [{ type: "Error" }, ""],
    ["x".repeat(1001), ""],
  ])("%p → %p", (value, expected) => {
    expect(readOptionalCell(value)).toBe(expected);
  });
  it("turn control characters into spaces", () => {
    expect(readOptionalCell("cotton\u0000yarn")).toBe("cotton yarn");
  });
  it("read like a name cell, keeping at most 300 characters", () => {
    expect(readOptionalCell("a".repeat(500))).toBe("a".repeat(300));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), fc.integer(), fc.constant(null)),
        (value) => {
          expect(readOptionalCell(value)).toBe(expectedOptional(value));
        },
      ),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("placeholders", () => {
  it("are recognised in any letter case, and nothing else is", () => {
    const pieces = [...Array.from(PLACEHOLDERS), "N", "A", "/", ".", " ", "x", "İ", "ı", "ſ", "K"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }), fc.boolean(), (parts, upper) => {
        const text = upper ? parts.join("").toUpperCase() : parts.join("");
        const trimmed = text.trim();
        if (trimmed === "") return;
        expect(readCell(text).skipped === "placeholder").toBe(PLACEHOLDERS.has(trimmed.toLowerCase()));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});

describe("the input shown beside a result", () => {
  it.each([
    ["  Supermax Glove Manufacturing Sdn Bhd ", "Supermax Glove Manufacturing Sdn Bhd"],
    ["Line one\u0000two", "Line one two"],
    [42, "42"],
    [true, "true"],
    [null, ""],
    [{ type: "Error" }, ""],
    ['=HYPERLINK("x")', '=HYPERLINK("x")'],
  ])("%p → %p", (value, expected) => {
    expect(displayInput(value)).toBe(expected);
  });
  it("is cut to 200 characters and an ellipsis, even for a 32,000-character cell", () => {
    expect(displayInput("a".repeat(250))).toBe("a".repeat(200) + "…");
    expect(displayInput("b".repeat(32000))).toBe("b".repeat(200) + "…");
  });
});
