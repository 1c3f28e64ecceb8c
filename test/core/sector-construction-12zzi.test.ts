import { bundledProductReader } from "../../src/core/sector";

// The construction and facilities-management words of sector-64 (tuned on 2026-12zzi), on texts written for the test,
// outside every labelled file (test/eval/products*.csv). Each group says how the texts read on main 5d52e50, before.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("Site services that name the material they work on are services (terms.json services)", () => {
  // On 5d52e50 each read the material it works on as the line's good.
  test.each([
    "Diamond core drilling through granite plinth, 2 holes",
    "Sawcutting of brick coping, per cut",
    "Waste removal: plasterboard and timber offcuts, 1 skip",
    "PPE laundering: cotton coveralls, fortnightly",
    "Dayworks: 2 labourers moving bricks to scaffold",
  ])("%s", (text) => {
    expect(reader.read(text).status).toBe("service");
  });
});

describe("A customer's own goods and a haulier's load are not goods supplied (customerSupplied, carriage)", () => {
  // On 5d52e50 "supplied" and "delivery of" were goods cues there: the lines read Granite and Sand.
  test("a cue inside 'client-supplied' does not make a service supply goods", () => {
    expect(read("Installation of granite worktop, client-supplied granite")).toEqual([]);
  });
  test("'delivery of' in a haulage line names the load", () => {
    expect(read("Haulage - delivery of sharp sand from depot, 3 loads")).toEqual([]);
  });
  // Guards: a supply line stays goods, and so does a delivery without carriage.
  test.each([
    ["Supply and installation of granite sills", ["Granite"]],
    ["Delivery of 20 t road salt", ["Salt"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("Goods named by builders' trade words (terms.json)", () => {
  // On 5d52e50 these read no good.
  test.each([
    ["Treated CLS studwork 38x89 2.4m", ["Timber"]],
    ["Carcassing C24 47x150 4.8m", ["Timber"]],
    ["Featheredge 125mm pressure treated", ["Timber"]],
    ["Whitewood PAR 2x1", ["Timber"]],
    ["Brindle clay pavers 200x100", ["Bricks", "Bricks (clay)"]],
    ["10mm pea shingle 850kg", ["Gravel (crushed stones)"]],
    ["Anthracite small nuts 50kg", ["Coal"]],
    ["Euro cylinder 35/45 satin chrome", ["Locks"]],
    ["Navy boilersuit size 40", ["Garments"]],
    ["Back to wall WC pan white", ["Ceramics"]],
    ["Boltless shelving bay 1800mm", ["Furniture (steel)"]],
    ["Bevelled mirror 450x600", ["Glass"]],
    ["Powerwall 2 with gateway", ["Lithium-Ion Batteries"]],
    ["Tiger Neo 475W bifacial", ["Solar Modules"]],
    ["JA Solar JAM72D40 575W", ["Solar Modules"]],
    ["Video doorbell wired 1080p", ["Electronics"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: the same words elsewhere.
  test.each([
    "Asphalt roof shingles 3-tab",
    "Scaffold board clips galvanised",
    "Anthracite grey window frame",
    "Close coupled WC pan connector",
    "Solar panel bird guard mesh 20m",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("Colours, fittings and materials of other products (unless phrases and heads)", () => {
  // On 5d52e50 these read Gold, Charcoal, Garments, Bricks, Copper, Lithium-Ion Batteries, Textiles, Furniture.
  test.each([
    "Quartz vanity top Calacatta Gold 30mm",
    "Concrete paving slab charcoal 450x450",
    "Through-colour one coat render grey 25kg",
    "Brick slip adhesive grey 10kg",
    "Endfeed copper elbow 22mm",
    "NiMH battery pack 4.8V for exit sign",
    "Z-fold hand towels green 1-ply",
    "Stainless towel cabinet for roller towels",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
  // Guards: the goods themselves.
  test.each([
    ["Gold bullion bar 1kg", ["Gold"]],
    ["Lumpwood charcoal 10kg", ["Charcoal"]],
    ["Copper cathode grade A", ["Copper"]],
    ["Lithium-ion battery pack 48V", ["Lithium-Ion Batteries"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});
