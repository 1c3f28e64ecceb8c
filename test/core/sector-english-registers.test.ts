import { bundledProductReader } from "../../src/core/sector";
import { bundledAttributeLayoutReader } from "../../src/core/sector/attribute-layout";
import { bundledLinePrefixReader } from "../../src/core/sector/line-prefix";

// The 2026-12zp English public-sector and retail wording (docs/sector-risk.md, "English registers: abbreviations,
// order lines and class titles"), on texts outside the batch test/eval/products-heldout-2026-12zp.csv: catalogue
// abbreviations, noun-first item-master lines after an order reference or a hyphenated word, classification class
// titles, and services, packaging and snacks named after a good.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("catalogue abbreviations", () => {
  test.each([
    ["GLV NITRILE PF STERILE S BX50", "Rubber Gloves"],
    ["GLV LATEX PF EXAM L 100", "Rubber Gloves"],
    ["Nitr Glv Blue XL Pk200", "Gloves"],
    ["LiIon 18V 4.0Ah for drills", "Lithium-Ion Batteries"],
    ["LIION CELL 21700 4000MAH", "Lithium-Ion Batteries"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("an abbreviation is a term only as written beside its good's word", () => {
    expect(goods("GLV BOX HOLDER TRIPLE")).toEqual([]);
  });
});

describe("noun-first item-master lines", () => {
  test.each([
    ["Battery Li-Ion Rechargeable 7.2V for Infusion Pump", "Lithium-Ion Batteries"],
    ["Battery Lithium-Ion Rechargeable for defibrillator", "Lithium-Ion Batteries"],
    ["REQ 77102: 4 ea Locker Steel 2 Door", "Furniture (steel)"],
    ["PO 99120 ln 3: 12 x Salt Table Sachets", "Salt"],
    ["3 ea Locker Steel 6 Door", "Furniture (steel)"],
    ["Stool Laboratory Gas Lift Adj Arms", "Furniture"],
    ["Chair Visitor Stacking Adjustable Arms", "Furniture"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("the order line's reference and quantity are kept as written, and the head is the moved term", () => {
    const layout = bundledAttributeLayoutReader().read("PO 5512: 8 ea Locker Steel 4 Door", (w) => w.join(" ") === "steel locker");
    expect(layout?.text).toBe("PO 5512: 8 ea Steel Locker 4 Door");
    expect(layout?.head).toBe("steel locker");
  });

  test("a hyphenated word moved as one word", () => {
    const layout = bundledAttributeLayoutReader().read("Battery Li-Ion 9V", (w) => ["li ion battery"].includes(w.join(" ")));
    expect(layout?.text).toBe("Li-Ion Battery 9V");
  });

  test("a monitor arm is still an accessory", () => {
    expect(goods("Monitor arm dual gas spring")).toEqual([]);
  });
});

describe("classification class titles (UNSPSC, eClass)", () => {
  test("the class title is set aside when the item names a good", () => {
    expect(goods("UNSPSC 50201700 Coffee and tea - Assam tea bags x 80")).toEqual(["Tea"]);
    expect(goods("UNSPSC 50161500 Chocolate and sugars and sweeteners - Granulated cane sugar 25kg")).not.toContain("Cocoa");
    expect(goods("UNSPSC 26111700 Batteries and cells - Li-ion 21700 cells")).toEqual(["Lithium-Ion Batteries"]);
  });

  test("a title naming a service makes the line a service", () => {
    expect(reader.read("UNSPSC 78101800 Road cargo transport - Delivery of office chairs").status).toBe("service");
    expect(reader.read("eClass 32-01-02-03 Cleaning services - Carpet tiles in offices").status).toBe("service");
  });

  test("a title with a goods cue is not a service, and an item that names no good keeps the title", () => {
    expect(goods("UNSPSC 47131700 Cleaning and janitorial supplies - Nitrile gloves blue")).toContain("Rubber Gloves");
    expect(goods("UNSPSC 50201700 Coffee and tea - Assorted 100 pack")).toEqual(["Coffee", "Tea"]);
  });

  test("an item naming another good than its class is read with its class", () => {
    expect(goods("UNSPSC 43211507 Desktop computers - mini PC, LiIon backup cell")).toEqual(["Electronics"]);
    expect(goods("UNSPSC 26111700 Batteries and cells - Lithium-ion 21700 cells")).toEqual(["Lithium-Ion Batteries"]);
  });

  test("the stage gives the title and item only for a classification's code", () => {
    const prefix = bundledLinePrefixReader();
    const found = prefix.read("UNSPSC 44121600 Desk supplies - Staplers");
    expect(found && prefix.classTitle(found)).toEqual({ title: "Desk supplies", item: "Staplers" });
    const supplier = prefix.read("Bidfood 22310 Ketchup - Tomato squeezy");
    expect(supplier && prefix.classTitle(supplier)).toBeNull();
  });
});

describe("goods named by a kind", () => {
  test.each([
    ["Calamari rings in batter 500g", "Shellfish"],
    ["Prelit artificial tree 7ft", "Christmas Decorations"],
    ["Artificial fir tree 180cm", "Christmas Decorations"],
    ["Olive oil cooking spray 190ml", "Olives"],
    ["Ceramic building bricks 215x102.5x65", "Bricks (clay)"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("bricks of ceramic are clay bricks, not ceramics", () => {
    expect(goods("Facing bricks of ceramic, red")).not.toContain("Ceramics");
  });
});

describe("battery chargers are Electronics, as earlier chargers", () => {
  test.each([["Battery charger 4-bay for AA and AAA"], ["eClass 27-04-09-01 Chargers - Battery charger 12V smart"]])("%s", (text) => {
    expect(goods(text)).toEqual(["Electronics"]);
  });

  test("a charging unit is not a charger of the table", () => {
    expect(goods("Battery charging station for pallet trucks")).toEqual([]);
  });
});

describe("services, packaging and snacks named after a good", () => {
  test.each([
    ["Screen print charge on cotton T-shirts"],
    ["Setup charges on embroidered polo shirts"],
    ["Extended warranty 5yr on solar inverters and panels"],
    ["Warranty extension for desktop computers"],
    ["Frozen delivery of prawns to restaurants"],
    ["Refrigerated delivery of tea and coffee urns"],
    ["Corrugated boxes for laptop returns"],
    ["Shipping boxes for footwear, 500"],
    ["Floodlit football pitch 4G, supply"],
    ["Resurfacing of a football court"],
    ["Multigrain rice cakes sea salt 100g"],
    ["Crisps sea salt 150g"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("the goods themselves are still read", () => {
    expect(goods("Footballs size 5 match")).toContain("Soccer Balls");
    expect(goods("Sea salt flakes 500g")).toContain("Salt");
    expect(goods("Delivery of road salt to depots")).toContain("Salt");
    expect(goods("Laptop 14in with 3yr warranty")).toContain("Electronics");
  });
});

// The 2026-12zs US importer and federal/state buyer wording (docs/sector-risk.md, "US registers: article words, pulp
// and NSN part numbers"), on texts outside the batch test/eval/products-heldout-2026-12zs.csv.
describe("US article words (2026-12zs)", () => {
  test.each([
    ["Boys' cotton pajamas 2-piece, 600 sets", "Garments"],
    ["Ladies boxer shorts woven cotton", "Garments"],
    ["Women's boxer brief seamless 2-pack", "Garments"],
    ["Infant bodysuit short sleeve 3-pack cotton", "Garments"],
    ["Toddler onesies organic cotton 6-12m", "Garments"],
    ["Unisex cotton graphic tees assorted", "Garments"],
    ["Ladies v-neck tee cotton jersey", "Garments"],
    ["Kids crewneck tees 100% cotton", "Garments"],
    ["Suede loafers men's size 10", "Footwear"],
    ["Leather moccasins women's", "Footwear"],
    ["Twin sheet set microfiber cotton blend", "Textiles"],
    ["Outdoor Christmas string lights 200 LED", "Christmas Decorations"],
    ["Pre-lit Christmas garland 6ft pine", "Christmas Decorations"],
    ["Frozen açaí pulp unsweetened 4 x 100g", "Açaí Berries"],
    ["Acai pulp packs organic", "Açaí Berries"],
    ["Women's trail sneakers knit upper", "Footwear"],
    ["Running shoes mesh upper men's 9", "Footwear"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test.each([
    ["Jalapeno peppers sliced 10 lb case", ["Peppers", "Chile Peppers"]],
    ["Habanero peppers fresh 5 lb", ["Peppers", "Chile Peppers"]],
    ["Serrano peppers green 10 lb", ["Peppers", "Chile Peppers"]],
  ])("%s is a chile pepper, not black pepper", (text, expected) => {
    expect(goods(text).slice().sort()).toEqual(expected.slice().sort());
  });

  test.each([["Birch plywood sheets 4x8 3/4in"], ["Hardwood plywood 12mm sanded two sides"], ["Golf tees wooden 2-3/4in 100"]])(
    "%s names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  test("sawn hardwood is still Timber", () => {
    expect(goods("Sawn hardwood boards kiln dried 25mm")).toContain("Timber");
  });
});

describe("NSN noun-first lines with a part number (2026-12zs)", () => {
  test.each([
    ["NSN 6140-01-555-0101 Battery, rechargeable, lithium-ion LI-80/U, 24 EA", "Lithium-Ion Batteries"],
    ["Battery, rechargeable, lithium ion 2590A, qty 6", "Lithium-Ion Batteries"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("a part number after an attribute that names no good with the head still names none", () => {
    expect(goods("Battery, rechargeable, nickel cadmium NC-12")).toEqual([]);
  });
});

describe("catalogue lines written noun first, 'Noun qualifier qualifier, …' (2026-12zt)", () => {
  test.each([
    ["Locker metal 6-door 1800H, 4 ea", "Furniture (steel)"],
    ["Bed nursing electric 5-function, 2 ea", "Furniture"],
    ["Ball futsal size 4, 10 ea", "Soccer Balls"],
    ["Christmas tree artificial pre-lit 1.8m, 1 ea", "Christmas Decorations"],
    ["Flour bread wheat 20kg", "Wheat"],
    ["Apron bib cotton drill navy, 20 ea", "Garments"],
    ["Salt flaked sea 250g, 6 ea", "Salt"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("the qualifier after the noun names the product, not the raw fruit", () => {
    expect(goods("Tomatoes chopped tinned 400g x 24, Product of Italy")).toEqual(["Tomato Products"]);
  });

  test("a material among the attributes is not the article's good", () => {
    expect(goods("Apron bib cotton drill navy, 20 ea")).not.toContain("Cotton");
  });

  test.each([
    ["Salt iodised table sachets 1g x 2000", "Furniture"],
    ["Garlic minced cloves 500g jar", "Cloves"],
  ])("a qualifier between the noun and its term's word: %s is not %s", (text, good) => {
    expect(goods(text)).not.toContain(good);
  });

  test.each([["Coffee filter papers cone 102, 100 pk"], ["Curtain track aluminium 2.4m white"], ["Natural rubber tubing 10mm ID, 15m"]])(
    "%s names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  test("glass tubing is still Glass", () => {
    expect(goods("Borosilicate glass tubing 10mm OD")).toContain("Glass");
  });

  test.each([
    ["Hoki fillets crumbed 1kg", "Fish"],
    ["Treated pine sleepers 200x75 2.4m", "Timber"],
    ["Outdoor setting 7 piece aluminium", "Furniture"],
    ["Milk full cream UHT 1L x 12", "Dairy Products"],
    ["Non-slip shoes for kitchen staff", "Footwear"],
    ["Work shoe black PU upper, size 10", "Footwear"],
    ["Desk sit-stand height adjustable 1800", "Furniture"],
  ])("Australian and New Zealand register words: %s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("class titles before an item, AusTender and catalogue style (2026-12zt)", () => {
  test("an item written noun first after a class title is read alone", () => {
    expect(goods("UNSPSC 30103600 Structural materials - Locker steel 4-door, 6 ea")).toContain("Furniture (steel)");
  });

  test("a spaced bar separates the class title from the item as a dash does", () => {
    expect(goods("UNSPSC 50201700 Coffee and tea | Green tea bags x 100")).toEqual(["Tea"]);
  });

  test("a merchant's name in capitals before a spaced bar names no good", () => {
    expect(goods("COSTA COFFEE | refreshments for visitors")).toEqual([]);
  });
});
