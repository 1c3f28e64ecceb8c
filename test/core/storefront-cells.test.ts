// Supplier cells of a sourcing shortlist built from B2B marketplaces (Alibaba.com, Made-in-China.com, Global Sources,
// 1688.com): the storefront's badges, years, response rate, rating, product title and the buyer's notes after the name
// (2026-12zy round, matching-55; src/core/cells/storefront.ts).
import { hasStorefrontData, storefrontNameReadings } from "../../src/core/cells/storefront";
import { readCellAnatomy } from "../../src/core/cells";

const reading = (cell: string) => storefrontNameReadings(cell).map((r) => r.text);

describe("storefront marks run in after the name", () => {
  it.each([
    ["Lop County Hair Product Industrial Park ≤5h Response rate 88.2% Human Hair Wigs", "Lop County Hair Product Industrial Park"],
    ["Lop County Meixin Hair Products Co., Ltd. ★ Verified Supplier ★ Remy Hair", "Lop County Meixin Hair Products Co., Ltd."],
    ["Shaya Yinhua Cotton Industry Co.,Ltd. ≤4h Gold Supplier", "Shaya Yinhua Cotton Industry Co.,Ltd."],
    ["Hubei Yinfeng Cotton Co., Ltd. 12 YRS CN Supplier 4.7/5.0", "Hubei Yinfeng Cotton Co., Ltd."],
    ["Hubei Qirun Investment Development Co., Ltd. Main products: cotton lint | Wuhan", "Hubei Qirun Investment Development Co., Ltd."],
    ["Hunan Nanmomo Technology Co., Ltd. (Verified Supplier) - plant extract powder", "Hunan Nanmomo Technology Co., Ltd."],
  ])("%s", (cell, name) => {
    expect(reading(cell)).toEqual([name]);
  });
});

describe("storefront fields after a dash or a bar", () => {
  it.each([
    ["Zigong Machinery Factory - rotary drilling rig - Audited Supplier", "Zigong Machinery Factory"],
    ["DA WEI CHEMICAL FACTORY - Sulphuric Acid 98% - Manufacturer", "DA WEI CHEMICAL FACTORY"],
    [
      "Shandong Laiyang Heavy Duty Machinery Factory - Galvanized Steel Pipe - MOQ 10 tons | https://x.en.made-in-china.com/",
      "Shandong Laiyang Heavy Duty Machinery Factory",
    ],
    ["ASLI MAYDI - Boswellia Frankincense Resin Supplier - SO - sample ok", "ASLI MAYDI"],
    ["TUNAGO NO. 61 - frozen yellowfin tuna loins - Trading Company - 4.6/5.0 (11 reviews)", "TUNAGO NO. 61"],
    ["Xuzhou Forging & Pressing Mach. Works - 100T punch press", "Xuzhou Forging & Pressing Mach. Works"],
    ["wang tsang coal & iron factory - cast iron cookware", "wang tsang coal & iron factory"],
    ["Hengshui Cotton and Linen Corporation Reserve Library - Verified - Hebei", "Hengshui Cotton and Linen Corporation Reserve Library"],
    ["Paakumsuk Industrial Co. | KP | not contacted", "Paakumsuk Industrial Co."],
    // A town between the name and the product title stays with the name, for the anatomy's own stages.
    ["SHUANGHE FARM - Qiqihar - Main products: japonica rice, soybean", "SHUANGHE FARM - Qiqihar"],
    // Before an explicit mark a lone word is read off; before a product title it is not (below).
    ["XPCC (Bingtuan) - Main products: cotton, tomato paste", "XPCC (Bingtuan)"],
  ])("%s", (cell, name) => {
    expect(reading(cell)).toEqual([name]);
  });

  it("reads a 1688 shop word off a Chinese name", () => {
    expect(reading("稀镁科技集团控股有限公司旗舰店")).toEqual(["稀镁科技集团控股有限公司"]);
    expect(reading("新疆准噶尔棉麻有限公司 厂家直销")).toEqual(["新疆准噶尔棉麻有限公司"]);
  });
});

describe("what is not storefront data", () => {
  it.each([
    // A field with a word of a firm's or unit's name may name a sister company or a unit.
    "Hangzhou Wulin Machinery Works - Shenyang Branch",
    "Qiqihar Shuanghe - 204 Farm",
    // A town or province after a dash, with no mark in the cell.
    "Hangzhou Wulin Machinery Works - Zhejiang",
    // A capitalised field with a goods word but no grade and no other mark: it may be a name.
    "Golden Horse - Steel Pipe",
    // A lone word before a product title (review-names-1: "Sigma - Tier 2 packaging").
    "Sigma - nitrile gloves",
    // A hyphen inside a word, a name alone.
    "Xiang-Yang Machinery Plant",
    "Verified Foods Ltd",
  ])("%s", (cell) => {
    expect(reading(cell)).toEqual([]);
    expect(hasStorefrontData(cell)).toBe(false);
  });
});

describe("the anatomy screens the storefront's name", () => {
  it("offers the name without the product title and badge as a candidate", () => {
    const a = readCellAnatomy("Zigong Machinery Factory - rotary drilling rig - Audited Supplier");
    expect(a.candidates.map((c) => c.text)).toContain("Zigong Machinery Factory");
  });
});
