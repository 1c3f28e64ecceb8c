// Winner cells of EU and UK public-procurement award notices copied into a buyer's contract register (2026-12zzf round,
// matching-62): the notice's label before the name in its language, a consortium or joint bid's wrapper and role notes
// (src/core/cells/consortium.ts, data src/data/cells/consortium.json), vessel words and flag notes in Polish and
// Spanish (src/data/cells/lksg.json), CPV, KvK and award-value notes after the name.
import { CONSORTIUM_NEEDS, consortiumMembers, readConsortium } from "../../src/core/cells/consortium";
import { endsInLegalForm } from "../../src/core/cells/anatomy";
import { lksgNameReadings } from "../../src/core/cells/lksg";
import { Screener, bundledDataset } from "../../src/core";

const screener = new Screener(bundledDataset());
const screen = (name: string, country = "", product = "") => screener.screen({ name, country, product });
const members = (cell: string) => consortiumMembers(cell, (t) => endsInLegalForm(t)).map((m) => m.text);

describe("award-notice labels", () => {
  it.each([
    "Adjudicatario: Xinjiang Zefu Cotton Co., Ltd.",
    "Aggiudicatario: Xinjiang Zefu Cotton Co., Ltd. (Cina)",
    "Wykonawca: Xinjiang Zefu Cotton Co., Ltd.",
    "Dostawca: Xinjiang Zefu Cotton Co., Ltd.",
    "Auftragnehmer: Xinjiang Zefu Cotton Co., Ltd., China",
    "Zuschlag an: Xinjiang Zefu Cotton Co., Ltd.",
    "Titular: Xinjiang Zefu Cotton Co., Ltd. (China) – CPV 19200000",
    "Titulaire : Xinjiang Zefu Cotton Co., Ltd.",
    "Attributaire : Xinjiang Zefu Cotton Co., Ltd.",
    "Opdrachtnemer: Xinjiang Zefu Cotton Co., Ltd. (China) – KvK n.v.t.",
    "Contractor: Xinjiang Zefu Cotton Co., Ltd. – cotton yarn",
    "Supplier: Xinjiang Zefu Cotton Co., Ltd. (China) – Award value £0.00",
  ])("%s: the exact listed name is High", (cell) => {
    const r = screen(cell);
    expect([r.risk, r.match?.listing.id]).toEqual(["high", "uflpa-2025-01-15-xinjiang-zefu-cotton-co-ltd"]);
  });

  it("a label before a clean name flags nothing", () => {
    expect(screen("Wykonawca: Budimex S.A.").risk).toBe("none");
    expect(screen("Contractor: Balfour Beatty Civil Engineering Ltd").risk).toBe("none");
  });
});

