// Supplier cells of the 2026-12zza round (a multinational's consolidated supplier master; matching-57): a group's name
// without the listed firm's business words, a clerk's slips in short name words, vessel words of the main European
// registers and status marks. Names outside the batch where the listings allow.
import { Screener, bundledDataset } from "../../src/core";
import { isShortWordSlip, shortWordSlips } from "../../src/core/matching/edit-distance";

const screener = new Screener(bundledDataset());
const screen = (name: string) => screener.screen({ name, country: "", product: "" });

describe("a group's name without the listed business words (2026-12zza round)", () => {
  it("is at most a possible match, with a note on the parent or a sister company", () => {
    for (const [name, id] of [
      ["Sichuan Jingweida Group Co., Ltd.", "jingweida"],
      ["Hebei Temeite Group Co., Ltd.", "temeite"],
      ["Gansu Yasheng Group Co., Ltd.", "gansu-yasheng"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "review"]);
      expect(r.match?.listing.id).toContain(id);
      expect(r.match?.evidence.some((e) => e.text.includes("parent or a sister company of the group"))).toBe(true);
    }
  });
  it("leaves the listed name, and a short form without a group word, strong", () => {
    for (const name of [
      "Sichuan Jingweida Technology Group Co., Ltd.",
      "Sichuan Jingweida Technology Co., Ltd.",
      "Sichuan Jingweida Co., Ltd.",
      "Hebei Temeite Industrial Group Co., Ltd.",
      "Gansu Yasheng International Trade Group Co., Ltd.",
    ])
      expect([name, screen(name).risk]).toEqual([name, "high"]);
  });
});

describe("a clerk's slips in a five-letter name word (shortWordSlips; 2026-12zza round)", () => {
  it("lists swaps, doubled and undoubled letters and long vowels, the first letter kept", () => {
    expect(shortWordSlips("nanmo")).toEqual(expect.arrayContaining(["namno", "nnamo", "nanmmo"]));
    expect(shortWordSlips("beedi")).toEqual(expect.arrayContaining(["bidi", "bedi"]));
    expect(shortWordSlips("xinba")).toContain("xinbba");
    expect(shortWordSlips("nanmo")).not.toContain("anmno");
    expect(isShortWordSlip("namno", "nanmo")).toBe(true);
    expect(isShortWordSlip("aiuha", "aihua")).toBe(true);
    expect(isShortWordSlip("taidda", "taida")).toBe(true);
    expect(isShortWordSlip("mannmo", "nanmo")).toBe(false);
    expect(isShortWordSlip("nanmo", "nanmo")).toBe(false);
    expect(isShortWordSlip("monat", "nanmo")).toBe(false);
  });
  it("finds the listed name with the slip, and nothing on the slip alone", () => {
    for (const [name, id] of [
      ["HUNAN AIUHA GROUP CO LTD", "uflpa-2026-08-03-hunan-aihua-group-co-ltd"],
      ["Hetian Taidda Apparel Co., Ltd.", "wro-2019-09-30-hetian-taida"],
      ["Hunan Nanmmo Biotechnology Co., Ltd.", "hunan-nanmo"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
    for (const name of ["Taidda Electronics", "Aiuha Trading Ltd", "Namno Foods Co., Ltd."])
      expect([name, screen(name).risk]).toEqual([name, "none"]);
  });
});

describe("vessel words and status marks of the main European registers (2026-12zza round)", () => {
  it("reads French, Spanish and Dutch vessel words beside a vessel's name", () => {
    for (const [name, id] of [
      ["Navire de pêche HANGTON NO. 112", "hangton"],
      ["Buque pesquero Hangton No. 112", "hangton"],
      ["Vissersschip Hangton No. 112", "hangton"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
  });
  it("sets aside INACTIVE VENDOR and the French BLOQUÉ after a dash", () => {
    for (const name of [
      "Hoshine Silicon Industry Co., Ltd. - INACTIVE VENDOR",
      "Hoshine Silicon Industry Co., Ltd. - BLOQUÉ",
      "Hoshine Silicon Industry Co., Ltd. (BLOQUÉE)",
    ])
      expect([name, screen(name).risk]).toEqual([name, "high"]);
    for (const name of ["Bloqué Industries SARL", "Inactive Vendor Solutions Inc"])
      expect([name, screen(name).risk]).toEqual([name, "none"]);
  });
});

describe("a register label after a vendor code at the start of the cell (found by the property test once 12zza entered its pool)", () => {
  it("is read as at the start of a cell: the name after it is screened", () => {
    for (const [name, id] of [
      ["10001 - ORDERING CUSTOMER XINJIANG COTTON IND GROUP YUEPU LAKE CO LTD", "yuepu-lake"],
      ["SUP-4411 - MFR: CHANGZHOU GUANGHUI BIOTECHNOLOGY CO LTD", "changzhou-guanghui"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
  });
  it("leaves a clean name after a code and a label clean", () => {
    for (const name of ["10001 - MFR: BROTHER UK LTD", "SUP-4411 - ORDERING CUSTOMER MARLOWE PACKAGING LTD"])
      expect([name, screen(name).risk]).toEqual([name, "none"]);
  });
});
