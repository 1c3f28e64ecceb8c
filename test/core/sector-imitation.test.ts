import imitationJson from "../../src/data/sector/imitation.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledImitationReader, ImitationReader, type ImitationFile } from "../../src/core/sector/imitation";

// The imitation stage alone (src/core/sector/imitation.ts, src/data/sector/imitation.json), then through the product
// reader.
const imitation = bundledImitationReader();
const never = () => false;
const boundary = (w: string) => ["for", "with", "and"].includes(w);
const zeros = (tokens: readonly string[]) => tokens.map(() => 0);

describe("imitation and colour words: the stage alone", () => {
  test("the table's words are single Latin words", () => {
    const file = imitationJson as ImitationFile;
    expect(file.before.length).toBeGreaterThan(0);
    expect(file.after.length).toBeGreaterThan(0);
    expect(() => new ImitationReader({ ...file, before: ["faux leather"] })).toThrow(/one Latin word/);
  });

  test("a word directly before or after the good makes it a look", () => {
    const t = ["imitation", "gold", "leaf", "sheets"];
    expect(imitation.latin(t, zeros(t), 1, 3, never)).toBe(true);
    const u = ["gold", "tone", "costume", "crowns"];
    expect(imitation.latin(u, zeros(u), 0, 1, never)).toBe(true);
    const v = ["brass", "effect", "cabinet", "handles"];
    expect(imitation.latin(v, zeros(v), 0, 1, never)).toBe(true);
    // Not across a phrase: "Faux, leather" names leather in its own phrase.
    expect(imitation.latin(["faux", "leather"], [0, 1], 1, 2, never)).toBe(false);
    // Only directly: "Gold leaf sheets" is gold.
    const w = ["gold", "leaf", "sheets"];
    expect(imitation.latin(w, zeros(w), 0, 2, never)).toBe(false);
  });

  test("a good named after a paint word in its phrase is the paint's colour, not after a boundary or a digit", () => {
    const t = ["masonry", "paint", "sandstone", "10l"];
    expect(imitation.latin(t, zeros(t), 2, 3, boundary)).toBe(true);
    const u = ["paint", "for", "glass"];
    expect(imitation.latin(u, zeros(u), 2, 3, boundary)).toBe(false);
    const v = ["paint", "5l", "sandstone"];
    expect(imitation.latin(v, zeros(v), 2, 3, boundary)).toBe(false);
  });

  test("a good inside a colour name of the table is the colour; a colour name must be two words", () => {
    const t = ["rug", "charcoal", "grey", "160x230"];
    expect(imitation.latin(t, zeros(t), 1, 2, never)).toBe(true);
    const u = ["charcoal", "briquettes", "grey", "bag"];
    expect(imitation.latin(u, zeros(u), 0, 1, never)).toBe(false);
    expect(() => new ImitationReader({ ...(imitationJson as ImitationFile), colourNames: ["grey"] })).toThrow(/two or more/);
  });

  test("Chinese: 仿 before and 色 after a good", () => {
    expect(imitation.cjk("仿黄金项链", 1, 3)).toBe(true);
    expect(imitation.cjk("黄金色", 0, 2)).toBe(true);
    expect(imitation.cjk("黄金项链", 0, 2)).toBe(false);
  });

  test("a good that is an imitation itself stays", () => {
    expect(imitation.keeps("Artificial Flowers")).toBe(true);
    expect(imitation.keeps("Gold")).toBe(false);
  });
});

describe("imitation and colour words: through the product reader", () => {
  const reader = bundledProductReader();
  test.each([
    "Imitation gold leaf sheets 100",
    "Gold-tone costume crowns",
    "Brass-effect cabinet handles",
    "Masonry paint sandstone 10L",
    "Faux leather swatch card",
    "Silver colour zip pulls",
    "Chrome-finish door handles, brass-finish knobs",
  ])("%s names no good", (text) => {
    expect(reader.read(text).goods).toEqual([]);
  });

  test.each([
    ["Gold leaf sheets 24ct", "Gold"],
    ["Solid brass cabinet handles", "Brassware"],
    ["Sandstone paving slabs", "Sandstone"],
    ["Faux silk flowers", "Artificial Flowers"],
    ["Rug charcoal grey 160x230", "Carpets"],
    ["Lumpwood charcoal, grey bag", "Charcoal"],
    ["Artificial silk flowers bouquet", "Artificial Flowers"],
  ])("%s is still %s", (text, good) => {
    expect(reader.read(text).goods).toContain(good);
  });

  test.each([
    ["Rug charcoal grey 160x230", ["Carpets"]],
    ["Olive green cargo trousers", ["Garments"]],
  ])("%s is %j, not the good its colour is named after", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("imitation and colour words: metallic and pattern (2026-12r)", () => {
  const reader = bundledProductReader();
  test("a good directly followed by 'metallic' or 'pattern' is a look", () => {
    expect(reader.read("Lily pattern").goods).toEqual([]);
    expect(reader.read("Gold metallic").goods).toEqual([]);
    // Without the look word the good is read.
    expect(reader.read("Lilies").goods).toEqual(["Flowers"]);
    expect(reader.read("Gold bullion").goods).toContain("Gold");
  });
});
