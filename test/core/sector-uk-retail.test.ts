import { bundledProductReader } from "../../src/core/sector";

// UK retail and public-sector English (docs/sector-risk.md, "UK retail words and place names"), on texts written for
// the test, outside the batch test/eval/products-heldout-2026-12zzb.csv and every other labelled file. Each of these
// read otherwise on main 9e14f29 (the fibre for the garment, nothing, or a good named in a place or a flavour).
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods ?? [];

describe("UK retail words for List goods", () => {
  test.each([
    ["Mens Cotton Crew Tee White L", ["Garments"]],
    ["Baby sleepsuits 2PK cotton", ["Garments"]],
    ["Merino Crew Knit Grey M", ["Garments"]],
    ["Girls canvas pumps pink", ["Footwear"]],
    ["Pillow case pair white", ["Textiles"]],
    ["Outdoor Xmas lights 200 LED", ["Christmas Decorations"]],
    ["Walnut bedside chest 2 drawer", ["Furniture"]],
    ["Beef Tomatoes Chopped x6", ["Tomato Products"]],
    // roasted beans are coffee beans, not the Beans of the List
    ["Dark roasted beans for espresso 500g", ["Coffee"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a good's word that is not the good bought", () => {
  test.each([
    // a street, lane, mill or park named after a good is a place
    "Cotton Lane bus shelter",
    "Lamb Lane allotments",
    "Silk Mill Lane signage",
    "Cotton Street library windows",
    "Silk Street car park lighting",
    // crisps and candy flavoured with a good's name
    "Roast Beef Crisps 6PK",
    "Smoky Bacon Crisps multipack",
    "Cotton Candy Bubble Gum",
    "Cotton candy sweets 100g",
    // a tool for a good
    "Sheep shears 3 blade",
    // PAT testing (portable appliance testing) is a service on electrical goods
    "PAT testing laptops and kettles",
    // a brand whose words are a good's (brands.json): a breakfast cereal, not rice
    "Rice Krispies Squares 6PK",
    "Rice Krispies Multigrain 350g",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});
