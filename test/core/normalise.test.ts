import { analyseName, bundledTables } from "../../src/core";
import { foldText, latinTokens } from "../../src/core/normalise/text";
import fc from "fast-check";
import { toSimplified } from "../../src/core/normalise/name-analysis";

const tables = bundledTables();
const latin = (s: string) => analyseName(s, tables).latin!;
const cjk = (s: string) => analyseName(s, tables).cjk!;

describe("text folding", () => {
  it("folds full-width letters and brackets (NFKC) and case", () => {
    expect(foldText("ＳＵＰＥＲＭＡＸ（Ｍ）")).toBe("supermax(m)");
  });
  it("drops Latin accents but keeps CJK and kana intact", () => {
    expect(foldText("Bonechar Carvão Ativado")).toBe("bonechar carvao ativado");
    expect(foldText("ガ")).toBe("ガ");
  });
  it("reads & as 'and', deletes apostrophes and joins dotted initials", () => {
    expect(latinTokens(foldText("Smith & Sons Int'l S.A. de C.V."))).toEqual(["smith", "and", "sons", "intl", "sa", "de", "cv"]);
  });
  it("keeps Thai and Indic vowel signs inside their words (combining marks are letters' parts, not separators)", () => {
    // Before, each vowel sign cut the word, and the single letters left were joined as if they were initials.
    // (NFKC writes Thai sara am as two code points, so the expected words are folded too.)
    expect(latinTokens(foldText("น้ำตาลทรายดิบ ส่งออก"))).toEqual(foldText("น้ำตาลทรายดิบ ส่งออก").split(" "));
    expect(latinTokens(foldText("น้ำตาลทรายดิบ ส่งออก"))).toHaveLength(2);
    expect(latinTokens(foldText("गन्ना किसानों से"))).toEqual(["गन्ना", "किसानों", "से"]);
    // Latin accents are still dropped by foldText before the words are cut.
    expect(latinTokens(foldText("Café Société"))).toEqual(["cafe", "societe"]);
  });
  it("parts letters from digits so No.2, No 2 and No2 agree", () => {
    expect(latinTokens("yu long no2")).toEqual(latinTokens("yu long no. 2"));
    expect(latinTokens("gx3 specialty")).toEqual(["gx", "3", "specialty"]);
  });
  it("replaces bracketed abbreviations only as whole words", () => {
    expect(latinTokens("laglove (m) sdn bhd", tables.bracketed)).toContain("malaysia");
    // A dotted form stuck to the next word ends there ("ACC.CO.,LTD."), but not in a web address or before a figure.
    expect(latinTokens("baoding lyszd trade & bus.co.,ltd.", tables.bracketed)).toContain("business");
    expect(latinTokens("www.bus.com", tables.bracketed)).not.toContain("business");
    expect(latinTokens("bus.2", tables.bracketed)).not.toContain("business");
    // The possessive of an abbreviation is dropped, not left as a word "s".
    expect(latinTokens(foldText("HUBEI PROV.COTTON CORP.'S XIAOCHI"))).toEqual(["hubei", "prov", "cotton", "corp", "xiaochi"]);
    expect(latinTokens(foldText("Corporation's Reserve"))).toEqual(["corporations", "reserve"]);
    expect(latinTokens("product(s) ltd", tables.bracketed)).not.toContain("singapore");
  });
  it("replaces dotted abbreviations only with their dot and as whole words", () => {
    expect(latinTokens("lyszd trade & bus. co ltd", tables.bracketed)).toEqual(["lyszd", "trade", "and", "business", "co", "ltd"]);
    expect(latinTokens("yutong bus co ltd", tables.bracketed)).toContain("bus");
    expect(latinTokens("minibus. co", tables.bracketed)).not.toContain("business");
    expect(latinTokens("see bus.com", tables.bracketed)).not.toContain("business");
  });
});

describe("OCR letter confusion", () => {
  it("reads a word starting 'ln' or 'lm' as starting 'In' or 'Im' (a capital I read as l)", () => {
    expect(latin("Zhuhai Pu-Tech lndustrial Co., Ltd.").tokens).toEqual(latin("Zhuhai Pu-Tech Industrial Co., Ltd.").tokens);
    expect(latin("Acme lmport Export").tokens).toContain("import");
  });
  it("leaves short tokens such as LNG alone", () => {
    expect(latin("Xinjiang Guanghui LNG Development").tokens).toContain("lng");
  });
});

