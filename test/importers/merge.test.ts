import type { Dataset, Listing } from "../../src/core/dataset/schema";
import { validateDataset } from "../../src/core/dataset/load";
import {
  checkReplacement,
  describeStatusChange,
  diffDatasets,
  formatDiff,
  mergeImport,
  parseCbpCsv,
  parseUflpaHtml,
  planUpdate,
} from "../../src/core/importers";
import { baseDataset, bytesOf, CBP_HEADER, fixtureBytes, importErrorOf } from "./helpers";

const today = "2026-11-26";
const cbp = () => parseCbpCsv(fixtureBytes("cbp-sample-cp1252.csv"), { fileName: "cbp.csv", retrieved: "2026-11-01" });
const uflpa = () => parseUflpaHtml(fixtureBytes("uflpa-sample.html"), { fileName: "uflpa.html", retrieved: "2026-11-02" });
const byId = (ds: Dataset, id: string): Listing => ds.listings.find((l) => l.id === id)!;

describe("mergeImport with CBP's CSV", () => {
  const base = baseDataset();
  const frozen = JSON.stringify(base);
  const { dataset, report } = mergeImport(base, cbp(), { today });

  it("does not modify the base dataset", () => {
    expect(JSON.stringify(base)).toBe(frozen);
  });

  it("pairs rows to curated listings by name and date, keeping their ids, notes and curated names", () => {
    expect(report.matched).toBe(3);
    const supermax = byId(dataset, "wro-2021-10-21-supermax");
    expect(supermax.notes).toBe("Curated note: gloves");
    expect(supermax.names.map((n) => n.name)).toEqual([
      "Supermax Corporation Bhd. and its wholly owned subsidiaries",
      "Maxter Glove Manufacturing Sdn. Bhd.",
      "Supermax Corporation Bhd. and its subsidiaries",
    ]);
    expect(supermax.names[2]).toMatchObject({ kind: "alias", note: "main name as published in the official list" });
    const yunnan = byId(dataset, "wro-1991-11-06-yunnan-machinery");
    expect(yunnan.names.find((n) => n.kind === "chinese")).toEqual({
      name: "云南机器厂",
      kind: "chinese",
      confidence: "unverified",
      note: "from memory",
    });
  });

  it("records a status change with the CSV as source and the date its remark gives", () => {
    const supermax = byId(dataset, "wro-2021-10-21-supermax");
    expect(supermax).toMatchObject({ status: "inactive", statusDate: "2023-09-18", confidence: "verified" });
    expect(supermax.statusHistory.at(-1)).toEqual({
      date: "2023-09-18",
      kind: "modified",
      description:
        "CBP WRO/Findings dataset CSV: cbp.csv (retrieved 2026-11-01) gives the status inactive (was active); CBP dataset remark: Modified on 9/18/2023 after CBP confirmed remediation",
    });
    expect(supermax.sources).toEqual([
      "curated source",
      "CBP WRO/Findings dataset CSV: cbp.csv (retrieved 2026-11-01)",
      "https://www.cbp.gov/newsroom/example-supermax",
    ]);
    const yunnan = byId(dataset, "wro-1991-11-06-yunnan-machinery");
    expect(yunnan).toMatchObject({ status: "active", statusDate: null });
    expect(yunnan.statusHistory.at(-1)).toMatchObject({ date: null, kind: "other" });
  });

  it("keeps the confidence curated names had before the listing became verified", () => {
    const supermax = byId(dataset, "wro-2021-10-21-supermax");
    expect(supermax.names[1]).toMatchObject({ name: "Maxter Glove Manufacturing Sdn. Bhd.", confidence: "secondary" });
    expect(supermax.names[2].confidence).toBeUndefined();
  });

  it("adds new orders with deterministic ids and leaves listings missing from the CSV unchanged", () => {
    expect(report.added).toEqual(["wro-2026-03-04-societe-exemplaire-d-export", "finding-2025-02-03-exemplar-palm-sdn-bhd"]);
    expect(report.notInFile).toEqual(["wro-2019-09-30-exemplar-bonechar"]);
    expect(byId(dataset, "wro-2019-09-30-exemplar-bonechar")).toEqual(byId(base, "wro-2019-09-30-exemplar-bonechar"));
    expect(report.removed).toEqual([]);
  });

  it("stamps version, compiled date and source, and stays valid", () => {
    expect(dataset.version).toBe("test-1+cbp-2026-11-01");
    expect(dataset.compiled).toBe(today);
    expect(dataset.sources.at(-1)).toEqual({ name: "CBP WRO/Findings dataset CSV", address: "cbp.csv", retrieved: "2026-11-01" });
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(dataset.rules).toEqual(base.rules);
  });

  it("is idempotent: importing the same file again changes no status and adds nothing", () => {
    const again = mergeImport(dataset, cbp(), { today });
    expect(again.report.added).toEqual([]);
    expect(again.report.statusChanged).toEqual([]);
    const d = diffDatasets(dataset, again.dataset);
    expect(d.added).toEqual([]);
    expect(d.statusChanged).toEqual([]);
    expect(d.namesChanged).toEqual([]);
    expect(again.dataset.version).toBe("test-1+cbp-2026-11-01");
  });

  it("refuses a CSV that covers less than half of the CBP listings, unless forced", () => {
    const partial = parseCbpCsv(bytesOf(`${CBP_HEADER}\n11/6/1991,1991,CN,China,Engines,WRO,Machinery,Active,,Yunnan Machinery,\n`), {
      fileName: "active-only.csv",
      retrieved: null,
    });
    const e = importErrorOf(() => mergeImport(base, partial, { today }));
    expect(e.code).toBe("unsafe_update");
    expect(e.message).toMatch(/leave 3 of the 4 listings it covers unmatched/);
    expect(mergeImport(base, partial, { today, force: true }).report.notInFile).toHaveLength(3);
  });

  it("takes CBP's date when a single curated listing of that name carries another date", () => {
    const csv = `${CBP_HEADER}\n10/1/2019,2019,XX,Exampleland,Bone char,WRO,Agriculture,Active,,Exemplar Bonechar Plant,\n5/11/2020,2020,TW,Taiwan,Tuna,WRO,Fishing,Active,,Fishing Vessel: Yu Long No. 2,\n11/6/1991,1991,CN,China,Engines,WRO,Machinery,Active,,Yunnan Machinery,\n`;
    const { dataset: merged, report: r } = mergeImport(base, parseCbpCsv(bytesOf(csv), { fileName: "c.csv", retrieved: null }), { today });
    expect(r.added).toEqual([]);
    expect(byId(merged, "wro-2019-09-30-exemplar-bonechar").dateIssued).toBe("2019-10-01");
    expect(r.warnings).toContain(
      "wro-2019-09-30-exemplar-bonechar: the dataset gives 2019-09-30 but CBP's file gives 2019-10-01 (line 2); CBP's date is kept.",
    );
  });
});

