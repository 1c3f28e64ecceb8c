import { Screener, bundledDataset, type ScreenInput } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { bundledPinyinReader } from "../../src/core/transliterate/bundled";

// A US customs broker's ACE entry-summary and ocean bill-of-lading cells (shipper, consignor, manufacturer): clipped legal
// forms, the entry's MFR: label, NOTIFY parts, container, MID and HTS numbers, a forwarder or agent before the maker, run-in
// places. Names here are NOT from held-out batch 2026-12zt: other listed firms, clean firms, or the same firms written
// otherwise (matching-49).
const screener = new Screener(bundledDataset(), undefined, { pinyin: bundledPinyinReader() });
const screen = (name: string, country?: string) => screener.screen({ name, country } as ScreenInput);
const candidates = (cell: string) => readCellAnatomy(cell).candidates.map((c) => c.text.trim());

describe("CO LT: Co Ltd cut at the B/L line's end", () => {
  it("reads CO LT as the legal form", () => {
    for (const cell of ["HOSHINE SILICON INDUSTRY CO LT", "LOP COUNTY MEIXIN HAIR PRODUCTS CO LT", "XINJIANG TIANSHAN WOOL TEXTILE CO., LT"])
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
  });
  it("leaves a clean name so written unflagged", () => {
    expect(screen("ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LT", "CN").risk).toBe("none");
  });
});

describe("the entry summary's MFR: label and the B/L's SHIPPER: label before the name", () => {
  it("sets the label aside as a code part", () => {
    for (const cell of ["MFR: TIANSHAN ALUMINUM GROUP CO LTD", "MANUFACTURER: HOSHINE SILICON INDUSTRY (SHANSHAN) CO LTD", "SHIPPER: LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD"]) {
      const anatomy = readCellAnatomy(cell);
      expect([cell, anatomy.parts[0].role, anatomy.candidates.map((c) => c.text)]).toEqual([cell, "code", [cell.slice(cell.indexOf(":") + 2)]]);
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
    }
  });
  it("leaves a clean maker so labelled unflagged", () => {
    expect(screen("MFR: ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD", "CN").risk).toBe("none");
  });
});

describe("NOTIFY: a bill of lading's notify party after the shipper", () => {
  it("is never screened, and the shipper before it is", () => {
    const cell = "XINJIANG TIANSHAN WOOL TEXTILE CO LTD URUMQI NOTIFY: ACME IMPORTS INC";
    const anatomy = readCellAnatomy(cell);
    expect(anatomy.parts.find((p) => p.role === "notify")?.text).toBe("ACME IMPORTS INC");
    expect(anatomy.candidates.map((c) => c.text)).not.toContain("ACME IMPORTS INC");
    for (const c of ["TIANSHAN ALUMINUM GROUP CO LTD NOTIFY: SAME AS CONSIGNEE", "LOP COUNTY MEIXIN HAIR PRODUCTS NOTIFY PARTY SAME AS CONSIGNEE"])
      expect([c, screen(c, "CN").risk]).toEqual([c, "high"]);
  });
  it("does not screen a listed firm named as the notify party", () => {
    expect(screen("ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD NOTIFY: HOSHINE SILICON INDUSTRY CO LTD", "CN").risk).toBe("none");
  });
});