describe("place variants (place-variants.json)", () => {
  it("reads Uyghur, pinyin and older spellings of one Xinjiang place as the same word", () => {
    expect(latin("Western Gold Kumul Gold Mine").tokens).toEqual(latin("Western Gold Hami Gold Mine").tokens);
    expect(latin("Kuqa Zongheng Cotton").tokens).toEqual(latin("Kuche Zongheng Cotton").tokens);
    expect(latin("Turfan Esquel Textile").tokens).toEqual(latin("Turpan Esquel Textile").tokens);
    expect(latin("Kumul").classes).toEqual(["place"]);
  });
  it("reads the Italian name of Malaysia after a name as the country (2026-12zd round; names outside the batch)", () => {
    expect(latin("SUPERMAX CORPORATION BERHAD MALESIA").tokens).toEqual(latin("SUPERMAX CORPORATION BERHAD MALAYSIA").tokens);
    expect(latin("Malesia").classes).toEqual(["place"]);
  });
  it("reads Sinkiang and the misspelling Xingjiang as Xinjiang, but not Xinxiang, a city in Henan (2026-12zu round)", () => {
    expect(latin("Sinkiang Lithium Industry").tokens).toEqual(latin("Xinjiang Lithium Industry").tokens);
    expect(latin("SDIC Xingjiang Lithium").tokens).toEqual(latin("SDIC Xinjiang Lithium").tokens);
    expect(latin("Xinxiang Lithium").tokens).not.toEqual(latin("Xinjiang Lithium").tokens);
  });
  it("leaves words that are not variants alone", () => {
    expect(latin("Aral AG").tokens).toContain("aral");
  });
});

describe("legal forms and abbreviations", () => {
  it.each([
    ["SUPERMAX GLOVE MFG SDN BHD", ["supermax", "gloves", "manufacturing"]],
    ["Supermax Corporation Berhad", ["supermax"]],
    ["Hoshine Silicon Industry Co., Ltd.", ["hoshine", "silicon", "industries"]],
    ["HOSHINE SILICON INDUSTRY CO.,LTD", ["hoshine", "silicon", "industries"]],
    ["PT Indofood Sukses Makmur Tbk", ["indofood", "sukses", "makmur"]],
    ["Serbia Zijin Copper D.O.O.", ["serbia", "zijin", "copper"]],
    ["Natchi Apparel (P) Ltd.", ["natchi", "apparel"]],
  ])("%s → %j", (name, tokens) => {
    expect(latin(name).tokens).toEqual(tokens);
  });
  it("reads Imp & Exp, Imp/Exp, Imp. & Exp. and I/E as Import and Export", () => {
    const full = latin("Zhangzhou Hengfa Import and Export Co., Ltd.").tokens;
    expect(full).toEqual(["zhangzhou", "hengfa", "import", "and", "export"]);
    expect(latin("ZHANGZHOU HENGFA IMP & EXP CO LTD").tokens).toEqual(full);
    expect(latin("Zhangzhou Hengfa Imp. & Exp. Co., Ltd.").tokens).toEqual(full);
    expect(latin("ZHANGZHOU HENGFA I/E CO LTD").tokens).toEqual(full);
    expect(latin("Zhangzhou Hengfa Imp/Exp Co., Ltd.").tokens).toEqual(["zhangzhou", "hengfa", "import", "export"]);
    expect(latin("Zhangzhou Hengfa I/E Co").rewrites).toContainEqual(["ie", "import and export"]);
  });
  it("reads the Vietnamese XNK (xuất nhập khẩu) as Import and Export (held-out batch 2026-12s)", () => {
    const full = latin("Zhangzhou Hang Fat Import and Export Co., Ltd.").tokens;
    expect(latin("Zhangzhou Hang Fat Xnk Company Limited").tokens).toEqual(full);
    expect(latin("JUNAN COUNTY JINSHENG XNK CO LTD").tokens).toEqual(latin("Junan County Jinsheng Import and Export Co Ltd").tokens);
    expect(latin("Xnk Hang Fat").rewrites).toContainEqual(["xnk", "import and export"]);
    // Only the whole token: a name word with the letters in it is left.
    expect(latin("Xnkx Trading").tokens).toContain("xnkx");
  });
  it("reads ordinals written in figures as words, and leaves other numbers", () => {
    expect(latin("XPCC 8th Division").tokens).toEqual(latin("XPCC Eighth Division").tokens);
    expect(latin("Yunnan First Prison").tokens).toEqual(latin("Yunnan 1st Prison").tokens);
    expect(latin("Yunnan 1st Prison").tokens).toContain("1st");
    expect(latin("Yu Long No. 2").tokens).toContain("2");
    expect(latin("8 Star Trading").tokens).toContain("8");
  });
  it("records what it stripped, for the explanation", () => {
    expect(latin("Maxter Glove Manufacturing Sdn. Bhd.").strippedLegalForms.length).toBeGreaterThan(0);
  });
  it("keeps a legal-looking code when removing it would leave only a place", () => {
    expect(latin("GP Lumut").tokens).toEqual(["gp", "lumut"]);
  });
  it("classes generic words and places as weak evidence", () => {
    const a = latin("Xinjiang Daqo New Energy Co Ltd");
    expect(a.classes[a.tokens.indexOf("daqo")]).toBe("distinctive");
    expect(a.classes[a.tokens.indexOf("xinjiang")]).toBe("place");
    expect(a.classes[a.tokens.indexOf("energy")]).toBe("generic");
  });
});

