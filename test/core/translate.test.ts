import { Screener, bundledDataset, type ScreenResult } from "../../src/core";
import { foldText, latinTokens } from "../../src/core/normalise/text";
import {
  BUNDLED_TRANSLATION_FILES,
  bundledTranslations,
  compileTranslations,
  translateWords,
} from "../../src/core/translate/business-words";

const translate = (name: string) => translateWords(latinTokens(foldText(name)), bundledTranslations()).join(" ");

describe("translation stage: business words alone", () => {
  it("reads German and French trade words as English, umlauts either way", () => {
    expect(translate("Heze Baumwolle und Leinen")).toBe("heze cotton and linen");
    expect(translate("Tianchi Grüne Energie")).toBe("tianchi green energy");
    expect(translate("Tianchi Gruene Energie")).toBe("tianchi green energy");
    expect(translate("Xinsheng Chemische Werke")).toBe("xinsheng chemical werke");
    expect(translate("Zefu Coton")).toBe("zefu cotton");
  });
  it("reads a phrase as a whole, in English order", () => {
    expect(translate("Salsigne Mine d'or")).toBe("salsigne gold mine");
    expect(translate("Tianchi Énergie Nouvelle")).toBe("tianchi new energy");
    expect(translate("Bayi Fer et Acier")).toBe("bayi iron and steel");
    expect(translate("Zijin NE-Metalle")).toBe("zijin nonferrous metals");
    // Not a phrase without its other words: "mine" and "ne" alone stay.
    expect(translate("Mine Ne")).toBe("mine ne");
  });
  it("leaves a firm's own words and English words alone", () => {
    expect(translate("Ilsenburg Kontor Machines")).toBe("ilsenburg kontor machines");
  });
  it("lets an earlier table win, each table compiled alone", () => {
    const german = compileTranslations([BUNDLED_TRANSLATION_FILES[0]]);
    expect(german.words.get("energie")).toEqual(["energy"]);
    expect(german.phrases.has("mine")).toBe(false);
    const mine = compileTranslations([
      { language: "Test", words: { werk: "plant" } },
      { language: "Other", words: { werk: "works" } },
    ]);
    expect(mine.words.get("werk")).toEqual(["plant"]);
  });
  it("holds only words, each read as English words", () => {
    for (const file of BUNDLED_TRANSLATION_FILES) {
      for (const [word, english] of Object.entries(file.words)) {
        expect(latinTokens(foldText(word))).toHaveLength(1);
        expect(english).toMatch(/^[a-z ]+$/);
        // An entry read as itself ("gold": "gold") does nothing (src/data/translation/README.md).
        expect([word, english]).not.toEqual([word, foldText(word)]);
      }
      for (const phrase of Object.keys(file.phrases ?? {})) expect(latinTokens(foldText(phrase)).length).toBeGreaterThan(1);
    }
  });
});

describe("translation stage in the matcher (names outside held-out batch 2026-12zl)", () => {
  const screener = new Screener(bundledDataset());
  const screen = (name: string): ScreenResult => screener.screen({ name });
  const found = (name: string) => {
    const r = screen(name);
    return [r.match?.listing.id ?? null, r.risk];
  };
  it("matches a listed name with its trade words in German or French", () => {
    expect(found("Kuche Zongheng Baumwolle-Industrie Co., Ltd.")).toEqual([
      "uflpa-2025-01-15-kuche-zongheng-cotton-industry-co-ltd",
      "high",
    ]);
    expect(found("Heze Baumwolle und Leinen GmbH")).toEqual(["uflpa-2024-05-17-heze-cotton-and-linen-co-ltd", "high"]);
    expect(found("Xinjiang Tianchi Energie Co., Ltd.")).toEqual(["uflpa-2026-08-03-xinjiang-tianchi-energy-co-ltd", "high"]);
    expect(found("Xinjiang Tianchi Énergie SA")).toEqual(["uflpa-2026-08-03-xinjiang-tianchi-energy-co-ltd", "high"]);
    expect(found("Xinjiang Zefu Coton Co. Ltd")).toEqual(["uflpa-2025-01-15-xinjiang-zefu-cotton-co-ltd", "high"]);
    expect(found("Shenyang Xinsheng Chemische Werke")).toEqual(["wro-1993-09-03-shenyang-xinsheng-chemical", "high"]);
  });
  it("cuts a German compound of two table words (the run-together cut)", () => {
    expect(found("Shaya Yinhua Baumwollindustrie Co.")).toEqual(["uflpa-2025-01-15-shaya-yinhua-cotton-industry-co-ltd", "high"]);
  });
  it("does not make a German firm sharing a listed firm's distinctive word that firm (guards: each matches without its country)", () => {
    // Each name holds a listed name's distinctive word and a translated trade word: without a country it is matched (the
    // stage reads it), so these fail if a translated word counted as exact and survived another country.
    const germanFirms = ["Hoshine Silizium GmbH", "Zefu Baumwolle GmbH", "Tianchi Energie GmbH", "Valley Teppiche GmbH"];
    for (const name of germanFirms) expect([name, screen(name).risk]).not.toEqual([name, "none"]);
    for (const name of germanFirms) expect([name, screener.screen({ name, country: "Germany" }).risk]).toEqual([name, "none"]);
  });
  it("reads titan as titanium without making a firm named Titan a listed one", () => {
    expect(translate("Baoji Titan Industrie")).toBe("baoji titanium industrie");
    for (const name of ["Titan Tyres GmbH", "Titan Werkzeuge GmbH"]) expect([name, screen(name).risk]).toEqual([name, "none"]);
  });
});

describe("German and French cell notes in the screener (names outside held-out batch 2026-12zl)", () => {
  const screener = new Screener(bundledDataset());
  it("screens the name before zHd. and both names around ehem., vormals and anciennement", () => {
    for (const name of [
      "Heze Cotton and Linen Co., Ltd. zHd. Einkauf",
      "Acme Trading GmbH ehem. Hoshine Silicon Industry",
      "Hoshine Silicon Industry Co. Ltd. vormals Acme GmbH",
      "Acme Trading SARL anciennement Hoshine Silicon Industry",
    ])
      expect([name, screener.screen({ name }).risk]).toEqual([name, "high"]);
  });
});
