// Issue 10's stages, each alone and through the Screener: country evidence, region words with another
// country, Chinese variants, possible subsidiaries and short forms, subordinate units, and pinyin.
import { Screener, bundledDataset } from "../../src/core";
import { listingCountries } from "../../src/core/matching/country-evidence";
import { withoutPlacePrefix } from "../../src/core/matching/cjk-forms";
import { readSubordinateUnit } from "../../src/core/matching/subordinate-units";
import { analyseName } from "../../src/core/normalise/name-analysis";
import { bundledTables } from "../../src/core/normalise/tables";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

const dataset = bundledDataset();
const screener = new Screener(dataset, undefined, { pinyin: bundledPinyinReader() });
const plain = new Screener(dataset);
const byId = (id: string) => dataset.listings.find((l) => l.id === id)!;
const ids = (r: ReturnType<Screener["screen"]>) => [r.match, ...r.otherMatches].filter(Boolean).map((m) => m!.listing.id);

describe("country evidence", () => {
  it("places listings, from their country or, for UFLPA entries without one, from their names", () => {
    expect(listingCountries(byId("wro-2025-09-24-giant"))).toEqual(["TW"]);
    expect(listingCountries(byId("uflpa-2023-08-02-camel-group-co-ltd"))).toEqual(["CN"]);
    expect(listingCountries(byId("wro-2020-08-11-hero-vast-group"))).toEqual(expect.arrayContaining(["CN", "CA"]));
    // "Co" in a company name is a legal form, not Colombia.
    expect(listingCountries(byId("wro-2021-06-24-hoshine"))).toEqual(["CN"]);
  });

  it("drops a match that is not literal where the row names another country", () => {
    for (const [name, country] of [
      ["Western Gold Jewellers Ltd", "United Kingdom"],
      ["Oasis Shoes Ltd", "GB"],
      ["Select Safety Supplies Ltd", "United Kingdom"],
      ["Esquel Consulting LLC", "United States"],
      ["Ninestars Information Technologies Pvt Ltd", "India"],
    ]) {
      expect([name, screener.screen({ name, country }).risk]).toEqual([name, "none"]);
    }
    // Without a country, or in China, the same names are still looked at.
    expect(screener.screen({ name: "Oasis Shoes Ltd" }).risk).toBe("review");
    expect(screener.screen({ name: "Oasis Shoes Ltd", country: "PRC" }).risk).toBe("review");
  });

  it("keeps an exact match in another country, with a note", () => {
    const r = screener.screen({ name: "Camel Group Co., Ltd.", country: "United States" });
    expect(r.risk).toBe("high");
    expect(r.note).toContain("the row's country (United States) differs from the listing's (China)");
  });

  it("reads the country cell's codes and variants", () => {
    for (const country of ["CN", "CHN", "PRC", "China (Xinjiang)", "Mainland China", "P.R. China", "中国"]) {
      expect(screener.screen({ name: "Camel Group Co., Ltd.", country }).note).not.toContain("differs");
    }
  });
});

describe("region words and the country column", () => {
  it("do not place a supplier in Xinjiang when the country cell names another country", () => {
    expect(screener.screen({ name: "Kashgar Restaurant London", country: "United Kingdom" }).risk).toBe("none");
    expect(screener.screen({ name: "Aksu Ferroalloy Plant", country: "Kazakhstan" }).risk).toBe("none");
  });
  it("still do where the country cell is empty or says China", () => {
    for (const country of [undefined, "", "China", "CN"]) {
      expect(screener.screen({ name: "Kashgar Restaurant London", country }).ruleHits.map((h) => h.ruleId)).toContain(
        "uflpa-xinjiang-presumption",
      );
    }
  });
});

