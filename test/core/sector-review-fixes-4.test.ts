import { bundledProductReader } from "../../src/core/sector";

// The review fixes of review-products-4 (docs/sector-risk.md, "Review fixes of the Portuguese round"), on texts outside
// every labelled batch: the Portuguese heads read anywhere ("forma", "capa", "doce de", "coxinha de") count only in a
// text read as Portuguese (terms.json "portuguese": a cue word or "p/"), and "capa" or "forma" does not govern a
// material after "de" (what it is made of); a Malay context term counts beside another Malay word the tables know
// (terms.json "malay" "words", or a second context term).
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const goods = (text: string) => read(text).goods;

describe("Portuguese heads read anywhere count only in a Portuguese text", () => {
  test.each([
    ["Forma Ideale cheese", "Dairy Products"],
    ["Forma cheese wheel", "Dairy Products"],
    ["Capa negra tomato sauce", "Tomato Products"],
    ["Una forma di pecorino", "Dairy Products"],
    ["Capa de cacao", "Cocoa"],
    ["Capa de cacao en polvo 25 kg", "Cocoa"],
  ])("%s is %s", (text, good) => {
    expect(read(text).status).toBe("goods");
    expect(goods(text)).toContain(good);
  });

  // In a Portuguese text they still govern the good; "doce de leite" and "coxinha de frango" follow the labelled
  // precedent of 2026-12zz (p52-270 "DOCE DE BANANA", p52-276 "COXINHA DE FRANGO": no good).
  test.each([
    ["Forma p/ calçados femininos tam 37", "forma"],
    ["Capa p/ celular Samsung A54", "capa"],
    ["Doce de leite cremoso 400g", "doce de"],
    ["Coxinha de frango congelada cx 50", "coxinha de"],
  ])("%s names no good: the head is %s", (text, head) => {
    expect(goods(text)).toEqual([]);
    expect(read(text).head?.word).toBe(head);
  });
});

describe("A capa or forma does not govern a material after 'de'", () => {
  test.each([
    ["Capa de algodão", "Cotton"],
    ["Capa de edredom algodão", "Cotton"],
    ["Capa de almofada de algodão cru 45x45", "Cotton"],
  ])("%s is %s", (text, good) => {
    expect(read(text).status).toBe("goods");
    expect(goods(text)).toContain(good);
  });
});

describe("A Malay context term counts beside another Malay word", () => {
  test.each([
    ["Sarung batik", "Garments"],
    ["Sarung tenun", "Garments"],
    ["Mainan kayu edukatif", "Toys"],
    ["Pasir silika", "Sand"],
    ["Cabe rawit 10kg", "Peppers"],
  ])("%s is %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });

  test.each([
    "No cabe en la caja",
    "PADI open water diving course",
    "Spare parts delivered to Pasir Gudang warehouse",
    "Sarung Mobile cover case",
    "Kaos chaos theory book",
    "Mainan Edukasi books",
  ])("%s still names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});