describe("mergeImport with the UFLPA page", () => {
  const base = baseDataset();
  const { dataset, report } = mergeImport(base, uflpa(), { today, applyRemovals: true });

  it("without confirmation, reports a listing missing from the page as not in this file and leaves it in force", () => {
    const unconfirmed = mergeImport(base, uflpa(), { today });
    expect(unconfirmed.report.removed).toEqual([]);
    expect(unconfirmed.report.proposedRemovals).toEqual(["uflpa-2023-06-09-exemplar-removed"]);
    expect(unconfirmed.report.notInFile).toContain("uflpa-2023-06-09-exemplar-removed");
    expect(byId(unconfirmed.dataset, "uflpa-2023-06-09-exemplar-removed").status).toBe("active");
  });

  it("never proposes for removal a listing dated after the page's own date", () => {
    const dated = uflpa();
    dated.fileDate = "2023-06-01";
    const r = mergeImport(base, dated, { today, applyRemovals: true }).report;
    expect(r.proposedRemovals).toEqual([]);
    expect(r.notInFile).toContain("uflpa-2023-06-09-exemplar-removed");
  });

  it("marks a listing missing from the complete list as removed when confirmed, with an undated history event", () => {
    expect(report.removed).toEqual(["uflpa-2023-06-09-exemplar-removed"]);
    const removed = byId(dataset, "uflpa-2023-06-09-exemplar-removed");
    expect(removed).toMatchObject({ status: "inactive", statusDate: null });
    expect(removed.statusText).toMatch(/^Removed from the list: not on the DHS UFLPA Entity List page/);
    expect(removed.statusHistory.at(-1)).toEqual({
      date: null,
      kind: "other",
      description:
        "Removed from the list: absent from DHS UFLPA Entity List page (saved HTML): uflpa.html (retrieved 2026-11-02); removal date not stated",
    });
  });

  it("re-lists an inactive entity that is back on the page, undated when the page's date precedes its removal", () => {
    const back = byId(dataset, "uflpa-2024-05-16-exemplar-labour-dispatch");
    expect(back).toMatchObject({ status: "active", statusDate: null });
    expect(back.statusHistory.at(-1)).toMatchObject({ date: null, kind: "listed" });
    const earlier = structuredClone(base);
    byId(earlier, "uflpa-2024-05-16-exemplar-labour-dispatch").statusDate = "2024-01-01";
    const relisted = byId(mergeImport(earlier, uflpa(), { today }).dataset, "uflpa-2024-05-16-exemplar-labour-dispatch");
    expect(relisted.statusDate).toBe("2024-05-16");
    expect(relisted.statusHistory.at(-1)).toMatchObject({ date: "2024-05-16", kind: "listed" });
  });

  it("records a move between sections and keeps curated names and notes", () => {
    const esquel = byId(dataset, "uflpa-2022-06-21-changji-esquel");
    expect(esquel.section).toMatch(/^UFLPA §2\(d\)\(2\)\(B\)\(iv\)/);
    expect(esquel.dateIssued).toBe("2022-06-21");
    expect(esquel.statusHistory.at(-1)).toMatchObject({ date: "2024-11-01", kind: "moved_section" });
    const cotton = byId(dataset, "uflpa-2022-06-21-exemplar-cotton");
    expect(cotton.notes).toBe("Curated UFLPA note");
    expect(cotton.names.map((n) => n.kind)).toEqual(["primary", "chinese", "alias", "alias"]);
    expect(cotton.statusDate).toBe("2022-06-21");
  });

  it("adds the new entities and does not touch CBP listings", () => {
    expect(report.added).toHaveLength(3);
    for (const l of base.listings.filter((x) => x.list !== "uflpa")) expect(byId(dataset, l.id)).toEqual(l);
  });

  it("does not mark as removed a curated listing the page names inside another entry", () => {
    const withSubsidiary = structuredClone(base);
    const separate = structuredClone(byId(base, "uflpa-2023-06-09-exemplar-removed"));
    separate.id = "uflpa-2024-08-01-exemplar-b";
    separate.name = "Exemplar B Co.";
    separate.names = [{ name: "Exemplar B Co.", kind: "primary" }];
    withSubsidiary.listings.push(separate);
    const merged = mergeImport(withSubsidiary, uflpa(), { today, applyRemovals: true });
    expect(merged.report.removed).toEqual(["uflpa-2023-06-09-exemplar-removed"]);
    expect(byId(merged.dataset, "uflpa-2024-08-01-exemplar-b").status).toBe("active");
    expect(merged.report.warnings).toContain(
      'uflpa-2024-08-01-exemplar-b ("Exemplar B Co.") is not a separate entry on the page but is named within "Exemplar Holdings" (line 26); left unchanged.',
    );
  });

  it("is idempotent: importing the same page again changes nothing that matters", () => {
    const again = mergeImport(dataset, uflpa(), { today });
    const d = diffDatasets(dataset, again.dataset);
    expect(again.report.added).toEqual([]);
    expect(again.report.removed).toEqual([]);
    expect(d.statusChanged).toEqual([]);
    expect(d.namesChanged).toEqual([]);
    expect(d.otherChanged).toEqual([]);
  });

  it("refuses a page that would remove more than half of the UFLPA listings, unless forced", () => {
    const tiny = parseUflpaHtml(
      bytesOf(
        '<html><body><p><a href="#">Section 2(d)(2)(B)(i)</a></p><table><tr><th>Name of Entity</th><th>Effective Date</th></tr><tr><td>Someone Else Co.</td><td>May 1, 2026</td></tr></table></body></html>',
      ),
      { fileName: "cut.html", retrieved: null },
    );
    expect(importErrorOf(() => mergeImport(base, tiny, { today })).code).toBe("unsafe_update");
    expect(mergeImport(base, tiny, { today, force: true }).report.removed).toHaveLength(0);
    expect(mergeImport(base, tiny, { today, force: true, applyRemovals: true }).report.removed).toHaveLength(3);
  });
});

