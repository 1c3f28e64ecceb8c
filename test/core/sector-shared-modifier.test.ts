import sharedJson from "../../src/data/sector/shared-modifier.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledSharedModifierReader, SharedModifierReader, type SharedModifierFile } from "../../src/core/sector/shared-modifier";

// The shared-modifier stage alone (src/core/sector/shared-modifier.ts, src/data/sector/shared-modifier.json), then
// through the product reader.
const shared = bundledSharedModifierReader();
const terms = new Set(["christmas decoration", "christmas ornament", "solar panel", "glove", "rubber glove"]);
const compounds = new Set([...terms, "paper towel"]);
/** The last word also in the plural, as the term table matches. */
const key = (words: readonly string[]) => [...words.slice(0, -1), words[words.length - 1].replace(/s$/, "")].join(" ");
const isTerm = (words: readonly string[]) => terms.has(key(words));
const isCompound = (words: readonly string[]) => compounds.has(key(words));

describe("shared modifiers: the stage alone", () => {
  test("the table has conjunctions and limits of at least one word", () => {
    const file = sharedJson as SharedModifierFile;
    expect(file.conjunctions.length).toBeGreaterThan(0);
    expect(() => new SharedModifierReader({ ...file, conjunctions: [] })).toThrow(/conjunctions/);
    expect(() => new SharedModifierReader({ ...file, maxAfterWords: 0 })).toThrow(/at least 1/);
  });

  test("a modifier that makes a term with the words after the conjunction is written again there", () => {
    expect(shared.read("Christmas tree and decorations", isTerm)).toEqual({
      text: "Christmas tree and Christmas decorations",
      repeated: ["Christmas"],
    });
    // Up to two words between the modifier and the conjunction; "&" joins too.
    expect(shared.read("CHRISTMAS TREE LIGHTING AND ORNAMENTS FOR EVENT", isTerm).text).toBe(
      "CHRISTMAS TREE LIGHTING AND CHRISTMAS ORNAMENTS FOR EVENT",
    );
    expect(shared.read("Solar inverters & panels", isTerm).text).toBe("Solar inverters & Solar panels");
  });

  test("an unless phrase of the table is repeated too, so that it stops its term", () => {
    expect(shared.read("Paper plates and towels", isTerm, isCompound).text).toBe("Paper plates and Paper towels");
    expect(shared.read("Paper plates and towels", isTerm).text).toBe("Paper plates and towels");
  });

  test("otherwise the text is left as written", () => {
    // The words after the conjunction are a term alone: nothing to add.
    expect(shared.read("Rubber boots and gloves", isTerm).repeated).toEqual([]);
    // No term with the modifier; too many words between; punctuation or a digit between.
    expect(shared.read("Christmas party and lunch", isTerm).repeated).toEqual([]);
    expect(shared.read("Christmas tree stands lights and decorations", isTerm).repeated).toEqual([]);
    expect(shared.read("Christmas tree, and decorations", isTerm).repeated).toEqual([]);
    expect(shared.read("Christmas 2027 and decorations", isTerm).repeated).toEqual([]);
    expect(shared.read("Tea and coffee", isTerm).repeated).toEqual([]);
  });
});

describe("shared modifiers: through the product reader", () => {
  const reader = bundledProductReader();

  test("the repeated modifier finds the good", () => {
    expect(reader.read("Christmas tree and decorations").goods).toEqual(["Christmas Decorations"]);
    expect(reader.read("Solar inverters and panels").goods).toEqual(["Solar Modules"]);
    expect(reader.read("Paper plates and towels").goods).toEqual([]);
  });

  test("texts without a shared modifier read as before", () => {
    expect(reader.read("Tea and coffee").goods).toEqual(["Tea", "Coffee"]);
    expect(reader.read("Christmas party").goods).toEqual([]);
  });
});
