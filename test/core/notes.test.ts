import { Screener, bundledDataset, formatDate, listingSummary, matchLabel } from "../../src/core";

const screener = new Screener(bundledDataset());

describe("notes a buyer can act on", () => {
  const high = screener.screen({ name: "Hoshine Silicon Industry Co., Ltd." });
  it("says what matched, the list, the order date, the products, the status, the source and the dataset", () => {
    expect(high.note).toMatch(/^High risk: CBP Withhold Release Order/);
    expect(high.note).toContain("24 Jun 2021");
    expect(high.note).toContain("Silica-based products");
    expect(high.note).toContain("Status: in force.");
    expect(high.note).toContain("https://www.cbp.gov/");
    expect(high.note).toContain("Dataset 2026-11-26.");
    expect(high.note).toMatch(/Matched the listed (name|alias) /);
  });
  it("gives the date an order was lifted", () => {
    const lifted = screener.screen({ name: "Supermax Corporation Bhd" });
    expect(lifted.note).toMatch(/^Lifted:/);
    expect(lifted.note).toContain("no longer in force since 18 Sep 2023");
  });
  it("shows 'unverified' where the source confidence is low", () => {
    const r = screener.screen({ name: "Paakumsuk Industrial Co." });
    expect(r.match!.listing.confidence).toBe("unverified");
    expect(r.note).toContain("UNVERIFIED");
  });
  it("flags an unverified matched name", () => {
    const r = screener.screen({ name: "昌吉溢达纺织有限公司" });
    expect(r.note).toContain("is itself unverified");
  });
  it("says plainly when nothing matched", () => {
    expect(screener.screen({ name: "Acme Widgets Ltd" }).note).toMatch(/^No match among \d+ listings/);
  });
  it("mentions a weak resemblance to a lifted order without flagging it", () => {
    const r = screener.screen({ name: "Super Max Hardware Ltd" });
    expect(r.risk).toBe("none");
    expect(r.note).toContain('Weak resemblance to "Supermax Corporation Bhd.');
    expect(r.note).toContain("no longer in force, so not flagged");
  });
  it("summarises a listing compactly for the match column", () => {
    expect(listingSummary(screener.screen({ name: "Supermax Corporation Bhd" }).match!.listing)).toBe(
      "CBP WRO 2021-10-21; lifted 2023-09-18",
    );
    expect(matchLabel(null, [])).toBe("");
  });
  it("formats dates without depending on the machine's locale", () => {
    expect(formatDate("2021-10-21")).toBe("21 Oct 2021");
    expect(formatDate(null)).toBe("an unknown date");
  });
});
