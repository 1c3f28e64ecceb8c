import brandsJson from "../../src/data/sector/brands.json";
import { bundledProductReader } from "../../src/core/sector";
import { BrandReader, bundledBrandReader, type BrandFile } from "../../src/core/sector/brands";

// The brand stage alone (src/core/sector/brands.ts, src/data/sector/brands.json), then through the product reader.
const brands = bundledBrandReader();

describe("brands: the table", () => {
  test("every brand has names and says what it sells; no name twice", () => {
    const file = brandsJson as BrandFile;
    const names = file.brands.flatMap((b) => b.names.map((n) => n.toLowerCase()));
    for (const b of file.brands) {
      expect(b.names.length).toBeGreaterThan(0);
      expect(b.sells.trim()).not.toBe("");
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test("an empty name is refused", () => {
    expect(() => new BrandReader({ brands: [{ names: [" "], sells: "x" }] })).toThrow(/empty/);
  });
});

describe("brands: names set aside", () => {
  test("whole words, any case, spaces or hyphens between the words", () => {
    expect(brands.read("Blue Diamond Almonds, Lightly Salted")).toEqual({ text: "  Almonds, Lightly Salted", brands: ["Blue Diamond"] });
    expect(brands.read("STONE-ISLAND jacket").brands).toEqual(["STONE-ISLAND"]);
    expect(brands.read("金龙鱼 大米 5kg")).toEqual({ text: "  大米 5kg", brands: ["金龙鱼"] });
  });

  test("not inside other words, and not the words alone", () => {
    expect(brands.read("Blue Diamonds").brands).toEqual([]);
    expect(brands.read("Diamond blade, blue").brands).toEqual([]);
    expect(brands.read("Cotton traders' gloves").brands).toEqual(["Cotton traders"]);
  });
});

describe("brands through the product reader", () => {
  const reader = bundledProductReader();
  test.each([
    ["Blue Diamond Almonds, Lightly Salted, 16 oz", []],
    ["Stone Island jacket, navy", ["Garments"]],
    ["金龙鱼 食用油", []],
    ["金龙鱼 大米 5kg", ["Rice"]],
    ["Diamond Crystal kosher salt 3lb", ["Salt"]],
    ["Rough diamonds, unsorted", ["Diamonds", "Gems"]],
  ])("%s → %j", (text, expected) => {
    expect(reader.read(text).goods).toEqual(expected);
  });
});
