import { bundledProductReader } from "../../src/core/sector";
import { bundledJapaneseReader, isJapanese, JapaneseReader } from "../../src/core/sector/japanese";
import { foldText } from "../../src/core/normalise/text";

// The Japanese stage and the Japanese words added on 2026-12zn (docs/sector-risk.md, "Japanese: kana, readings and
// katakana words"). Every text is outside 12zn; a case marked "guard" passes on the tables before.

describe("Japanese texts are recognised by their kana", () => {
  test("kana marks a text Japanese; hanzi alone do not", () => {
    expect(isJapanese("ゴム手袋 Ｌサイズ")).toBe(true);
    expect(isJapanese("てぶくろ")).toBe(true);
    expect(isJapanese("皮革手袋 女式")).toBe(false);
    expect(isJapanese("leather handbag")).toBe(false);
  });

  test("readings are written in Japanese texts only, longest first", () => {
    const ja = new JapaneseReader({ readings: { 手袋: "手套", ゴム手袋: "橡胶手套" }, gluedHeads: [] });
    expect(ja.read("作業用ゴム手袋")).toBe("作業用橡胶手套");
    expect(ja.read("革の手袋です")).toBe("革の手套です");
    expect(ja.read("真皮手袋 黑色")).toBe("真皮手袋 黑色");
  });

  test("every reading of the bundled table is written as a term the table knows (checked at construction)", () => {
    expect(bundledJapaneseReader().readingTerms).toContain("手套");
  });
});

describe("手袋: gloves in Japanese, a handbag in Chinese", () => {
  const reader = bundledProductReader();
  test.each([
    ["防寒手袋 フリース 黒 フリーサイズ", ["Gloves"]], // guard: passes on the tables before
    ["ゴム手袋 ロング 園芸用 Ｍ", ["Rubber Gloves", "Gloves"]],
    ["ニトリル手袋 使い捨て ホワイト Ｓ １００枚", ["Rubber Gloves", "Gloves"]],
    ["ラテックス手袋 パウダー付 Ｌ", ["Rubber Gloves", "Gloves"]],
    ["真皮手袋 女士 黑色", ["Leather Goods/Accessories"]], // guard: Chinese, a handbag, as before
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("a katakana term is a word of its own", () => {
  const ja = bundledJapaneseReader();
  test("stands: not glued to katakana, unless a glued head after katakana", () => {
    const key = foldText("ガラスープ");
    expect(ja.stands(key, 0, 3)).toBe(false);
    expect(ja.stands(foldText("ガラス瓶"), 0, 3)).toBe(true);
    expect(ja.stands(foldText("ドレスシャツ"), 3, 6)).toBe(true);
    expect(ja.stands(foldText("ドレスパンツ"), 3, 6)).toBe(false);
  });

  const reader = bundledProductReader();
  test.each([
    ["豚ガラスープ 濃縮 ２ｋｇ", []],
    ["コーヒーミル 手動 セラミック刃", []],
    ["コーヒーカップ 陶器 ２客セット", ["Ceramics"]],
    ["ガラス瓶 ５００ｍｌ 広口", ["Glass"]], // guard
    ["ドリップコーヒー 深煎り ５０袋", ["Coffee"]], // guard: a glued head, read before
    ["ドレスシャツ 長袖 白 ４１－８２", ["Garments"]],
    ["レザーサンダル メンズ ２６ｃｍ", ["Footwear", "Footwear (sandals)"]],
    ["ハンドタオル 綿 ３枚組", ["Textiles"]],
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("full-width letters and digits are folded before reading", () => {
  const reader = bundledProductReader();
  test.each([
    ["ＰＶモジュール ５５０Ｗ 両面発電", ["Solar Modules"]],
    ["ＳＩＲ２０ 天然ゴム １．２６ｔ", ["Rubber"]], // guard: NFKC folding was already in foldText
    ["ｺｰﾋｰ豆 ﾌﾞﾗｼﾞﾙ ５ｋｇ", ["Coffee"]], // guard: half-width katakana, folded before
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("Japanese names of goods (kanji, hiragana, katakana)", () => {
  const reader = bundledProductReader();
  test.each([
    ["綿糸 ４０番手 ペルー産", ["Thread/Yarn"]],
    ["原綿 米国産 ミドリング", ["Cotton"]],
    ["甘しゃ糖 原料糖 豪州産", ["Sugarcane"]],
    ["むきえび 大 ５００ｇ 冷凍", ["Shrimp", "Shellfish"]],
    ["ボイルたこ 刺身用", ["Shellfish"]],
    ["ティラピア フィレ 無塩", ["Tilapia (fish)", "Fish"]],
    ["ぬいぐるみ うさぎ ２０ｃｍ", ["Toys"]],
    ["太陽電池セル 単結晶 ２１０ｍｍ", ["Solar Cells"]],
    ["ノートPC 15.6インチ 再生品", ["Electronics"]],
    ["手持ち花火 スパーク ３０本", ["Fireworks", "Pyrotechnics"]],
    ["造花 バラ ピンク １本", ["Artificial Flowers"]],
    ["ウィッグ ロングストレート 黒", ["Hair Products"]],
    ["赤れんが 花壇用 ２１０×１００", ["Bricks", "Bricks (clay)"]],
    ["バスマティ米 ５ｋｇ パキスタン産", ["Rice", "Cereal Grains"]],
    ["シリコンインゴット Ｐ型 ８インチ", ["Photovoltaic Ingots"]],
    ["単結晶ウエハ １６６ｍｍ", ["Photovoltaic Wafers"]],
    ["ダイニングチェア 肘付き オーク", ["Furniture"]],
    ["ジュート ラグ 手編み", ["Jute (textiles)"]],
    ["ココアバター ディスク ナチュラル", ["Cocoa"]],
    ["粗糖 ブラジル産 ＶＨＰ", ["Sugarcane"]],
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("Japanese services, packaging and foods made from a good", () => {
  const reader = bundledProductReader();
  test.each([
    ["航空運賃 ホーチミン→関空 コーヒー豆サンプル", []],
    ["通関手数料 綿花 輸入申告 ５件", []],
    ["貨物保険料 コーヒー生豆 ＣＩＦ 横浜", []],
    ["不良品 廃棄 ゴム手袋 ２パレット", []],
    ["出荷遅延 値引 太陽光パネル ５０枚", []],
    ["サンプル代 ladies blouse 品番A-12", []],
    ["金型代 プラスチック玩具 部品", []],
    ["受入検査 太陽光パネル ロット２４", []],
    ["ミルクチョコレート カカオ３５％ 板", []],
    ["絹ごし豆腐 国産大豆 ３００ｇ", []],
    ["ペットボトル 緑茶 ２Ｌ×６本", []],
    ["魚粉 飼料原料 チリ産", []],
    ["犬用 おもちゃ ロープ 天然ゴム", []],
    ["耐火レンガ マグネシアクロム 電炉用", []],
    ["太陽光パネル 架台 地上設置用", []],
    ["えびせんべい 化粧箱入", []],
    ["ウェットスーツ レンタル料 ２日", []],
    ["Tシャツ 刺繍入り 胸ロゴ 白", ["Garments"]],
    ["冷冻沙丁鱼 整条 鱼粉厂用 20吨", ["Fish"]], // guard: Chinese, whole fish for a fishmeal plant, as before // trap of a new term (えび): passes before, when えび was not read
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});
