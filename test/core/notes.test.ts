import { Screener, bundledDataset, formatDate, listingSummary, matchLabel, writeNote } from "../../src/core";

const screener = new Screener(bundledDataset());

describe("notes a buyer can act on", () => {
  const high = screener.screen({ name: "Hoshine Silicon Industry Co., Ltd." });
  it("says what matched, the list, the order date, the products, the status, the source and the dataset", () => {
    expect(high.note).toMatch(/^High risk: CBP Withhold Release Order/);
    expect(high.note).toContain("23 Jun 2021");
    expect(high.note).toContain("Silica-based products");
    expect(high.note).toContain("Status: in force.");
    expect(high.note).toContain("https://www.cbp.gov/");
    expect(high.note).toContain("Dataset 2026-12-05.");
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
    const r = screener.screen({ name: "Supermax Pharmacy Ltd" });
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

describe("notes on the rebuilt dataset: official page, former names, CBP's status words", () => {
  it("starts the sources with the official page to check, then the other sources", () => {
    const r = screener.screen({ name: "Hoshine Silicon Industry Co., Ltd." });
    expect(r.note).toContain("Check: https://www.cbp.gov/document/stats/withhold-release-orders-findings.");
    expect(r.note).toMatch(/Check: \S+\. Sources: https:\/\/www\.cbp\.gov\/trade\//);
  });
  it("says a former name matched, what it was renamed to and when, where the list gives the date", () => {
    const r = screener.screen({ name: "Hefei Meiling Co., Ltd." });
    expect(r.risk).toBe("high");
    expect(r.note).toContain(
      'Matched the listed former name "Hefei Meiling Co., Ltd." (renamed to "Changhong Meiling Co., Ltd." on 3 Oct 2024)',
    );
    const undated = screener.screen({ name: "Chaohu Youngor Color Spinning Technology Co., Ltd." });
    expect(undated.note).toContain('(renamed to "Anhui Xinya New Materials Co., Ltd.")');
    expect(undated.note).not.toMatch(/renamed to "Anhui Xinya New Materials Co., Ltd." on/);
  });
  it("says which part of a Partially Modified order was lifted, in CBP's words", () => {
    const r = screener.screen({ name: "Tangshan Sanyou Group" });
    expect(r.risk).toBe("high");
    expect(r.note).toContain(
      'Status: in force except for the parts lifted (CBP: "Partially Modified"); lifted: 12 Oct 2016: Viscose/Rayon Fiber removed',
    );
  });
  it("gives Review for Inactive-Pending Litigation and says why", () => {
    const r = screener.screen({ name: "Kingtom Aluminio S.R.L." });
    expect(r.risk).toBe("review");
    expect(r.note).toContain(
      'CBP lists it as "Inactive-Pending Litigation": the order is not enforced while a court case about it is pending',
    );
    expect(listingSummary(r.match!.listing)).toContain("Inactive-Pending Litigation");
  });
});

describe("notes of rows in another country than the listing's", () => {
  // The screener writes such a note from the name's note, describing the best match again
  // (noteWithMatchRedescribed): it must read exactly as the note written in full.
  it("read exactly as writeNote's for the same result", () => {
    const dataset = bundledDataset();
    const fresh = new Screener(dataset);
    const names = [
      "Hoshine Silicon Industry Co., Ltd.",
      "Supermax Corporation Bhd",
      "Xinjiang Zhongtai Chemical Co., Ltd.",
      "Hetian Haolin Hair Accessories Co. Ltd.",
      "Camel Group Co., Ltd. (骆驼集团股份有限公司)",
      "昌吉溢达纺织有限公司",
    ];
    let redescribed = 0;
    for (const name of names) {
      for (const country of ["", "China", "Malaysia", "United States", "Vietnam; Malaysia", "Hong Kong"]) {
        const r = fresh.screen({ name, country });
        const full = writeNote({ ...r, listingCount: dataset.listings.length });
        expect(r.note).toBe(full);
        if (r.match?.evidence.some((e) => e.kind === "country")) redescribed++;
      }
    }
    expect(redescribed).toBeGreaterThan(5);
  });
});
