import { CargoDescriptionReader, bundledCargoDescriptionReader } from "../../src/core/sector/cargo-description";
import { bundledProductReader } from "../../src/core/sector";

// Tuning on the 2026-12zzg batch (ocean and air cargo descriptions: B/L description fields, AMS manifest lines, air
// waybill boxes, forwarders' charge lines), on texts written for the test, outside every labelled file
// (test/eval/products*.csv). Each group says how the texts read on main 366ea09 (the reader the batch was scored on).
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("The cargo-description stage sets aside the shipping documents' statements (cargo-description.json)", () => {
  const cargo = bundledCargoDescriptionReader();
  test("statements, container lines, HS codes, weights and freight terms are blanked out; a PO number is left", () => {
    expect(
      cargo.read(
        "SHIPPER'S LOAD, STOW AND COUNT 1X40'HC CONTAINER STC 500 CTNS LADIES BLOUSES HS CODE: 6206.30 PO NO. 45001 G.W. 4,100 KGS 30 CBM FREIGHT COLLECT",
      ).text,
    ).toBe("500 CTNS LADIES BLOUSES PO NO. 45001");
  });
  test("a text with none of them is left as written", () => {
    expect(cargo.read("Ladies cotton blouses, size 12")).toEqual({ text: "Ladies cotton blouses, size 12", removed: false });
  });
  test("a statement is matched whole, whatever stands between its words, and not inside a word", () => {
    const r = new CargoDescriptionReader({ statements: ["said to contain", "stc"], patterns: [], patternsNeed: "(?!)" });
    expect(r.read("SAID-TO-CONTAIN: RICE").text).toBe(": RICE");
    expect(r.read("STCW training").text).toBe("STCW training");
  });
  test("a statement without words is refused", () => {
    expect(() => new CargoDescriptionReader({ statements: ["--"], patterns: [], patternsNeed: "(?!)" })).toThrow(/no words/);
  });
});

describe("A B/L description's goods are read after its preamble and before its freight terms", () => {
  // On 366ea09 the first two read as a freight service ("FREIGHT COLLECT"), the shoes fell to the head "outsole", and
  // the shipments of equipment read a second good (or none) in the dangerous-goods statement.
  test.each([
    ["SHIPPER'S LOAD STOW AND COUNT 2X40'HQ STC 980 CARTONS LADIES COTTON BLOUSES HS 6206.30 FREIGHT COLLECT", ["Garments"]],
    ["SAID TO CONTAIN 640 CTNS BOYS DENIM JEANS PO# 7781203 FREIGHT PREPAID", ["Garments"]],
    ["STC 420 CTNS KIDS RUNNING SHOES UPPER TEXTILE OUTSOLE EVA G.W. 5,120 KGS 44 CBM", ["Footwear"]],
    ["TABLET COMPUTERS 60 PCS LITHIUM ION BATTERIES CONTAINED IN EQUIPMENT", ["Electronics"]],
    ["SMART WATCHES LITHIUM METAL BATTERIES PACKED WITH EQUIPMENT", ["Electronics"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: batteries shipped as batteries, and a freight charge, read as before.
  test("batteries shipped alone stay batteries; a freight charge stays a service", () => {
    expect(read("LITHIUM ION BATTERY PACKS 48V UN3480 PI965 SEC IA")).toEqual(["Lithium-Ion Batteries"]);
    expect(reader.read("OCEAN FREIGHT CHARGES SHANGHAI-LA").status).toBe("service");
  });
});

describe("A garment or article named with its material is the article (terms.json, head-nouns.json)", () => {
  // On 366ea09: Cotton, Cotton, Glass, no good (the head "light"), no good ("W" read as a word), no good ("display").
  test.each([
    ["MENS COTTON BATH ROBES", ["Garments"]],
    ["GIRLS KNIT TOP 95% COTTON 5% SPANDEX", ["Garments"]],
    ["MONO GLASS SOLAR MODULE DOUBLE GLASS 450W", ["Solar Modules"]],
    ["CANNED TUNA CHUNK LIGHT IN BRINE", ["Fish"]],
    ["REMOTE CONTROL CAR TOY W/ BATTERY", ["Toys"]],
    ["DISPLAY FIREWORKS 1.3G SHELLS", ["Fireworks", "Pyrotechnics"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("Tooling, pet treats, synthetic handbags and charge lines name no good", () => {
  // On 366ea09 each read a good: Poultry, Footwear, Leather Goods/Accessories, and the good the charge was on.
  test.each(["CHICKEN JERKY DOG TREATS", "WOODEN SHOE LASTS", "WOMENS SYNTHETIC HANDBAGS 24 PCS"])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
  test.each(["CUSTOMS CLEARANCE - COTTON YARN", "DOCUMENTATION REVIEW - SOLAR MODULES", "PORT STORAGE 5 DAYS - FROZEN SHRIMP"])(
    "%s",
    (text) => {
      expect(reader.read(text).status).toBe("service");
    },
  );
  // Guard: a leather handbag is still the List's leather good.
  test("COWHIDE LEATHER HANDBAGS 200 PCS", () => {
    expect(read("COWHIDE LEATHER HANDBAGS 200 PCS")).toEqual(["Leather Goods/Accessories"]);
  });
});
