import { Listing } from "../../src/core/dataset/schema";
import { parseCbpCsv, parseCbpEntityNames } from "../../src/core/importers";
import { bytesOf, CBP_HEADER, fixtureBytes, importErrorOf } from "./helpers";

const opts = { fileName: "wro-findings.csv", retrieved: "2026-11-01" };
const byName = (name: string) => (l: Listing) => l.names[0].name === name;

describe("parseCbpCsv", () => {
  const result = parseCbpCsv(fixtureBytes("cbp-sample-cp1252.csv"), opts);
  const listings = result.entries.map((e) => e.listing);

  it("reads every order that names an entity, with its line, and warns about the one that does not", () => {
    expect(result.encoding).toBe("windows-1252");
    expect(result.entries.map((e) => e.line)).toEqual([2, 4, 5, 6, 8]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^Line 9: WRO of 1\/13\/2021 \(Cotton and tomato products, China\) names no entity/);
  });

  it("produces listings that pass the dataset schema", () => {
    for (const l of listings) expect(() => Listing.parse(l)).not.toThrow();
  });

  it("keeps accents and curly apostrophes from Windows-1252 and a/k/a, f/k/a names", () => {
    const cocoa = listings.find(byName("Société Exemplaire d’Export"))!;
    expect(cocoa.country).toBe("Côte d’Ivoire");
    expect(cocoa.names).toEqual([
      { name: "Société Exemplaire d’Export", kind: "primary" },
      { name: "Plantation Exemplaire", kind: "former" },
    ]);
    expect(cocoa.id).toBe("wro-2026-03-04-societe-exemplaire-d-export");
    expect(cocoa.sources).toEqual([
      "CBP WRO/Findings dataset CSV: wro-findings.csv (retrieved 2026-11-01)",
      "https://www.cbp.gov/newsroom/example-cocoa",
    ]);
    expect(cocoa.confidence).toBe("verified");
    expect(cocoa.statusText).toContain('"Exemplar" test row with a line break');
    const yunnan = listings.find(byName("Yunnan Machinery"))!;
    expect(yunnan.names.map((n) => [n.name, n.kind])).toEqual([
      ["Yunnan Machinery", "primary"],
      ["Golden Horse (JinMa) Diesel Factory", "alias"],
      ["Yunnan 1st Prison", "alias"],
    ]);
  });

  it("maps type, status and M/D/YYYY dates, and dates a change only from a single date in the remark", () => {
    const supermax = listings.find((l) => l.name.startsWith("Supermax"))!;
    expect(supermax).toMatchObject({ list: "cbp_wro", dateIssued: "2021-10-21", status: "inactive", statusDate: "2023-09-18" });
    expect(supermax.statusHistory[1]).toEqual({
      date: "2023-09-18",
      kind: "modified",
      description: "CBP dataset remark: Modified on 9/18/2023 after CBP confirmed remediation",
    });
    const palm = listings.find(byName("Exemplar Palm Sdn. Bhd."))!;
    expect(palm).toMatchObject({ list: "cbp_finding", status: "partially_active", id: "finding-2025-02-03-exemplar-palm-sdn-bhd" });
    expect(palm.statusHistory[1].kind).toBe("partially_lifted");
    const yunnan = listings.find(byName("Yunnan Machinery"))!;
    expect(yunnan).toMatchObject({ status: "active", statusDate: null });
  });

  it("lists a vessel under its own name with kind vessel", () => {
    expect(listings.find((l) => l.name === "Fishing Vessel: Yu Long No. 2")!.names).toEqual([{ name: "Yu Long No. 2", kind: "vessel" }]);
  });

  it("reads the UTF-8 (BOM) copy to the same listings", () => {
    const utf8 = parseCbpCsv(fixtureBytes("cbp-sample-utf8-bom.csv"), opts);
    expect(utf8.encoding).toBe("utf-8");
    expect(utf8.entries.map((e) => e.listing)).toEqual(listings);
  });

  it("skips a title line above the header, saying so", () => {
    const csv = `Withhold Release Orders and Findings List,,,\n${CBP_HEADER}\n1/2/2020,2020,MY,Malaysia,Gloves,WRO,Rubber,Active,,Exemplar Glove,\n`;
    const parsed = parseCbpCsv(bytesOf(csv), opts);
    expect(parsed.entries.map((e) => e.line)).toEqual([3]);
    expect(parsed.warnings).toEqual(["Line 1 above the header line 2 was skipped."]);
  });

  it("does not trust a remark with two dates to date the change", () => {
    const csv = `${CBP_HEADER}\n1/2/2020,2020,MY,Malaysia,Gloves,WRO,Rubber,Inactive,,Exemplar Glove,"Modified 3/4/2021, revised 5/6/2022"\n`;
    const [entry] = parseCbpCsv(bytesOf(csv), opts).entries;
    expect(entry.listing.statusDate).toBeNull();
    expect(entry.listing.statusHistory[1]).toMatchObject({ date: null, kind: "modified" });
  });
});