describe("diff and replacement", () => {
  const base = baseDataset();

  it("describes a status change as buyer-readable text", () => {
    expect(
      describeStatusChange({
        id: "x",
        name: "Supermax Corporation Bhd",
        list: "cbp_wro",
        from: "active",
        to: "inactive",
        date: "2023-09-18",
      }),
    ).toBe("Supermax Corporation Bhd: active → inactive, 2023-09-18");
  });

  it("summarises added, removed, status and name changes", () => {
    const next = structuredClone(base);
    next.version = "test-2";
    next.listings = next.listings.filter((l) => l.id !== "wro-2019-09-30-exemplar-bonechar");
    next.listings[0].status = "inactive";
    next.listings[0].statusDate = "2023-09-18";
    next.listings[1].names.push({ name: "Yu Long 2", kind: "alias" });
    next.listings.push({ ...structuredClone(base.listings[3]), id: "wro-2026-01-01-new", name: "New Co" });
    const d = diffDatasets(base, next);
    expect(d.added.map((l) => l.id)).toEqual(["wro-2026-01-01-new"]);
    expect(d.removed.map((l) => l.id)).toEqual(["wro-2019-09-30-exemplar-bonechar"]);
    expect(formatDiff(d)).toBe(
      [
        "test-1 (9 listings) → test-2 (9 listings)",
        "",
        "Added (1):",
        "  New Co [WRO, 2019-09-30, active]",
        "",
        "Removed from the dataset (1):",
        "  Exemplar Bonechar Plant [WRO, 2019-09-30, active]",
        "",
        "Status changed (1):",
        "  Supermax Corporation Bhd. and its wholly owned subsidiaries: active → inactive, 2023-09-18",
        "",
        "Names changed (1):",
        "  Fishing Vessel: Yu Long No. 2: + Yu Long 2 (alias)",
        "",
        "Other facts changed (1):",
        "  Supermax Corporation Bhd. and its wholly owned subsidiaries: statusDate",
      ].join("\n"),
    );
    expect(formatDiff(diffDatasets(base, base))).toBe("test-1 (9 listings) → test-1 (9 listings)\nNo changes.");
  });

  it("refuses a replacement that drops more than half of the listings, unless forced", () => {
    const small = { ...base, listings: base.listings.slice(0, 4), rules: [] };
    expect(importErrorOf(() => checkReplacement(base, small)).code).toBe("unsafe_update");
    expect(() => checkReplacement(base, small, true)).not.toThrow();
    expect(() => checkReplacement(base, { ...base, listings: base.listings.slice(0, 5), rules: [] })).not.toThrow();
  });

  it("planUpdate picks the format from the file name and returns the diff", () => {
    const plan = planUpdate(base, fixtureBytes("cbp-sample-utf8-bom.csv"), { fileName: "x.csv", today });
    expect(plan.format).toBe("cbp_csv");
    expect(plan.diff.statusChanged.map(describeStatusChange)).toContain(
      "Supermax Corporation Bhd. and its wholly owned subsidiaries: active → inactive, 2023-09-18",
    );
    expect(plan.next.sources.at(-1)!.retrieved).toBe(today);
  });
});

