import { Screener, bundledDataset } from "../../src/core";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";
import { CYRILLIC_TABLES, cyrillicWord, hasCyrillic, latinFromCyrillic, readPalladius } from "../../src/core/transliterate/cyrillic";

// Names here are NOT from held-out batch 2026-12zn: other listed firms written in Palladius, and clean Russian,
// Kazakh and Chinese firms.
describe("Cyrillic stage: Palladius syllables", () => {
  it("reads a Palladius word as pinyin run together", () => {
    expect(readPalladius("тэнсян")).toBe("tengxiang");
    expect(readPalladius("цзинвэйда")).toBe("jingweida");
    expect(readPalladius("иньфэн")).toBe("yinfeng");
    expect(readPalladius("сычуань")).toBe("sichuan");
    expect(readPalladius("цзыбо")).toBe("zibo");
    expect(readPalladius("шэньчжэнь")).toBe("shenzhen");
    expect(readPalladius("хуэйчжоу")).toBe("huizhou");
    expect(readPalladius("сюэ")).toBe("xue");
  });
  it("splits at a hard sign and backtracks when the longest syllable leaves no parse", () => {
    expect(readPalladius("чанъань")).toBe("changan");
    // "сиань": "си" + "ань" (there is no syllable "сиа").
    expect(readPalladius("сиань")).toBe("xian");
  });
  it("reads a word that does not split wholly into syllables as not Palladius", () => {
    expect(readPalladius("москва")).toBeNull();
    expect(readPalladius("казахмыс")).toBeNull();
    expect(readPalladius("северсталь")).toBeNull();
  });
  it("has a syllable for the system's distinctive spellings", () => {
    const t = CYRILLIC_TABLES.palladius;
    expect([t["ши"], t["чжун"], t["цзян"], t["синь"], t["сы"], t["цзы"], t["цы"], t["чжэ"], t["жэнь"], t["юань"]]).toEqual([
      "shi",
      "zhong",
      "jiang",
      "xin",
      "si",
      "zi",
      "ci",
      "zhe",
      "ren",
      "yuan",
    ]);
  });
});

describe("Cyrillic stage: words and letters", () => {
  it("only reads cells with a Cyrillic letter", () => {
    expect(hasCyrillic("Hubei Yinfeng Cotton Co., Ltd")).toBe(false);
    expect(latinFromCyrillic("Hubei Yinfeng Cotton Co., Ltd")).toBe("Hubei Yinfeng Cotton Co., Ltd");
    expect(hasCyrillic("Хубэй")).toBe(true);
  });
  it("reads trade words, legal forms and register marks, keeping the case", () => {
    expect(latinFromCyrillic("Хубэй Иньфэн Коттон Ко., Лтд")).toBe("Hubei Yinfeng Cotton Co., Ltd");
    expect(latinFromCyrillic("СЫЧУАНЬ ЦЗИНВЭЙДА ТЕКНОЛОДЖИ ГРУП КО., ЛТД")).toBe("SICHUAN JINGWEIDA TECHNOLOGY GROUP CO., LTD");
    expect(latinFromCyrillic("ТОО Казахмыс Смелтинг, бывш. АО Ромашка")).toBe("TOO Kazahmys Smelting, formerly. AO Romashka");
    expect(latinFromCyrillic("ПАО Северсталь - НЕ ИСПОЛЬЗОВАТЬ")).toBe("PAO Severstal - DO NOT USE");
    expect(latinFromCyrillic("Код: 000123 Acme")).toBe("Code: 000123 Acme");
  });
  it("sets aside a Russian rendering or note beside a Latin name, keeping register marks and the name's own words", () => {
    expect(latinFromCyrillic("Hubei Yinfeng Cotton Co., Ltd (Хубэй Иньфэн Коттон), г. Ухань")).toBe("Hubei Yinfeng Cotton Co., Ltd");
    expect(latinFromCyrillic("Xinjiang Tengxiang Magnesium Products - магний")).toBe("Xinjiang Tengxiang Magnesium Products");
    expect(latinFromCyrillic("Acme Trading Ltd (ЗАКРЫТ)")).toBe("Acme Trading Ltd (CLOSED)");
    expect(latinFromCyrillic("Acme Trading Ltd - НЕ ИСПОЛЬЗОВАТЬ")).toBe("Acme Trading Ltd - DO NOT USE");
    expect(latinFromCyrillic("SDIC Синьцзян Ко., Лтд")).toBe("SDIC Xinjiang Co., Ltd");
  });
  it("gives a bare status mark after a Latin name the dash the anatomy reads, once a bracketed rendering is set aside", () => {
    expect(latinFromCyrillic("Acme Trading Ltd (Акме Трейдинг) ЗАКРЫТ")).toBe("Acme Trading Ltd - CLOSED");
    expect(latinFromCyrillic("Acme Trading Ltd АРХИВ")).toBe("Acme Trading Ltd - INACTIVE");
    expect(latinFromCyrillic("Acme Trading Ltd НЕ ИСПОЛЬЗОВАТЬ")).toBe("Acme Trading Ltd - DO NOT USE");
    // Not a status mark: a code, a former name, a Russian word of the name.
    expect(latinFromCyrillic("Acme Trading Ltd ИНН 7701234567")).toBe("Acme Trading Ltd TIN 7701234567");
    expect(latinFromCyrillic("Acme Trading Ltd бывш. Бета")).not.toContain(" - ");
    expect(latinFromCyrillic("SDIC Синьцзян")).toBe("SDIC Xinjiang");
  });
  it("reads short capitals as initials, not Palladius", () => {
    expect(cyrillicWord("КТЖ")).toBe("KTZH");
    expect(cyrillicWord("ИП")).toBe("IP");
  });
  it("reads other words letter by letter, дж as j, х as h and кв as qu", () => {
    expect(cyrillicWord("Ташкент")).toBe("Tashkent");
    expect(cyrillicWord("Джамбул")).toBe("Jambul");
    expect(cyrillicWord("Хорезм")).toBe("Horezm");
    expect(cyrillicWord("Квалити")).toBe("Qualiti");
    expect(cyrillicWord("Эсквайр")).toBe("Esquayr");
  });
});

