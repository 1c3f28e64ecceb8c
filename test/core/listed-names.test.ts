import { matchableVariants } from "../../src/core";

describe("names a published listing can be written as", () => {
  it("splits a/k/a aliases", () => {
    expect(matchableVariants("Yunnan Machinery, a/k/a Golden Horse (JinMa) Diesel Factory, a/k/a Yunnan 1st Prison")).toEqual(
      expect.arrayContaining(["Yunnan Machinery", "Golden Horse Diesel Factory", "Yunnan 1st Prison"]),
    );
  });
  it("drops 'and its subsidiaries' tails (keeping the name as published too, 2026-12zzb round) and vessel prefixes", () => {
    expect(matchableVariants("Supermax Corporation Bhd. and its wholly owned subsidiaries")).toEqual([
      "Supermax Corporation Bhd. and its wholly owned subsidiaries",
      "Supermax Corporation Bhd.",
    ]);
    expect(matchableVariants("Fishing Vessel: Da Wang")).toEqual(["Da Wang"]);
    expect(matchableVariants("Fishing Vessels owned by Dalian Ocean Fishing Co. Ltd.")).toEqual(["Dalian Ocean Fishing Co. Ltd."]);
  });
  it("turns a trailing bracketed group name or acronym into a name of its own", () => {
    expect(matchableVariants("YTY Industry Holdings Sdn Bhd (YTY Group)")).toContain("YTY Group");
    expect(matchableVariants("Xinjiang Production and Construction Corporation (XPCC) and its subordinates")).toContain("XPCC");
    expect(
      matchableVariants("Brightway Holdings Sdn Bhd, Laglove (M) Sdn Bhd, and Biopro (M) Sdn Bhd (collectively, Brightway Group)"),
    ).toContain("Brightway Group");
  });
  it("does not turn a bracketed description into a name", () => {
    expect(matchableVariants("Chengdu Shuangliu Sujiao Chang (Plastics Factory)")).not.toContain("Plastics Factory");
  });
  it("removes bracketed remarks even when they hold semicolons and nested brackets", () => {
    expect(
      matchableVariants(
        "Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries",
      ),
    ).toEqual(["Hoshine Silicon Industry Shanshan Co., Ltd", "Hoshine Silicon Industry Co., Ltd"]);
    expect(
      matchableVariants("KTK Group (including three aliases: Jiangsu Jinchuang Group; Jiangsu Jinchuang Holding Group; and KTK Holding)"),
    ).toEqual(["KTK Group"]);
  });
  it("reads a quoted native name in brackets after the words it translates as a name in their place (held-out batch 2026-12r)", () => {
    // Shapes outside the batch: other quotes, other words; the translated name and the whole text stay.
    expect(matchableVariants("Red Star (“Hongxing”) Textile Mill")).toEqual([
      "Red Star “Hongxing” Textile Mill",
      "Red Star Textile Mill",
      "Hongxing Textile Mill",
    ]);
    expect(matchableVariants("Great Wall («Changcheng») Machinery Works, a/k/a Acme")).toContain("Changcheng Machinery Works");
    // Not a quoted name: a plain bracket inside a name is more often a place; a short quoted word or nothing after it.
    expect(matchableVariants("Hoshine Silicon (Jia Xing) Industry")).not.toContain("Jia Xing Industry");
    expect(matchableVariants("Acme (“Co”) Factory")).not.toContain("Co Factory");
    expect(matchableVariants("Golden Horse Diesel Factory (“Jinma”)")).not.toContain("Jinma");
    // More than three words before the quoted name are not one translated name.
    expect(matchableVariants("Xinjiang Golden Horse Big Red (“Jinma”) Works")).not.toContain("Jinma Works");
  });
});
