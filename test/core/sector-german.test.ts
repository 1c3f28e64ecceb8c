import { bundledProductReader } from "../../src/core/sector";
import { bundledCompoundReader, CompoundReader, germanSpellings, umlautDigraphs } from "../../src/core/sector/compound";

// The German stage and the German words added on 2026-12zm (docs/sector-risk.md, "German: umlaut spellings,
// abbreviations and compounds"). Every text is outside 12zm; a case marked "guard" passes on the tables before.

describe("German umlaut spellings", () => {
  test("the ae/oe/ue/ss spelling of a text with an umlaut or ß", () => {
    expect(umlautDigraphs("Haselnüsse Größe")).toBe("haselnuesse groesse");
    expect(germanSpellings("Kreuzkümmel")).toEqual(["Kreuzkümmel", "kreuzkuemmel"]);
    expect(germanSpellings("cumin")).toEqual(["cumin"]);
  });

  const reader = bundledProductReader();
  test.each([
    ["HASELNUESSE GERIEBEN 1KG", ["Hazelnuts"]],
    ["Kreuzkuemmel gemahlen, Dose 500 g", ["Cumin"]],
    ["Palmoel roh, Tankzug 24 t", ["Crude Palm Oil", "Refined Palm Oil"]],
    ["Erdnuesse geroestet gesalzen 1 kg", ["Peanuts"]], // guard: passes on the tables before
    ["Haselnüsse gerieben 1 kg", ["Hazelnuts"]], // guard: passes on the tables before
    ["Kreuzkümmel ganz 250 g", ["Cumin"]], // guard: passes on the tables before
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("German abbreviations", () => {
  const reader = bundledProductReader();
  test.each([
    ["Wechselrichter 5 kW gem. Datenblatt", []],
    ["Schutzhelme gem. EN 397, weiss", []],
    ["Solarzellen mono, gem. Spezifikation 12-A", ["Solar Cells"]],
    ["Gem quality tourmaline, 2 ct", ["Gems"]], // guard: passes on the tables before (no dot)
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});

describe("German compounds", () => {
  const reader = bundledProductReader();
  test.each([
    // a German term of the table ends the compound: the word is split before it
    ["Parboiledreis 5 kg Beutel", ["Rice"]],
    ["Hintermauerziegel 2DF, Palette", ["Bricks", "Bricks (clay)"]],
    ["Seidenhalstuch", []], // guard: passes on the tables before (no head: "halstuch" is not split)
    ["Kaschmirschal grau 180x70", ["Fashion Accessories"]],
    ["Lederjacke Herren schwarz Gr. 52", ["Garments"]],
    ["Quarzsand 0,1-0,5 mm getrocknet, Big Bag", ["Sand"]], // guard: passes on the tables before
    ["Fugensand 25 kg Sack", ["Sand"]],
    ["Thousand Island dressing 1 l", []], // guard: passes on the tables before ("sand" is no head: thousand, ampersand)
    ["Meersalz grob 25 kg", ["Salt"]],
    ["Laubholzkohle 3 kg", ["Charcoal"]],
    // a German term of the table before a form word: the word is read as the good
    ["Kakaokerne geroestet 10 kg", ["Cocoa"]],
    ["Kupferbarren 99,9 %", ["Copper"]],
    ["Feinsilbergranulat 999, 500 g", ["Silver"]],
    ["Haselnusspaste 100 % 5 kg", ["Hazelnuts"]],
    ["Kokosmehl bio 1 kg", ["Coconuts"]],
    ["Granitplatten poliert 60x60", ["Granite"]],
    // traps: a price, a district, a trip, a flat rate, shipping, a goldfish and a travel bag are no goods
    ["Einkaufspreis netto lt. Liste", []], // guard: passes on the tables before
    ["Landkreis Muenchen, Gebuehr pauschal", []], // guard: passes on the tables before
    ["Dienstreise Hamburg, Hotel", []], // guard: passes on the tables before
    ["Pauschal fuer Postversand", []], // guard: passes on the tables before
    ["Goldfischglas 10 l", []], // guard: passes on the tables before
    ["Reisetasche Nylon 60 l", []], // guard: passes on the tables before
    ["Kakaoschalen als Mulch, 50 l Sack", []], // guard: passes on the tables before ("schalen" is no form)
    ["Traubenzucker Taefelchen 75 g", []], // guard: passes on the tables before
    // cross-language clashes (sector-41 review): an English glimmer, a copper paste, a currency, bath salts
    ["A glimmer of hope for suppliers", []],
    ["Kupferpaste Montagehilfe 100 g", []],
    ["Goldmark Muenze 1875", []],
    ["Badesalz Rosmarin 400 g", []],
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });

  test("a word ending in an exclusion is never split; the parts must be terms of the table", () => {
    const stage = new CompoundReader({ abbreviations: {}, minPart: 4, heads: ["reis"], modifiers: [], forms: [], exclusions: ["preis"] });
    expect(stage.read("Basmatireis Stueckpreis", () => false)).toBe("basmati reis Stueckpreis");
    expect(bundledCompoundReader().parts.length).toBeGreaterThan(0);
  });
});

describe("German names of List goods, German customs wording, services and packaging", () => {
  const reader = bundledProductReader();
  test.each([
    ["Damenbluse Baumwolle, Gr. 38", ["Garments"]],
    ["Bluse Leinen weiss Gr. 40", ["Garments"]],
    ["Sommerkleid Viskose Gr. 36", ["Garments"]],
    ["Steckernetzteil 12 V 2 A", []], // guard: passes on the tables before (not split: "netzteil" is no head)
    ["Netzteil 24 V 10 A Hutschiene", ["Electronics"]],
    ["Steuerplatine fuer Waschmaschine, Ersatzteil", ["Electronics"]],
    ["Ladegerät USB-C 30 W", ["Electronics"]], // guard: passes on the tables before
    ["Badelatschen Kinder Gr. 30", ["Footwear", "Footwear (sandals)"]],
    ["Plüschtier Hase 30 cm", ["Toys"]], // guard: passes on the tables before
    ["Holzspielzeug Bauklötze 50 Teile", ["Toys"]],
    ["Wunderkerzen 30 cm, 10 Stk", ["Fireworks", "Pyrotechnics"]],
    ["Sitzmöbel Wartebereich, 3-Sitzer", ["Furniture"]],
    ["Bettwäsche Satin 155x220", ["Textiles"]],
    ["Solarzellen, nicht zu Modulen zusammengesetzt", ["Solar Cells"]],
    ["Solarzellen, zu Modulen zusammengesetzt", ["Solar Modules"]],
    ["Datenverarbeitungsmaschinen, digital, tragbar", ["Electronics"]],
    ["Siliziumwafer n-Typ 210 mm", ["Photovoltaic Wafers"]],
    ["Glimmer Pulver 20 kg", ["Mica"]],
    ["Sandsteine gesaegt, 30 mm", ["Sandstone"]],
    ["Tomatenmark dreifach konzentriert 800 g", ["Tomato Products"]],
    ["Palmöl raffiniert, 20 l Kanister", ["Refined Palm Oil"]],
    ["Rohrzucker weiss 1 kg", ["Sugarcane"]],
    // services and packaging on a good
    ["Luftfracht Frankfurt - Shanghai, Elektronik", []], // guard: passes on the tables before
    ["Seefracht Solarmodule Shanghai - Bremerhaven", []],
    ["Verzollung Haselnüsse, pro Zollanmeldung", []],
    ["Kuehllagerung Garnelen -18 °C, pro Palette", []],
    ["Entsorgung Lithium-Ionen-Akkus, pro kg", []], // guard: passes on the tables before
    ["Lohnröstung Kaffee, pro Tonne", []],
    ["Steinmetzarbeiten Granit Treppe", []],
    ["Wartung Kaffeeroester, Jahresvertrag", []], // guard: passes on the tables before
    ["Geschenkpapier Spielzeug-Motiv, 5 Rollen", []],
    ["Faltschachteln fuer Christbaumkugeln, bedruckt", []],
    ["Drahtbügel für Hemden, 500 Stk", []], // guard: passes on the tables before (hangers, not the new "hemden")
  ])("%s", (text, goods) => {
    expect(reader.read(text).goods).toEqual(goods);
  });
});
