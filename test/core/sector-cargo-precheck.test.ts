// The cargo-description stage's cheap precheck (speed only, cargo-description.json patternsNeed and the statements'
// words): it must admit every product text of the evaluation files that holds a statement or a coded part, and turn
// away texts without one.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { bundledCargoDescriptionReader } from "../../src/core/sector/cargo-description";
import { loadProductCases } from "../eval/products";

describe("the cargo-description precheck", () => {
  const reader = bundledCargoDescriptionReader();
  const any = (reader as unknown as { any: RegExp }).any;
  const dir = join(__dirname, "..", "eval");
  const texts = readdirSync(dir)
    .filter((f) => /^products.*\.csv$/u.test(f))
    .flatMap((f) => loadProductCases(join(dir, f)).map((c) => c.product));

  it("admits every evaluation text with a statement or a coded part", () => {
    const held = texts.filter((t) => any.test(t));
    expect(held.length).toBeGreaterThan(50);
    for (const t of held) expect([t, reader.needs.test(t)]).toEqual([t, true]);
  });

  it("admits the stage's own examples and turns plain goods away", () => {
    for (const t of [
      "SHIPPERS LOAD STOW & COUNT MENS T-SHIRTS",
      "Said to contain: cotton towels",
      "Li-ion batteries packed with equipment",
      "FREIGHT COLLECT",
      "footwear upper textile outsole rubber",
    ])
      expect([t, reader.needs.test(t)]).toEqual([t, true]);
    expect(reader.needs.test("Nitrile gloves powder free, blue")).toBe(false);
    expect(reader.read("Nitrile gloves powder free, blue")).toEqual({ text: "Nitrile gloves powder free, blue", removed: false });
  });
});
