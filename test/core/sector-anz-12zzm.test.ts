import spendLabelJson from "../../src/data/sector/spend-label.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledSpendLabelReader, SpendLabelReader, type SpendLabelFile } from "../../src/core/sector/spend-label";

// sector-68 (tuned on 2026-12zzm): Australian and New Zealand spend lines, on texts written for the test, outside every
// labelled file (test/eval/products*.csv). Each group says how the texts read on main ff06e2c, before.
const reader = bundledProductReader();
const read = (text: string) => [...reader.read(text).goods].sort();
const sorted = (goods: string[]) => [...goods].sort();
const labels = bundledSpendLabelReader();

describe("spend-label stage: the table", () => {
  test("label words and place features are not empty; a name has at least one word", () => {
    const file = spendLabelJson as SpendLabelFile;
    expect(file.costCentres.length).toBeGreaterThan(0);
    expect(file.placeFeatures.length).toBeGreaterThan(0);
    expect(file.maxNameWords).toBeGreaterThanOrEqual(1);
    expect(() => new SpendLabelReader({ ...file, placeFeatures: [" "] })).toThrow(/empty/);
  });
});

describe("spend-label stage alone", () => {
  test("a cost centre: the label, its code and its capitalised name are set aside", () => {
    expect(labels.read("Cargo pants navy - CC 2301 Maintenance")).toEqual({
      text: "Cargo pants navy -  ",
      labels: ["CC 2301 Maintenance"],
    });
    expect(labels.read("Laptops, CC 9001 ICT").labels).toEqual(["CC 9001 ICT"]);
    expect(labels.read("Cost centre 4410 - accrual").labels).toEqual(["Cost centre 4410"]);
    expect(labels.read("Toner, cost center: 77 Admin Services").labels).toEqual(["cost center: 77 Admin Services"]);
  });

  test("not cubic centimetres, not an item code, not a lower-case continuation", () => {
    expect(labels.read("Engine oil 500 CC 2 stroke").labels).toEqual([]);
    expect(labels.read("Item CC-10: cocoa beans").labels).toEqual([]);
    expect(labels.read("CCTV camera 4 ch").labels).toEqual([]);
    expect(labels.read("CC 2301 maintenance of laptops").labels).toEqual(["CC 2301"]);
  });

  test("a place: one or two capitalised words before a capitalised feature word", () => {
    expect(labels.read("Coal River catchment - weed control").labels).toEqual(["Coal River"]);
    expect(labels.read("Tea Tree Gully - services").labels).toEqual(["Tea Tree Gully"]);
    expect(labels.read("Gold Coast office lease").labels).toEqual(["Gold Coast"]);
    expect(labels.read("River sand washed 10 t").labels).toEqual([]);
    expect(labels.read("coal river barge").labels).toEqual([]);
  });
});

describe("spend labels through the product reader", () => {
  // On ff06e2c: service (the cost centre's Maintenance), Coal, Gold, Salt.
  test.each([
    ["Hi-vis shirts cotton drill, 60 ea - CC 2301 Maintenance", ["Garments"]],
    ["Coal River landcare grant - weed control", []],
    ["Gold Coast depot - rent", []],
    ["Salt Lake office - rent", []],
    ["Coal thermal 5,000 t - CC 4410 Site Ops", ["Coal"]],
  ])("%s → %j", (text, expected) => {
    expect(read(text)).toEqual(sorted(expected));
  });
});

describe("terms.json: Australian and New Zealand words", () => {
  // On ff06e2c: all unmapped, or Cotton for the singlet.
  test.each([
    ["Thongs EVA adult sz 10, 20 pr", ["Footwear", "Footwear (sandals)"]],
    ["Jandals kids assorted, 30 pr", ["Footwear", "Footwear (sandals)"]],
    ["Boardies mens sz L, 10 ea", ["Garments"]],
    ["Rashie long sleeve UPF50+, 40 ea", ["Garments"]],
    ["Oilskin jacket, 6 ea", ["Garments"]],
    ["Singlets cotton white sz M, 30 ea", ["Garments"]],
    ["Doona covers single polycotton, 20 ea", ["Textiles"]],
    ["Park benches aluminium frame, 3 ea", ["Furniture"]],
    ["Bikkies assorted 500g x 10", ["Baked Goods"]],
    ["Pine sawn 90x45 rough, 2 m3", ["Timber"]],
    ["Solar PV 10kW supply & install - community hall", ["Solar Modules"]],
    // Underwear: a garment, not a sandal (the lead's fix after sector-68, which left it unmapped).
    ["Lace thongs ladies 3 pack", ["Garments"]],
    ["Thong briefs cotton, 5 pack", ["Garments"]],
  ])("%s → %j", (text, expected) => {
    expect(read(text)).toEqual(sorted(expected));
  });

  // On ff06e2c: Tea, Electronics, Cattle, Cotton, Embellished Textiles, Solar Modules (none holds these goods).
  test.each([
    ["Morning tea - audit committee", []],
    ["Afternoon tea catering, 30 pax", []],
    ["Mobile phone plans, 12 months", []],
    ["E-waste collection - monitors and laptops", []],
    ["Cattle grids 3.6m, supply only", []],
    ["Cotton On Kids gift cards", []],
    ["Uniform embroidery - 40 polos", []],
    ["Workwear embroidery, 40 ea", []],
    ["Solar PV inverter replacement 8kW", []],
  ])("%s → %j", (text, expected) => {
    expect(read(text)).toEqual(sorted(expected));
  });

  test("tea bags stay Tea; a cattle grid line with live cattle stays Cattle", () => {
    expect(read("Tea bags 100/box - staffroom")).toEqual(["Tea"]);
    expect(read("Live cattle, 40 head")).toEqual(sorted(["Cattle", "Bovines"]));
  });
});
