import {
  BASIS_HEADER,
  DECISION_LABELS,
  carryForward,
  changesBetween,
  countDecision,
  decisionDateText,
  decisionKey,
  emptyDecisionCounts,
  evaluateRow,
  formatDecidedBasis,
  formatResultBasis,
  parseBasisCell,
  parseDecisionCell,
  priorDecisionOf,
  subjectOf,
  supplierKey,
  type Subject,
} from "../../src/core/decisions";
import { Screener, bundledDataset } from "../../src/core";

const supermax: Subject = {
  supplier: "Supermax Corporation Berhad",
  risk: "lifted",
  listingId: "wro-2021-10-21-supermax",
  status: "inactive",
  datasetVersion: "2026-11-26",
  match: "Supermax Corporation Bhd. (CBP WRO 2021-10-21; lifted 2023-09-18)",
};

describe("decision values", () => {
  it("reads the list's words, hyphens, case and the first word alone", () => {
    expect(parseDecisionCell(DECISION_LABELS.cleared)).toEqual({ value: "cleared" });
    expect(parseDecisionCell("cleared - NOT the listed firm")).toEqual({ value: "cleared" });
    expect(parseDecisionCell("Confirmed—act on it")).toEqual({ value: "confirmed" });
    expect(parseDecisionCell(" escalated ")).toEqual({ value: "escalated" });
    expect(parseDecisionCell("")).toEqual({ value: null, blank: true });
    expect(parseDecisionCell(null)).toEqual({ value: null, blank: true });
    expect(parseDecisionCell("maybe later")).toEqual({ value: null, blank: false, text: "maybe later" });
  });

  it("turns Excel date serials into ISO dates and keeps typed text", () => {
    expect(decisionDateText(46357)).toBe("2026-12-01");
    expect(decisionDateText(" 1 Dec 2026 ")).toBe("1 Dec 2026");
    expect(decisionDateText(null)).toBe("");
  });

  it("names the add-in's own column apart from the user's four", () => {
    expect(BASIS_HEADER).toBe("Decision basis");
  });
});

describe("keys", () => {
  it("folds case, spacing, Unicode form and invisible characters, nothing else", () => {
    expect(supplierKey("  ACME\u00A0 Widgets\u200B Ltd ")).toBe("acme widgets ltd");
    expect(supplierKey("ＡＣＭＥ")).toBe("acme");
    expect(supplierKey("Acme Ltd")).not.toBe(supplierKey("Acme Inc"));
    expect(decisionKey("Acme", "x")).not.toBe(decisionKey("Acme", "y"));
    expect(decisionKey("Acme", null)).toBe(decisionKey(" acme ", null));
  });
});

