// The official mock (office-addin-mock) models no geometry, so it only covers plain read paths;
// everything that depends on Excel's behaviour is tested against test/support/fake-excel.ts.
// (The mock also cannot model *OrNullObject: an unloaded isNullObject reads as a truthy error string.)
import { OfficeMockObject } from "office-addin-mock";
import { queueColumnRead, sync, syncsUsed } from "../../src/excel";

describe("adapter read paths against office-addin-mock", () => {
  test("a chunk of the supplier column is read with load + one sync", async () => {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            range: { values: [["Hoshine Silicon"], ["Acme Ltd"]] },
            getRangeByIndexes() {
              return this.range;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
    });
    const context = mock as unknown as Excel.RequestContext;
    const sheet = context.workbook.worksheets.getItem("Suppliers");
    const names = queueColumnRead(sheet, 0, 1, 2);
    await sync(context);
    expect(names.values).toEqual([["Hoshine Silicon"], ["Acme Ltd"]]);
    expect(syncsUsed(context)).toBe(1);
  });

  test("reading without the sync gives the mock's not-synced marker, which is why the adapter always syncs first", async () => {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            range: { values: [["x"]] },
            getRangeByIndexes() {
              return this.range;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
    });
    const context = mock as unknown as Excel.RequestContext;
    const range = queueColumnRead(context.workbook.worksheets.getItem("S"), 0, 0, 1);
    expect(range.values).toBe("Error, context.sync() was not called");
  });
});
