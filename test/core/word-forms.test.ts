import { bundledTables } from "../../src/core";
import { wordFormVariants } from "../../src/core/normalise/word-forms";

const rule = { endings: ["ing", "ion", "ions", "ive", "ives", "e"], minStem: 6 };

describe("word forms", () => {
  it("reads generic words that differ only in their ending as the shortest", () => {
    const forms = wordFormVariants(["warehouse", "warehousing", "innovation", "innovative", "gloves"], rule);
    expect(forms.get("warehousing")).toBe("warehouse");
    expect(forms.get("innovative")).toBe("innovation");
    expect(forms.has("warehouse")).toBe(false);
    expect(forms.has("gloves")).toBe(false);
  });

  it("prefers the spelling the caller gives, and keeps short stems and other endings apart", () => {
    const forms = wordFormVariants(
      ["cooperation", "cooperative", "machine", "machinery", "trade", "trading"],
      rule,
      (w) => w === "cooperative",
    );
    expect(forms.get("cooperation")).toBe("cooperative");
    expect(forms.has("machinery")).toBe(false); // -ry is no ending here
    expect(forms.has("trading")).toBe(false); // the stem "trad" is short
  });

  it("joins the bundled tables' forms through the abbreviation table", () => {
    const tables = bundledTables();
    expect(tables.abbreviations.get("warehousing")).toBe("warehouse");
    expect(tables.abbreviations.get("cooperation")).toBe(tables.abbreviations.get("coop"));
    expect(tables.abbreviations.get("machinery")).not.toBe(tables.abbreviations.get("machine") ?? "machine");
  });
});