describe("consortium stage", () => {
  it.each([
    [
      "Konsorcjum: China Cotton Group Shandong Logistics Park Co., Ltd. (lider), Kuehne + Nagel Sp. z o.o.",
      ["China Cotton Group Shandong Logistics Park Co., Ltd.", "Kuehne + Nagel Sp. z o.o."],
    ],
    [
      "UTE Jiangsu Yinlong Warehousing and Logistics Co., Ltd. – Grupo Logístico Sesé",
      ["Jiangsu Yinlong Warehousing and Logistics Co., Ltd.", "Grupo Logístico Sesé"],
    ],
    ["Groupement solidaire Alpha Textile Co., Ltd. et Geodis SA", ["Alpha Textile Co., Ltd.", "Geodis SA"]],
    [
      "RTI Alpha Pharma Co., Ltd. (mandataria) – Comifar Distribuzione S.p.A. (mandante)",
      ["Alpha Pharma Co., Ltd.", "Comifar Distribuzione S.p.A."],
    ],
    ["Bietergemeinschaft Alpha Cotton Co., Ltd. / Rhenus SE & Co. KG", ["Alpha Cotton Co., Ltd.", "Rhenus SE & Co. KG"]],
    ["ARGE Strabag AG / Porr Bau GmbH", ["Strabag AG", "Porr Bau GmbH"]],
    ["Consortium: Alpha Cotton Co., Ltd. (leader), Beta Logistics Ltd", ["Alpha Cotton Co., Ltd.", "Beta Logistics Ltd"]],
    ["Joint venture Alpha Works Ltd and Beta Build Ltd", ["Alpha Works Ltd", "Beta Build Ltd"]],
  ])("%s", (cell, expected) => {
    expect(members(cell)).toEqual(expected);
  });

  it("leaves names that only start like a wrapper alone", () => {
    for (const cell of [
      "Consortium Holdings Ltd",
      "Ute Schmidt GmbH",
      "Utensil Co., Ltd.",
      "Groupement Agricole du Sud",
      "Arge Warehousing and Logistics Co., Ltd.",
      "Atinova Corporation",
    ])
      expect([cell, members(cell)]).toEqual([cell, []]);
  });

  it("splits at a joining word only after a legal form", () => {
    expect(members("UTE Jiangsu Warehousing and Logistics Co., Ltd. y Sesé SA")).toEqual([
      "Jiangsu Warehousing and Logistics Co., Ltd.",
      "Sesé SA",
    ]);
  });

  it("its precheck admits every cell the stage reads and turns others away", () => {
    const cells = [
      "Konsorcjum: Alfa Sp. z o.o. (lider), Beta S.A.",
      "UTE Alfa SA – Beta SL",
      "  RTI Alfa S.p.A. / Beta S.r.l.",
      "ARGE Alfa AG / Beta GmbH",
    ];
    for (const c of cells) {
      expect(readConsortium(c, (t) => endsInLegalForm(t)).length).toBeGreaterThan(0);
      expect(CONSORTIUM_NEEDS.test(c)).toBe(true);
    }
    expect(CONSORTIUM_NEEDS.test("Xinjiang Zefu Cotton Co., Ltd. / Rhenus SE & Co. KG")).toBe(false);
    expect(CONSORTIUM_NEEDS.test("Supplier: Alpha Corporation")).toBe(false);
  });

  it("screens each member as a supplier of its own: the worst risk wins", () => {
    for (const cell of [
      "Konsorcjum: China Cotton Group Shandong Logistics Park Co., Ltd. (lider), Kuehne + Nagel Sp. z o.o.",
      "Groupement solidaire Xinjiang Huafu Hongfeng Agricultural Development Co., Ltd. et Geodis SA",
      "RTI Xinjiang Tefeng Pharmaceutical Industry Co., Ltd. (mandataria) – Comifar Distribuzione S.p.A. (mandante)",
      "Bietergemeinschaft Xinjiang Tianfu Cotton Supply Chain Co., Ltd. / Rhenus SE & Co. KG",
    ])
      expect([cell, screen(cell).risk]).toEqual([cell, "high"]);
    expect(screen("Konsorcjum: Budimex S.A. (lider), Ferrovial Construction Sp. z o.o.").risk).toBe("none");
    expect(screen("Groupement solidaire Eiffage Construction et Bouygues Bâtiment Ile-de-France").risk).toBe("none");
  });
});

describe("vessel words and flag notes in Polish and Spanish", () => {
  it.each([
    ["Statek rybacki HANGTON NO. 112 (bandera: Fidżi)", "HANGTON NO. 112"],
    ["MFV YU LONG No.2 (pabellón: Taiwán)", "YU LONG No.2"],
    ["Buque pesquero DA WANG (bandera: Vanuatu)", "DA WANG"],
    ["Peschereccio DA WANG (bandiera: Vanuatu)", "DA WANG"],
  ])("%s", (cell, name) => {
    expect(lksgNameReadings(cell).map((r) => r.text)).toEqual([name]);
  });

  it("finds the listed vessels", () => {
    expect(screen("Statek rybacki HANGTON NO. 112 (bandera: Fidżi)", "Fidżi").match?.listing.id).toBe("wro-2021-08-04-hangton-no-112");
    expect(screen("MFV YU LONG No.2 (pabellón: Taiwán)", "Taiwán").match?.listing.id).toBe("wro-2020-05-11-yu-long-no-2");
  });
});
