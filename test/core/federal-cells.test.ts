// Supplier cells of a US federal prime contractor's vendor master: CAGE codes and UEIs, the buyer's flags, SAM.gov
// notes, sub-tier notes, a remit-to place and a distributor after the name (2026-12zzc round, matching-59;
// src/core/cells/federal.ts).
import { FEDERAL_NEEDS, FEDERAL_WORDS, federalNameReadings, hasFederalData, readVendorMasterCell } from "../../src/core/cells/federal";
import { Screener, bundledDataset } from "../../src/core";
import table from "../../src/data/cells/federal.json";

const reading = (cell: string) => federalNameReadings(cell).map((r) => `${r.role}: ${r.text}`);
const screener = new Screener(bundledDataset());
const risk = (name: string) => screener.screen({ name, country: "", product: "" }).risk;

describe("federal vendor-master cells", () => {
  it.each([
    ["HOSHINE SILICON INDUSTRY CO LTD CAGE 1AB2C", ["name: HOSHINE SILICON INDUSTRY CO LTD"]],
    ["HOSHINE SILICON INDUSTRY CO LTD CAGE QWERT", ["name: HOSHINE SILICON INDUSTRY CO LTD"]],
    ["Hoshine Silicon Industry Co., Ltd. (CAGE: 3F7K9)", ["name: Hoshine Silicon Industry Co., Ltd."]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD UEI ZQ12AB34CD56", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD UEI: ZQ12AB34CD56 CAGE 1AB2C", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD - FOREIGN VENDOR", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD (FOREIGN SUPPLIER)", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD NON US", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD - NON-US", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD DEBARRED?", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD SMALL BUS", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD (SAM: INACTIVE)", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD (SAM LAPSED)", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["XINJIANG ZHONGTAI CHEMICAL CO LTD - SUB-TIER TO PO 4500000001", ["name: XINJIANG ZHONGTAI CHEMICAL CO LTD"]],
    ["LOP COUNTY MEIXIN HAIR PRODUCTS REMIT: HOTAN, XINJIANG", ["name: LOP COUNTY MEIXIN HAIR PRODUCTS"]],
    ["Lop County Meixin Hair Products (Remit to: PO Box 12, Hotan)", ["name: Lop County Meixin Hair Products"]],
    [
      "EXAMPLE TRADING INC VIA DISTRIBUTOR HOSHINE SILICON INDUSTRY CO LTD",
      ["name: EXAMPLE TRADING INC", "distributor: HOSHINE SILICON INDUSTRY CO LTD"],
    ],
  ])("%s", (cell, readings) => {
    expect(reading(cell)).toEqual(readings);
    expect(hasFederalData(cell)).toBe(true);
  });

  it("leaves cells without federal marks alone", () => {
    for (const cell of [
      "Bird Cage House",
      "BIRD CAGE WORKS INC",
      "Samsung Electronics Co., Ltd.",
      "Non Woven Fabrics Co., Ltd.",
      "Small Business Solutions LLC",
      "Sub-Tier Systems Inc",
      "Foreign Vendor Services LLC",
      "Remington Arms Company LLC",
      "Sam Active Wear Ltd",
      "XINJIANG ZHONGTAI CHEMICAL CO LTD UEI 12345",
    ])
      expect(federalNameReadings(cell)).toEqual([]);
  });

  it("keys every word of the table in its precheck", () => {
    const tableWords = [
      ...table.idCodes.flatMap((c) => c.labels),
      ...table.flags,
      ...table.samLabels,
      ...table.noteLeads,
      ...table.remitLabels,
      ...table.distributorLeads,
    ];
    expect([...FEDERAL_WORDS].sort()).toEqual([...tableWords].sort());
    for (const w of FEDERAL_WORDS) expect([w, FEDERAL_NEEDS.test(w)]).toEqual([w, true]);
  });

  it("reads nothing in a cell without what the marks need (the precheck)", () => {
    for (const cell of ["Hoshine Silicon Industry Co., Ltd. - Plant 3", "XINJIANG ZHONGTAI CHEMICAL CO LTD (PVC)", "ACME CORP 12345"]) {
      expect(FEDERAL_NEEDS.test(cell)).toBe(false);
      expect(readVendorMasterCell(cell)).toEqual([]);
    }
  });

  it("screens the name without the marks, and a distributor on its own, never as the supplier", () => {
    expect(risk("XINJIANG ZHONGTAI CHEMICAL CO LTD - FOREIGN VENDOR")).toBe("high");
    expect(risk("HOSHINE SILICON INDUSTRY CO LTD UEI: ZQ12AB34CD56")).toBe("high");
    expect(risk("XINJIANG ZHONGTAI CHEMICAL CO LTD (SAM: INACTIVE)")).toBe("high");
    expect(risk("LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD REMIT: HOTAN, XINJIANG")).toBe("high");
    expect(risk("EXAMPLE TRADING INC VIA DISTRIBUTOR HOSHINE SILICON INDUSTRY CO LTD")).toBe("review");
    expect(risk("ACME PRECISION CORP (CAGE: 1AB2C)")).toBe("none");
    expect(risk("ACME PRECISION CORP VIA DISTRIBUTOR GRAINGER")).toBe("none");
  });
});

describe("a flag with a register's note after it (matching-62)", () => {
  it.each([
    "LIEN YI HSING NO.12 - NON-US [STORES]",
    "LIEN YI HSING NO.12 - NON-US *STORES*",
    "LIEN YI HSING NO.12 - NON-US ** DO NOT USE **",
  ])("%s: the flag still ends the name", (cell) => {
    expect(reading(cell)[0]).toBe("name: LIEN YI HSING NO.12");
    expect(risk(cell)).toBe("high");
  });
  it("a word that only starts like a flag before a bracket stays the name's", () => {
    expect(risk("Nonusual Trading Co [STORES]")).toBe("none");
  });
});