describe("MID, HTS and container numbers with their labels", () => {
  it("sets each aside wherever it stands", () => {
    for (const [cell, code] of [
      ["TIANSHAN ALUMINUM GROUP CO LTD SHIHEZI XINJIANG MID CNTIAALUSHI", "MID CNTIAALUSHI"],
      ["HOSHINE SILICON INDUSTRY CO LTD HTS 2804.69.1000 SHANSHAN", "HTS 2804.69.1000"],
      ["LOP COUNTY MEIXIN HAIR PRODUCTS CNTR TCNU7283104", "CNTR TCNU7283104"],
      ["LOP COUNTY MEIXIN HAIR PRODUCTS CONTAINER NO MSCU1234565", "CONTAINER NO MSCU1234565"],
    ]) {
      expect([cell, readCellAnatomy(cell).parts.some((p) => p.role === "code" && p.text === code)]).toEqual([cell, true]);
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
    }
  });
  it("keeps words after such a label in the name", () => {
    expect(readCellAnatomy("ACME MID ATLANTIC PLASTICS").parts.some((p) => p.role === "code")).toBe(false);
    expect(readCellAnatomy("ACME CONTAINER TERMINAL CO LTD").parts.some((p) => p.role === "code")).toBe(false);
    expect(screen("ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD MID CNZHESANSHA", "CN").risk).toBe("none");
  });
});