describe("Chinese names", () => {
  it("fold Taiwan and Hong Kong variant characters and Taiwan word forms", () => {
    const t = bundledTables();
    expect(analyseName("合肥寶龍達資訊技術有限公司", t).cjk!.core).toBe(analyseName("合肥宝龙达信息技术有限公司", t).cjk!.core);
    expect(analyseName("新疆衆和股份有限公司", t).cjk!.core).toBe("新疆众和");
    expect(ids(screener.screen({ name: "合肥寶龍達資訊技術有限公司" }))).toContain("wro-2020-09-08-hefei-bitland");
  });

  it("read a name that starts with a listed name and adds a place and a business as a possible subsidiary", () => {
    const r = screener.screen({ name: "骆驼集团襄阳蓄电池有限公司" });
    expect(r.risk).toBe("review");
    expect(r.match?.listing.id).toBe("uflpa-2023-08-02-camel-group-co-ltd");
    expect(r.note).toContain("possible subsidiary");
    // Another company that only shares 骆驼 is not.
    expect(screener.screen({ name: "广州骆驼服饰有限公司", country: "China" }).match).toBeNull();
  });

  it("read short forms without the place prefix and legal suffix as possible matches", () => {
    expect(withoutPlacePrefix("新疆哈巴河阿舍勒铜业")).toBe("阿舍勒铜业");
    expect(withoutPlacePrefix("紫金矿业")).toBeNull();
    for (const [name, id] of [
      ["中泰化学", "uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd"],
      ["紫金矿业", "uflpa-2025-01-15-zijin-mining-group-co-ltd"],
      ["众和股份", "uflpa-2024-11-25-xinjiang-zhonghe-co-ltd-also-known-as-xinjiang-joinworld-co-"],
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk === "none" ? "none" : "flagged", ids(r)]).toEqual([name, "flagged", expect.arrayContaining([id])]);
    }
  });

  it("match subordinate units to the parent that covers its subordinates", () => {
    expect(readSubordinateUnit("XPCC 8th Division")).toEqual({ parent: "XPCC", unit: "8th Division" });
    expect(readSubordinateUnit("The 2nd Division of XPCC")).toEqual({ parent: "XPCC", unit: "2nd Division of" });
    expect(readSubordinateUnit("兵团第一师")).toEqual({ parent: "新疆生产建设兵团", unit: "第一师" });
    expect(readSubordinateUnit("Acme Trading Ltd")).toBeNull();
    // The abbreviation Div. and the older Chinese names 农一师 … (held-out batch 2026-12d).
    expect(readSubordinateUnit("XPCC 7TH DIV.")).toEqual({ parent: "XPCC", unit: "7TH DIV." });
    expect(readSubordinateUnit("XINJIANG PRODUCTION AND CONSTRUCTION CORPS DIV 4")?.unit).toBe("DIV 4");
    expect(readSubordinateUnit("兵团农八师")).toEqual({ parent: "新疆生产建设兵团", unit: "农八师" });
    expect(readSubordinateUnit("Divine Foods Ltd")).toBeNull();
    for (const name of [
      "XPCC 1st Division",
      "新疆生产建设兵团第八师",
      "兵团第十三师",
      "Bingtuan 13th Division",
      // an address with no legal form before it to end the name
      "Bingtuan Eleventh Division (Construction Engineering), 12 Main Street, Springfield 12345",
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining(["wro-2020-11-30-xpcc"])]);
    }
    // A division of a listing that does not cover subordinates is not matched through it.
    expect(screener.screen({ name: "Camel Group 1st Division", country: "CN" }).risk).not.toBe("high");
  });
});

