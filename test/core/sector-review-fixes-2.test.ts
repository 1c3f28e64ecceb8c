import { bundledProductReader } from "../../src/core/sector";

// The review fixes of review-products-2 (docs/sector-risk.md, "Review fixes of the Indian and Chinese rounds"), on texts
// outside every labelled batch: Chinese heads that are also selling-point words (味, 运费, 清洁, 护理) count only directly
// after the good (运费 also only at the end of its word); "packing" is a head only at the end of its phrase or before a
// word such as "material"; a Chinese compound word (鞋带, 鞋底, 鞋盒) entered by a longer shoe term holds only at the end
// of the run; the Indian brass unit needs a whole-number count; 不含 (does not contain) is a negation.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const goods = (text: string) => read(text).goods;

describe("Chinese selling-point heads count only directly after the good, at the end of its word", () => {
  test.each([
    ["纯棉T恤男夏季送运费险", "Garments"],
    ["纯棉T恤运费到付", "Garments"],
    ["纯棉袜子易清洁", "Garments"],
    ["男士纯棉衬衫免烫易护理", "Garments"],
    ["纯棉毛巾家用清洁", "Textiles"],
    ["大米口味香甜", "Rice"],
    ["新鲜番茄美味多汁", "Tomatoes"],
    ["番茄酱原味", "Tomato Products"],
    ["緑茶味わい深い100g", "Tea"],
    ["トマト甘味たっぷり", "Tomatoes"],
  ])("%s is %s", (text, good) => {
    expect(read(text).status).toBe("goods");
    expect(goods(text)).toContain(good);
  });

  test.each(["酒店毛巾清洁", "大米陆运费 哈尔滨至上海", "光伏板清洁 100块"])("%s is a service", (text) => {
    expect(read(text).status).toBe("service");
  });

  test.each(["番茄味薯片 70g", "牛肉味 5kg", "トマト味のスナック"])("%s is a flavour, not the good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

describe("a Chinese compound word entered by a longer shoe term holds only at the end of the run", () => {
  test.each(["儿童凉鞋带灯", "女凉鞋带钻", "儿童凉鞋带魔术贴", "运动鞋底价促销", "童鞋盒装", "高跟鞋底部防滑", "皮鞋盒装"])(
    "%s is footwear",
    (text) => {
      expect(goods(text)).toContain("Footwear");
    },
  );

  test.each(["童鞋盒", "运动鞋带", "高跟鞋底", "皮鞋油", "帆布鞋带 白色", "工业盐酸 30%"])("%s names another thing", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

describe("'packing' is a head only at the end of its phrase or before a word such as 'material'", () => {
  test.each([
    ["Frozen shrimp IQF packing 10 x 1 kg", "Shrimp"],
    ["Green tea packing 25kg bags", "Tea"],
    ["Men's cotton T-shirts packing 12 pcs per carton", "Garments"],
    ["Gloves nitrile packing 100 pcs/box", "Gloves"],
    ["Hazelnut kernels packing 50kg", "Hazelnuts"],
  ])("%s is %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test.each(["Tea packing", "Shrimp packing material", "Coffee packing machine 2 heads"])("%s is no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

describe("a unit needs a whole-number count; 不含 is a negation", () => {
  test("a fraction is a size, not a count of brass", () => {
    expect(goods("Garden hose connector 3/4 brass and cotton hose")).toEqual(["Brassware"]);
    expect(goods("Sand 1/2 brass and gravel")).toContain("Brassware");
  });

  test("a decimal count is still a count", () => {
    expect(goods("Stone aggregate 2.5 brass for slab")).not.toContain("Brassware");
  });

  test.each(["本产品不含锂电池包", "不含锂电池", "不含有锂电池"])("%s names no battery", (text) => {
    expect(goods(text)).not.toContain("Lithium-Ion Batteries");
  });

  test("a battery pack is still one", () => {
    expect(goods("锂电池包 48V")).toContain("Lithium-Ion Batteries");
  });
});
