import { bundledProductReader } from "../../src/core/sector";
import { bundledTurkishReader, dotlessI, TurkishReader } from "../../src/core/sector/turkish";

// The Turkish stage and Turkish terms (docs/sector-risk.md, "Turkish: dotless i and the compound suffix"), on texts
// written for the test, outside the batch test/eval/products-heldout-2026-12zu.csv: ASCII-folded capitals without the
// dotless ı, the compound (possessive) suffix on a listed noun, Turkish names of goods, Turkish words that read as
// English ones (ham, kahve), and services, feeds and accessories named after a good.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("the dotless ı: capitals folded to ASCII read as the letters", () => {
  test("ı is read as i", () => {
    expect(dotlessI("Kırmızı halı")).toBe("Kirmizi hali");
  });

  test.each([
    ["YUN HALI 200X300 EL DOKUMA", "Carpets"],
    ["Yün halı 200x300 el dokuma", "Carpets"],
    ["FINDIK KAVRULMUS 1 KG", "Hazelnuts"],
    ["ZEYTINYAGI RIVIERA 1 LT", "Olives"],
    ["DOMATES SALCASI 4300 GR TENEKE", "Tomato Products"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("the compound suffix on a listed noun", () => {
  const turkish = bundledTurkishReader();
  test.each([
    ["ayakkabisi", "ayakkabi"],
    ["eldiveni", "eldiven"],
    ["tuglasi", "tugla"],
    ["terligi", "terlik"],
    ["dolabi", "dolap"],
    ["corabi", "corap"],
    ["sabunu", "sabun"],
    ["ayakkabilari", "ayakkabi"],
  ])("%s is the noun %s", (word, noun) => {
    expect(turkish.noun(word)).toBe(noun);
  });

  test.each([
    // Not a listed noun, or the wrong vowel for the noun (vowel harmony), or too short: kept as written.
    ["salami", null],
    ["tofu", null],
    ["sabuni", null],
    ["tuglasu", null],
  ])("%s is not a listed noun's suffix form", (word, noun) => {
    expect(turkish.noun(word)).toBe(noun);
  });

  test("a word that makes a term with the word before it is kept (mangal kömürü is charcoal)", () => {
    const stage = new TurkishReader({ nouns: ["kömür"], context: ["taş"] });
    expect(stage.read("MANGAL KOMURU 5 KG", (w) => w.join(" ") === "mangal komuru")).toBe("MANGAL KOMURU 5 KG");
    expect(stage.read("TAS KOMURU", () => false)).toBe("TAS KOMUR");
  });

  test.each([
    ["Güvenlik ayakkabısı S1P, 200 çift", "Footwear"],
    ["KAYNAKCI ELDIVENI DERI", "Gloves"],
    ["Şamot tuğlası 230x114x65", "Bricks"],
    ["Kadın kışlık terliği, 300 çift", "Footwear"],
    ["Çelik soyunma dolabı 2 kapılı", "Furniture (steel)"],
    ["SIVI SABUNU 1 LT", "Soap"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("Turkish names of goods", () => {
  test.each([
    ["ERKEK TISORT OVERSIZE SIYAH", "Garments"],
    ["Çocuk pijama takımı", "Garments"],
    ["Kadın çorap 3'lü", "Garments"],
    ["NEVRESIM TAKIMI TEK KISILIK", "Textiles"],
    ["KURU KAYISI 5 KG", "Fruit (Pome and Stone)"],
    ["Toz şeker 1 kg", "Sugarcane"],
    ["Kuru fasulye 1 kg", "Beans"],
    ["Osmancık pirinç 2,5 kg", "Rice"],
    ["Pirinç musluk 1/2", "Brassware"],
    ["Pilavlık bulgur 1 kg", "Wheat"],
    ["Cep telefonu kılıfsız", "Electronics"],
    ["Yılbaşı ağacı 150 cm", "Christmas Decorations"],
    ["KIBRIT 40 CAKIM", "Matches"],
    ["Mangal kömürü 3 kg", "Charcoal"],
    ["RAKI 35 CL", "Alcoholic Beverages"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("the garment, not its cotton (pamuk is a material)", () => {
    expect(goods("BEBEK PIJAMA %100 PAMUK")).toEqual(["Garments"]);
  });

  test("a collar (yaka) for a shirt is not the shirt; a neckline written with yaka is an attribute of the garment", () => {
    expect(goods("Gömlek yakası telası, 50 metre")).not.toContain("Garments");
    expect(goods("ERKEK GOMLEK HAKIM YAKA BEYAZ")).toEqual(["Garments"]);
    expect(goods("Polo yaka tişört pike")).toContain("Garments");
  });

  test("pirinç is rice or brass only in a name of either: rice paper is neither", () => {
    expect(goods("PIRINC KAGIDI 22 CM")).toEqual([]);
  });
});

describe("Turkish words that read as English ones", () => {
  test("ham (greige) beside fabric, yarn or cotton is not Hogs", () => {
    expect(goods("VISKON KUMAS HAM 140 GR")).not.toContain("Hogs");
    expect(goods("Ham pamuk 500 kg")).toEqual(["Cotton"]);
    expect(goods("Smoked ham 200g")).toContain("Hogs");
  });

  test("kahve (brown) after leather or a belt is not Coffee; Turkish coffee is", () => {
    expect(goods("DERI CUZDAN KAHVE")).not.toContain("Coffee");
    expect(goods("Kahve çekirdek 1 kg")).toContain("Coffee");
    expect(goods("TURK KAHVESI 250 GR")).toContain("Coffee");
  });

  test("a fruit in a flavoured text is the flavour (aromalı)", () => {
    expect(goods("Çay kayısı aromalı 20'li")).not.toContain("Fruit (Pome and Stone)");
  });

  test("Polish 'hali' (a hall) is not the Turkish halı", () => {
    expect(goods("Buty robocze do hali magazynowej")).not.toContain("Carpets");
  });
});

describe("services, feeds and accessories named after a good", () => {
  test.each([
    ["Pamuk numunesi analizi, 4 numune"],
    ["Ayakkabı tamiri ve onarım hizmeti"],
    ["Halı yıkama hizmeti, ofis"],
    ["Kumaş fason boyama, 1.000 kg"],
    ["Ayçiçeği küspesi %36 protein"],
    ["ELDIVEN KUTUSU KARTON"],
    ["TERLIK BAGCIGI"],
    ["TUGLA MALASI 9 INC"],
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

// Review fixes (review-products-1): the suffix and the Turkish-only words of the tables are read only in a Turkish text,
// one with ğ ı İ ş or a context word of turkish.json (docs/sector-risk.md, "Turkish: dotless i and the compound suffix").
describe("Turkish context", () => {
  const turkish = bundledTurkishReader();

  test.each([
    ["Kırmızı yün halı", true],
    ["İŞ AYAKKABISI S3", true],
    ["ATES TUGLASI 230X114", true],
    ["OFIS KOLTUGU DONER", true],
    ["PAMUKLU CORAP 3LU", true],
    ["Cocoa beans ex Kumasi depot", false],
    ["Najem hali produkcyjnej", false],
    ["Mala de couro marrom", false],
    ["Boxer dog lead", false],
    // Words other languages write too are not context words: Dutch beden (beds), Indonesian bebek (a duck).
    ["Beden en matrassen", false],
    ["Daging bebek beku", false],
  ])("%s is Turkish: %s", (text, expected) => {
    expect(turkish.isTurkish(text)).toBe(expected);
  });

  test.each([
    // A short suffix form in another language's text is not the noun (Kumasi, a city, is not kumaşı, fabric).
    ["Cocoa beans from Kumasi depot, 200 bags", ["Cocoa"]],
    ["Gold dore bars Kumasi", ["Gold"]],
    ["Office rent Kumasi branch", []],
    // Turkish-only words set aside in another language: Polish hala (a hall), Portuguese mala (a suitcase), Tulum, Kira.
    ["Dzierżawa hali magazynowej", []],
    ["Budowa hali stalowej 20x40", []],
    ["Mala de couro marrom", ["Leather"]],
    ["Mala executiva em couro legítimo", ["Leather"]],
    ["Tulum resort conference package", []],
    ["Kira organic cotton t-shirts", ["Garments"]],
    // An English boxer dog is not a garment.
    ["Boxer dog harness", []],
  ])("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });

  test.each([
    // In a Turkish text the same words are read as before.
    ["Yün halı 160x230", "Carpets"],
    ["HALI 120X180 MAKINE DOKUMA", "Carpets"],
    ["Bebek tulum %100 pamuk", "Garments"],
    ["ERKEK BOXER PAMUK 2LI", "Garments"],
    ["Erkek boxer 3'lü", "Garments"],
    ["IS AYAKKABISI S3 42", "Footwear"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test("Turkish-only words still make a service or an accessory in a Turkish text", () => {
    expect(reader.read("Depo kira bedeli, Aralık ayı").status).toBe("service");
    expect(goods("Sıva malası 28 cm")).toEqual([]);
  });
});