describe("Cyrillic stage in screening", () => {
  const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
  const screen = (name: string) => screener.screen({ name });
  it("matches listed firms written in Palladius", () => {
    const tengxiang = screen("Синьцзян Тэнсян Магнезиум Продактс Ко., Лтд");
    expect(tengxiang.risk).toBe("high");
    expect(tengxiang.match?.listing.id).toBe("uflpa-2024-08-09-xinjiang-tengxiang-magnesium-products-co-ltd");
    const yinfeng = screen("Хубэй Иньфэн Коттон Ко., Лтд");
    expect(yinfeng.match?.listing.id).toBe("uflpa-2024-05-17-hubei-yinfeng-cotton-co-ltd");
    const jingweida = screen("Сычуань Цзинвэйда Текнолоджи Груп Ко., Лтд");
    expect(jingweida.match?.listing.id).toBe("uflpa-2023-12-11-sichuan-jingweida-technology-group-co-ltd");
  });
  it("reads a register mark after a bracketed Russian rendering (no dash) as a status marker, not as a word of the name", () => {
    const malleable = screen("Tianjin Malleable Iron Factory (Тяньцзиньский ковкий чугун) ЗАКРЫТ");
    expect([malleable.risk, malleable.match?.listing.id]).toEqual(["high", "hist-unknown-date-tianjin-malleable-iron-wro"]);
    const sanyou = screen("Tangshan Sanyou Group and its Subsidiaries (Таншань Саньюй) ЗАКРЫТ");
    expect(sanyou.risk).toBe("high");
  });
  it("reads a Russian name after a Latin status marker and a dash as the name, not as a note", () => {
    expect(latinFromCyrillic("ON HOLD - Синьцзян Тэнсян Магнезиум Продактс Ко., Лтд")).toBe(
      "ON HOLD - Xinjiang Tengxiang Magnesium Products Co., Ltd",
    );
    expect(screen("INACTIVE - Хубэй Иньфэн Коттон Ко., Лтд").match?.listing.id).toBe("uflpa-2024-05-17-hubei-yinfeng-cotton-co-ltd");
    // A Latin name before the dash still has its Russian note set aside.
    expect(latinFromCyrillic("Northwind Copper Works - медь")).toBe("Northwind Copper Works");
  });
  it("leaves clean Russian, Kazakh and Chinese firms alone", () => {
    for (const name of [
      "ТОО Казахмыс Смелтинг",
      "АО НАК Казатомпром",
      "ПАО Северсталь",
      "ООО Яндекс",
      "АО Узбекистон темир йуллари",
      "Хуавэй Текнолоджиз Ко., Лтд",
      "Шанхай Электрик Груп Ко., Лтд",
      "Ляонин Хуацзинь Кемикал Ко., Лтд",
    ]) {
      expect([name, screen(name).risk]).toEqual([name, "none"]);
    }
  });
});

describe("Cyrillic stage with a Russian country cell", () => {
  const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
  it("a region word in a Kazakh firm's name does not fire the Xinjiang rule when the country cell names Kazakhstan", () => {
    expect(screener.screen({ name: "ТОО Синьцзян Логистик", country: "Казахстан" }).risk).toBe("none");
    expect(screener.screen({ name: "ТОО Синьцзян Логистик", country: "Китай" }).risk).toBe("review");
    expect(screener.screen({ name: "ТОО Синьцзян Логистик" }).risk).toBe("review");
  });
});
