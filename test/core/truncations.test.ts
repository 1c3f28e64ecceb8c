import { Screener, bundledDataset, bundledTables } from "../../src/core";
import { TruncatedWords } from "../../src/core/matching/truncations";
import { foldText } from "../../src/core/normalise/text";

const tables = bundledTables();

describe("TruncatedWords", () => {
  // A small vocabulary of listed words beside the tables' generic words and places.
  const words = new TruncatedWords(["microelectronics", "intermodal", "huafu", "huawei", "economic", "mataram", "ingredients"], tables);

  it("reads a word cut and marked with a dot as the one known word it starts", () => {
    expect(words.readWord("industr")).toBe("industries");
    expect(words.readWord("developm")).toBe("development");
    expect(words.readWord("fact")).toBe("factory");
    expect(words.readWord("microelectr")).toBe("microelectronics");
  });

  it("leaves words the abbreviation table or the word classes know, and whole known words", () => {
    expect(words.readWord("mfg")).toBeNull();
    expect(words.readWord("ltd")).toBeNull();
    expect(words.readWord("factory")).toBeNull();
    // Read only with its dot by the abbreviation table ("TEX." for textile): the table wins, as for "bus.".
    expect(words.readWord("tex")).toBeNull();
  });

  it("takes the one generic word among several a truncation starts, and no word when it cannot say", () => {
    expect(words.readWord("int")).toBe("international");
    expect(words.readWord("mat")).toBe("materials"); // not the place Mataram
    expect(words.readWord("mach")).toBeNull();
  });

  it("reads a short start of a name word as nothing: a name word needs six letters written", () => {
    expect(words.readWord("econ")).toBeNull();
    expect(words.readWord("hua")).toBeNull();
    expect(words.readWord("econom")).toBe("economic");
  });

  it("needs three letters before the dot", () => {
    expect(words.read(foldText("No. 4 Co."))).toBeNull();
  });

  it("reads the last word of a cell as long as an ERP field as cut, without a dot, if it has five letters", () => {
    expect(words.read("qingdao vital nutraceutical ingredi", true)).toEqual({
      text: "qingdao vital nutraceutical ingredients",
      reads: [["ingredi", "ingredients"]],
    });
    expect(words.read("qingdao vital nutraceutical ingredi", false)).toBeNull();
    expect(words.read("qingdao vital nutraceutical ingr", true)).toBeNull();
  });

  it("writes out the truncated words of a cell and says which", () => {
    expect(words.read(foldText("Lop County Hair Product Industr. Park"))).toEqual({
      text: "lop county hair product industries. park",
      reads: [["industr.", "industries"]],
    });
    expect(words.read(foldText("Lop County Hair Product Industr Park"))).toBeNull();
  });

  it("reads a word whose dot is stuck to the next word, but not before a figure or a web address", () => {
    expect(words.read(foldText("CHINA COTTON GRP SHANDONG LOG.PARK CO.,LTD."))).toEqual({
      text: "china cotton grp shandong logistics.park co.,ltd.",
      reads: [["log.", "logistics"]],
    });
    expect(words.read(foldText("Developm.2 Co"))).toBeNull();
    expect(words.read(foldText("sales@fact.com"))).toBeNull();
  });
});

describe("a truncated word in screening", () => {
  const dataset = bundledDataset();
  const quick = new Screener(dataset, tables);
  const full = new Screener(dataset, tables, { quickReject: false });

  it("finds the listed name, a little weaker than the word written out, with the quick reject as without it", () => {
    const cut = quick.screen({ name: "China Cotton Group Shandong Log. Park Co. Ltd." });
    const whole = quick.screen({ name: "China Cotton Group Shandong Logistics Park Co. Ltd." });
    expect(cut.match?.listing.id).toBe(whole.match?.listing.id);
    expect(cut.score).toBeLessThan(whole.score);
    expect(cut.match?.evidence.some((e) => e.text.includes('"log." read as "logistics"'))).toBe(true);
    expect(full.screen({ name: "China Cotton Group Shandong Log. Park Co. Ltd." }).match?.listing.id).toBe(cut.match?.listing.id);
  });

  it("finds the listed name when the dot is stuck to the next word (a trading house's CO.,LTD.), with the quick reject as without it", () => {
    const name = "CHINA COTTON GRP SHANDONG LOG.PARK CO.,LTD.";
    const stuck = quick.screen({ name });
    expect(stuck.match?.listing.id).toBe(quick.screen({ name: "China Cotton Group Shandong Logistics Park Co. Ltd." }).match?.listing.id);
    expect(stuck.risk).toBe("high");
    expect(full.screen({ name }).match?.listing.id).toBe(stuck.match?.listing.id);
  });
});

describe("a word cut by a space where an ERP field ends", () => {
  const screener = new Screener(bundledDataset(), tables);

  it("reads the rest after an abbreviated start as part of the word, not as an extra word", () => {
    const cut = screener.screen({ name: "Jiangyin Xinren Aluminum Foil Techn ology Co.,Ltd." });
    expect(cut.risk).toBe("high");
    expect(cut.match?.evidence.some((e) => e.kind === "joined_words" && e.text.includes('"ology"'))).toBe(true);
  });

  it("joins the two halves of a word cut by a space as the abbreviation table reads the whole (held-out batch 2026-12o)", () => {
    const cut = screener.screen({ name: "Xinjiang Tianhong Xinba Cotton Indu Stry Co Ltd" });
    expect([cut.risk, cut.match?.listing.id]).toEqual(["high", "uflpa-2025-01-15-xinjiang-tianhong-xinba-cotton-industry-co-ltd-also-known-as"]);
    expect(cut.match?.evidence.map((e) => e.text)).toContain('"indu stry" = "industries"');
  });

  it("counts another word after the abbreviation as an extra word", () => {
    const other = screener.screen({ name: "Jiangyin Xinren Aluminum Foil Techn Biology Co.,Ltd." });
    expect(other.match?.evidence.some((e) => e.kind === "joined_words")).toBe(false);
    expect(other.score).toBeLessThan(screener.screen({ name: "Jiangyin Xinren Aluminum Foil Techn ology Co.,Ltd." }).score);
  });
});
