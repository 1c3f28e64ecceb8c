import { bundledProductReader } from "../../src/core/sector";

// Indian English and Hindi names of goods, Indian units and the services, inputs, by-products and parts an Indian
// register names beside a good (docs/sector-risk.md, "Indian English: Hindi names, the brass unit, job work"), on texts
// written for the test, outside the batch test/eval/products-heldout-2026-12zw.csv.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const goods = (text: string) => read(text).goods;

describe("Hindi and Indian-English names of goods", () => {
  test.each([
    ["Banian sleeveless white 90cm, 10 dozen", "Garments"],
    ["Kurta pyjama set boys cotton 4-5 yrs", "Garments"],
    ["Ladies kurtis anarkali style, 60 pcs", "Garments"],
    ["Lungi checked Kerala 2.0 mtr", "Garments"],
    ["Gents brief cotton rib 90cm", "Garments"],
    ["Men's kurta cotton full sleeve, size 40", "Garments"],
    ["Hawai chappal blue size 9", "Footwear (sandals)"],
    ["Kolhapuri chappals gents tan leather, 40 pairs", "Footwear (sandals)"],
    ["Vitrified floor tiles 800x800 glossy", "Ceramics"],
    ["Chai patti loose 500 g", "Tea"],
    ["Lal mirch powder 200 g", "Chile Peppers"],
    ["Pyaz red medium, 20 bags", "Onions"],
    ["Palmolein oil 1 ltr pouch", "Refined Palm Oil"],
    ["Machis safety box, 10 bundles", "Matches"],
    ["Kanch ki chudi red, 2 dozen", "Glass Bangles"],
    ["Steel almirah 3 door with locker", "Furniture (steel)"],
    ["Wooden almirah sheesham 2 door", "Furniture"],
    ["Temple hair remy, 50 kg", "Hair Products"],
    ["Gur desi 10 kg", "Sugarcane"],
    ["Khandsari shakkar 50 kg bag", "Sugarcane"],
    ["Razai jaipuri single", "Textiles"],
    ["Dupatta chiffon plain", "Fashion Accessories"],
    ["Lucknowi chikankari work, 20 pieces", "Embellished Textiles"],
    ["Zardozi clutch velvet", "Embellished Textiles"],
    ["Tussar silk fabric natural 44 inch", "Silk Fabric"],
    ["Gitti 10mm for PCC", "Gravel (crushed stones)"],
    ["Sivakasi crackers combo pack", "Fireworks"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("material words after an Indian article stay attributes", () => {
    expect(goods("Dupatta cotton printed 2.5 mtr")).not.toContain("Cotton");
    expect(goods("Lungi cotton checked")).toEqual(["Garments"]);
    expect(goods("Kolhapuri chappal leather gents")).not.toContain("Leather");
  });

  test("Kota stone is a limestone, not the whole Stones family", () => {
    expect(goods("Kota stone polished 20mm")).toEqual(["Stones (limestone)"]);
  });

  test("sandal, the scent, is not a sandal", () => {
    expect(goods("Dhoop sticks sandal fragrance 50 g")).toEqual(["Incense (agarbatti)"]);
    expect(goods("Dhoop cones, sandal, 12 boxes")).not.toContain("Footwear");
    expect(goods("Sandal attar 10 ml")).toEqual([]);
  });

  test("a table runner is a textile, not a table", () => {
    expect(goods("Table runner cotton block print 14x72")).toEqual(["Textiles"]);
  });
});

describe("brass, the Indian volume unit", () => {
  test("after a count beside another good it is the quantity", () => {
    expect(goods("River sand 3 brass delivered at site")).toEqual(["Sand"]);
    expect(goods("Gitti 40mm 2.5 brass")).toEqual(["Gravel (crushed stones)"]);
  });

  test("brass as a material or alone is still Brassware", () => {
    expect(goods("Brass diya set of 5")).toContain("Brassware");
    expect(goods("12 brass hinges")).toContain("Brassware");
  });
});

describe("scents, by-products, inputs and parts named after a good", () => {
  test.each([
    "Groundnut cake (khal) 50 kg", // an oil cake is feed, not a baked good
    "Mustard oil cake, 40 kg bags",
    "Cotton comber waste, 5 bales", // waste of cotton is not the raw cotton
    "Hosiery cutting waste katran",
    "Bamboo sticks for incense 9 inch",
    "Fragrance compound for agarbatti, 25 kg",
    "Magnesium powder for fireworks",
    "Paddy huller rubber rolls 10 inch",
    "Marble cutting blade 12 inch",
    "Diamond segments for granite saw",
    "Milk tea strainer steel",
    "Powerloom spares (shuttle, picker)",
    "Rexine cloth black 54 inch",
  ])("%s → no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("a good's purpose after a container is not a second good", () => {
    expect(goods("Jute gunny bags for wheat packing, 500 nos")).toEqual(["Jute (textiles)"]);
  });
});

describe("job work, wages and charges on a good", () => {
  test.each([
    "Job work charges for stitching of kurtas",
    "Jobwork on saree embroidery, 300 pcs",
    "Fall pico of sarees, 120 pcs",
    "Carpet weaving majdoori, December",
    "Embroidery karigar wages for zari work",
    "Warehouse charges for rice bags, October",
    "Certificate charges for diamond grading",
  ])("%s → service", (text) => {
    expect(read(text).status).toBe("service");
  });

  test("a purchase with freight on top still names its good", () => {
    expect(goods("Purchased 300 pcs shirts from Ludhiana, freight extra")).toEqual(["Garments"]);
    expect(goods("Being 80 dozen vests purchased vide bill 42, freight extra")).toEqual(["Garments"]);
  });
});
