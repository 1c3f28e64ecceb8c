import { bundledProductReader } from "../../src/core/sector";

// Tuning on the 2026-12zzd batch (Canadian S-211 registers, English and Québec French; docs/sector-risk.md,
// "Canadian registers: Québec French and retail words (12zzd)"), on texts written for the test, outside every
// labelled file (test/eval/products*.csv). Each group says how the texts read on main ebbe98c.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("Québec French and retail words for a good (terms.json)", () => {
  // On ebbe98c each read no good.
  test.each([
    ["Bleuets congelés 2 kg", ["Blueberries"]],
    ["Bois d'œuvre pin 2x4x8, 50 mcx", ["Timber"]],
    ["Tuque en tricot marine", ["Garments"]],
    ["Chandail de hockey junior rouge", ["Garments"]],
    ["Smart watch with sleep tracking", ["Electronics"]],
    ["Montre intelligente noire", ["Electronics"]],
    ["Fingertip pulse oximeter with lanyard", ["Electronics"]],
    ["Fisher-Price Rock-a-Stack", ["Toys"]],
    ["Dark roast K-Cup pods 24CT", ["Coffee"]],
    ["Party shrimp ring 454 g", ["Shrimp"]],
    ["Washcloths cotton terry, pack of 6", ["Textiles"]],
    ["Boules de Noël rouges, 12 mcx", ["Christmas Decorations"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("French words read in another sense (terms.json)", () => {
  // On ebbe98c: "en grains" read Cereal Grains, "blé d'Inde" Wheat, tomates beside a tomato product also Tomatoes.
  test.each([
    ["Fromage en grains salé 250 g", ["Dairy Products"]],
    ["Blé d'Inde en grains surgelé 2 kg", ["Corn", "Cereal Grains"]],
    ["Tomates broyées 2,84 L", ["Tomato Products"]],
    ["Jus de tomate bio 1 L", ["Tomato Products"]],
    ["Crushed tomatoes with basil 796 ml", ["Tomato Products"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guards: plain French wheat and fresh tomatoes still read.
  test.each([
    ["Farine de blé tendre 20 kg", ["Wheat"]],
    ["Café en grains équitable 1 kg", ["Coffee"]],
    ["Tomates fraîches de serre 5 kg", ["Tomatoes"]],
    ["Glass-glass bifacial PV modules 550 W", ["Solar Modules"]],
    ["Tech accessories: phone cases and chargers", ["Electronics"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("a good's word as a flavour, substitute, care product, article, label or service names no good", () => {
  // On ebbe98c each read a good.
  test.each([
    "Sucre d'érable granulé 500 g",
    "Coffee Crisp minis 300 g",
    "Sour cream & onion kettle crisps",
    "Iced tea lemon 2 L",
    "Plant-based ground beef 340 g",
    "Lotion au beurre de cacao 250 ml",
    "Étui en silicone pour iPhone",
    "Copier paper legal 20lb, printer or copier paper",
    "Rubber boot tray / plateau à bottes",
    "Carpet & upholstery shampoo 946 ml",
    "Woven care labels 100% cotton",
    "Brique de béton grise, palette",
    "Reprocessing of surgical instruments",
    "Repointing of brick wall",
    "Ressemelage de bottes, 3 paires",
    "Torréfaction à façon de café vert",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a safety mark or a shoe part after the article is not its head (head-nouns.json attributePhrases); tinned and crushed-stone words (terms.json)", () => {
  // On ebbe98c: the boots read Leather (head 'patch'), the tomatoes Tomatoes, the crushed stone no good.
  test.each([
    ["Work boots leather CSA green patch 8 in", ["Footwear"]],
    ["Peeled plum tomatoes 2.5 kg tin", ["Tomato Products"]],
    ["Whole peeled San Marzano tomatoes DOP 400 g", ["Tomato Products"]],
    ["Pierre concassée 0-3/4, 20 t", ["Gravel (crushed stones)"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  // Guard: a shoe read with its upper named before it.
  test.each([["Hiking boots, suede upper, size 9", ["Footwear"]]])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});
