// The worksheet functions called directly, the way Excel calls them: with text, numbers, blanks (null on the
// web, 0 on Windows desktop), error values (as objects, since allowErrorForDataTypeAny is on), rich values and
// ranges as arrays of rows. Expected risks come from a small test dataset so they do not depend on the
// bundled data; behaviour on real listings is checked against the engine itself.
import { RISK_LABELS, matchLabel } from "../../src/core";
import { getScreener, restoreBundledDataset, setDataset, setRecalculator } from "../../src/addin/runtime";
import { WROMATCH, WRONOTE, WRORISK, WROSCREEN } from "../../src/functions/functions";
import { screenColumn } from "../../src/functions/screen-cells";
import { WorksheetError } from "../../src/functions/worksheet-error";
import { ACTIVE_NAME, LIFTED_NAME, smallDataset } from "../addin/small-dataset";

setRecalculator(async () => false);

/** The code and message of an error value, whether a WorksheetError or a (fake) CustomFunctions.Error. */
function describeWorksheetError(value: unknown): { code: string; message: string } | null {
  if (value && typeof value === "object" && typeof (value as { code?: unknown }).code === "string") {
    const { code, message } = value as { code: string; message?: unknown };
    return { code, message: typeof message === "string" ? message : "" };
  }
  return null;
}

/** Runs a scalar function and reports a thrown worksheet error as { code, message }. */
function call(fn: (...args: unknown[]) => unknown, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    const described = describeWorksheetError(error);
    if (!described) throw error;
    return described;
  }
}
const risk = (...args: unknown[]) => call(WRORISK as (...a: unknown[]) => unknown, ...args);
const match = (...args: unknown[]) => call(WROMATCH as (...a: unknown[]) => unknown, ...args);
const note = (...args: unknown[]) => call(WRONOTE as (...a: unknown[]) => unknown, ...args);

const BLANKS: Array<[string, unknown]> = [
  ["null (empty cell on the web, omitted argument)", null],
  ["undefined", undefined],
  ["empty text", ""],
  ["white space", "   \t "],
  ["0 (empty cell on Windows desktop)", 0],
];

describe("with a small test dataset", () => {
  beforeAll(() => {
    setDataset(smallDataset("fn-test"));
  });
  afterAll(() => {
    restoreBundledDataset();
  });

  test("WRORISK gives High for an active order, Lifted for a lifted one, None for an unlisted name", () => {
    expect(risk(ACTIVE_NAME)).toBe("High");
    expect(risk(LIFTED_NAME)).toBe("Lifted");
    expect(risk("Harbourside Stationery Supplies Ltd")).toBe("None");
  });

  test("WROMATCH names the listing with its list and dates, and is empty when nothing matched", () => {
    expect(match(ACTIVE_NAME)).toBe(`${ACTIVE_NAME} (CBP WRO 2024-03-05)`);
    expect(match(LIFTED_NAME)).toBe(`${LIFTED_NAME} (CBP WRO 2022-01-10; lifted 2023-06-30)`);
    expect(match("Harbourside Stationery Supplies Ltd")).toBe("");
  });

  test("WRONOTE explains the result in plain English, citing the dataset version", () => {
    const text = note(LIFTED_NAME) as string;
    expect(text).toContain(LIFTED_NAME);
    expect(text).toContain("fn-test");
    expect(text).not.toMatch(/^[=+\-@]/);
    expect(note("Harbourside Stationery Supplies Ltd")).toMatch(/no match/i);
  });

  test("names are matched whatever the case and spacing", () => {
    expect(risk(`  ${ACTIVE_NAME.toUpperCase()}  `)).toBe("High");
  });

  test("a data-type (entity) cell is screened by its display text", () => {
    expect(risk({ type: "Entity", text: ACTIVE_NAME, properties: {} })).toBe("High");
  });
});

