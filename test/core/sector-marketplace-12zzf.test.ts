import { bundledImitationReader } from "../../src/core/sector/imitation";
import { bundledLinePrefixReader } from "../../src/core/sector/line-prefix";
import { bundledProductReader } from "../../src/core/sector";

// Tuning on the 2026-12zzf batch (English e-commerce texts: marketplace listing titles, supplier PO lines, shop exports,
// seller fee lines), on texts written for the test, outside every labelled file (test/eval/products*.csv).
// Each group says how the texts read on main e3db8ce.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("A marketplace seller's fees and services name no good (terms.json services)", () => {
  // On e3db8ce five read the good named in the line; the photography, booth and USPS lines are guards (no good there too).
  test.each([
    "FBA reimbursement - damaged inbound - cotton hoodie x3",
    "Refund - customer return, ceramic vase broken",
    "Product photography - lifestyle shots for coffee beans",
    "Prep centre labelling - 400 leather wallets",
    "Sponsored Brands campaign - wool rugs - October",
    "Booth rental - Toy Fair New York, 2 days",
    "USPS label - order #5512 silk scarf",
    "Royal Mail postage label - order 771 tea towels",
  ])("%s", (text) => {
    expect(reader.read(text).status).toBe("service");
  });
});

describe("A good's word in a name, shape, flavour or accessory is not the good (terms.json unless)", () => {
  // On e3db8ce eleven read the good in their name; Swedish Fish, hazelnut spread, sugar scrub, wax melts, phone holder
  // and gold-filled earrings are guards (no good there too).
  test.each([
    "Swedish Fish mini bag 45g",
    "Biodegradable packing peanuts 10 cubic ft",
    "Gold plated lobster clasps 10mm, 20 pcs",
    "White brick wallpaper vinyl, 10m roll",
    "Diamond painting kit 30x40 cm cats",
    "Rose quartz face roller",
    "Chocolate hazelnut spread with cocoa 400g",
    "Ginseng green tea 16 oz cans",
    "Coconut sugar scrub 300g",
    "Coffee scented wax melts",
    "Biotin gummies for hair and nails",
    "Edible glitter for cake decorating 5g",
    "Car phone holder magnetic, compatible with iPhone",
    "Mesh wig caps, 4 pcs",
    "Brushed nickel cabinet knobs, 10 pack",
    "14k white gold filled hoop earrings",
    "Toy poodle harness reflective for small dogs",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("Goods named as shops and suppliers write them (terms.json)", () => {
  // On e3db8ce: the cleaning gloves read as a service, the quilt, greenery and tees no good, the stocking Textiles
  // (felt), the shrimp all four seafood goods; 'Seafood' alone is a guard.
  test.each([
    ["Nitrile cleaning gloves, large, 2 pairs", ["Rubber Gloves", "Gloves"]],
    ["Patchwork quilt king size", ["Textiles"]],
    ["Felt Christmas stocking with name", ["Christmas Decorations"]],
    ["Faux greenery garland 6ft", ["Artificial Flowers"]],
    ["Blank tees heavyweight, pack of 5", ["Garments"]],
    ["Shrimp cocktail 200g | Type: Seafood", ["Shrimp"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  test("'Seafood' alone still names the family", () => {
    expect(read("Seafood chowder mix")).toEqual(["Fish", "Shellfish", "Shrimp", "Lobsters"]);
  });
});

describe("A colour word as a later part of a listing title is the article's colour (imitation.json colourWords)", () => {
  // On e3db8ce the pillowcase also read Alcoholic Beverages; the boot and chair are guards (their colour part was
  // read right there by other means).
  test.each([
    ["Suede Chelsea Ankle Boot, Cognac, 9", ["Footwear"]],
    ["Velvet Accent Arm Chair, Chestnut Velour, 30in", ["Furniture"]],
    ["Mulberry silk pillowcase with zip, Champagne Gold", ["Textiles"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  test("not when a part without a digit follows: a list of goods", () => {
    expect(read("Hamper with biscuits, Cocoa, Tea and Sugar")).toEqual(expect.arrayContaining(["Cocoa"]));
  });
  test("not after a short first part", () => {
    const imitation = bundledImitationReader();
    const tokens = ["nuts", "cocoa"];
    expect(imitation.latin(tokens, [0, 1], 1, 2, () => false)).toBe(false);
    expect(imitation.latin(["moccasin", "slipper", "soft", "chestnut", "8"], [0, 0, 0, 1, 2], 3, 4, () => false)).toBe(true);
  });
});

describe("A purchase-order line in fields: reference and supplier set aside (line-prefix.json orders)", () => {
  const prefix = bundledLinePrefixReader();
  test("the reference and the supplier are the prefix", () => {
    expect(prefix.read("PO-5521 | Tirupur Cotton Mills | Polo shirts pique navy | 2,000 pcs | USD 3.10 FOB")).toEqual({
      kind: "order",
      prefix: "PO-5521 | Tirupur Cotton Mills",
      description: "Polo shirts pique navy | 2,000 pcs | USD 3.10 FOB",
    });
  });
  test("a supplier's name gives no good", () => {
    // On e3db8ce 'Leather Works' made the second line a service; the first is a guard.
    expect(read("PO-5521 | Tirupur Cotton Mills | Polo shirts pique navy | 2,000 pcs | USD 3.10 FOB")).toEqual(["Garments"]);
    expect(read("PO 8812 | Agra Leather Works | Leather belts brown | 600 pcs | USD 2.80")).toEqual(
      expect.arrayContaining(["Leather Goods/Accessories"]),
    );
  });
  test("no supplier field when the second names the goods and the third none", () => {
    expect(read("PO-77 | Cotton socks | 500 pairs | USD 0.40")).toEqual(["Garments"]);
  });
  test("not with fewer than four fields, nor without an order reference", () => {
    expect(prefix.read("PO-77 | Cotton Mills | shirts")?.kind).not.toBe("order");
    expect(prefix.read("Ref A | Cotton Mills | shirts | 5 pcs")?.kind).not.toBe("order");
  });
});

describe("Review fixes (review-products-8): goods the 12zzf tuning had discarded", () => {
  // Each read no good on sector-60 before the review fixes.
  test.each([
    ["Coffee beans 1 kg, shipped via Royal Mail", "Coffee"],
    ["Gold coins shipped USPS insured", "Gold"],
    ["Cotton t-shirts, USPS Ground Advantage", "Garments"],
    ["Black tea, loose leaf, 4 oz cans", "Tea"],
    ["Green tea leaves, 2 oz can", "Tea"],
    ["Fine Bullion Round 999, Silver, 1 oz", "Silver"],
  ])("%s is %s", (text, good) => {
    expect(read(text)).toContain(good);
  });

  test("a carrier's label line is still a service", () => {
    expect(reader.read("USPS Priority Mail label - order #2231 cotton throw").status).toBe("service");
    expect(reader.read("Royal Mail Tracked 24 label - order 9921 wool scarf").status).toBe("service");
  });

  test("a canned iced-tea drink in a beverage can size is still no Tea", () => {
    expect(read("Lipton Peach Iced Tea 12 oz cans, 12 pack")).not.toContain("Tea");
  });

  test("a colour part after an article is still its colour; after a material word it is the material", () => {
    expect(read("Leather Chelsea Boots Men, Cognac, 10")).toEqual(["Footwear"]);
    expect(read("Investment Bullion Coin 2024, Silver, 1 oz")).toContain("Silver");
  });

  test("a purchase-order reference is a whole word", () => {
    const prefix = bundledLinePrefixReader();
    expect(prefix.read("Porcelain 24 | Hand painted | Gold rim plates | 12 sets")).toBeNull();
    expect(prefix.read("Ordering 5 | Fish | Tilapia | fillets")?.kind).not.toBe("order");
    expect(prefix.read("PO No 123 | Acme Supplies | Tomatoes, fresh | 50 kg")?.kind).toBe("order");
    expect(read("Porcelain 24 | Hand painted | Gold rim plates | 12 sets")).toContain("Ceramics");
  });
});