describe("parseCbpCsv refuses bad files with a message naming the problem", () => {
  it("an unclosed quote: names the line it opens on", () => {
    const e = importErrorOf(() => parseCbpCsv(fixtureBytes("cbp-unclosed-quote.csv"), opts));
    expect(e).toMatchObject({ code: "malformed", line: 5 });
  });

  it("wrong columns: names the missing ones and what was found", () => {
    const e = importErrorOf(() => parseCbpCsv(fixtureBytes("cbp-missing-columns.csv"), opts));
    expect(e.code).toBe("missing_column");
    expect(e.message).toMatch(/"Effective Date", "Merchandise", "WRO\/Finding", "Entity"/);
    expect(e.message).toMatch(/found: "Date", "Country", "Company", "Status"/);
  });

  it("an unknown status: names line and column", () => {
    const e = importErrorOf(() => parseCbpCsv(fixtureBytes("cbp-bad-status.csv"), opts));
    expect(e).toMatchObject({ code: "bad_value", line: 3, field: "Status" });
    expect(e.message).toMatch(/"Suspended"/);
  });

  it("a date that is not M/D/YYYY or not a real date", () => {
    for (const date of ["2021/10/21", "2/30/2021", "soon", ""]) {
      const e = importErrorOf(() =>
        parseCbpCsv(bytesOf(`${CBP_HEADER}\n${date},2021,MY,Malaysia,Gloves,WRO,Rubber,Active,,Exemplar,\n`), opts),
      );
      expect(e).toMatchObject({ code: "bad_value", line: 2, field: "Effective Date" });
    }
  });

  it("an unknown order type", () => {
    const e = importErrorOf(() =>
      parseCbpCsv(bytesOf(`${CBP_HEADER}\n1/2/2021,2021,MY,Malaysia,Gloves,Ban,Rubber,Active,,Exemplar,\n`), opts),
    );
    expect(e).toMatchObject({ field: "WRO/Finding", line: 2 });
  });

  it("a row with more fields than the header", () => {
    const e = importErrorOf(() =>
      parseCbpCsv(bytesOf(`${CBP_HEADER}\n1/2/2021,2021,MY,Malaysia,Gloves,WRO,Rubber,Active,,Exemplar, Inc.,x,extra\n`), opts),
    );
    expect(e).toMatchObject({ code: "malformed", line: 2 });
  });

  it("the same order twice", () => {
    const row = "1/2/2021,2021,MY,Malaysia,Gloves,WRO,Rubber,Active,,Exemplar Glove,";
    const e = importErrorOf(() => parseCbpCsv(bytesOf(`${CBP_HEADER}\n${row}\n${row}\n`), opts));
    expect(e.code).toBe("duplicate");
    expect(e.message).toMatch(/Lines 2 and 3/);
  });

  it("a header with no orders, an empty file, and a file with only region-wide rows", () => {
    expect(importErrorOf(() => parseCbpCsv(fixtureBytes("cbp-header-only.csv"), opts)).code).toBe("empty");
    expect(importErrorOf(() => parseCbpCsv(new Uint8Array(0), opts)).code).toBe("empty");
    const regionOnly = `${CBP_HEADER}\n1/13/2021,2021,CN,China,Cotton,WRO,Agriculture,Active,,,\n`;
    expect(importErrorOf(() => parseCbpCsv(bytesOf(regionOnly), opts)).message).toMatch(
      /no orders that name an entity \(1 row without an entity\)/,
    );
  });

  it("a sign-in page or another web page saved under a .csv name", () => {
    expect(importErrorOf(() => parseCbpCsv(fixtureBytes("signin.html"), opts)).code).toBe("sign_in_page");
    expect(importErrorOf(() => parseCbpCsv(fixtureBytes("uflpa-sample.html"), opts)).code).toBe("not_csv");
  });

  it("a file over the size limit, before reading it", () => {
    const e = importErrorOf(() => parseCbpCsv(fixtureBytes("cbp-sample-cp1252.csv"), { ...opts, maxBytes: 100 }));
    expect(e.code).toBe("too_large");
    expect(e.message).toMatch(/over the 100 bytes limit/);
  });
});