describe("pinyin", () => {
  const reader = bundledPinyinReader();
  it("reads Chinese as pinyin words, grouping business words and legal forms", () => {
    expect(reader.read("骆驼集团股份有限公司")).toBe("luotuo jituan gufen youxian gongsi");
    expect(reader.read("新疆中泰化学股份有限公司")).toBe("xinjiang zhongtai huaxue gufen youxian gongsi");
    expect(reader.read("新疆天山毛纺织")).toBe("xinjiang tianshan wool textile");
  });

  it("matches pinyin renderings to the curated Chinese names of listings", () => {
    for (const [name, id] of [
      ["Luotuo Jituan Gufen Youxian Gongsi", "uflpa-2023-08-02-camel-group-co-ltd"],
      ["Zijin Kuangye Jituan", "uflpa-2025-01-15-zijin-mining-group-co-ltd"],
      ["Hesheng Guiye Gufen Youxian Gongsi", "wro-2021-06-24-hoshine"],
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining([id])]);
    }
    expect(screener.screen({ name: "Luotuo Jituan Gufen Youxian Gongsi" }).note).toContain("pinyin of the listed Chinese name");
    // Without the reader, Chinese and pinyin meet only through curated aliases.
    expect(plain.screen({ name: "Luotuo Jituan Gufen Youxian Gongsi" }).risk).toBe("none");
  });

  it("reads the pinyin Tansu as carbon (held-out batch 2026-12p; names outside it)", () => {
    expect(reader.read("阿拉尔市南疆碳素新材料有限公司")).toContain(" tansu ");
    const r = screener.screen({ name: "Xinjiang Tianshan Yingda Tansu Gufen Youxian Gongsi" });
    expect([r.risk, r.match?.listing.id]).toEqual(["high", "uflpa-2026-08-03-xinjiang-tianshan-yingda-carbon-co-ltd"]);
  });

  it("matches Chinese supplier names to pinyin-based English listings", () => {
    const r = screener.screen({ name: "新疆天山毛纺织股份有限公司" });
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe("uflpa-2023-09-26-xinjiang-tianshan-wool-textile-co-ltd");
    expect(r.note).toContain("read as pinyin");
  });

  it("does not take a pinyin reading one letter from a listed word (held-out batch 2026-12i)", () => {
    // 研華 (Advantech, Taiwan) reads "yanhua"; Shaya Yinhua Cotton Industry is listed: yan and yin are other characters.
    expect(reader.read("研华股份有限公司")).toBe("yanhua gufen youxian gongsi");
    expect(screener.screen({ name: "研華股份有限公司", country: "TW" }).risk).toBe("none");
    // A reading that meets the listed words exactly still matches.
    expect(screener.screen({ name: "新疆天山毛纺织股份有限公司" }).risk).toBe("high");
  });

  it("spells out a pinyin word for several English words in a Latin name too (mianma, gangtie, maofangzhi)", () => {
    const words = (name: string) => analyseName(name, bundledTables()).latin?.tokens;
    expect(words("Heze Mianma Youxian Gongsi")).toEqual(["heze", "cotton", "and", "linen"]);
    expect(words("Xinjiang Bayi Gangtie")).toEqual(["xinjiang", "bayi", "iron", "and", "steel"]);
    for (const [name, id] of [
      ["Heze Mianma Youxian Gongsi", "uflpa-2024-05-17-heze-cotton-and-linen-co-ltd"],
      ["Xinjiang Bayi Gangtie Youxian Gongsi", "uflpa-2024-10-03-baowu-group-xinjiang-bayi-iron-and-steel-co-ltd-also-known-a"],
      ["Xinjiang Jiaotong Jianshe Jituan Gufen Youxian Gongsi", "uflpa-2026-08-03-xinjiang-communications-construction-group-co-ltd"],
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining([id])]);
    }
  });

  it("reads the partial pinyin shenghua (生化, biochemical) and maofang (毛纺, wool textile) (held-out batch 2026-12v; names outside it)", () => {
    const words = (name: string) => analyseName(name, bundledTables()).latin?.tokens;
    expect(words("Jiangxi Shenghua Zhiyao")).toEqual(["jiangxi", "biochemical", "pharmaceuticals"]);
    expect(words("Hebei Maofang Jituan")).toEqual(["hebei", "wool", "textiles", "group"]);
    for (const [name, id] of [
      ["Xinjiang Shenghua Zhiyao Gufen Youxian Gongsi", "uflpa-2026-08-03-xinjiang-biochemical-pharmaceutical-co-ltd"],
      ["Xinjiang Tianshan Maofang Gufen Youxian Gongsi", "uflpa-2023-09-26-xinjiang-tianshan-wool-textile-co-ltd"],
      ["新疆天山毛纺股份有限公司", "uflpa-2023-09-26-xinjiang-tianshan-wool-textile-co-ltd"],
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining([id])]);
    }
    // The words alone, outside Xinjiang, name no listed firm.
    for (const name of [
      "Zhejiang Shenghua Konggu Jituan",
      "浙江盛华控股集团有限公司",
      "Shandong Maofang Youxian Gongsi",
      "江苏阳光毛纺有限公司",
    ])
      expect([name, screener.screen({ name }).risk]).toEqual([name, "none"]);
  });

  it("reads place names whole where their characters read otherwise, and less common characters (GB 2312 level 2)", () => {
    expect(reader.read("国投新疆罗布泊钾盐")).toBe("guotou xinjiang luobupo jiayan");
    expect(reader.read("喀什")).toBe("kashi");
    expect(reader.read("宝鸡巨成钛业")).toMatch(/ taiye$/); // 钛 (tai) is a level-2 character
    for (const [name, id] of [
      ["国投新疆罗布泊钾盐有限责任公司", "uflpa-2026-08-03-sdic-xinjiang-luobupo-potash-co-ltd"],
      ["宝钢集团新疆八一钢铁有限公司", "uflpa-2024-10-03-baowu-group-xinjiang-bayi-iron-and-steel-co-ltd-also-known-a"],
      ["寶雞巨成鈦業股份有限公司", "uflpa-2026-08-03-baoji-jucheng-titanium-industry-co-ltd"],
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk, ids(r)]).toEqual([name, "high", expect.arrayContaining([id])]);
    }
  });

  it("reads trade names whose English form is a brand as the brand (brand-readings.json), by their characters only", () => {
    expect(reader.read("广东溢达纺织有限公司")).toBe("guangdong esquel fangzhi youxian gongsi");
    expect(reader.read("亿达中国控股")).toBe("yida zhongguo konggu"); // a homophone, other characters
    const r = screener.screen({ name: "广东溢达纺织有限公司" });
    expect([r.risk, r.match?.listing.id]).toEqual(["high", "uflpa-2024-11-01-guangdong-esquel-textile-co-ltd"]);
    // 大全能源, the stock short name of 新疆大全新能源 (Xinjiang Daqo New Energy): a possible match.
    expect(screener.screen({ name: "大全能源" }).risk).toBe("review");
  });

  it("matches a pinyin rendering of a listed Chinese name that holds a trade name, read as plain pinyin", () => {
    expect(reader.read("新疆大全新能源股份有限公司")).toBe("xinjiang daqo xin nengyuan gufen youxian gongsi");
    expect(reader.read("新疆大全新能源股份有限公司", false)).toBe("xinjiang daquanxin nengyuan gufen youxian gongsi");
    const daqo = "uflpa-2022-06-21-xinjiang-daqo-new-energy-co-ltd-also-known-as-xinjiang-great";
    for (const name of ["Xinjiang Daquan Xinnengyuan Gufen Youxian Gongsi", "Xinjiang Daquan Xin Nengyuan Gufen Youxian Gongsi"]) {
      const r = screener.screen({ name });
      expect([name, r.risk, r.match?.listing.id]).toEqual([name, "high", daqo]);
    }
    // 溢达集团 (Esquel Group) has no other distinctive word: its plain reading "Yida Group" is also 亿达集团's name.
    for (const name of ["Dalian Yida Group Co., Ltd.", "Yida Group", "Yida Jituan"]) {
      expect([name, screener.screen({ name }).match]).toEqual([name, null]);
    }
  });

  it("leaves a listing the Chinese path judged (a possible subsidiary) to that judgement, not to the pinyin reading", () => {
    // 晨光生物科技集团 (listed) + 喀什 (Kashgar): read as pinyin it would be "Chenguang Biotechnology Group Kashgar", a strong
    // match of the parent's English name; the Chinese path calls it a possible subsidiary.
    const r = screener.screen({ name: "晨光生物科技集团喀什有限公司" });
    expect(r.risk).toBe("review");
    expect(ids(r)).toContain("uflpa-2023-08-02-chenguang-biotech-group-co-ltd");
  });

  it("does not flag clean names read as pinyin", () => {
    for (const name of [
      "Wanhua Huaxue Jituan Gufen Youxian Gongsi",
      "Haier Zhijia Gufen Youxian Gongsi",
      "宁德时代新能源科技股份有限公司",
      "中国石油化工股份有限公司",
    ]) {
      expect([name, screener.screen({ name, country: "China" }).match]).toEqual([name, null]);
    }
  });
});

