import { Listing } from "../../src/core/dataset/schema";
import { parseUflpaHtml, parseUflpaName, uflpaSectionKey } from "../../src/core/importers";
import { bytesOf, fixtureBytes, importErrorOf } from "./helpers";

const opts = { fileName: "uflpa.html", retrieved: "2026-11-01" };

describe("parseUflpaName", () => {
  it.each([
    [
      "Changji Esquel Textile Co. Ltd. (and one alias: Changji Yida Textile)",
      "Changji Esquel Textile Co. Ltd.",
      [["Changji Yida Textile", "alias"]],
      null,
    ],
    [
      "Hefei Bitland Information Technology Co. Ltd. (including three aliases: Anhui Hefei Baolongda Information Technology; Hefei Baolongda Information Technology Co., Ltd.; and Hefei Bitland Optoelectronic Technology Co., Ltd.)",
      "Hefei Bitland Information Technology Co. Ltd.",
      [
        ["Anhui Hefei Baolongda Information Technology", "alias"],
        ["Hefei Baolongda Information Technology Co., Ltd.", "alias"],
        ["Hefei Bitland Optoelectronic Technology Co., Ltd.", "alias"],
      ],
      null,
    ],
    [
      "Exemplar A (including two aliases: Exemplar B and Exemplar C)",
      "Exemplar A",
      [
        ["Exemplar B", "alias"],
        ["Exemplar C", "alias"],
      ],
      null,
    ],
    [
      "Xinjiang Goens Energy (formerly known as Xinjiang GCL New Energy Material Technology)",
      "Xinjiang Goens Energy",
      [["Xinjiang GCL New Energy Material Technology", "former"]],
      null,
    ],
    ["Exemplar Corps and its subordinate and affiliated entities", "Exemplar Corps", [], "and its subordinate and affiliated entities"],
    ["Exemplar Metal Co., Ltd., and Subsidiaries", "Exemplar Metal Co., Ltd.", [], "and Subsidiaries"],
    ["Exemplar Tech (including one alias: ET) and subsidiaries", "Exemplar Tech", [["ET", "alias"]], "and subsidiaries"],
    [
      "Exemplar Group and its subsidiary Exemplar Yanqi Co., Ltd.",
      "Exemplar Group",
      [["Exemplar Yanqi Co., Ltd.", "subsidiary"]],
      "and its subsidiary",
    ],
    [
      "Ninestar-like Corp and its eight Zhuhai-based subsidiaries, which include A Co., Ltd., B Co., C Ltd., D, E, F, G Inc., and H",
      "Ninestar-like Corp",
      [
        ["A Co., Ltd.", "subsidiary"],
        ["B Co.", "subsidiary"],
        ["C Ltd.", "subsidiary"],
        ["D", "subsidiary"],
        ["E", "subsidiary"],
        ["F", "subsidiary"],
        ["G Inc.", "subsidiary"],
        ["H", "subsidiary"],
      ],
      "and its eight Zhuhai-based subsidiaries",
    ],
    ["Hoshine Silicon Industry (Shanshan) Co., Ltd", "Hoshine Silicon Industry (Shanshan) Co., Ltd", [], null],
  ])("%s", (raw, main, others, scope) => {
    const parsed = parseUflpaName(raw);
    expect(parsed.problem).toBeNull();
    expect(parsed.main).toBe(main);
    expect(parsed.names.slice(1).map((n) => [n.name, n.kind])).toEqual(others);
    expect(parsed.scopeNote).toBe(scope);
  });

  it("reports a stated alias count that does not match", () => {
    expect(parseUflpaName("Exemplar (including three aliases: A; B)").problem).toBe("states 3 aliases but 2 were found");
  });
});

