import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { foldWidths, hasWidthForms } from "../../src/core/cells/widths";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A Japanese supplier master (仕入先マスタ): the country column in Japanese, Japanese and Taiwanese legal forms,
// register marks, codes, full-width and half-width text, katakana names and Japanese loanwords inside Chinese names.
// Names here are NOT from held-out batch 2026-12zp: other listed firms, or the same firms written otherwise, and clean
// Japanese firms.
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string, product?: string) => screener.screen({ name, country, product } as ScreenInput);

describe("the country column in Japanese (i18n-iso-countries ja.json)", () => {
  it("places a row in the country a Japanese register names", () => {
    // An unlisted subsidiary abroad by a name that is not literal: the country evidence drops it, as with "Serbia".
    expect(screen("Hoshine Silicon Serbia d.o.o.", "セルビア").risk).toBe("none");
    expect(screen("Camel Group Deutschland GmbH", "ドイツ").risk).toBe("none");
    expect(screen("Camel Group Deutschland GmbH", "Germany").risk).toBe("none");
    // The listed name as written keeps its risk in any country.
    expect(screen("Xinjiang Zhongtai Chemical Co., Ltd.", "ベトナム").risk).toBe("high");
    expect(screen("Xinjiang Zhongtai Chemical Co., Ltd.", "中華人民共和国").risk).toBe("high");
  });
});

describe("Japanese and Taiwanese short legal forms", () => {
  it("reads (有), （有）, ㈲, (股), （股） and （股）公司 as legal forms, after or before the name", () => {
    for (const name of [
      "合盛硅业（有）",
      "合盛硅業㈲",
      "合盛硅业(有)",
      "（有）合盛硅业",
      "合盛硅业（股）",
      "合盛硅业(股)公司",
      "合盛硅業（股）公司",
    ]) {
      const r = screen(name, "中国");
      expect([name, r.risk, r.match?.listing.id]).toEqual([name, "high", "wro-2021-06-24-hoshine"]);
    }
  });
  it("keeps clean Japanese firms with those forms clean", () => {
    for (const name of ["（有）山田製作所", "㈲丸井商店", "台灣塑膠工業（股）公司"]) expect(screen(name, "日本").risk).toBe("none");
  });
});

describe("full-width and half-width forms folded before the cell anatomy (src/core/cells/widths.ts)", () => {
  it("folds full-width letters, digits and the ideographic space, and half-width katakana, and nothing else", () => {
    expect(foldWidths("ＡＢ－０１２　Ｃｏ．，Ｌｔｄ．（停止）")).toBe("AB-012 Co.,Ltd.(停止)");
    expect(foldWidths("ｶﾌﾞｼｷｶﾞｲｼｬ ﾊﾟﾝ")).toBe("カブシキガイシャ パン");
    expect(foldWidths("合盛硅业㈱")).toBe("合盛硅业㈱");
    expect(hasWidthForms("Hoshine Silicon Industry Co., Ltd.")).toBe(false);
  });
  it("reads a full-width code before a name as a code", () => {
    expect(screen("ＨＳ－２２０１４　Ｈｏｓｈｉｎｅ　Ｓｉｌｉｃｏｎ　Ｉｎｄｕｓｔｒｙ　Ｃｏ．，Ｌｔｄ．", "中国").risk).toBe("high");
    expect(screen("００４１２　Xinjiang Zhongtai Chemical Co., Ltd.", "中国").risk).toBe("high");
  });
});

describe("a Japanese register's marks", () => {
  it("reads 仕入先CD, 仕入先コード (also half-width) and 取引先コード before a code as a code label", () => {
    for (const name of [
      "仕入先CD:20417 Hoshine Silicon Industry Co., Ltd.",
      "仕入先ｺｰﾄﾞ 20417 Hoshine Silicon Industry Co., Ltd.",
      "取引先コード：20417 Hoshine Silicon Industry Co., Ltd.",
    ])
      expect([name, screen(name, "中国").risk]).toEqual([name, "high"]);
  });
  it("sets aside a trade-stop or use-ban mark, with the date it was set, in brackets after the name", () => {
    for (const name of [
      "Hoshine Silicon Industry Co., Ltd.（取引停止 2024/11）",
      "Hoshine Silicon Industry Co., Ltd.(使用禁止)",
      "Hoshine Silicon Industry Co., Ltd. (BLOCKED 2024-03-01)",
    ])
      expect([name, screen(name, "中国").risk]).toEqual([name, "high"]);
  });
  it("reads 旧, 旧名 and 旧社名 in brackets as a former name, screened as well as the current one", () => {
    const r = screen("Hoshine Global Silicon Co., Ltd.（旧 Hoshine Silicon Industry Co., Ltd.）", "中国");
    expect([r.risk, r.match?.listing.id]).toEqual(["high", "wro-2021-06-24-hoshine"]);
    expect(screen("Acme Trading Co., Ltd.（旧社名 Hoshine Silicon Industry Co., Ltd.）", "中国").risk).toBe("high");
    expect(screen("ロジスティード西日本株式会社（旧 日立物流西日本）", "日本").risk).toBe("none");
  });
});

describe("a name that names another country than the listing's (src/core/matching/country-evidence.ts)", () => {
  it("keeps a listed name plus another country at Review: possibly an unlisted subsidiary there", () => {
    for (const name of [
      "Hoshine Silicon Vietnam Co., Ltd.",
      "Camel Group Thailand Co., Ltd.",
      "Xinjiang Zhongtai Chemical Kazakhstan LLP",
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "review"]);
      expect(r.match?.evidence[0].text).toMatch(/possibly an unlisted subsidiary/);
    }
  });
  it("keeps a listed name with its own country word, and the listed name as written, as they are", () => {
    expect(screen("Hero Vast Canada Inc.").risk).toBe("high");
    expect(screen("Serbia Zijin Copper d.o.o.").risk).toBe("high");
    expect(screen("Hoshine Silicon Industry Co., Ltd. (China)").risk).toBe("high");
    expect(screen("Hoshine Silicon (Hong Kong) Co., Ltd.").risk).not.toBe("none");
  });
});
