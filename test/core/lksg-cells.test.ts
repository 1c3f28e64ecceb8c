// Supplier cells of a German manufacturer's LkSG risk-analysis workbook: labels before the name, the officer's fields,
// ratings, measures and status notes after it, goods in German, vessel words, a trader and a vessel's owner (2026-12zz
// round, matching-56; src/core/cells/lksg.ts).
import { hasLksgData, lksgNameReadings } from "../../src/core/cells/lksg";
import { Screener, bundledDataset } from "../../src/core";

const reading = (cell: string) => lksgNameReadings(cell).map((r) => `${r.role}: ${r.text}`);
const screener = new Screener(bundledDataset());
const risk = (name: string) => screener.screen({ name, country: "", product: "" }).risk;

describe("LkSG workbook cells", () => {
  it.each([
    ["Lieferant: Xinjiang Zhongtai Chemical Co., Ltd. – PVC-Harz – Risiko: hoch", ["name: Xinjiang Zhongtai Chemical Co., Ltd."]],
    ["Zulieferer (Tier 3): Hoshine Silicon Industry – Siliziummetall", ["name: Hoshine Silicon Industry"]],
    ["Meixin Hair Products – Perücken – Standort: Lop, Hotan", ["name: Meixin Hair Products"]],
    ["Yili Zhuowan Garment Manufacturing – Hemden – Lieferanten-Nr. 4711", ["name: Yili Zhuowan Garment Manufacturing"]],
    ["Hetian Haolin Hair Accessories – priorisiert", ["name: Hetian Haolin Hair Accessories"]],
    ["Baoding LYSZD Trade – Geschäftsbeziehung beendet (illustrative)", ["name: Baoding LYSZD Trade"]],
    ["Wang Tsang Coal Works – Gusseisenteile, Kohle", ["name: Wang Tsang Coal Works"]],
    ["Fischereifahrzeug „Hangton No. 112“ (Flagge: Fidschi)", ["name: Hangton No. 112"]],
    ["Yu Long Nr. 2 (Fangschiff) – Eigner: Example Fishery Co.", ["name: Yu Long No. 2", "ultimate: Example Fishery Co."]],
    [
      "Kaschgar Textil GmbH – Garn – bezogen über Händler Example Trading Ltd.",
      ["name: Kaschgar Textil GmbH", "care_of: Example Trading Ltd."],
    ],
    ["Beispiel Werke – Gewebe – bezogen über Händler", ["name: Beispiel Werke"]],
  ])("%s", (cell, readings) => {
    expect(reading(cell)).toEqual(readings);
    expect(hasLksgData(cell)).toBe(true);
  });

  it("leaves cells without workbook data alone", () => {
    for (const cell of [
      "Kreis Hotan Trading Co., Ltd.",
      "Müller Holz GmbH",
      "Village Committee – Hotan",
      "Asia Pacific Textiles – Shenzhen",
      "Jiangguoguo – Rosinen",
      "Standort Logistics Co., Ltd.",
    ])
      expect(lksgNameReadings(cell)).toEqual([]);
  });

  it("screens the name without the workbook's data, never a trader or a group named beside it", () => {
    expect(risk("Lieferant: Lop County Hair Product Industrial Park – Echthaar – Risikoeinstufung: mittel")).toBe("high");
    expect(risk("Fangschiff „Hangton No. 112“ (Flagge: Fidschi) – Thunfisch")).toBe("high");
    expect(risk("Example Frozen Foods Co., Ltd. – Gemüse – bezogen über Dalian Sunspeed Foods Co., Ltd.")).toBe("none");
    expect(risk("Example Aluminium Co., Ltd. – Aluminiumbarren – Konzern: Shandong Weiqiao Pioneering Group")).toBe("none");
    expect(risk("Lieferant: Müller Holzbau GmbH – Schnittholz – Risiko: niedrig")).toBe("none");
  });
});
