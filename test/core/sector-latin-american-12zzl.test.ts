import spanishJson from "../../src/data/sector/spanish.json";
import { bundledProductReader } from "../../src/core/sector";

// sector-67 (tuned on 2026-12zzl): Latin American Spanish and Brazilian Portuguese procurement lines, on texts written
// for the test, outside every labelled file (test/eval/products*.csv). Each group says how the texts read on main
// 6b16cc4, before.
const reader = bundledProductReader();
const read = (text: string) => [...reader.read(text).goods].sort();
const sorted = (goods: string[]) => [...goods].sort();

describe("spanish.json: Latin American Spanish goods words", () => {
  // On 6b16cc4: all unmapped (none of these words was a term).
  test.each([
    ["Jitomate bola de segunda, caja 20 kg", ["Tomatoes"]],
    ["Papa blanca lavada, saco 50 kg", ["Potatoes"]],
    ["Frazada polar 2 plazas, unidad", ["Textiles"]],
    ["Colchas de una plaza para internado", ["Textiles"]],
    ["Chompa escolar de lana, talla 12", ["Garments"]],
    ["Casaca impermeable para serenos", ["Garments"]],
    ["Borceguí de seguridad talle 42, par", ["Footwear"]],
    ["Ojotas de goma talle 40, par", ["Footwear", "Footwear (sandals)"]],
    ["Tabletas electrónicas de 8 pulgadas para docentes", ["Electronics"]],
    ["Videoproyector portátil 4000 lúmenes", ["Electronics"]],
    ["Archiveros metálicos de 3 gavetas", ["Furniture", "Furniture (steel)"]],
    ["Cama metálica de una plaza para cuartel", ["Furniture", "Furniture (steel)"]],
    ["Madera cepillada de pino, pie tablar", ["Timber"]],
    ["Tirantes de pino 3 x 6 pulgadas", ["Timber"]],
    ["Carbón de algarrobo, bolsa 4 kg", ["Charcoal"]],
    ["Pinzas de disección sin dientes 12 cm", ["Surgical Instruments"]],
    ["Tijera Mayo recta 15 cm, acero inoxidable", ["Surgical Instruments"]],
    ["Marraqueta del día, kilo", ["Baked Goods"]],
    ["Panetón de 900 g en caja", ["Baked Goods"]],
    ["Adornos navideños para el frontis del municipio", ["Christmas Decorations"]],
    ["Fuegos artificiales para las fiestas patrias", ["Fireworks", "Pyrotechnics"]],
    ["Sal yodada fina, bolsa 1 kg", ["Salt"]],
    ["Mate cocido en saquitos x 25", ["Yerba Mate (stimulant plant)"]],
    ["Pelotas de fútbol número 4", ["Soccer Balls"]],
    ["Suministro de sistemas solares fotovoltaicos para postas rurales", ["Solar Modules"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(sorted(goods));
  });
  // On 6b16cc4: Textiles (the fabric named after the gown), Leather.
  test.each([
    ["Bata quirúrgica de tela no tejida, talla M", ["Garments"]],
    ["Delantal clínico de tela antifluido", ["Garments"]],
    ["Borceguíes de cuero para brigadistas", ["Footwear"]],
  ])("the article, not its material: %s", (text, goods) => {
    expect(read(text)).toEqual(sorted(goods));
  });
  test("'papa' alone is no potato, nor a word for paper", () => {
    expect(read("Visita del Papa, vallas de seguridad")).toEqual([]);
    expect(read("Papel bond carta, resma")).toEqual([]);
  });
  test("'sal de frutas' and 'tableta' alone are no salt and no tablet computer", () => {
    expect(read("Sal de frutas, sobres")).toEqual([]);
    expect(read("Paracetamol 500 mg tableta")).toEqual([]);
  });
  test("a fireworks show is a service", () => {
    expect(read("Servicio de espectáculo de fuegos artificiales")).toEqual([]);
  });
});

describe("spanish.json: heads written before the good, read in every text", () => {
  test("the table's heads are groups with words", () => {
    expect(spanishJson.heads.length).toBeGreaterThan(0);
    for (const h of spanishJson.heads) expect(h.words.length).toBeGreaterThan(0);
  });
  // On 6b16cc4: Coffee, Solar Modules, Corn.
  test.each([
    ["Máquina de café espresso de dos grupos"],
    ["Estructura de soporte para paneles solares sobre techo"],
    ["Arepas de maíz blanco, paquete x 5"],
  ])("%s names no good", (text) => {
    expect(read(text)).toEqual([]);
  });
  test("the good alone is still read", () => {
    expect(read("Café en grano tostado, bolsa 1 kg")).toEqual(["Coffee"]);
    expect(read("Paneles solares de 450 W")).toEqual(["Solar Modules"]);
  });
});

describe("spanish.json: adjectives, purposes, services", () => {
  // On 6b16cc4: Electronics ('portátiles', laptops) twice, [] (no term then: a guard on the new PV terms), Solar Modules.
  test.each([
    ["Radios portátiles VHF para brigadas", []],
    ["Linternas portátiles recargables", []],
    ["Inversor de 3 kW para sistemas fotovoltaicos", []],
    ["Colocación de paneles solares del municipio, mano de obra", []],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(sorted(goods));
  });
  test("'portátiles' alone is still laptops", () => {
    expect(read("Suministro de portátiles para la secretaría")).toEqual(["Electronics"]);
  });
  test("a supply chain names no supply", () => {
    expect(read("Auditoría de la cadena de suministro de café")).toEqual([]);
  });
});

describe("terms.json: unless phrases for medical cotton, plating, places and eggs", () => {
  // On 6b16cc4: Cotton, Gold, Gold, Gold, Cotton, Poultry.
  test.each([
    ["Algodón absorbente en rollo de 250 g"],
    ["Trofeos bañados en oro con base de mármol"],
    ["Alumbrado público en Río de Oro"],
    ["Ampliación de escuela en Oro Verde"],
    ["Reparación de calles en Los Algodones"],
    ["Huevos de gallina frescos, bandeja x 30"],
  ])("%s names no good", (text) => {
    expect(read(text)).toEqual([]);
  });
  test("cotton and gold themselves are still read", () => {
    expect(read("Algodón en rama, fardo")).toEqual(["Cotton"]);
    expect(read("Oro fino en lingotes")).toEqual(["Gold"]);
  });
});

describe("terms.json: Brazilian Portuguese item lines", () => {
  // On 6b16cc4: unmapped, but the brick Cement and the sardines Tomato Products.
  test.each([
    ["Avental cirúrgico estéril em TNT, tamanho M", ["Garments"]],
    ["Tablet educacional 8 polegadas", ["Electronics"]],
    ["Fornecimento de placas solares para escola municipal", ["Solar Modules"]],
    ["Areia grossa lavada, m3", ["Sand"]],
    ["Pinça Kelly reta 16 cm", ["Surgical Instruments"]],
    ["Sabonete líquido 500 ml", ["Soap"]],
    ["Tijolo ecológico de solo-cimento, milheiro", ["Bricks"]],
    ["Sardinha ao molho de tomate, lata 250 g", ["Fish"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(sorted(goods));
  });
  test("cement and tomato sauce themselves are still read", () => {
    expect(read("Cimento Portland CP II, saco 50 kg")).toEqual(["Cement"]);
    expect(read("Molho de tomate, sachê 340 g")).toEqual(["Tomato Products"]);
  });
});

describe("packing-medium.json: Spanish and Portuguese tomato sauce", () => {
  // On 6b16cc4: Tomato Products.
  test("written after the fish without a preposition, the sauce is what it is packed in", () => {
    expect(read("Sardinas salsa de tomate 425 g")).toEqual(["Fish"]);
    expect(read("Atún en salsa de tomate, lata")).toEqual(["Fish"]);
  });
});

describe("terms.json: a computer named by its processor or memory", () => {
  // On 6b16cc4: all unmapped ('notebook' is no term).
  test.each([
    ['Notebook 15" Core i7 32 GB para el área de diseño'],
    ["Notebook 13 pulgadas Ryzen 5, 8 GB"],
    ["Notebook 14 pollici, 8 GB RAM"],
  ])("%s is Electronics", (text) => {
    expect(read(text)).toEqual(["Electronics"]);
  });
  test("a paper notebook is still none", () => {
    expect(read("Notebook A5 rayado, 100 hojas")).toEqual([]);
  });
});

describe("terms.json: a goods cue before a service or labour names no supply (notGoodsCues)", () => {
  // On 6b16cc4: [], Garments, []; with the new goods cues alone they read Garments, Garments, Solar Modules.
  test.each([
    ["Adquisición de servicio de lavandería de uniformes"],
    ["Suministro de mano de obra para confección de uniformes"],
    ["Fornecimento de mão de obra para instalação de placas solares"],
  ])("%s names no good", (text) => {
    expect(read(text)).toEqual([]);
  });
  test("the cues still say goods are supplied", () => {
    expect(read("Suministro e instalación de paneles solares")).toEqual(["Solar Modules"]);
    expect(read("Contratação de empresa para fornecimento e instalação de placas solares")).toEqual(["Solar Modules"]);
  });
});
