import { bundledProductReader } from "../../src/core/sector";
import { bundledSpendLabelReader } from "../../src/core/sector/spend-label";

// Review of sector-68 to sector-71 (branch review-products-12), on texts written for the test, outside every labelled
// file (test/eval/products*.csv). Each group says how the texts read on main 3920dca, before the fixes.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("A requesting unit is no unit when the count opens the line and the unit's words are the item (spend-label.json)", () => {
  // On 3920dca the words after "12 ea - " were set aside as a requesting unit even with no item before the count: the
  // line lost its only good (on ff06e2c, before sector-71, each read as below).
  test.each([
    ["Qty 12 ea - Cotton Tea Towels", ["Textiles"]],
    ["100 ea - Nitrile Gloves Large", ["Rubber Gloves", "Gloves"]],
    ["Order 4, 20 pk - Cotton Drill Shirts", ["Garments"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: a requesting unit after an item and its count is still set aside (sector-71's own texts).
  test.each([
    ["Monitor 27in Dell P2725H, 60 ea - Digital Services", ["Electronics"]],
    ["Gowns surgical XL, 120 ea - Te Whatu Ora Waikato", ["Garments"]],
  ])("%s", (text, goods) => {
    expect(reader.read(text)).toMatchObject({ status: "goods", goods });
  });
  test("the stage alone sets aside a unit that names no good", () => {
    expect(bundledSpendLabelReader().read("Monitor 27in Dell, 60 ea - Digital Services").labels).toEqual(["Digital Services"]);
  });
});

describe("A place's name does not take a good's word written before it (spend-label.json placeFeatures)", () => {
  // On 3920dca the place pattern took up to two capitalised words before River/Coast…, so in a title-cased line the
  // good's word before a one-word place went with it: "Wild Salmon Copper River fillets" had no Fish, "Cotton Shirts
  // Gold Coast" was Cotton, not Garments.
  test.each([
    ["Wild Salmon Copper River fillets", ["Fish"]],
    ["Tiger Prawns Gulf Coast 2kg", ["Shrimp"]],
    ["Cotton Shirts Gold Coast", ["Garments"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: the place is still set aside (sector-68's own texts).
  test.each([
    ["Coal River catchment - weed control", []],
    ["Salt Creek boat ramp - Workwear - Cotton drill cargo pants", ["Garments"]],
    ["Copper River salmon fillets", ["Fish"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("A good's term and a form word before an article name the article, not the good (sector-71 formOfLead)", () => {
  // On 3920dca "Soap foam dispenser" was Soap: the form word after the line's first term made the term the line's good
  // although an article (a dispenser) follows the form word and heads the phrase ("Soap dispenser" has no good).
  test("Soap foam dispenser", () => {
    expect(read("Soap foam dispenser")).toEqual(read("Soap dispenser"));
    expect(read("Soap foam dispenser")).toEqual([]);
  });
  // Guards: the good in its form (sector-71's own text).
  test.each([["Hand soap foam 1250 mL refill"], ["Hand soap foam"]])("%s", (text) => {
    expect(read(text)).toEqual(["Soap"]);
  });
});

describe("A two-word place that is an unless compound stays whole", () => {
  // Guard for the fix above: "tea tree" is an unless phrase of Tea, so Tea Tree Gully is the place and names no tea.
  test("Tea Tree Gully Council - weed control", () => {
    expect(read("Tea Tree Gully Council - weed control")).toEqual([]);
  });
});
