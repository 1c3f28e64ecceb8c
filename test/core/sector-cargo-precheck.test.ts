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

describe("the cargo-description precheck of a table without patternsNeed", () => {
  it("reads every text when the table has patterns but no patternsNeed, and keys the statements alone without patterns", async () => {
    const { CargoDescriptionReader } = await import("../../src/core/sector/cargo-description");
    const withPatterns = new CargoDescriptionReader({ statements: ["said to contain"], patterns: ["\\bpallets?\\b"] });
    expect(withPatterns.read("10 pallets cotton towels").text).toBe("10 cotton towels");
    const statementsOnly = new CargoDescriptionReader({ statements: ["said to contain"], patterns: [] });
    expect(statementsOnly.needs.test("10 pallets cotton towels")).toBe(false);
    expect(statementsOnly.read("Said to contain: rice").text).toBe(": rice");
  });
});
