import { bundledProductReader } from "../../src/core/sector";
import { ThaiReader } from "../../src/core/sector/thai";

// The leftovers of the 2026-12zza (Thai) and 2026-12zzb (UK English) rounds and the Chinese 盐 words (docs/sector-risk.md,
// "Leftovers of 12zza and 12zzb"), on texts written for the test, outside every labelled file
// (test/eval/products*.csv). Each group says how the texts read on main d8e668c.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("Chinese words for a chemical or a solution hold 盐 wherever they stand (cjkBoundWords)", () => {
  // On d8e668c each read Salt: a Salt term (工业盐, 食盐, 海盐, 食用盐) ran into the word and more Chinese followed.
  test.each(["工业盐酸溶液 30% 25kg", "分析纯盐酸溶液 工业盐酸溶液桶装", "食盐水 500ml", "食用盐水 清洗用", "海盐水洗鼻 300ml", "食盐水溶液 1L", "海盐酸奶 200g"])(
    "%s names no salt",
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  // Guards: the salt itself, and a shoe word (cjkWords) entered by a shoe term before more Chinese, still read.
  test.each([
    ["工业盐 50公斤 融雪", ["Salt"]],
    ["海盐 细粒 1kg", ["Salt"]],
    ["儿童凉鞋带灯 夏季", ["Footwear", "Footwear (sandals)"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("product-line and brand names that stand for a good without a generic word (terms.json)", () => {
  // On d8e668c each read no good: the reader knew iPhone, iPad, MacBook and ThinkPad, not these lines.
  test.each([
    ["Apple AirPods Pro 2 USB-C", ["Electronics"]],
    ["Samsung Galaxy Tab S9 FE 128GB", ["Electronics"]],
    ["Kindle Paperwhite Signature Edition 32GB", ["Electronics"]],
    ["PlayStation 5 Slim Digital", ["Electronics"]],
    ["Xbox Series X 1TB", ["Electronics"]],
    ["Jellycat Amuseable Avocado", ["Toys"]],
    ["Hot Wheels Monster Trucks 4PK", ["Toys"]],
    ["Nescafe Azera Americano 100g", ["Coffee"]],
    ["Nespresso Ispirazione Roma x10", ["Coffee"]],
    ["Kenco Millicano 100g", ["Coffee"]],
    // a reindeer or snowflake motif is a street or window Christmas decoration
    ["Snowflake motif 1.5m LED for lamp columns", ["Christmas Decorations"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });

  // Guards: an accessory, a book, a subscription, a gift card, a machine's descaler, and Galaxy alone (a chocolate bar).
  test.each([
    "AirPods case silicone",
    "Kindle edition of The Salt Path",
    "Kindle Unlimited annual plan",
    "Xbox gift card 50",
    "Nespresso machine descaler",
    "Galaxy chocolate bar 42g",
  ])("%s names no good", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a product line's model number does not end the search for the head (head-nouns.json modelNames)", () => {
  // On d8e668c the number ended the search: the first two read Electronics, the third Electronics beside leather goods.
  test.each([
    ["iPad Air 5 folio case", []],
    ["MacBook Air 13 sleeve", []],
    ["iPhone 14 Pro leather case", ["Leather Goods/Accessories"]],
    // guard: a phone with its model and storage is the phone
    ["Apple iPhone 13 64GB refurbished", ["Electronics"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("a box, a can end, a key ring or refreshments named after a good (head-nouns.json)", () => {
  // On d8e668c each read the good named before the head (Cotton, Salt, Fish, Bananas, Rice, Carpets, Furniture).
  test.each([
    "Cotton box cube 30cm grey",
    "Salt box wooden",
    "Tuna can ends 211 dia",
    "Banana keyring resin",
    "Rice keychain souvenir",
    // a purpose word opening a phrase says what the head before it is for
    "Vacuum cleaners: for rugs and carpets",
    "Dust sheets: for furniture",
  ])("%s names no good", (text) => {
    expect(read(text)).toEqual([]);
  });

  // Guards: a box is the pack directly before a number, after a plural good or away from the good; an article of glass
  // stays Glass; a good bought for refreshments is still the good.
  test.each([
    ["Broccoli box 6kg", ["Broccoli"]],
    ["Lemons box 5kg", ["Citrus Fruits"]],
    ["Glass box with lid", ["Glass"]],
    ["Coffee beans for refreshments", ["Coffee"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("a class title before a colon, and seafood as the whole family (line-prefix.json, terms.json)", () => {
  // On d8e668c the title 'Seafood' added Fish to the item (Fish and Shellfish; Fish and Shrimp), and seafood read Fish.
  test.each([
    ["UNSPSC 5012 Seafood: Pacific oysters live dozen", ["Shellfish"]],
    ["UNSPSC 50121500 Seafood: king prawns raw 1kg", ["Shrimp"]],
    ["Frozen seafood mix 1kg", ["Fish", "Shellfish", "Shrimp", "Lobsters"]],
    // guard: an item naming the title's good
    ["UNSPSC 50121500 Seafood: Atlantic cod loins 2kg", ["Fish"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("a toy's outfit named after 'with' is the toy's (head-nouns.json outfits)", () => {
  // On d8e668c the outfit added its good: Fashion Accessories, Garments.
  test.each([
    ["Teddy bear with scarf and hat", ["Toys"]],
    ["Rag doll with cotton dress", ["Toys"]],
    // guard: an accessory with its own parts is still the accessory
    ["Cotton scarf with tassels", ["Fashion Accessories"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("English lines of the Thai exporter: head-on shrimp, carton plies, processing tables, shapes", () => {
  // On d8e668c: the shrimp read nothing ('shrimp head' was read across 'head-on'); the others read the good named.
  test.each([
    ["Black tiger shrimp, head-on, 16/20", ["Shrimp"]],
    ["Vannamei shrimp head on shell on 40/50", ["Shrimp"]],
    ["Corrugated boxes 3-ply for bananas", []],
    ["Fish-processing table stainless 2m", []],
    ["Banana-shaped cushion", []],
    // guards: shrimp heads are a by-product; a treadmill (tapis de course) is no carpet
    ["Frozen shrimp heads and shells", []],
    ["Tapis de course pliable 2m", []],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("a Thai line with English beside it: each script in its own order, the scripts apart (head-noun.ts)", () => {
  // On d8e668c: Rice, Shrimp (the English in brackets read head first, as the Thai), Textiles (the Thai fabric word read
  // as the head of the English shirts), Garments (jersey as a garment).
  test.each([
    ["FG-SN010 เส้นหมี่ข้าวกล้อง(BrownRiceVermicelli)", []],
    ["BP-010 น้ำนึ่งกุ้ง(ShrimpCookingJuice)", []],
    ["INV-1 Men's polo shirts เสื้อโปโลผ้าฝ้าย 5,000 pcs", ["Garments"]],
    ["RM-TX010 ผ้าCottonJersey40s", ["Textiles"]],
    ["Fitted sheets cotton jersey 90x190", ["Textiles"]],
    // guard: a jersey named after a garment is its fabric (attributeMaterials), as on d8e668c
    ["Kids pyjamas cotton jersey 2PK", ["Garments"]],
    // a jersey alone right after a good's term is the shirt, the good its kind (kindMaterials); on ac48348 these read
    // Soccer Balls (the jersey taken for the football's material)
    ["Football jersey size M", ["Garments"]],
    ["Replica football jersey polyester", ["Garments"]],
    // guard: the English name and the Thai name of one good
    ["INV-2 Frozen squid rings ปลาหมึกแช่แข็ง 2 MT", ["Shellfish"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});

describe("Thai registers: line-opening verbs, Thai lists after 'for', a read/write head (thai.json, products.ts)", () => {
  test("a verb the segmenter joined to the next word is cut off where the rest spells a word of the lexicon", () => {
    const thai = new ThaiReader(["รองเท้าแตะ", "รองเท้าบูท"], [], ["รับ", "เบิก"]);
    expect(thai.read("รับรองเท้าแตะยาง")).toBe("รับ รองเท้า แตะ ยาง");
    // without the verbs, the segmenter's cut stands; a word that is no word of the lexicon after the verb stays whole
    expect(new ThaiReader(["รองเท้าแตะ"]).read("รับรองเท้าแตะยาง")).toBe("รับรอง เท้า แตะ ยาง");
    expect(thai.read("รับรองมาตรฐาน")).toBe("รับรอง มาตรฐาน");
  });

  // On d8e668c: none (รับรอง, certify, read across รับ and รองเท้า; หัว read as the article head of a hard disk), and
  // Fish for the machine (the "for" word covered only the first good of the list).
  test.each([
    ["GRPO รับรองเท้าบูทยาง 50คู่", ["Footwear"]],
    ["รับรองเท้าผ้าใบนักเรียน 200คู่", ["Footwear"]],
    ["หัวอ่านเขียนสำหรับฮาร์ดดิสก์ 2.5นิ้ว", ["Electronics"]],
    ["เครื่องจักรสำหรับแปรรูปกุ้ง ปลา ปู", []],
    // guards: a certificate (รับรอง) is no good; a received good is the good
    ["รับรองมาตรฐาน ISO 9001", []],
    ["รับกุ้งขาวสด 500กก.", ["Shrimp"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
});
