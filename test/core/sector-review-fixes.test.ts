import { bundledProductReader } from "../../src/core/sector";
import { CompoundReader } from "../../src/core/sector/compound";
import { isJapanese } from "../../src/core/sector/japanese";

// The review fixes of sector-41 (docs/sector-risk.md, "Review fixes of the compound and Japanese stages"), on texts
// outside every labelled batch: a Dutch trip is not German rice, a place name in -broek is no trousers, "a glimmer of
// hope" is no mica, a Japanese "fishmeal-free" sets aside only the fishmeal, a Chinese brand's stylised の does not make
// a Chinese text Japanese, and German forms such as paste and mark follow foods only.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("exclusions hold across every compound table", () => {
  test.each(["Zakenreis Parijs", "Vliegreis", "Groepsreis", "Rondreis", "Dienstreis", "Treinreis", "Studiereis China", "Busreis Berlijn"])(
    "%s is a trip, not rice",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  test.each(["Basmatireis 5 kg", "Jasminreis lose", "Langkornreis parboiled"])("%s is still rice", (text) => {
    expect(goods(text)).toContain("Rice");
  });

  test("an exclusion of one table stops a split by another", () => {
    const stage = new CompoundReader(
      { abbreviations: {}, minPart: 4, heads: ["reis"], modifiers: [], forms: [], exclusions: [] },
      { abbreviations: {}, minPart: 4, heads: [], modifiers: [], forms: [], exclusions: ["zakenreis"] },
    );
    expect(stage.read("Zakenreis", () => false)).toBe("Zakenreis");
    expect(stage.read("Basmatireis", () => false)).toBe("basmati reis");
  });
});

describe("Dutch trousers are compounds of the term table, not a head", () => {
  test.each(["Meubelfabriek Zuidbroek", "Loosbroek", "Transport Oosterbroek BV"])("%s is a place or name", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test.each(["Werkbroek grijs maat 52", "Spijkerbroeken 20 st.", "Damesbroek zwart"])("%s is a garment", (text) => {
    expect(goods(text)).toContain("Garments");
  });
});

describe("glimmer is German mica only in a compound", () => {
  test("an English glimmer is no mica", () => {
    expect(goods("a glimmer of hope for the market")).toEqual([]);
  });
  test.each(["Glimmerpulver 1 kg", "Glimmerplatten 0,5 mm"])("%s is mica", (text) => {
    expect(goods(text)).toContain("Mica");
  });
});

describe("German forms paste and mark follow foods only; bath salts are no salt", () => {
  test.each(["Kupferpaste 100 g", "Silberpaste 20 g", "Goldmark 1873", "Badesalz Lavendel 500 g"])("%s", (text) => {
    expect(goods(text)).toEqual([]);
  });
  test.each([
    ["Tomatenmark 2-fach 800 g", "Tomato Products"],
    ["Haselnusspaste 1 kg", "Hazelnuts"],
    ["Meersalz grob 1 kg", "Salt"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("Japanese: a word naming a product made from a good is set aside, not the whole text", () => {
  test.each([
    ["冷凍えび 魚粉不使用", "Shrimp"],
    ["ティラピア 魚粉フリー飼料で養殖", "Tilapia (fish)"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
  test("fishmeal alone names no good", () => {
    expect(goods("チリ産 魚粉 25kg")).toEqual([]);
  });
});

describe("a Japanese text needs kana other than a borrowed の", () => {
  test("a Chinese brand with の is Chinese", () => {
    expect(isJapanese("優の良品 手袋")).toBe(false);
    expect(goods("優の良品 手袋")).toContain("Leather Goods/Accessories");
    expect(goods("優の良品 手袋")).not.toContain("Gloves");
  });
  test("Japanese with other kana, or の twice, is Japanese", () => {
    expect(isJapanese("作業用の手袋 Lサイズ")).toBe(true);
    expect(isJapanese("日本の職人の手袋")).toBe(true);
    expect(goods("作業用の手袋 Lサイズ")).toContain("Gloves");
  });
});
