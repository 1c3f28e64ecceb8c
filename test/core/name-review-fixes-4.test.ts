import { Screener, bundledDataset } from "../../src/core";
import { endsInLegalForm } from "../../src/core/cells/anatomy";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// Review findings on matching-46 (2026-12-07), reproduced on 9a32405. Names written for these tests, not rows of a batch.
describe("a bare Chinese trade name with goods or a place beside it", () => {
  const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
  const screen = (name: string, country?: string) => screener.screen({ name, country });

  it("keeps two or three characters and a word of goods whole (another firm's name as likely as the listed one's)", () => {
    for (const name of ["骆驼 服饰", "骆驼 鞋业", "骆驼 手套", "溢达 棉花", "中泰 手套", "紫金 手套"])
      expect([name, screen(name).risk]).toEqual([name, "none"]);
    // A longer name still sets its goods aside.
    expect(screen("新疆众和 铝箔").match?.listing.id).toMatch(/^uflpa-2024-11-25-xinjiang-zhonghe-co-ltd/);
  });

  it("keeps two or three characters and a place in brackets whole", () => {
    expect(screen("骆驼（台湾）", "台湾").risk).toBe("none");
    expect(screen("骆驼（香港）").risk).toBe("none");
    expect(screen("中泰（香港）", "Hong Kong").risk).toBe("none");
    // A group's name with its place still reads the place aside.
    expect(screen("溢達集團（香港）").risk).toBe("high");
  });

  it("does not cap a full registered name labelled 简称 beside it", () => {
    expect(endsInLegalForm("合盛硅业股份有限公司")).toBe(true);
    expect(endsInLegalForm("骆驼集团")).toBe(false);
    expect(endsInLegalForm("合盛硅业")).toBe(false);
    for (const name of ["合盛硅业股份有限公司（简称）", "华孚时尚股份有限公司 简称", "简称：合盛硅业股份有限公司"])
      expect([name, screen(name).risk]).toEqual([name, "high"]);
    expect(screen("简称：合盛硅业").risk).toBe("review");
  });
});