describe("blank, placeholder and unusable cells", () => {
  test.each(BLANKS)("an ordinary blank (%s) gives empty results and never an error", (_label, blank) => {
    expect(risk(blank)).toBe("");
    expect(match(blank)).toBe("");
    expect(note(blank)).toBe("");
    expect(risk(blank, blank, blank)).toBe("");
  });

  test("a placeholder such as TBD is not a supplier: empty risk and match, with a note saying why", () => {
    expect(risk("TBD")).toBe("");
    expect(match("n/a")).toBe("");
    expect(note("TBD")).toMatch(/placeholder/i);
  });

  test.each([
    ["#N/A typed or returned as text", "#N/A"],
    ["a CustomFunctions.Error object", { code: "#DIV/0!", message: "" }],
    ["an Excel error cell value", { type: "Error", errorType: "Ref", basicValue: "#REF!" }],
    ["an error cell value without basicValue", { type: "Error", errorType: "NotAvailable" }],
  ])("an error value (%s) gives #N/A with the reason, and WRONOTE explains it", (_label, value) => {
    for (const fn of [risk, match]) {
      const result = fn(value) as { code: string; message: string };
      expect(result.code).toBe("#N/A");
      expect(result.message).toMatch(/error value/i);
    }
    expect(note(value)).toMatch(/error value/i);
  });

  test.each([
    ["a number", 4711],
    ["a boolean", true],
    ["text without letters, such as a supplier code", "12345-0"],
  ])("%s gives #N/A saying it is not a supplier name", (_label, value) => {
    const result = risk(value) as { code: string; message: string };
    expect(result.code).toBe("#N/A");
    expect(result.message).toMatch(/not a supplier name/i);
  });

  test("a 32,000-character cell is refused with #N/A, quickly and without throwing anything else", () => {
    const huge = "Acme Trading ".repeat(2462).slice(0, 32_000);
    const result = risk(huge) as { code: string; message: string };
    expect(result.code).toBe("#N/A");
    expect(result.message).toMatch(/longer than/i);
    expect(result.message.length).toBeLessThanOrEqual(250);
  });

  test("formula-like text is screened as plain text and the note cannot start a formula", () => {
    for (const text of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-Acme Trading"]) {
      expect(["None", "Review", "High", "Lifted", ""]).toContain(risk(text));
      const explanation = note(text);
      expect(typeof explanation).toBe("string");
      expect(explanation as string).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe("optional country and product", () => {
  beforeAll(() => restoreBundledDataset());

  test("are passed to the engine: a region-wide order applies only when the region is given", () => {
    const screener = getScreener();
    const name = "Golden Field Textile Trading Co";
    const withRegion = screener.screen({ name, country: "Xinjiang, China", product: "cotton yarn" });
    const without = screener.screen({ name });
    // The test is only meaningful if the region changes the engine's verdict for this row.
    expect(withRegion.risk).not.toBe(without.risk);
    expect(risk(name, "Xinjiang, China", "cotton yarn")).toBe(RISK_LABELS[withRegion.risk]);
    expect(risk(name)).toBe(RISK_LABELS[without.risk]);
    expect(match(name, "Xinjiang, China", "cotton yarn")).toBe(matchLabel(withRegion.match, withRegion.ruleHits));
  });

  test("blank optional arguments (null, 0 from a desktop empty cell, '') count as not given", () => {
    const name = "Golden Field Textile Trading Co";
    const plain = risk(name);
    expect(risk(name, null, null)).toBe(plain);
    expect(risk(name, 0, 0)).toBe(plain);
    expect(risk(name, "", "  ")).toBe(plain);
  });

  test("results on bundled listings agree with the engine", () => {
    const screener = getScreener();
    for (const listing of screener.dataset.listings.filter((l) => l.matchBy === "name").slice(0, 25)) {
      const expected = screener.screen({ name: listing.name });
      expect(risk(listing.name)).toBe(RISK_LABELS[expected.risk]);
      expect(match(listing.name)).toBe(matchLabel(expected.match, expected.ruleHits));
      expect(note(listing.name)).toBe(expected.note);
    }
  });
});

describe("inside Excel, errors are CustomFunctions.Error objects", () => {
  class FakeCustomFunctionsError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  beforeAll(() => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: FakeCustomFunctionsError };
  });
  afterAll(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test("a scalar function throws a CustomFunctions.Error, so Excel shows #N/A with the message", () => {
    expect(() => WRORISK("#N/A")).toThrow(FakeCustomFunctionsError as unknown as new () => Error);
    let caught: unknown;
    try {
      WRORISK(12);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FakeCustomFunctionsError);
    expect((caught as FakeCustomFunctionsError).code).toBe("#N/A");
  });

  test("WROSCREEN puts CustomFunctions.Error objects in the rows that were not screened", async () => {
    const rows = await WROSCREEN([["Harbourside Stationery Supplies Ltd"], ["#VALUE!"]]);
    expect(rows[0][0]).toBe("None");
    // Both columns say #N/A, as =WRORISK and =WROMATCH would for that cell.
    expect(rows[1][0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(rows[1][1]).toBeInstanceOf(FakeCustomFunctionsError);
  });

  test("a shape mistake in WROSCREEN rejects with #VALUE! as a CustomFunctions.Error", async () => {
    await expect(WROSCREEN([["a", "b"]])).rejects.toBeInstanceOf(FakeCustomFunctionsError);
  });
});

describe("WROSCREEN", () => {
  beforeAll(() => setDataset(smallDataset("screen-test")));
  afterAll(() => restoreBundledDataset());

  const cellText = (value: unknown) => {
    const error = describeWorksheetError(value);
    return error ? error.code : value;
  };
  /** The rejection of a WROSCREEN call as { code, message }. */
  const failure = async (promise: Promise<unknown>) => {
    let caught: unknown = null;
    await promise.catch((error: unknown) => {
      caught = error;
    });
    return describeWorksheetError(caught);
  };

  test("returns one [risk, match] row per supplier, the same as WRORISK and WROMATCH", async () => {
    const names = [[ACTIVE_NAME], [LIFTED_NAME], ["Harbourside Stationery Supplies Ltd"]];
    const rows = await WROSCREEN(names);
    expect(rows).toEqual(names.map(([name]) => [WRORISK(name), WROMATCH(name)]));
    expect(rows.map((r) => r[0])).toEqual(["High", "Lifted", "None"]);
  });

  test("blank rows inside the range stay aligned; trailing blank rows are left out", async () => {
    const rows = await WROSCREEN([[ACTIVE_NAME], [null], [0], [LIFTED_NAME], [""], [null], [0]]);
    expect(rows.map((r) => r.map(cellText))).toEqual([
      ["High", `${ACTIVE_NAME} (CBP WRO 2024-03-05)`],
      ["", ""],
      ["", ""],
      ["Lifted", `${LIFTED_NAME} (CBP WRO 2022-01-10; lifted 2023-06-30)`],
    ]);
  });

  test("an all-blank or empty range spills one empty row rather than failing", async () => {
    await expect(WROSCREEN([[null], [null]])).resolves.toEqual([["", ""]]);
    await expect(WROSCREEN([])).resolves.toEqual([["", ""]]);
  });

  test("a single value instead of a range is screened as one row", async () => {
    await expect(WROSCREEN(ACTIVE_NAME as unknown as unknown[][])).resolves.toEqual([["High", `${ACTIVE_NAME} (CBP WRO 2024-03-05)`]]);
  });

  test("an error cell gives #N/A in its own row only", async () => {
    const rows = await WROSCREEN([[ACTIVE_NAME], [{ code: "#N/A" }], [LIFTED_NAME]]);
    expect(rows.map((r) => cellText(r[0]))).toEqual(["High", "#N/A", "Lifted"]);
    expect(rows[1][0]).toBeInstanceOf(WorksheetError);
    expect((rows[1][0] as WorksheetError).message).toMatch(/error value/i);
  });

  test("countries and products: a column per row, or one cell for every row", async () => {
    restoreBundledDataset();
    const name = "Golden Field Textile Trading Co";
    const perRow = await WROSCREEN([[name], [name]], [["Xinjiang, China"], [null]], [["cotton yarn"], ["cotton yarn"]]);
    expect(perRow[0][0]).toBe(WRORISK(name, "Xinjiang, China", "cotton yarn"));
    expect(perRow[1][0]).toBe(WRORISK(name, null, "cotton yarn"));
    expect(perRow[0][0]).not.toBe(perRow[1][0]);
    const broadcast = await WROSCREEN([[name], [name]], [["Xinjiang, China"]], [["cotton yarn"]]);
    expect(broadcast.map((r) => r[0])).toEqual([perRow[0][0], perRow[0][0]]);
    setDataset(smallDataset("screen-test"));
  });

  test("optional ranges of the wrong height or width give #VALUE! with a message saying what to do", async () => {
    const names = [[ACTIVE_NAME], [LIFTED_NAME], ["x"]];
    await expect(WROSCREEN(names, [["A"], ["B"]])).rejects.toBeInstanceOf(WorksheetError);
    const wrongHeight = await failure(WROSCREEN(names, [["A"], ["B"]]));
    expect(wrongHeight?.code).toBe("#VALUE!");
    expect(wrongHeight?.message).toMatch(/Countries has 2 rows but the names have 3/);
    const wrongWidth = await failure(
      WROSCREEN(names, undefined, [
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
      ]),
    );
    expect(wrongWidth?.code).toBe("#VALUE!");
    expect(wrongWidth?.message).toMatch(/Products must be one column/);
  });

  test("a names range with several columns gives #VALUE! explaining the arguments", async () => {
    const result = await failure(WROSCREEN([["Acme", "China"]]));
    expect(result?.code).toBe("#VALUE!");
    expect(result?.message).toMatch(/one column of supplier names; the range given has 2 columns/);
  });

  test("handles 10,000 rows in one call, row for row", async () => {
    const names: unknown[][] = Array.from({ length: 10_000 }, (_, i) => [
      i % 3 === 0 ? ACTIVE_NAME : i % 3 === 1 ? `Harbourside Stationery Supplies ${i}` : null,
    ]);
    names[9_999] = [LIFTED_NAME];
    const rows = await WROSCREEN(names);
    expect(rows).toHaveLength(10_000);
    expect(rows[0][0]).toBe("High");
    expect(rows[1][0]).toBe("None");
    expect(rows[2]).toEqual(["", ""]);
    expect(rows[9_999][0]).toBe("Lifted");
  });

  test("a long column pauses between slices, so the pane's timers and events run meanwhile", async () => {
    const names = Array.from({ length: 2_000 }, (_, i) => [`Harbourside Stationery Supplies ${i}`]);
    const order: string[] = [];
    setTimeout(() => order.push("pane timer"), 0);
    // sliceMs 0: pause at every clock check (every 256 rows) instead of after 50 ms of work.
    const rows = await screenColumn(getScreener(), names, undefined, undefined, { sliceMs: 0 });
    order.push("spill ready");
    expect(rows).toHaveLength(2_000);
    expect(order).toEqual(["pane timer", "spill ready"]);
  });
});

describe("an unexpected engine failure", () => {
  afterEach(() => jest.restoreAllMocks());

  test("gives #VALUE! naming the function in a single cell, and #N/A only in the affected rows of a spill", async () => {
    const screener = getScreener();
    const original = screener.screen.bind(screener);
    jest.spyOn(screener, "screen").mockImplementation((input) => {
      if (String(input.name).includes("Explodes")) throw new Error("index corrupted");
      return original(input);
    });
    const single = call(WRORISK as (...a: unknown[]) => unknown, "Explodes Trading Ltd") as { code: string; message: string };
    expect(single).toEqual({ code: "#VALUE!", message: "WRORISK could not screen this cell: index corrupted" });
    const rows = await WROSCREEN([["Harbourside Stationery Supplies Ltd"], ["Explodes Again Ltd"]]);
    expect(rows[0][0]).toBe("None");
    expect(describeWorksheetError(rows[1][0])).toEqual({ code: "#N/A", message: "This row could not be screened: index corrupted" });
  });
});

describe("=WROSCREEN row limit (office-js#4654, #2786, #4613: large results fail or stay #BUSY!)", () => {
  test("a whole-column reference is refused with a clear error before any row is screened", async () => {
    const column = Array.from({ length: 1_048_576 }, (_, i) => [i < 3 ? "Acme Ltd" : ""]);
    await expect(WROSCREEN(column)).rejects.toMatchObject({ code: "#VALUE!" });
    await expect(WROSCREEN(column)).rejects.toThrow(/at most 10,000 rows.*not A:A/);
  });

  test("the documented limit, 10,000 rows of the longest match texts, stays well under 5 MB", async () => {
    const { WROSCREEN_ROW_LIMIT } = await import("../../src/functions/screen-cells");
    const screener = getScreener();
    const longest = [...screener.dataset.listings].sort((a, b) => b.name.length - a.name.length)[0].name;
    const names = Array.from({ length: WROSCREEN_ROW_LIMIT }, () => [longest]);
    const rows = await screenColumn(screener, names, undefined, undefined, { sliceMs: 1_000 });
    expect(rows).toHaveLength(WROSCREEN_ROW_LIMIT);
    expect(Buffer.byteLength(JSON.stringify(rows), "utf8")).toBeLessThan(3 * 1024 * 1024);
    await expect(WROSCREEN([...names, [longest]])).rejects.toMatchObject({ code: "#VALUE!" });
  });
});
