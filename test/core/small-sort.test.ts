import fc from "fast-check";
import { sortShort } from "../../src/core/matching/small-sort";

describe("sortShort", () => {
  it("orders like the built-in sort, keeping equal items in their order", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 30 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey));
      }),
      { numRuns: 2000, seed: 41 },
    );
  });
});
