import headJson from "../../src/data/sector/head-nouns.json";
import { bundledProductReader } from "../../src/core/sector";
import { HeadNounReader, type HeadNounFile } from "../../src/core/sector/head-noun";

// The review fixes of review-products-3 (docs/sector-risk.md, "Review fixes of the Malay round"), on texts outside every
// labelled batch: Malay and Indonesian words that are also words or names elsewhere (the service words "jasa" and
// "sewa", the terms "cabe", "padi", "pasir", "sarung", "kaos", "mainan", the heads read anywhere) count only in a text
// read as Malay or Indonesian (terms.json "malay": a head-first term or a cue word); bare "uji" is no head; Malay heads
// of household articles for clothes and cloth; Malay pet phrases; the Japanese の as data.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const goods = (text: string) => read(text).goods;

describe("Malay service words count only in a Malay or Indonesian text", () => {
  test.each([
    ["SEWA Trade Facilitation Centre embroidered cotton shirts", "Garments"],
    ["Sewa handloom cotton sarees", "Garments"],
    ["Jasa Marga cotton t-shirts", "Garments"],
  ])("%s is %s", (text, good) => {
    expect(read(text).status).toBe("goods");
    expect(goods(text)).toContain(good);
  });

  test.each(["Jasa jahit kemeja batik", "Sewa tenda untuk pesta pernikahan", "Sewa gudang Bekasi Januari 2027"])(
    "%s is a service",
    (text) => {
      expect(read(text).status).toBe("service");
    },
  );
});

describe("Malay heads read anywhere count only in a Malay or Indonesian text", () => {
  test.each([
    ["Uji green tea leaves", "Tea"],
    ["Premium Uji tea", "Tea"],
    ["Kyoto Uji green tea", "Tea"],
    ["Tutup tomato paste", "Tomato Products"],
    ["Benih shrimp", "Shrimp"],
    ["Gula cocoa drink", "Cocoa"],
    ["Tanpa gula cocoa drink", "Cocoa"],
  ])("%s is %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test.each(["Benih udang vaname ukuran PL10", "Tutup gelas kopi plastik", "Kotak teh celup kayu", "Uji lab kadar air biji kopi"])(
    "%s still names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  // Coconut sugar is not Coconuts (the labelled precedent p51-173, "Gula Semut Kelapa (Coconut Sugar)"; p7-021 palm sugar).
  test("Gula Melaka coconut sugar names no good, by the coconut sugar precedent, not by gula", () => {
    expect(goods("Gula Melaka coconut sugar")).toEqual([]);
    expect(read("Gula Melaka coconut sugar").head).toBeUndefined();
  });
});

describe("short Malay terms that are words or names elsewhere name a good only in a Malay or Indonesian text", () => {
  test.each([
    "No cabe en la caja, plastic organiser",
    "cabe tornillos y tuercas",
    "Cabe usb tipo c",
    "PADI open water diving course",
    "Spare parts delivered to Pasir Gudang warehouse",
    "Sarung Mobile cover case",
    "Kaos chaos theory book",
    "Mainan Edukasi books",
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test.each([
    ["Cabe rawit merah segar 1 kg", "Chile Peppers"],
    ["Padi kering giling 5 ton", "Rice"],
    ["Pasir sungai cor 1 truk", "Sand"],
    ["Sarung batik pria motif parang", "Garments"],
    ["Kaos polos katun combed 30s", "Garments"],
    ["Mainan anak kayu edukatif", "Toys"],
  ])("%s is %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("Malay heads of articles for clothes and cloth, and clothes for pets", () => {
  test.each(["Seterika baju", "Pengering baju", "Penyangkut baju", "Bakul baju", "Papan seterika baju", "Gunting kain"])(
    "%s names no good",
    (text) => {
      expect(goods(text)).toEqual([]);
    },
  );

  // As "Waterproof dog coats fleece lined" (p15-173): a pet's clothes are a pet product.
  test.each(["Baju untuk anjing", "Baju kucing lucu"])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test.each(["Baju kurung anak", "Kemeja batik lengan panjang pria"])("%s still names a good", (text) => {
    expect(read(text).status).toBe("goods");
  });
});

describe("the characters that end a Chinese or Japanese word are data (cjkWordEnds)", () => {
  const spans = [{ start: 0, end: 3, material: false }];
  test("の after freight ends the word, as in the bundled table", () => {
    const heads = new HeadNounReader(headJson as HeadNounFile);
    expect(heads.cjk("番茄酱陆运费の請求", spans).map((g) => g && `${g.kind}:${g.word}`)).toEqual(["service:陆运费"]);
  });
  test("without it, の is a character like another", () => {
    const heads = new HeadNounReader({ ...(headJson as HeadNounFile), cjkWordEnds: [] });
    expect(heads.cjk("番茄酱陆运费の請求", spans)).toEqual([null]);
  });
});