describe("what changed", () => {
  it("nothing when only the dataset version moved", () => {
    expect(changesBetween(supermax, { ...supermax, datasetVersion: "2027-01-10" })).toEqual([]);
  });
  it("another listing", () => {
    const [change] = changesBetween(supermax, { ...supermax, listingId: "uflpa-x", match: "X Co (UFLPA 2024-01-01)" });
    expect(change).toMatch(/^now matches another listing: "X Co/);
  });
  it("re-imposed: status and risk, with the dataset named", () => {
    const now: Subject = { ...supermax, status: "active", risk: "high", datasetVersion: "2027-01-10" };
    expect(changesBetween(supermax, now)).toEqual([
      "the listing's status is now in force (was lifted)",
      "risk is now High (was Lifted)",
      "dataset 2027-01-10 (decision made on dataset 2026-11-26)",
    ]);
  });
  it("no longer matching", () => {
    expect(changesBetween(supermax, { ...supermax, listingId: null, status: null, risk: "none", match: "" })[0]).toMatch(
      /no longer matches any listing/,
    );
  });
  it("another supplier on the row", () => {
    expect(changesBetween(supermax, { ...supermax, supplier: "Top Glove" })[0]).toMatch(/made about the supplier "Supermax/);
  });
  it("match text without listing ids stands in for the listing", () => {
    const fromFile = { ...supermax, listingId: null, status: null };
    expect(changesBetween(fromFile, supermax)).toEqual([]);
    expect(changesBetween(fromFile, { ...supermax, match: "Other (CBP WRO 2022-01-01)" })[0]).toMatch(/another listing/);
  });
});

describe("basis cell", () => {
  it("round-trips result and decided records, with awkward text", () => {
    const odd: Subject = { ...supermax, supplier: 'A "quoted" · name || Now: x\nline', match: "M · N || O" };
    expect(parseBasisCell(formatResultBasis(odd))).toEqual({ decided: null, latest: odd });
    const cell = formatDecidedBasis(odd, "cleared", "2026-12-01", supermax, "risk is now High (was Lifted). Also");
    expect(parseBasisCell(cell)).toEqual({
      decided: { about: odd, value: "cleared", on: "2026-12-01", outdated: "risk is now High (was Lifted). Also" },
      latest: supermax,
    });
    expect(formatDecidedBasis(odd, "escalated", "", supermax, null)).toMatch(/^Decision stands\. Made about: Lifted/);
  });
  it("ignores cells the user typed over", () => {
    expect(parseBasisCell("checked by Ann")).toBeNull();
    expect(parseBasisCell("")).toBeNull();
    expect(parseBasisCell(42)).toBeNull();
  });
});

describe("evaluateRow", () => {
  const base = { decisionCell: "", byCell: "", onCell: "", reasonCell: "", basisCell: "" };

  it("records the result of a flagged undecided row and nothing for a None row", () => {
    const out = evaluateRow({ ...base, now: supermax });
    expect(out.state).toBe("undecided");
    expect(parseBasisCell(out.basisCell)?.latest).toEqual(supermax);
    const none: Subject = { ...supermax, risk: "none", listingId: null, status: null, match: "" };
    expect(evaluateRow({ ...base, now: none }).basisCell).toBe("");
  });

  it("pins a hand-typed decision to what the row showed, and keeps it through a dataset update", () => {
    const first = evaluateRow({ ...base, now: supermax });
    const typed = {
      ...base,
      decisionCell: "Cleared",
      byCell: "Ann",
      onCell: 46357,
      reasonCell: "different address",
      basisCell: first.basisCell,
    };
    const second = evaluateRow({ ...typed, now: { ...supermax, datasetVersion: "2027-01-10" } });
    expect(second).toMatchObject({ state: "current", decision: { value: "cleared", by: "Ann", on: "2026-12-01" }, about: supermax });
    const third = evaluateRow({ ...typed, basisCell: second.basisCell, now: { ...supermax, datasetVersion: "2027-02-01" } });
    expect(third.state).toBe("current");
    expect(third.about).toEqual(supermax);
  });

  it("outdates when the listing is re-imposed, and stays outdated until the user decides again", () => {
    const first = evaluateRow({ ...base, now: supermax });
    const typed = { ...base, decisionCell: "Cleared", onCell: "2026-12-01", basisCell: first.basisCell };
    const reimposed: Subject = { ...supermax, status: "active", risk: "high", datasetVersion: "2027-01-10" };
    const second = evaluateRow({ ...typed, now: reimposed });
    expect(second.state).toBe("outdated");
    expect(second.message).toMatch(/^Decision outdated: the listing's status is now in force \(was lifted\)/);
    const again = evaluateRow({ ...typed, basisCell: second.basisCell, now: reimposed });
    expect(again.state).toBe("outdated");
    // A new date is a new decision, made about what the row showed then.
    const redecided = evaluateRow({ ...typed, onCell: "2027-01-12", basisCell: again.basisCell, now: reimposed });
    expect(redecided.state).toBe("current");
    expect(redecided.about).toEqual(reimposed);
  });

  it("leaves unrecognised text alone and counts it as undecided", () => {
    const out = evaluateRow({ ...base, decisionCell: "ask Bob", now: supermax });
    expect(out.state).toBe("unrecognised");
    expect(out.decision).toBeNull();
  });

  it("keeps the record of a row that was not screened this time", () => {
    const first = evaluateRow({ ...base, decisionCell: "Escalated", now: supermax });
    const out = evaluateRow({ ...base, decisionCell: "Escalated", basisCell: first.basisCell, now: null });
    expect(out.state).toBe("current");
    expect(out.basisCell).toBe(first.basisCell);
  });
});

describe("counts", () => {
  it("outdated counts as undecided", () => {
    const c = emptyDecisionCounts();
    countDecision(c, "current", "cleared", true);
    countDecision(c, "outdated", "cleared", true);
    countDecision(c, "undecided", null, true);
    countDecision(c, "undecided", null, false);
    expect(c).toEqual({ undecided: 2, cleared: 1, confirmed: 0, escalated: 0, outdated: 1 });
  });
});

describe("carryForward", () => {
  const blankPrior = {
    origin: 0,
    supplier: "",
    riskCell: "",
    matchCell: "",
    decisionCell: "",
    byCell: "",
    onCell: "",
    reasonCell: "",
    basisCell: "",
  };
  const decision = { value: "cleared" as const, by: "Ann", on: "2026-12-01", reason: "" };
  it("places by supplier and listing whatever the order, and reports what has no row", () => {
    const prior = [
      { decision, about: supermax, origin: 2 },
      { decision: { ...decision, value: "confirmed" as const }, about: { ...supermax, supplier: "Gone Ltd" }, origin: 3 },
    ];
    const other: Subject = { ...supermax, supplier: "Someone Else" };
    const out = carryForward(prior, [other, { ...supermax, supplier: "SUPERMAX corporation  berhad" }]);
    expect(out.rows[0]).toBeNull();
    expect(out.rows[1]).toMatchObject({ state: "current", prior: { origin: 2 } });
    expect(out.unplaced.map((p) => p.origin)).toEqual([3]);
  });

  it("reads decisions from an earlier file with and without basis records", () => {
    const withBasis = priorDecisionOf({
      origin: 5,
      supplier: "Supermax Corporation Berhad",
      riskCell: "Lifted",
      matchCell: supermax.match,
      decisionCell: "Cleared – not the listed firm",
      byCell: "Ann",
      onCell: "2026-12-01",
      reasonCell: "",
      basisCell: formatResultBasis(supermax),
    });
    expect(withBasis?.about).toEqual(supermax);
    const without = priorDecisionOf({
      ...blankPrior,
      origin: 6,
      supplier: "X",
      riskCell: "High",
      matchCell: "X (UFLPA)",
      decisionCell: "Escalated",
    });
    expect(without?.about).toMatchObject({ risk: "high", listingId: null, match: "X (UFLPA)" });
    expect(priorDecisionOf({ ...blankPrior, origin: 7, supplier: "X", decisionCell: "" })).toBeNull();
  });
});

describe("with the real screener", () => {
  it("subjects carry the listing id, status and match label", () => {
    const screener = new Screener(bundledDataset());
    const [result] = screener.screenAll([{ name: "Supermax Corporation Berhad" }]);
    const s = subjectOf("Supermax Corporation Berhad", result);
    expect(s).toMatchObject({ risk: "lifted", listingId: "wro-2021-10-21-supermax", status: "inactive" });
    expect(s.match).toMatch(/Supermax/);
  });
});
