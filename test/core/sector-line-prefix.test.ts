import prefixJson from "../../src/data/sector/line-prefix.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledLinePrefixReader, LinePrefixReader, type LinePrefixFile } from "../../src/core/sector/line-prefix";

// The line-prefix stage alone (src/core/sector/line-prefix.ts, src/data/sector/line-prefix.json), then through the
// product reader.
const prefix = bundledLinePrefixReader();

describe("line prefix: the table", () => {
  test("separators are spaced dashes; the limits are small positive numbers", () => {
    const file = prefixJson as LinePrefixFile;
    for (const s of file.separators) expect(s).toMatch(/^ \S+ $/);
    expect(file.maxNameWords).toBeGreaterThan(0);
    expect(file.minCodeDigits).toBeGreaterThan(0);
  });
});

describe("line prefix: a merchant's name in capitals before a dash", () => {
  test("is set aside when the description is in mixed case", () => {
    expect(prefix.read("COSTA COFFEE 43012 - refreshments for visitors")).toEqual({
      kind: "merchant",
      prefix: "COSTA COFFEE 43012",
      description: "refreshments for visitors",
    });
    expect(prefix.read("B&Q – sand and cement")).toMatchObject({ prefix: "B&Q", description: "sand and cement" });
  });

  test("is kept when the line is all capitals, the name is in mixed case, or there is no spaced dash", () => {
    expect(prefix.read("TOMATO PASTE - 220L DRUM")).toBeNull();
    expect(prefix.read("Costa Coffee - refreshments")?.kind).not.toBe("merchant");
    expect(prefix.read("T-SHIRT-navy-XL")).toBeNull();
    expect(prefix.read("咖啡 - 速溶")).toBeNull();
  });
});

describe("line prefix: a supplier's catalogue reference", () => {
  test("a name and a code with enough digits before a description starting with a letter", () => {
    expect(prefix.read("NHS SC MRB045 Blanket Fleece Red")).toEqual({
      kind: "reference",
      prefix: "NHS SC MRB045",
      description: "Blanket Fleece Red",
    });
    expect(prefix.read("Bidfood 22310 Ketchup Tomato Squeezy 1L")?.description).toBe("Ketchup Tomato Squeezy 1L");
    expect(prefix.read("Cambridge PO 4500123456 - Dell laptops")?.description).toBe("Dell laptops");
  });

  test("no reference: short numbers, descriptions starting with a number, codes first, names of goods", () => {
    expect(prefix.read("SMR 20 Standard Malaysian Rubber bales")).toBeNull();
    expect(prefix.read("ECO-WORTHY 100W 12V Solar Panel")).toBeNull();
    expect(prefix.read("18650 Rechargeable Battery")).toBeNull();
    const namesGood = (words: string) => /rice/i.test(words);
    expect(new LinePrefixReader(prefixJson as LinePrefixFile).read("Rice Basmati 1000 bags", namesGood)).toBeNull();
  });
});

describe("line prefix through the product reader", () => {
  const reader = bundledProductReader();
  test.each([
    ["COSTA COFFEE 43012 - refreshments for visitors", []],
    ["COTTON TRADERS - gift voucher", []],
    ["PRIMARK - spare school uniform trousers", ["Garments"]],
    ["NHS SC FTR1234 Towel Paper Hand C-Fold White", []],
    ["Bidfood 22310 Ketchup Tomato Squeezy 1L", ["Tomato Products"]],
    ["Rice Basmati 1000 bags", ["Rice"]],
  ])("%s → %j", (text, expected) => {
    expect(reader.read(text).goods).toEqual(expected);
  });
});