describe("CJK path", () => {
  it("strips legal forms as end-anchored substrings", () => {
    expect(cjk("合盛硅业股份有限公司").core).toBe("合盛硅业");
    expect(cjk("合盛硅业 有限公司").core).toBe("合盛硅业");
  });
  it("folds traditional characters to simplified", () => {
    expect(cjk("合盛矽業股份有限公司").core).toBe("合盛硅业");
  });
  it("keeps a branch qualifier in brackets as part of the core", () => {
    expect(cjk("合盛硅业（鄯善）有限公司").core).toBe("合盛硅业鄯善");
  });
  it("only strips bracketed Japanese and Korean forms with their brackets", () => {
    expect(cjk("주성엔지니어링").core).toBe("주성엔지니어링");
  });
});

describe("toSimplified", () => {
  const tables = bundledTables();
  /** The plain reading it stands for: every character looked up, then every position tried for a Taiwan word form. */
  const reference = (text: string) => {
    let out = "";
    for (const ch of text) out += tables.traditionalToSimplified.get(ch) ?? ch;
    let mainland = "";
    for (let i = 0; i < out.length;) {
      const found = tables.regionalPhrases.get(out[i])?.find(([from]) => out.startsWith(from, i));
      mainland += found ? found[1] : out[i];
      i += found ? found[0].length : 1;
    }
    return mainland;
  };
  it("reads as looking up every character and every word form would", () => {
    const traditional = [...tables.traditionalToSimplified.keys()];
    const astral = traditional.filter((ch) => ch.length === 2);
    expect(astral.length).toBeGreaterThan(0);
    const phrases = [...tables.regionalPhrases.values()].flat().map(([from]) => from);
    const pieces = fc.oneof(
      fc.constantFrom(...traditional.slice(0, 400), ...astral),
      fc.constantFrom(...phrases.slice(0, 400)),
      fc.constantFrom("有限公司", "集团", "a", " ", "(", "\ud800", "𠀀"),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((a) => a.join("")),
        (text) => toSimplified(text, tables) === reference(text),
      ),
      { numRuns: 5_000 },
    );
    for (const text of ["鴻海精密工業股份有限公司", "資訊科技", "软件", "Acme"]) expect(toSimplified(text, tables)).toBe(reference(text));
  });
});

describe("a German register's Firma", () => {
  it("drops Firma before a name as it drops Messrs, and keeps it when nothing else would be left", () => {
    expect(latin("Firma Shandong Gold Smelting Co., Ltd.").tokens).toEqual(["shandong", "gold", "smelting"]);
    expect(latin("Firma").tokens).toEqual(["firma"]);
  });
});
