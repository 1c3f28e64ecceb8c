// The anatomy of a supplier cell (src/core/cells): each part read for what it is, before matching.
import { readCellAnatomy, type CellAnatomy } from "../../src/core/cells";

const roles = (a: CellAnatomy) => a.parts.map((p) => `${p.role}:${p.text}`);
const candidates = (a: CellAnatomy) => a.candidates.map((p) => `${p.role}:${p.text}`);

describe("cell anatomy", () => {
  it("leaves a plain name whole", () => {
    for (const name of [
      "Hoshine Silicon Industry Co., Ltd.",
      "Tunago No. 61",
      "841 Cotton Transfer Warehouse",
      "Procter & Gamble Co",
      "Mahindra & Mahindra Ltd",
    ]) {
      const a = readCellAnatomy(name);
      expect(a.structured).toBe(false);
      expect(candidates(a)).toEqual([`name:${name}`]);
    }
  });

  it("reads vendor and account codes before and after the name", () => {
    expect(candidates(readCellAnatomy("V10023 - Hoshine Silicon Industry Co., Ltd."))).toEqual(["name:Hoshine Silicon Industry Co., Ltd."]);
    expect(roles(readCellAnatomy("V10023 - Hoshine Silicon Industry Co., Ltd."))).toContain("code:V10023");
    expect(candidates(readCellAnatomy("[SUP-0042] Camel Group Co., Ltd."))).toEqual(["name:Camel Group Co., Ltd."]);
    expect(candidates(readCellAnatomy("Camel Group Co., Ltd. (ID 55102)"))).toEqual(["name:Camel Group Co., Ltd."]);
    expect(candidates(readCellAnatomy("Esquel Group, vendor no. 88120"))).toEqual(["name:Esquel Group"]);
    expect(candidates(readCellAnatomy("Western Gold Co., Ltd. - 30018877"))).toEqual(["name:Western Gold Co., Ltd."]);
    expect(candidates(readCellAnatomy("合盛硅业股份有限公司 V10023"))).toEqual(["name:合盛硅业股份有限公司"]);
  });

  it("keeps numbers that belong to the name", () => {
    expect(readCellAnatomy("Hangton No. 112").structured).toBe(false);
    expect(readCellAnatomy("Supermax Factory 21").structured).toBe(false);
  });

  it("reads trading names as candidates and care-of and attention parts as never the supplier", () => {
    const ta = readCellAnatomy("HOSHINE SILICON INDUSTRY CO LTD T/A HOSHINE");
    expect(candidates(ta)).toEqual(["name:HOSHINE SILICON INDUSTRY CO LTD", "trading_as:HOSHINE"]);
    const co = readCellAnatomy("Xinjiang Daqo New Energy Co., Ltd (c/o Daqo Logistics)");
    expect(candidates(co)).toEqual(["name:Xinjiang Daqo New Energy Co., Ltd"]);
    expect(roles(co)).toContain("care_of:Daqo Logistics");
    expect(co.hasNonSupplierPart).toBe(true);
    const attn = readCellAnatomy("Attn: Sales Manager, Giant Manufacturing Co., Ltd.");
    expect(candidates(attn)).toEqual(["name:Giant Manufacturing Co., Ltd."]);
    expect(roles(attn)).toContain("attention:Sales Manager");
    expect(candidates(readCellAnatomy("Acme Trading Ltd c/o Hoshine Silicon Industry Co., Ltd."))).toEqual(["name:Acme Trading Ltd"]);
    expect(candidates(readCellAnatomy("Kingherbs Limited d.b.a. Kingherbs"))).toEqual(["name:Kingherbs Limited", "trading_as:Kingherbs"]);
  });

  it("reads an address after the name's legal form", () => {
    const a = readCellAnatomy("Camel Group Co., Ltd. 65 Hanjiang North Road, Xiangyang, Hubei");
    expect(candidates(a)).toContain("name:Camel Group Co., Ltd.");
    expect(roles(a)).toContain("address:65 Hanjiang North Road, Xiangyang, Hubei");
    expect(candidates(readCellAnatomy("Century Sunshine Group Holdings Ltd, Unit 2605, 26/F, Shun Tak Centre"))).toContain(
      "name:Century Sunshine Group Holdings Ltd",
    );
  });

  it("splits several suppliers on ; | line breaks, and on / and & between full names", () => {
    expect(candidates(readCellAnatomy("Top Glove Corp Bhd; Supermax Corp Bhd"))).toEqual([
      "name:Top Glove Corp Bhd",
      "name:Supermax Corp Bhd",
    ]);
    expect(candidates(readCellAnatomy("Siemens AG | Camel Group Co., Ltd."))).toEqual(["name:Siemens AG", "name:Camel Group Co., Ltd."]);
    expect(candidates(readCellAnatomy("Foxconn Co., Ltd.\nDaqo Ltd"))).toEqual(["name:Foxconn Co., Ltd.", "name:Daqo Ltd"]);
    expect(candidates(readCellAnatomy("Robert Bosch GmbH & Hoshine Silicon Industry Co., Ltd."))).toEqual([
      "name:Robert Bosch GmbH",
      "name:Hoshine Silicon Industry Co., Ltd.",
    ]);
    expect(candidates(readCellAnatomy("Johnson & Johnson / COFCO Sugar Holding Co. Ltd."))).toEqual([
      "name:Johnson & Johnson",
      "name:COFCO Sugar Holding Co. Ltd.",
    ]);
    expect(candidates(readCellAnatomy("Procter & Gamble Co; Ninestar Corporation"))).toEqual([
      "name:Procter & Gamble Co",
      "name:Ninestar Corporation",
    ]);
  });

  it("reads the two names of a bilingual cell", () => {
    const a = readCellAnatomy("Camel Group Co., Ltd. (骆驼集团股份有限公司)");
    expect(candidates(a)).toEqual(expect.arrayContaining(["chinese_name:骆驼集团股份有限公司", "latin_name:Camel Group Co., Ltd."]));
    expect(candidates(readCellAnatomy("紫金矿业集团股份有限公司 (Zijin Mining Group Co., Ltd.)"))).toEqual(
      expect.arrayContaining(["chinese_name:紫金矿业集团股份有限公司", "latin_name:Zijin Mining Group Co., Ltd."]),
    );
  });

  it("gives spans that point into the cell", () => {
    const text = "V10023 - Hoshine Silicon Industry Co., Ltd. t/a Hoshine";
    for (const p of readCellAnatomy(text).parts) expect(text.slice(p.start, p.end)).toContain(p.text.replace(/[[(]/g, ""));
  });
});
