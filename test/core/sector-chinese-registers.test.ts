import { bundledProductReader } from "../../src/core/sector";

// A Chinese manufacturer's registers (material masters, POs, stock lines, customs names, marketplace titles): garment
// and fabric words, goods in run-together specifications, Chinese words that hold a good's characters and name another
// thing, Chinese purpose words, and the moulds, parts, packaging and charges named after a good (docs/sector-risk.md,
// "Chinese registers: compound words, purpose words, moulds and parts"), on texts written for the test, outside the
// batch test/eval/products-heldout-2026-12zx.csv.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const goods = (text: string) => read(text).goods;

describe("Chinese garment, fabric and trade words", () => {
  test.each([
    ["男童开衫 纯棉 120码", ["Garments"]],
    ["连帽卫衣 加厚 XL", ["Garments"]],
    ["轻薄羽绒服 男款 藏青", ["Garments"]],
    ["羊毛套头衫 灰色 L", ["Garments"]],
    ["休闲长裤 女 夏季", ["Garments"]],
    ["全棉漂白布 150cm幅宽", ["Textiles"]],
    ["精梳汗布40S 140克", ["Textiles"]],
    ["涤棉单纱 T/C 45S", ["Thread/Yarn"]],
    ["USB电源适配器5V1A", ["Electronics"]],
    ["儿童智能手表 定位 4G", ["Electronics"]],
    ["三元锂电池包48V 电动车", ["Lithium-Ion Batteries"]],
    ["番茄丁 罐装 2.5kg", ["Tomato Products"]],
    ["番茄沙司 小包装 10g", ["Tomato Products"]],
    ["水泥钉 3寸 1公斤", ["Nails"]],
    ["金锭 1kg 投资", ["Gold"]],
    ["圣诞彩球 塑料 6cm", ["Christmas Decorations"]],
    ["石英坩埚 28寸", ["Ceramics"]],
    ["耐火砖 黏土质 230x114x65", ["Bricks", "Bricks (clay)"]],
    ["棕榈油24度 罐车", ["Refined Palm Oil"]],
  ])("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });

  test("shelled and headless (去头去壳) describe the shrimp; the shell is not an accessory head", () => {
    expect(goods("冷冻虾仁去头去壳 1kg")).toContain("Shrimp");
  });

  test("the HS wording for cells not assembled in modules (未装在组件内) names cells, not modules", () => {
    expect(goods("未装在组件内或组装成块的光电池 PERC")).toEqual(["Solar Cells"]);
  });
});

describe("Chinese words that hold a good's characters and name another thing", () => {
  test.each([
    ["盐酸 分析纯 500ml"],
    ["工业盐酸 桶装 25kg"],
    ["牛皮纸 80克 卷筒"],
    ["番茄钟 学习计时器"],
    ["番茄炒蛋 套餐"],
    ["擦机棉纱 20kg"],
    ["鞋盒 白卡纸 定制"],
    ["鞋底 PU 42码"],
    ["鞋带 圆形 120cm"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("a term holding the whole word still reads (牛皮 alone is cowhide)", () => {
    expect(goods("头层牛皮 2.0mm")).toContain("Leather");
  });
});

describe("Chinese purpose words: 适用 before a good, 用 and 专用 after it", () => {
  test.each([["数据线 适用苹果 1米"], ["纽扣电池 LR44 玩具用"], ["缝纫机针 刺绣用"], ["假发专用 梳子"]])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("用品 (supplies) is no purpose word: the accessory head reads it", () => {
    expect(read("玩具用品 收纳").goods).toEqual([]);
  });

  test("a purpose word elsewhere in the text leaves the good: towels for a pet shop, maize for feed", () => {
    expect(goods("纯棉毛巾 吸水 宠物店用")).toEqual(["Textiles"]);
    expect(goods("玉米 饲料用 二等")).toContain("Corn");
  });
});

describe("moulds, machine parts, packaging, feed and charges named after a good", () => {
  test.each([
    ["玩具模具 钢材 P20"],
    ["手套机针 13G"],
    ["鞋模 铝制 38码"],
    ["打印机墨盒 黑色"],
    ["光伏组件边框 6063"],
    ["手套生产设备 二手"],
    ["番茄酱空桶 回收"],
    ["硅片切割液 桶装"],
    ["电池片花篮 石英"],
    ["番茄酱海运费 天津至鹿特丹"],
    ["番茄味锅巴 100g"],
    ["假发护理液 200ml"],
    ["假发模特头 帆布"],
    ["光伏板清洁 上门"],
    ["对虾饲料 25kg"],
    ["宠物玩具 毛绒 猫咪"],
    ["Wig mannequin head, canvas"],
    ["CMT for polo shirts 5,000 pcs"],
    ["Shrimp feed 2mm pellets"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});
