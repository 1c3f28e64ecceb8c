import { bundledProductReader } from "../../src/core/sector";
import { elide, romanceTables } from "../../src/core/sector/romance";

// sector-65 (tuned on 2026-12zzj): the French, Spanish and Italian tables, the elision stage and the German and Dutch
// notice words, on texts written for the test, outside every labelled file. On main f8a6073 each read no good.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text).goods;

describe("elide (src/data/sector/elision.json)", () => {
  test.each([
    ["Achat d'ordinateurs portables", "Achat d ordinateurs portables"],
    ["fornitura dell\u2019arredo", "fornitura dell arredo"],
    ["L'acquisto di divise", "L acquisto di divise"],
  ])("%s", (text, out) => {
    expect(elide(text)).toBe(out);
  });
  test("other apostrophes are kept", () => {
    expect(elide("O'Brien int'l men's shoes")).toBe("O'Brien int'l men's shoes");
  });
});

describe("the tables have the LanguageTable form", () => {
  test("each has entries and services", () => {
    for (const t of romanceTables()) {
      expect(t.entries.length).toBeGreaterThan(0);
      expect(Array.isArray(t.services)).toBe(true);
    }
  });
});

describe("goods of EU supply notices in French, Spanish, Italian, German and Dutch", () => {
  test.each([
    ["Achat d'ordinateurs portables pour les écoles", ["Electronics"]],
    ["Fourniture de mobilier scolaire", ["Furniture"]],
    ["Marché de fourniture de panneaux photovoltaïques", ["Solar Modules"]],
    ["Suministro de paneles fotovoltaicos", ["Solar Modules"]],
    ["Suministro de guantes de nitrilo", ["Rubber Gloves", "Gloves"]],
    ["Fornitura di sale stradale", ["Salt"]],
    ["Fornitura di arredi per ufficio", ["Furniture"]],
    ["Beschaffung von Einmalhandschuhen", ["Rubber Gloves", "Gloves"]],
    ["Lieferung von Solarmodulen", ["Solar Modules"]],
    ["Levering van naaldhout", ["Timber"]],
    ["Levering van veiligheidswerkschoenen", ["Footwear"]],
  ])("%s", (text, goods) => {
    expect(read(text)).toEqual(goods);
  });
  test("a German compound on Handschuhe is gloves, not shoes (german.json heads)", () => {
    expect(read("Arbeitshandschuhe")).toEqual(["Gloves"]);
  });
  test.each(["Blanchisserie des tenues de travail", "Wasserijdiensten voor werkkleding", "Noleggio di divise"])(
    "%s is a service",
    (text) => {
      expect(reader.read(text).status).toBe("service");
    },
  );
});
