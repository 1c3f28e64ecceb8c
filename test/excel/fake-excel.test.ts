// The adapter tests are only as good as the fake: these pin the Excel behaviours they rely on.
import { createFakeExcel, FakeOfficeError } from "../support/fake-excel";

describe("fake Excel host", () => {
  test("reading a property before load+sync throws PropertyNotLoaded, like office.js", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: [["a"]] } } });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a"]]);
    });
  });

  test("AutoFilter.apply refuses a column outside its range and changes nothing; criteria has one entry per column", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: {
          values: [
            ["h1", "h2", "h3"],
            ["a", "x", "p"],
            ["b", "y", "q"],
          ],
        },
      },
    });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.autoFilter.apply(sheet.getRange("A1:B3"), 1, { filterOn: "Values", values: ["x"] });
      await context.sync();
      sheet.autoFilter.apply(sheet.getRange("A1:B3"), 2, { filterOn: "Values", values: ["p"] });
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheet.autoFilter.load("criteria");
      await context.sync();
      expect(sheet.autoFilter.criteria).toEqual([{}, { filterOn: "Values", values: ["x"] }]);
    });
    expect(fake.sheet("S").autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 1 });
    expect(fake.sheet("S").isRowHidden(2)).toBe(true);
  });

  test("writes take effect at sync, in order; Excel.run flushes what is left", async () => {
    const fake = createFakeExcel({ sheets: { S: {} } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
      expect(fake.values("S", "A1")).toEqual([[""]]);
      await context.sync();
      expect(fake.values("S", "A1")).toEqual([["x"]]);
      context.workbook.worksheets.getItem("S").getRange("A2").values = [["y"]];
    });
    expect(fake.values("S", "A2")).toEqual([["y"]]);
    expect(fake.syncCount()).toBe(2);
  });

  test("text starting with = + - @ becomes a formula unless the cell is formatted as Text", async () => {
    const fake = createFakeExcel({ sheets: { S: {} } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A4").values = [["=1+1"], ["+cmd"], ["-x"], ["00123"]];
      const text = sheet.getRange("B1:B4");
      text.numberFormat = [["@"], ["@"], ["@"], ["@"]];
      text.values = [["=1+1"], ["+cmd"], ["-x"], ["00123"]];
      await context.sync();
    });
    expect(fake.formulas("S", "A1:A3")).toEqual([["=1+1"], ["=+cmd"], ["=-x"]]);
    expect(fake.values("S", "A4")).toEqual([[123]]);
    expect(fake.formulas("S", "B1:B4")).toEqual([[null], [null], [null], [null]]);
    expect(fake.values("S", "B1:B4")).toEqual([["=1+1"], ["+cmd"], ["-x"], ["00123"]]);
  });

  test("entire-column insert shifts cells, tables and defined names right", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: {
          values: [
            ["a", "b", "c"],
            [1, 2, 3],
          ],
          tables: [{ name: "T", address: "C1:C2" }],
        },
      },
    });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.names.add("Mark", "=S!$B$1:$C$2");
      sheet.getRange("B:B").insert("Right");
      const t = context.workbook.tables.getItem("T").getRange();
      t.load("address");
      const name = sheet.names.getItem("Mark");
      name.load("formula");
      await context.sync();
      expect(t.address).toBe("S!D1:D2");
      expect(name.formula).toBe("=S!$C$1:$D$2");
    });
    expect(fake.values("S", "A1:D2")).toEqual([
      ["a", "", "b", "c"],
      [1, "", 2, 3],
    ]);
  });

  test("OrNullObject methods report isNullObject after sync; a failed sync applies nothing", async () => {
    const fake = createFakeExcel({ sheets: { S: {} } });
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    const remove = fake.failSync(() => new FakeOfficeError("GeneralException", "boom"));
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    remove();
    expect(fake.values("S", "A1")).toEqual([[""]]);
  });

  test("as in office.js: a null object's properties read as undefined, and an assigned value reads back", async () => {
    const fake = createFakeExcel({ sheets: { S: {} } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      const cell = sheet.getRange("A1");
      cell.values = [["x"]];
      expect(cell.values).toEqual([["x"]]);
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(used.address).toBeUndefined();
    });
  });

  test("a request above the payload limit fails like Excel on the web", async () => {
    const fake = createFakeExcel({ sheets: { S: {} }, payloadLimit: 1000 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(2000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("writing to a protected sheet is refused with AccessDenied", async () => {
    const fake = createFakeExcel({ sheets: { S: { protected: true } } });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("a protected sheet's AutoFilter cannot be removed or moved; with Use AutoFilter its criteria may change", async () => {
    const make = (allowAutoFilter: boolean) => {
      const fake = createFakeExcel({
        sheets: {
          S: {
            values: [
              ["h", "k"],
              ["a", 1],
              ["b", 2],
            ],
          },
        },
      });
      fake.sheet("S").autoFilter = { rect: { r0: 0, c0: 0, r1: 2, c1: 1 }, criteria: new Map() };
      fake.sheet("S").protected = true;
      fake.sheet("S").allowAutoFilter = allowAutoFilter;
      return fake;
    };
    const op = (fake: ReturnType<typeof make>, queue: (f: any, s: any) => void) =>
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        queue(sheet.autoFilter, sheet);
        await context.sync();
      });
    for (const allow of [false, true]) {
      const fake = make(allow);
      await expect(op(fake, (f) => f.remove())).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(op(fake, (f, s) => f.apply(s.getRange("A1:C3")))).rejects.toMatchObject({ code: "AccessDenied" });
      expect(fake.sheet("S").autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 1 });
    }
    const locked = make(false);
    await expect(op(locked, (f, s) => f.apply(s.getRange("A1:B3"), 0, { filterOn: "Values", values: ["a"] }))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(op(locked, (f) => f.clearCriteria())).rejects.toMatchObject({ code: "AccessDenied" });
    const allowed = make(true);
    await op(allowed, (f, s) => f.apply(s.getRange("A1:B3"), 0, { filterOn: "Values", values: ["a"] }));
    expect(allowed.sheet("S").isRowHidden(2)).toBe(true);
    await op(allowed, (f) => f.clearCriteria());
    expect(allowed.sheet("S").isRowHidden(2)).toBe(false);
  });

  test("a refused operation fails its sync; the operations before it in the batch stay done, the ones after do not run", async () => {
    const fake = createFakeExcel({ sheets: { S: {} } });
    let writes = 0;
    const stop = fake.refuseOperation((op) =>
      op.name === "Range.values=" && ++writes === 2 ? new FakeOfficeError("InvalidArgument", "refused") : null,
    );
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2").values = [["second"]];
        sheet.getRange("A3").values = [["third"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    stop();
    expect(fake.values("S", "A1:A3")).toEqual([["first"], [""], [""]]);
  });
});