describe("parseUflpaHtml", () => {
  const result = parseUflpaHtml(fixtureBytes("uflpa-sample.html"), opts);
  const listings = result.entries.map((e) => e.listing);

  it("reads each table under the section its heading names, skipping blank rows and layout tables", () => {
    expect(result.entries.map((e) => [e.sectionKey, e.listing.names[0].name, e.listing.dateIssued])).toEqual([
      ["i", "Exemplar Cotton Co., Ltd.", "2022-06-21"],
      ["i", "Xinjiang Exemplar Industry Co., Ltd.", "2022-06-21"],
      ["ii", "Exemplar Labour Dispatch Co.", "2024-05-16"],
      ["ii", "Exemplar Holdings", "2024-08-01"],
      ["iv", "Changji Esquel Textile Co. Ltd.", "2024-11-01"],
      ["iv", "Exemplar Ordnance Group", "2025-01-15"],
    ]);
    expect(result.warnings).toEqual([]);
    for (const l of listings) expect(() => Listing.parse(l)).not.toThrow();
  });

  it("records section, scope, names, dates and the page as source", () => {
    const holdings = listings[3];
    expect(holdings.section).toMatch(/^UFLPA §2\(d\)\(2\)\(B\)\(ii\): Entities working with/);
    expect(holdings.scope).toBe("and its three Ürümqi-based subsidiaries");
    expect(holdings.names.filter((n) => n.kind === "subsidiary").map((n) => n.name)).toEqual([
      "Exemplar A Co., Ltd.",
      "Exemplar B Co.",
      "Exemplar C Co.",
    ]);
    expect(listings[2].names.slice(1)).toEqual([
      { name: "Exemplar Dispatch", kind: "alias" },
      { name: "Old Exemplar Dispatch", kind: "former" },
    ]);
    expect(listings[0]).toMatchObject({
      id: "uflpa-2022-06-21-exemplar-cotton-co-ltd",
      status: "active",
      statusDate: "2022-06-21",
      confidence: "verified",
      sources: ["DHS UFLPA Entity List page (saved HTML): uflpa.html (retrieved 2026-11-01)"],
    });
    expect(result.entries[0].line).toBe(13);
  });

  it("refuses a sign-in page", () => {
    const e = importErrorOf(() => parseUflpaHtml(fixtureBytes("signin.html"), opts));
    expect(e.code).toBe("sign_in_page");
    expect(e.message).toMatch(/dhs\.gov\/uflpa-entity-list/);
  });

  it("refuses a table without its section heading, naming the table's line", () => {
    const e = importErrorOf(() => parseUflpaHtml(fixtureBytes("uflpa-no-heading.html"), opts));
    expect(e).toMatchObject({ code: "malformed", line: 1 });
    expect(e.message).toMatch(/not preceded by a heading naming its section/);
  });

  it("refuses a row whose date cannot be read, naming its line", () => {
    const e = importErrorOf(() => parseUflpaHtml(fixtureBytes("uflpa-bad-date.html"), opts));
    expect(e).toMatchObject({ code: "bad_value", line: 5, field: "Effective Date" });
    expect(e.message).toMatch(/"soon"/);
  });

  it("refuses a CSV, a page without tables and a page whose tables are not the list", () => {
    expect(importErrorOf(() => parseUflpaHtml(fixtureBytes("cbp-sample-cp1252.csv"), opts)).code).toBe("not_html");
    expect(importErrorOf(() => parseUflpaHtml(bytesOf("<html><body><p>Loading…</p></body></html>"), opts)).code).toBe("empty");
    expect(importErrorOf(() => parseUflpaHtml(bytesOf("<html><body><table><tr><th>Foo</th></tr></table></body></html>"), opts)).code).toBe(
      "missing_column",
    );
  });

  it("refuses a table missing the Effective Date column and the same entity twice in one section", () => {
    const heading = '<p><a href="#">Section 2(d)(2)(B)(v)</a></p>';
    const noDate = `<html><body>${heading}<table><tr><th>Entity Name</th><th>Note</th></tr><tr><td>X</td><td>y</td></tr></table></body></html>`;
    expect(importErrorOf(() => parseUflpaHtml(bytesOf(noDate), opts)).field).toBe("Effective Date");
    const twice = `<html><body>${heading}<table><tr><th>Entity Name</th><th>Effective Date</th></tr><tr><td>X Co.</td><td>May 1, 2024</td></tr>\n<tr><td>X Co</td><td>May 2, 2024</td></tr></table></body></html>`;
    expect(importErrorOf(() => parseUflpaHtml(bytesOf(twice), opts)).code).toBe("duplicate");
  });
});

describe("uflpaSectionKey", () => {
  it("finds the sub-section in headings and curated section fields", () => {
    expect(uflpaSectionKey("2(d)(2)(B)(iv) entities that source material")).toBe("iv");
    expect(uflpaSectionKey("Section 2 (d)(2)(B)(v)")).toBe("v");
    expect(uflpaSectionKey("not verified")).toBeNull();
  });
});
