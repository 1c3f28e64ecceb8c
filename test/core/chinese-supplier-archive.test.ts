import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { buildCellTables, cjkWordAfterSpace, isShortNameLabel } from "../../src/core/cells/anatomy";
import cellAnatomy from "../../src/data/cells/cell-anatomy.json";
import { bundledTables } from "../../src/core/normalise/tables";
import { analyseCjk } from "../../src/core/normalise/name-analysis";
import { readSubordinateUnit } from "../../src/core/matching/subordinate-units";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A mainland Chinese supplier archive (供应商档案, Kingdee/Yonyou): code labels with 编码, status marks 冻结/作废/禁用 in
// lenticular brackets, short names labelled 简称, group words in brackets, Hong Kong/Macao/Taiwan in brackets, XPCC
// regiments. Names here are NOT from held-out batch 2026-12zq: other listed firms, or the same firms written otherwise,
// and clean Chinese firms (matching-46).
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string) => screener.screen({ name, country } as ScreenInput);

describe("code labels with 编码 (供应商编码, 客户编码, 厂商编码, 编码)", () => {
  it("reads the code after the label, with a full-width colon or a space, as a code", () => {
    for (const name of [
      "供应商编码：03.01.0042 合盛硅业股份有限公司",
      "客户编码 HK-0031 新疆中泰化学股份有限公司",
      "厂商编码：77.01.0042 纳思达股份有限公司",
      "编码 20417 Hoshine Silicon Industry Co., Ltd.",
    ])
      expect([name, screen(name, "中国").risk]).toEqual([name, "high"]);
  });
  it("keeps 编码 inside a firm's name", () => {
    expect(screen("编码规则有限公司", "中国").risk).toBe("none");
  });
});

describe("status marks 冻结, 作废, 禁用 (and 已…) in lenticular or round brackets", () => {
  it("sets the mark aside before or after the name", () => {
    for (const name of [
      "【作废】合盛硅业股份有限公司",
      "【禁用】新疆中泰化学股份有限公司",
      "合盛硅业股份有限公司【已冻结】",
      "（冻结）新疆中泰化学股份有限公司",
    ])
      expect([name, screen(name, "中国").risk]).toEqual([name, "high"]);
    expect(screen("【冻结】宁波舟山港股份有限公司", "中国").risk).toBe("none");
  });
  it("reads a mark after a space at the end of a short name without 公司", () => {
    expect(cjkWordAfterSpace("华孚时尚 作废")).toEqual({ index: 4, role: "code" });
    expect(cjkWordAfterSpace("晨光 乳业")).toBeNull();
    expect(cjkWordAfterSpace("华孚时尚")).toBeNull();
  });
});

describe("short names labelled 简称: a possible match (Review) at most", () => {
  it("reads the label in brackets, after a space or before a colon, and caps the match at Review", () => {
    for (const name of ["中泰化学（简称）", "华孚时尚 供应商简称", "简称：纳思达", "股票简称：合盛硅业"])
      expect([name, screen(name, "中国").risk]).toEqual([name, "review"]);
    expect(isShortNameLabel("（简称）")).toBe(true);
    expect(isShortNameLabel("供应商简称")).toBe(true);
    expect(isShortNameLabel("编码")).toBe(false);
  });
  it("flags no clean firm by its short name", () => {
    for (const name of ["海天味业（简称）", "伊利股份 供应商简称", "简称：美的集团"])
      expect([name, screen(name, "中国").risk]).toEqual([name, "none"]);
  });
  it("keeps a listed name in full beside its short name High", () => {
    expect(screen("Hoshine Silicon Industry Co., Ltd.（简称：合盛硅业）", "中国").risk).toBe("high");
  });
});

describe("words after a short name that ends in 股份, 集团 or 控股", () => {
  it("sets aside what follows a space after the legal or group word", () => {
    expect(screen("中泰化学股份 烧碱", "中国").risk).toBe("review");
    expect(screen("海天味业股份 调味品", "中国").risk).toBe("none");
    expect(cjkWordAfterSpace("中泰化学股份 烧碱")).toEqual({ index: 6, role: "address" });
  });
  it("reads those words from the cell-anatomy table (cjkFormEndings), not from code", () => {
    expect(cellAnatomy.cjkFormEndings).toEqual(expect.arrayContaining(["股份", "集团", "集團", "控股"]));
    const without = buildCellTables({ ...cellAnatomy, cjkFormEndings: ["股份"] });
    expect(cjkWordAfterSpace("骆驼集团 供货商", without)).toBeNull();
    expect(cjkWordAfterSpace("骆驼集团 供货商")).toEqual({ index: 4, role: "address" });
    expect(cjkWordAfterSpace("中泰化学股份 烧碱", without)).toEqual({ index: 6, role: "address" });
  });
});

describe("a group word in brackets before the legal form (（集团）有限责任公司)", () => {
  it("keeps 集团 in the full name, so that its pinyin reads 'jituan'", () => {
    const a = analyseCjk("新疆天山（集团）有限责任公司".normalize("NFKC"), bundledTables());
    expect([a?.core, a?.full]).toEqual(["新疆天山", "新疆天山集团有限责任公司"]);
    const b = analyseCjk("新疆天山(集團)有限責任公司", bundledTables());
    expect([b?.core, b?.full]).toEqual(["新疆天山", "新疆天山集团有限责任公司"]);
  });
  it("reads the group word from the CJK legal-form table (groupWords), not from code", () => {
    expect(bundledTables().cjkGroupWords).toEqual(["集团"]);
    const without = { ...bundledTables(), cjkGroupWords: [] };
    const a = analyseCjk("新疆天山（集团）有限责任公司".normalize("NFKC"), without);
    expect([a?.core, a?.full]).toEqual(["新疆天山", "新疆天山"]);
  });
});

describe("Hong Kong, Macao and Taiwan in brackets after a Chinese name (ISO 3166-2:CN)", () => {
  it("reads the place apart, as a mainland city in brackets", () => {
    expect(screen("溢达集团（澳门）", "中国").risk).toBe("high");
    expect(screen("晨光生物科技集团（香港）", "香港").risk).toBe("high");
    expect(screen("美的集团（香港）", "香港").risk).toBe("none");
  });
});

describe("an XPCC regiment (团) after its division", () => {
  it("reads the regiment with the division as the unit, so that 兵团 stands alone as the parent", () => {
    expect(readSubordinateUnit("兵团第一师 10团")).toEqual({ parent: "新疆生产建设兵团", unit: "第一师 10团" });
    expect(readSubordinateUnit("兵团第八师一五〇团")).toEqual({ parent: "新疆生产建设兵团", unit: "第八师一五〇团" });
    expect(screen("兵团第一师 10团", "中国").risk).toBe("high");
    expect(screen("新疆生产建设兵团第十四师 224团", "中国").risk).toBe("high");
    expect(screen("中国建筑第八工程局有限公司 第一师 10团", "中国").risk).not.toBe("high");
  });
});
