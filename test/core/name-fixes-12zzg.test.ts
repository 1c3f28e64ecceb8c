// Supplier cells of the 2026-12zzg round (a Hong Kong / Singapore / Taiwan trading house's supplier register;
// matching-63): the register's notes in brackets at the end of a name naming an agent, an owner, a flag or a contact.
// Cells outside the batch where the listings allow; each of the readings below was none or Review before the round.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";

const screener = new Screener(bundledDataset());
const screen = (name: string) => screener.screen({ name, country: "", product: "" });

describe("a trading house's notes in brackets at the end of a name (registerBracketNotes; 2026-12zzg round)", () => {
  it("sets an agent, owner, flag or Attn note in brackets aside as a code part, its semicolons and Attn: with it", () => {
    for (const [cell, note] of [
      ["Acme Tea Farm (agent: Singapore)", "(agent: Singapore)"],
      ["Acme Tea Farm (Hong Kong agent)", "(Hong Kong agent)"],
      ["Acme Tea Farm (tea; agent: Dubai)", "(tea; agent: Dubai)"],
      ["F/V ACME NO. 8 (owner HK; agent: Keelung office)", "(owner HK; agent: Keelung office)"],
      ["F/V ACME NO. 8 (Panama flag, Attn: Mr Chan)", "(Panama flag, Attn: Mr Chan)"],
      ["Acme No. 8 (PRC-flagged F/V)", "(PRC-flagged F/V)"],
    ]) {
      const a = readCellAnatomy(cell);
      const parts = a.parts.map((p) => [p.role, p.text]);
      expect([cell, parts]).toEqual([cell, expect.arrayContaining([["code", note]])]);
      expect([cell, a.parts.filter((p) => p.role === "name").map((p) => p.text)]).toEqual([cell, [cell.slice(0, cell.indexOf(" ("))]]);
    }
  });
  it("leaves a bracket without a note word, or one that is the whole cell, alone", () => {
    for (const cell of ["Acme Trading (Hong Kong) Ltd", "Acme Tea Farm (Taiwan)", "(agent: Singapore)"]) {
      expect([cell, readCellAnatomy(cell).parts.some((p) => p.role === "code")]).toEqual([cell, false]);
    }
  });
  it("finds the listed name before them at High or Lifted", () => {
    for (const [name, risk] of [
      ["Mangalore Ganesh Beedi Works (agent: Singapore)", "high"],
      ["Miao Chi Tea Farm (Hong Kong agent)", "high"],
      ["F/V Yu Long No. 2 (Taiwan flag; owner Acme Fishery Co., Ltd.)", "lifted"],
      ["Asli Maydi (resin; agent: Muscat)", "high"],
    ]) {
      expect([name, screen(name).risk]).toEqual([name, risk]);
    }
  });
});
