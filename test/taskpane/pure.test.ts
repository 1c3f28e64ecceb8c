import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { auditLine, formatAuditTime } from "../../src/taskpane/format";
import { messageForError, partialWriteMessage } from "../../src/taskpane/messages";
import { fluentThemeFor, relativeLuminance, themeKindFor } from "../../src/taskpane/theme";

describe("theme from Office", () => {
  it.each([
    [undefined, "light"],
    [null, "light"],
    [{}, "light"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#E6E6E6" }, "light"], // Office "Colorful"/light grey
    [{ bodyBackgroundColor: "#666666" }, "dark"], // "Dark Gray"
    [{ bodyBackgroundColor: "#262626" }, "dark"], // "Black"
    [{ bodyBackgroundColor: "#000" }, "dark"],
    [{ bodyBackgroundColor: "not a colour" }, "light"],
  ])("%j → %s", (officeTheme, kind) => {
    expect(themeKindFor(officeTheme as { bodyBackgroundColor?: string } | undefined)).toBe(kind);
  });

  it("maps to Fluent's web themes", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
  });

  it("computes WCAG relative luminance", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#fff")).toBeCloseTo(1, 10);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 3);
    expect(relativeLuminance("#12345")).toBeNull();
  });
});

describe("audit line", () => {
  it("formats local time as day, short month, year and 24-hour time", () => {
    expect(formatAuditTime(new Date(2026, 10, 26, 14, 2))).toBe("26 Nov 2026 14:02");
    expect(formatAuditTime(new Date(2027, 0, 5, 9, 7))).toBe("5 Jan 2027 09:07");
  });

  it("marks an incomplete run and keeps an unreadable timestamp as written", () => {
    const at = new Date(2026, 10, 26, 14, 2).toISOString();
    expect(auditLine({ screenedAt: at, datasetVersion: "2026-11-26", complete: false })).toBe(
      "Screened 26 Nov 2026 14:02 with dataset 2026-11-26 (incomplete: re-run to finish)",
    );
    expect(auditLine({ screenedAt: "yesterday", datasetVersion: "v1" })).toBe("Screened yesterday with dataset v1");
  });
});

describe("messages", () => {
  it("accepts the adapter's code in any spelling", () => {
    for (const code of ["protected-sheet", "PROTECTED_SHEET", "protectedSheet"]) {
      expect(messageForError(Object.assign(new Error("x"), { code })).title).toBe("The sheet is protected");
    }
  });

  it("keeps a non-Error failure's text", () => {
    expect(messageForError("Excel stopped responding")).toMatchObject({ title: "Something went wrong", body: "Excel stopped responding" });
    expect(messageForError(undefined).body).toMatch(/unknown error/);
  });

  it("words a partial write with both counts", () => {
    expect(partialWriteMessage(1, 2).body).toBe("1 row written, 2 rows not: re-run Screen to finish. Rows already written are kept.");
  });
});
