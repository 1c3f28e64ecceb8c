import packingJson from "../../src/data/sector/packing-medium.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledPackingMediumReader, PackingMediumReader, type PackingMediumFile } from "../../src/core/sector/packing-medium";

// The packing-medium stage alone (src/core/sector/packing-medium.ts, src/data/sector/packing-medium.json), then through
// the product reader, on texts written for the test, outside every labelled file.
const stage = bundledPackingMediumReader();
const terms = new Map<string, string[]>([
  ...["sardine", "tuna", "tuna chunk", "mackerel", "anchovy"].map((t): [string, string[]] => [t, ["Fish"]]),
  ["garlic", ["Garlic"]],
  ["lemon", ["Citrus Fruits"]],
]);
const isTerm = (words: readonly string[]) => {
  const last = words[words.length - 1] ?? "";
  return [last, last.replace(/s$/, "")].flatMap((w) => terms.get([...words.slice(0, -1), w].join(" ")) ?? []);
};

describe("the packing-medium stage", () => {
  test.each([
    ["Sardines Olive Oil 120g", "Sardines in Olive Oil 120g"],
    ["Skinless Boneless Sardines Olive Oil", "Skinless Boneless Sardines in Olive Oil"],
    ["Tuna Chunks Sunflower Oil 4x145g", "Tuna Chunks in Sunflower Oil 4x145g"],
    ["Mackerel fillets in tomato sauce", "Mackerel fillets in tomato sauce"],
    ["Olive oil extra virgin 1L", "Olive oil extra virgin 1L"],
    ["Mackerel and tomato sauce", "Mackerel and tomato sauce"],
    ["Mackerel, tomato sauce", "Mackerel, tomato sauce"],
    // more words between the good and the medium than maxBetweenWords
    ["Sardines boneless skinless smoked olive oil", "Sardines boneless skinless smoked olive oil"],
    // no good before the medium
    ["Pasta tomato sauce 500g", "Pasta tomato sauce 500g"],
    // a good that is not packed in a medium (not in packedGoods) flavours it: the medium is the good
    ["Garlic olive oil 250ml", "Garlic olive oil 250ml"],
    ["Lemon olive oil", "Lemon olive oil"],
    ["Sardines lemon olive oil", "Sardines lemon in olive oil"],
  ])("%s", (text, expected) => {
    expect(stage.read(text, isTerm).text).toBe(expected);
  });

  test("it says which media it found", () => {
    expect(stage.read("Anchovy fillets olive oil", isTerm).media).toEqual(["olive oil"]);
    expect(stage.read("Olive oil", isTerm).media).toEqual([]);
  });

  test("the table is checked", () => {
    const file = packingJson as PackingMediumFile;
    expect(() => new PackingMediumReader({ ...file, media: ["!!"] })).toThrow(/no words/);
    expect(() => new PackingMediumReader({ ...file, insert: "in to" })).toThrow(/one word/);
    expect(() => new PackingMediumReader({ ...file, packedGoods: [] })).toThrow(/packedGoods/);
  });
});

describe("the product reader reads the packed good, not its medium", () => {
  // On d8e668c these read the medium's good: Sunflowers, Tomato Products, Olives.
  test.each([
    ["Tuna Chunks Sunflower Oil 4x145g", ["Fish"]],
    ["Mackerel Fillets Tomato Sauce 125g", ["Fish"]],
    ["Anchovy fillets olive oil 50g", ["Fish"]],
    // guards: the medium alone, and after a word that names no good
    ["Extra Virgin Olive Oil 5L", ["Olives"]],
    ["Pasta tomato sauce 500g", ["Tomato Products"]],
    // a flavoured oil or sauce: the medium is the good, the word before it its flavour (on ac48348 these read Garlic,
    // Peppers/Chile Peppers, Citrus Fruits, Garlic, Rice, Cottonseed)
    ["Garlic olive oil 250ml", ["Olives"]],
    ["Chilli olive oil 250ml", ["Olives"]],
    ["Lemon olive oil", ["Olives"]],
    ["Garlic tomato sauce 500g", ["Tomato Products"]],
    ["Rice sunflower oil 1L", ["Sunflowers"]],
    ["Cotton seed sunflower oil", ["Sunflowers"]],
  ])("%s", (text, goods) => {
    expect(bundledProductReader().read(text).goods).toEqual(goods);
  });
});
