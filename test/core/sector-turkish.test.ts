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
    const stage = new TurkishReader({ nouns: ["kömür"] });
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
