import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
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
    for (const name of ["合盛硅业（有）", "合盛硅業㈲", "合盛硅业(有)", "（有）合盛硅业", "合盛硅业（股）", "合盛硅业(股)公司", "合盛硅業（股）公司"]) {
      const r = screen(name, "中国");
      expect([name, r.risk, r.match?.listing.id]).toEqual([name, "high", "wro-2021-06-24-hoshine"]);
    }
  });
  it("keeps clean Japanese firms with those forms clean", () => {
    for (const name of ["（有）山田製作所", "㈲丸井商店", "台灣塑膠工業（股）公司"]) expect(screen(name, "日本").risk).toBe("none");
  });
});