describe("answers for rows that could be one of several listings", () => {
  const page = bytesOf(`<html><body>
<p><strong>Entities in Xinjiang</strong> <a href="https://example.invalid/uflpa#i">Section 2(d)(2)(B)(i)</a></p>
<table><tr><th>Name of Entity</th><th>Effective Date</th></tr>
<tr><td>Alpha Dispatch Co. (also known as Beta Dispatch)</td><td>June 21, 2022</td></tr>
<tr><td>Gamma Dispatch Co. (also known as Alpha Dispatch; and Beta Dispatch)</td><td>June 21, 2022</td></tr>
</table></body></html>`);
  const base = baseDataset();
  const template = base.listings.find((l) => l.id === "uflpa-2022-06-21-exemplar-cotton")!;
  base.listings.push(
    {
      ...template,
      id: "uflpa-alpha",
      dateIssued: "2020-01-01",
      name: "Alpha Dispatch Ltd.",
      names: [{ name: "Alpha Dispatch Ltd.", kind: "primary" }],
    },
    {
      ...template,
      id: "uflpa-beta",
      dateIssued: "2020-01-01",
      name: "Beta Dispatch Co.",
      names: [{ name: "Beta Dispatch Co.", kind: "primary" }],
    },
  );
  const merge = (resolutions: Record<string, string>) =>
    mergeImport(base, parseUflpaHtml(page, { fileName: "p.html", retrieved: "2026-11-02" }), { today, force: true, resolutions });

  it("reports both rows with both candidates, unanswered, and merges or joins neither", () => {
    const { report } = merge({});
    expect(report.ambiguities.map((a) => [a.entry, a.candidates.map((c) => c.id), a.resolution])).toEqual([
      ["Alpha Dispatch Co.", ["uflpa-alpha", "uflpa-beta"], null],
      ["Gamma Dispatch Co.", ["uflpa-alpha", "uflpa-beta"], null],
    ]);
    expect(report.added).toEqual([]);
    expect(report.notInFile).not.toContain("uflpa-alpha");
    // Two rows of one table sharing the alias "Beta Dispatch" are two entities, not joined by guess.
    expect(report.warnings).toContain(
      'Line 5: "Gamma Dispatch Co." shares a name with "Alpha Dispatch Co." (line 4) in the same table; they are kept as two entities.',
    );
  });

  it("merges each row into the listing given, and refuses two rows given as one listing", () => {
    const { dataset, report } = merge({ "Alpha Dispatch Co.": "uflpa-alpha", "Gamma Dispatch Co.": "uflpa-beta" });
    expect(report.ambiguities.map((a) => a.resolution)).toEqual(["uflpa-alpha", "uflpa-beta"]);
    expect(byId(dataset, "uflpa-alpha").names.map((n) => n.name)).toContain("Alpha Dispatch Co.");
    expect(byId(dataset, "uflpa-beta").names.map((n) => n.name)).toContain("Gamma Dispatch Co.");
    expect(importErrorOf(() => merge({ "Alpha Dispatch Co.": "uflpa-alpha", "Gamma Dispatch Co.": "uflpa-alpha" })).message).toMatch(
      /are both given as uflpa-alpha; one listing is one entity/,
    );
  });
});
