import { datesInText, detectFormat, parseLongDate, parseUsNumericDate } from "../../src/core/importers";
import { bytesOf } from "./helpers";

describe("dates", () => {
  it("reads CBP's M/D/YYYY, with a time of day left by Excel, and ISO dates", () => {
    expect(parseUsNumericDate("9/18/2023")).toBe("2023-09-18");
    expect(parseUsNumericDate("09/08/2023 0:00")).toBe("2023-09-08");
    expect(parseUsNumericDate("9/8/2023 12:00:00 AM")).toBe("2023-09-08");
    expect(parseUsNumericDate("2023-09-18")).toBe("2023-09-18");
  });

  it("refuses impossible and ambiguous dates", () => {
    for (const s of ["2/29/2023", "13/1/2023", "9/18/23", "18.09.2023", "", "9/18/2023 later"]) expect(parseUsNumericDate(s)).toBeNull();
  });

  it("reads DHS's long dates", () => {
    expect(parseLongDate("June 21, 2022")).toBe("2022-06-21");
    expect(parseLongDate("Aug. 1, 2024")).toBe("2024-08-01");
    expect(parseLongDate("Sept 5 2023")).toBe("2023-09-05");
    expect(parseLongDate("Juno 21, 2022")).toBeNull();
    expect(parseLongDate("February 30, 2024")).toBeNull();
  });

  it("finds every date in a remark", () => {
    expect(datesInText("Modified 9/18/2023; see notice of January 3, 2024")).toEqual(["2023-09-18", "2024-01-03"]);
  });
});

describe("detectFormat", () => {
  it("goes by the extension first, then by the content", () => {
    expect(detectFormat("wro.CSV", bytesOf("{"))).toBe("cbp_csv");
    expect(detectFormat("list.htm", bytesOf("a,b"))).toBe("uflpa_html");
    expect(detectFormat("https://example.org/d.json?x=1", bytesOf("<html>"))).toBe("json");
    expect(detectFormat("download", bytesOf('\uFEFF  {"schemaVersion":1}'))).toBe("json");
    expect(detectFormat("download", bytesOf("<!DOCTYPE html>"))).toBe("uflpa_html");
    expect(detectFormat("download", bytesOf("Effective Date,Entity"))).toBe("cbp_csv");
  });
});
