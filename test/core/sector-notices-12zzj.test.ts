import { bundledProductReader } from "../../src/core/sector";

// sector-65 (tuned on 2026-12zzj): English public-notice wording, on texts written for the test, outside every
// labelled file (test/eval/products*.csv). Each group says how the texts read on main f8a6073, before.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("A buyer's name or a kind of goods with a service word is no service (terms.json notServices)", () => {
  // On f8a6073 each was a service: "services", "cleaning", "repairs".
  test.each([
    ["Body worn cameras - Fire and Rescue Service", ["Electronics"]],
    ["Nitrile gloves - Ambulance Service", ["Rubber Gloves", "Gloves"]],
    ["Lot 1 - Paper towels and rubber gloves - Cleaning Products Framework", ["Rubber Gloves", "Gloves"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: a service naming a buyer stays a service.
  test.each(["Cleaning services for emergency services stations", "Laundry service for the ambulance service uniforms"])("%s", (text) => {
    expect(reader.read(text).status).toBe("service");
  });
});

describe("Services around a good: concessions, reuse, supply-chain audits (terms.json services, customerSupplied)", () => {
  // On f8a6073 each read the good it names.
  test.each([
    "Café concession at the leisure centre: coffee and cakes",
    "Furniture reuse scheme with a local charity",
    "Supply chain audit of cotton suppliers",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("Goods the notices name (terms.json)", () => {
  // On f8a6073 these read no good.
  test.each([
    ["Video conferencing equipment for council chamber", ["Electronics"]],
    ["Metal racking for the stores", ["Furniture (steel)"]],
    ["Solar PV supply and installation - leisure centre roof", ["Solar Modules"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("Words that name another thing (terms.json unless)", () => {
  // On f8a6073: Timber, Timber, Garments, Cattle and Bovines, Textiles and Garments.
  test.each([
    ["Timber fencing panels and posts for the allotments", []],
    ["Cross laminated timber floor cassettes", []],
    ["Stab vests (body armor) for wardens", []],
    ["Bovine leather hides, finished, for upholstery", ["Leather"]],
    ["Twill fabric (polyester/cotton) for uniform manufacture", ["Textiles"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("A named stone beside a word for stone gives Stones, not the whole family (products.ts)", () => {
  // On f8a6073 this read Stones, Stones (limestone), Stones (pumice) and Granite.
  test("Natural stone setts (granite) for the high street", () => {
    expect(read("Natural stone setts (granite) for the high street")).toEqual(["Stones", "Granite"]);
  });
  test("a word for stone alone still names the family", () => {
    expect(read("Natural stone setts for the high street")).toEqual(["Stones", "Stones (limestone)", "Stones (pumice)"]);
  });
});