describe("parseCbpEntityNames", () => {
  it("splits a/k/a, f/k/a and ;-separated co-named entities", () => {
    expect(
      parseCbpEntityNames(
        "China Cattle Breeding Enterprise, a/k/a Zhongguo Yangniu Zonghe Qiye; Xinjiang Kashgar Cattle Farm, a/k/a Shache County Cattle Farm",
      ),
    ).toEqual([
      { name: "China Cattle Breeding Enterprise", kind: "primary" },
      { name: "Zhongguo Yangniu Zonghe Qiye", kind: "alias" },
      { name: "Xinjiang Kashgar Cattle Farm", kind: "alias", note: "named in the same CBP entry" },
      { name: "Shache County Cattle Farm", kind: "alias" },
    ]);
  });

  it("reads a.k.a., f.k.a. and d/b/a variants", () => {
    expect(
      parseCbpEntityNames("Exemplar Glove Sdn. Bhd. a.k.a. Exemplar Gloves, f.k.a. Old Glove; Exemplar Trading d/b/a ExTrade").map((n) => [
        n.name,
        n.kind,
      ]),
    ).toEqual([
      ["Exemplar Glove Sdn. Bhd.", "primary"],
      ["Exemplar Gloves", "alias"],
      ["Old Glove", "former"],
      ["Exemplar Trading", "alias"],
      ["ExTrade", "alias"],
    ]);
  });

  it("does not take the town closing CBP's carpet entry for a name", () => {
    const names = parseCbpEntityNames(
      "Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries Pvt., Ltd., Annapurna Carpet, Everest Carpet, Valley Carpet, and K.K. Carpet Industries; Kathmandu.",
    );
    expect(names.map((n) => n.name)).toEqual([
      "Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries Pvt., Ltd., Annapurna Carpet, Everest Carpet, Valley Carpet, and K.K. Carpet Industries",
    ]);
    // A one-word firm named in the middle of an entry, or a last segment of several words, is a name.
    expect(parseCbpEntityNames("Alpha Mining Co.; Betafirm.; Gamma Trading Co.").map((n) => n.name)).toEqual([
      "Alpha Mining Co.",
      "Betafirm.",
      "Gamma Trading Co.",
    ]);
  });

  it("keeps parentheses that are part of a name", () => {
    expect(
      parseCbpEntityNames("Shanghai Laodong Machinery Factory, a/k/a Shanghai Laogang Laogai Farm (Shanghai No.4 Prison)")[1].name,
    ).toBe("Shanghai Laogang Laogai Farm (Shanghai No.4 Prison)");
  });
});
