import { bundledProductReader } from "../../src/core/sector";
import { bundledCargoDescriptionReader } from "../../src/core/sector/cargo-description";

// Review of sector-61 and sector-62 (branch review-products-9), on texts written for the test, outside every labelled
// file (test/eval/products*.csv). Each group says how the texts read on main 4c8e0bd, before the fixes.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("A container line needs a foot mark, 'ft', a container type or 'container' (cargo-description.json)", () => {
  // On 4c8e0bd a bare "40 x 40" (a yarn count) or "4x20" (a size) was blanked out as a container line; the fabric line
  // lost its Textiles.
  test("a yarn count or a size is left", () => {
    const cargo = bundledCargoDescriptionReader();
    expect(cargo.read("Cotton poplin fabric 40x40 133x72").removed).toBe(false);
    expect(cargo.read("Wood screws 4 x 20 mm").removed).toBe(false);
    expect(read("Cotton fabric 40 x 40 yarn")).toEqual(["Textiles", "Thread/Yarn"]);
  });
  // Guards: container lines as B/L and manifests write them are still blanked out.
  test.each([
    ["Tomato paste 1X20'GP", "Tomato paste"],
    ["Tomato paste 2 x 40HC", "Tomato paste"],
    ["Tomato paste 1 x 20ft container", "Tomato paste"],
    ["Polysilicon 1 x 40 container", "Polysilicon"],
  ])("%s", (text, left) => {
    expect(bundledCargoDescriptionReader().read(text).text).toBe(left);
  });
});

describe("Double or dual glass stops Glass only in a solar module's name (terms.json Glass unless)", () => {
  // On 4c8e0bd these read no good: "double glass" / "dual glass" stopped Glass in every line.
  test.each(["Double glass window", "Borosilicate double glass mug", "Dual glass pane for greenhouse"])("%s", (text) => {
    expect(read(text)).toEqual(["Glass"]);
  });
  // Guards: the modules.
  test.each(["Double glass solar panel 550W", "SOLAR PV MODULE BIFACIAL DOUBLE GLASS 580W"])("%s", (text) => {
    expect(read(text)).toEqual(["Solar Modules"]);
  });
});

describe("A firework cake is not a baked good (terms.json Baked Goods unless)", () => {
  // On 4c8e0bd these read Baked Goods: "display firework(s)" took the words before "cake", which was left a cake.
  test.each(["Display fireworks cake 100 shots", "Display firework cake", "Fireworks cake 49 shots"])("%s", (text) => {
    expect(read(text)).toEqual(["Fireworks", "Pyrotechnics"]);
  });
});

describe("A soap owns its ingredients after 'with', not a gift set's towel (head-nouns.json outfits.owns)", () => {
  // On 4c8e0bd these read Soap alone: the towel and washcloth were taken as the soap's.
  test.each(["Gift set soap with cotton towel", "Soap with cotton washcloth"])("%s", (text) => {
    expect(read(text)).toEqual(["Soap", "Textiles"]);
  });
  // Guards: ingredients stay the soap's; a toy still owns any good named after "with".
  test.each([
    ["Soap with olive oil", ["Soap"]],
    ["Handmade soap with goat milk 100g", ["Soap"]],
    ["Teddy bear with cotton scarf", ["Toys"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});
