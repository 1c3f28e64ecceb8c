import layoutJson from "../../src/data/sector/attribute-layout.json";
import prefixJson from "../../src/data/sector/line-prefix.json";
import { bundledProductReader } from "../../src/core/sector";
import { AttributeLayoutReader, bundledAttributeLayoutReader, type AttributeLayoutFile } from "../../src/core/sector/attribute-layout";
import { bundledLinePrefixReader, LinePrefixReader, type LinePrefixFile } from "../../src/core/sector/line-prefix";

// sector-70 (tuned on 2026-12zzo): foodservice distributors' order guides, item masters and invoices, on texts written
// for the test, outside every labelled file (test/eval/products*.csv). Each group says how the texts read on main 03e2043.
const reader = bundledProductReader();
const read = (text: string) => [...reader.read(text).goods].sort();
const sorted = (goods: string[]) => [...goods].sort();

describe("line-prefix stage: an invoice line's separator, line number and item number (itemLeads)", () => {
  const prefixes = bundledLinePrefixReader();

  test("set aside with the distributor's reference", () => {
    expect(prefixes.read("INV 5512903 LN 4 2209381 RICE, LONG GRAIN 25 LB")?.description).toBe("RICE, LONG GRAIN 25 LB");
    expect(prefixes.read("GFS 448120 | CARROT BABY PEELED 5 LB | CS")?.description).toBe("CARROT BABY PEELED 5 LB | CS");
    expect(prefixes.read("Bidfood Inv 55119021 | 204411 Cod Fillets Skinless 1kg | CS")?.description).toBe("Cod Fillets Skinless 1kg | CS");
    expect(prefixes.read("CASH INV 90211 line 2 Tea bags x 1100")?.description).toBe("Tea bags x 1100");
  });

  test("a line made only of numbers after the reference, or a short number, is not an item lead", () => {
    expect(prefixes.read("GFS 448120 | 5512 | 12")).toBeNull();
    // "LN 4" without its number and a two-digit code are description words.
    expect(prefixes.read("INV 5512903 LN Rice 25 LB")?.description).toBe("LN Rice 25 LB");
    expect(prefixes.read("INV 5512903 | 12 Rice")?.description).toBe("12 Rice");
  });

  test("without the table entry the description keeps its leads", () => {
    const { itemLeads: _ignored, ...rest } = prefixJson as LinePrefixFile;
    const plain = new LinePrefixReader(rest);
    expect(plain.read("INV 5512903 LN 4 2209381 RICE, LONG GRAIN 25 LB")?.description).toBe("LN 4 2209381 RICE, LONG GRAIN 25 LB");
  });
});

describe("attribute-layout stage: a first attribute going on past its modifier", () => {
  const layout = bundledAttributeLayoutReader();
  const compounds = new Set(["chocolate syrup", "kidney bean", "red kidney bean", "oat milk"]);
  const isTerm = (words: readonly string[]) => compounds.has(words.join(" ").replace(/s$/, ""));

  test("its leading words that make a compound with the head are read before it, the rest after it", () => {
    const read = layout.read("SYRUP, CHOCOLATE SQUEEZE 6/24 OZ", isTerm);
    expect(read?.text).toBe("CHOCOLATE SYRUP, SQUEEZE 6/24 OZ");
    expect(read?.head).toBe("syrup");
    expect(layout.read("BEAN, RED KIDNEY DARK 6/#10", isTerm)?.text).toBe("RED KIDNEY BEAN, DARK 6/#10");
  });

  test("not when a boundary word follows the modifier, nor when no compound is made", () => {
    expect(layout.read("Milk, oat and soy for the cafe 1L", isTerm)?.text).toBe("Milk, oat and soy for the cafe 1L");
    expect(layout.read("SYRUP, MAPLE GRADE A 4/1 GAL", isTerm)?.text).toBe("SYRUP, MAPLE GRADE A 4/1 GAL");
  });

  test("forms: foam is the form a good comes in", () => {
    expect(layout.isForm("foam")).toBe(true);
    expect(layout.isForm("foams")).toBe(true);
    expect(layout.isForm("papers")).toBe(false);
    const bare = new AttributeLayoutReader({ ...(layoutJson as AttributeLayoutFile), forms: [] }, () => false);
    expect(bare.isForm("foam")).toBe(false);
  });
});

describe("the reader on foodservice lines (on main 03e2043: no good or another good)", () => {
  test("distributor abbreviations and noun-first lines", () => {
    expect(read("3318820 CHIX BRST GRLD STRIP 2/5 LB")).toEqual(["Poultry"]);
    expect(read("TURKEY BRST ROASTED SLCD 2/6 LB")).toEqual(["Poultry"]);
    expect(read("FLOUR, ALL PURP UNBLEACHED 25 LB")).toEqual(["Wheat"]);
    expect(read("SAUCE, MARINARA LOW SOD 6/#10")).toEqual(["Tomato Products"]);
    expect(read("BUN, HAMBURGER WHEAT 12/8 CT")).toEqual(["Baked Goods"]);
    expect(read("TORTILLA FLOUR 12IN 8/12 CT")).toEqual(["Baked Goods"]);
  });

  test("produce written noun first", () => {
    expect(read("APPLE FUJI 88 CT FRESH")).toEqual(["Fruit (Pome and Stone)"]);
    expect(read("ORANGE VALENCIA 88 CT")).toEqual(["Citrus Fruits"]);
    expect(read("BANANA GREEN TIP PETITE 40 LB")).toEqual(["Bananas"]);
  });

  test("the goods the line names, not a flavour or an ingredient", () => {
    expect(read("Croissants All Butter Mini 25g x 120")).toEqual(["Baked Goods"]);
    expect(read("YOGHURT STRAWBERRY GREEK STYLE 1KG")).toEqual(["Dairy Products"]);
    expect(sorted(read("PEPPER, JALAPENO DICED 6/#10"))).toEqual(["Chile Peppers", "Peppers"]);
    expect(sorted(read("BEAN, BLACK DRY 25 LB"))).toEqual(["Beans", "Pulses (legumes)"]);
    expect(read("SOAP HAND FOAM LAVENDER 2/1200ML")).toEqual(["Soap"]);
    expect(read("Scampi Wholetail Breaded 500g")).toEqual(["Lobsters"]);
    expect(read("THERMOMETRE NUMERIQUE DE POCHE")).toEqual(["Electronics"]);
  });

  test("foods named after another good name none", () => {
    for (const text of [
      "PEAS SUGAR SNAP FROZEN 12/2 LB",
      "CREAMER NON DAIRY POWDER 12/22 OZ",
      "MIX COCOA HOT DARK CHOC 12/2 LB",
      "VINEGAR, RICE UNSEASONED 4/1 GAL",
      "NOODLE, RICE VERMICELLI 30/1 LB",
      "CRAB, IMITATION LEG STYLE 6/2.5 LB",
      "CEREAL CORN FLAKES FROSTED 4/35 OZ",
      "Butter Chicken Cook-In Sauce 2.2L",
      "Peppermint Infusion Pyramids x 50",
      "SAUCE POISSON BOUTEILLE 700ML",
      "INV 5512903 LN 7 4471209 CHOPSTICK, BAMBOO 9IN 1000/CS",
      "GFS 448120 | FILTER COFFEE PAPERS 1000 | CS",
    ])
      expect(read(text)).toEqual([]);
  });
});