describe("a forwarder or agent before the maker: O/B, AS AGENT FOR, FOR AND ON BEHALF OF, FOR", () => {
  it("screens the maker after the words, and the forwarder on its own", () => {
    for (const cell of [
      "ORIENT OVERSEAS LOGISTICS O/B HOSHINE SILICON INDUSTRY (SHANSHAN) CO LTD",
      "GEODIS HONG KONG LTD AS AGENT FOR LOP COUNTY MEIXIN HAIR PRODUCTS",
      "ACME TRADING FOR AND ON BEHALF OF TIANSHAN ALUMINUM GROUP CO LTD",
      "DHL GLOBAL FORWARDING (CHINA) CO LTD FOR XINJIANG TIANSHAN WOOL TEXTILE CO LTD",
    ]) {
      const anatomy = readCellAnatomy(cell);
      expect([cell, anatomy.parts.some((p) => p.role === "agent")]).toEqual([cell, true]);
      const r = screen(cell, "CN");
      expect([cell, r.risk, r.match?.part?.role]).toEqual([cell, "high", "name"]);
    }
  });
  it("names the forwarder part in the note when it is the listed firm", () => {
    const r = screen("HOSHINE SILICON INDUSTRY CO LTD O/B ACME SOLAR CO LTD", "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.part?.role).toBe("agent");
    expect(r.note).toContain("forwarder or agent");
  });
  it("leaves a clean maker after a forwarder unflagged, and FOR without a forwarder before it whole", () => {
    expect(screen("ORIENT OVERSEAS LOGISTICS O/B ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD", "CN").risk).toBe("none");
    expect(readCellAnatomy("SOCIETY FOR TEXTILE RESEARCH CO LTD").parts.some((p) => p.role === "agent")).toBe(false);
  });
});

describe("place words run in after the legal form, in capitals", () => {
  it("screens the name without them", () => {
    for (const [cell, name] of [
      ["TIANSHAN ALUMINUM GROUP LIMITED SHIHEZI XINJIANG UYGHUR AUTONOMOUS REGION", "TIANSHAN ALUMINUM GROUP LIMITED"],
      ["BRIGHTWAY HOLDINGS SDN BHD SEREMBAN NEGERI SEMBILAN", "BRIGHTWAY HOLDINGS SDN BHD"],
      ["NEEDLE CRAFT L L C IRBID JORDAN", "NEEDLE CRAFT L L C"],
    ])
      expect([cell, candidates(cell)]).toEqual([cell, expect.arrayContaining([name])]);
    expect(screen("TIANSHAN ALUMINUM GROUP LIMITED SHIHEZI XINJIANG UYGHUR AUTONOMOUS REGION", "CN").risk).toBe("high");
  });
  it("leaves a clean name so written unflagged", () => {
    expect(screen("PRESS METAL ALUMINIUM HOLDINGS BERHAD KUALA LUMPUR MALAYSIA", "MY").risk).toBe("none");
  });
});

describe("a registered name in brackets beside a brand or plant name", () => {
  it("screens the name in the brackets on its own", () => {
    for (const cell of ["MEIXIN WIGS (LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD) HOTAN XINJIANG", "SNOW LOTUS (XINJIANG TIANSHAN WOOL TEXTILE CO LTD) URUMQI"]) {
      expect([cell, candidates(cell)]).toEqual([cell, expect.arrayContaining([cell.slice(cell.indexOf("(") + 1, cell.indexOf(")"))])]);
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
    }
  });
  it("does not read a note about a relation as the name", () => {
    const cell = "ACME WIGS (A SUBSIDIARY OF LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD) HOTAN";
    expect(candidates(cell)).not.toContain("A SUBSIDIARY OF LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD");
    expect(candidates(cell)).not.toContain("LOP COUNTY MEIXIN HAIR PRODUCTS CO LTD");
  });
});

describe("a header label after a status mark (found by the property test once 12zt entered its pool)", () => {
  it("sets both aside", () => {
    for (const cell of ["[BLOCKED] MFR: HOSHINE SILICON INDUSTRY CO LTD", "INACTIVE - SHIPPER: TIANSHAN ALUMINUM GROUP CO LTD"]) {
      expect([cell, candidates(cell)]).toEqual([cell, expect.arrayContaining([cell.slice(cell.indexOf(":") + 2)])]);
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
    }
    expect(screen("[BLOCKED] MFR: ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD", "CN").risk).toBe("none");
  });
});

describe("review-names-5: a forwarder's words in other places, and a notify party before the shipper", () => {
  it("screens the maker after the words at the start of the cell, where no forwarder stands before them", () => {
    for (const cell of ["FOR AND ON BEHALF OF XINJIANG ZHONGTAI CHEMICAL CO LTD", "AS AGENT FOR XINJIANG ZHONGTAI CHEMICAL CO LTD", "O/B XINJIANG ZHONGTAI CHEMICAL CO LTD"]) {
      expect([cell, candidates(cell)]).toEqual([cell, expect.arrayContaining(["XINJIANG ZHONGTAI CHEMICAL CO LTD"])]);
      expect([cell, screen(cell, "CN").risk]).toEqual([cell, "high"]);
    }
    expect(screen("FOR AND ON BEHALF OF ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD", "CN").risk).toBe("none");
  });
  it("reads the words in title case as in capitals or lower case", () => {
    const r = screen("Northwind Shipping As Agent For Xinjiang Zhongtai Chemical", "CN");
    expect([r.risk, r.match?.part?.role]).toEqual(["high", "name"]);
    expect(screen("Northwind Shipping As Agent For Zhejiang Sanhua Intelligent Controls", "CN").risk).toBe("none");
  });
  it("splits at the bare FOR after a forwarder's word before a maker written without its legal form", () => {
    const cell = "NORTHWIND LOGISTICS FOR XINJIANG ZHONGTAI CHEMICAL";
    expect(readCellAnatomy(cell).parts.find((p) => p.role === "agent")?.text).toBe("NORTHWIND LOGISTICS");
    expect(screen(cell, "CN").risk).toBe("high");
    expect(screen("NORTHWIND LOGISTICS FOR ZHEJIANG SANHUA INTELLIGENT CONTROLS", "CN").risk).toBe("none");
  });
  it("ends a notify party at a header label after it: the shipper there is screened", () => {
    const cell = "NOTIFY: NORTHWIND IMPORTS INC SHIPPER: XINJIANG ZHONGTAI CHEMICAL CO LTD";
    const anatomy = readCellAnatomy(cell);
    expect(anatomy.parts.find((p) => p.role === "notify")?.text).toBe("NORTHWIND IMPORTS INC");
    expect(anatomy.candidates.map((c) => c.text)).toEqual(["XINJIANG ZHONGTAI CHEMICAL CO LTD"]);
    expect(screen(cell, "CN").risk).toBe("high");
    expect(screen("NOTIFY: NORTHWIND IMPORTS INC SHIPPER: ZHEJIANG SANHUA INTELLIGENT CONTROLS CO LTD", "CN").risk).toBe("none");
  });
});