describe("cells through the screener", () => {
  it("screens each part, the worst risk wins, and the note names the part that matched", () => {
    const r = screener.screen({ name: "Top Glove Corp Bhd; Xinjiang Zhongtai Chemical Co. Ltd." });
    expect(r.risk).toBe("high");
    expect(ids(r)).toEqual(expect.arrayContaining(["uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd", "wro-2020-07-15-top-glove"]));
    expect(r.note).toContain('in the supplier name "Xinjiang Zhongtai Chemical Co. Ltd." of the cell');
    expect(r.note).toContain('in "Top Glove Corp Bhd"');
  });
  it("never takes a care-of party for the supplier", () => {
    // A c/o part after an ordinary firm is a care-of address: not screened.
    expect(screener.screen({ name: "Acme Trading Ltd c/o Hoshine Silicon Industry Co., Ltd." }).match).toBeNull();
    // After a forwarder the c/o part may be the goods' maker (2026-12zg round): screened, but never as the supplier,
    // so at most a possible match whose note says the firm was named after c/o.
    for (const name of [
      "Kerry Logistics Ltd c/o Hoshine Silicon Industry Co., Ltd.",
      "NORTHWIND FREIGHT FORWARDING LLC C/O CAMEL GROUP CO LTD",
    ]) {
      const r = screener.screen({ name });
      expect([name, r.risk]).toEqual([name, "review"]);
      expect(r.match?.part?.role).toBe("care_of");
      expect(r.note).toContain("named after c/o (care of) beside a forwarder, not as the supplier");
    }
    // The supplier before c/o keeps its own risk.
    expect(screener.screen({ name: "Hoshine Silicon Industry Co., Ltd. c/o Kerry Logistics" }).risk).toBe("high");
  });
});
