import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/dataset";
import { Screener } from "../../src/core";
import { bundledDataset } from "../../src/core/dataset/bundled";
import type { Dataset, Listing } from "../../src/core/dataset/schema";
import {
  diffDatasets,
  isEmptyDiff,
  ListingIdentities,
  identifyingNames,
  mergeImport,
  parseCbpCsv,
  parseUflpaHtml,
  planUpdate,
  type ImportedList,
} from "../../src/core/importers";

/**
 * The importers on the real files in ../shared/reference/official-copies (see PROVENANCE.md there): the DHS
 * UFLPA Entity List page as captured on 2026-07-09 (160 rows, 144 entities, "Last Updated: 01/14/2025") and
 * the reconstruction of CBP's dataset file of 2026-06-23 (67 orders, only orders in force), each imported on
 * top of the bundled dataset. The files are never copied into the project; CI has ../shared.
 */

const copies = join(__dirname, "../../../shared/reference/official-copies");
const dhsPath = join(copies, "dhs-uflpa-entity-list-2026-07-09.html");
const cbpPath = join(copies, "cbp-withhold-release-orders-findings-2026-06-23.reconstructed.csv");
const haveDhs = existsSync(dhsPath);
const haveCbp = existsSync(cbpPath);
if (!haveDhs) console.warn(`real-file import tests: ${dhsPath} is absent (../shared not checked out), so the DHS page tests are skipped`);
if (!haveCbp) console.warn(`real-file import tests: ${cbpPath} is absent (../shared not checked out), so the CBP file tests are skipped`);

const today = "2026-12-05";
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const clone = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d)) as Dataset;
const byId = (d: Dataset, id: string): Listing => {
  const l = d.listings.find((x) => x.id === id);
  if (!l) throw new Error(`no listing ${id}`);
  return l;
};
const nameListings = (d: Dataset, list: Listing["list"]) => d.listings.filter((l) => l.list === list && l.matchBy === "name");

/**
 * Listings of a list that share an identity with another: by every identifying name (UFLPA, where the DHS
 * page gives one record per entity) or by the published name only (CBP, where two prison orders share the
 * alias "Tianjin No. 2 Prison").
 */
function clashes(d: Dataset, list: Listing["list"], by: "all names" | "published name"): string[] {
  const listings = nameListings(d, list);
  const identities = new ListingIdentities(listings);
  return listings
    .map((l) => [l, identities.identify(by === "all names" ? identifyingNames(l) : [l.name])] as const)
    .filter(([, found]) => found.kind !== "one")
    .map(([l, found]) => `${l.id}: ${found.kind === "ambiguous" ? found.listings.map((x) => x.id).join(", ") : "none"}`);
}

function expectNoDuplicates(d: Dataset, list: Listing["list"]): void {
  expect(clashes(d, list, list === "uflpa" ? "all names" : "published name")).toEqual([]);
  expect(new Set(d.listings.map((l) => l.id)).size).toBe(d.listings.length);
}

async function runCli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today,
  });
  return { code, stdout, stderr };
}

(haveDhs ? describe : describe.skip)("the DHS UFLPA Entity List page (copy of 2026-07-09) on the bundled dataset", () => {
  const base = bundledDataset();
  const page = (): ImportedList =>
    parseUflpaHtml(bytes(dhsPath), { fileName: "dhs-uflpa-entity-list-2026-07-09.html", retrieved: "2026-07-09" });
  const imported = page();
  const { dataset, report } = mergeImport(base, imported, { today });

  it("reads 160 table rows as 144 entities and takes the page's own date", () => {
    expect(imported.entries).toHaveLength(144);
    expect(imported.warnings).toContain("160 table rows hold 144 entities: rows of one entity in several sections were joined.");
    expect(imported.fileDate).toBe("2025-01-14");
  });

  it("pairs every entity with its one listing: 144 matched, none added, the 43 later additions not in this file", () => {
    expect(report.matched).toBe(144);
    expect(report.added).toEqual([]);
    expect(report.ambiguous).toEqual([]);
    expect(report.notInFile).toHaveLength(43);
    // The 43 are exactly the additions of 2026-08-03, after the page's "Last Updated" of 2025-01-14.
    const later = nameListings(base, "uflpa").filter((l) => l.dateIssued === "2026-08-03");
    expect(later).toHaveLength(43);
    expect([...report.notInFile].sort()).toEqual(later.map((l) => l.id).sort());
    expect(nameListings(dataset, "uflpa")).toHaveLength(nameListings(base, "uflpa").length);
  });

  it("leaves no duplicate listing, and joins an entity's sections into one listing with the earliest date", () => {
    expectNoDuplicates(dataset, "uflpa");
    const xpcc = imported.entries.filter((e) => /Production and Construction Corps/.test(e.listing.name));
    expect(xpcc).toHaveLength(1);
    expect(xpcc[0].sectionKeys).toEqual(["i", "ii", "v"]);
    const aksu = imported.entries.filter((e) => /^Aksu Huafu Color Spinning/.test(e.listing.name));
    expect(aksu).toHaveLength(1);
    expect(aksu[0].sectionKeys).toEqual(["ii", "v"]);
    // Xinjiang Daqo: June 21, 2022 in (i), November 25, 2024 in (v).
    const daqo = imported.entries.filter((e) => /^Xinjiang Daqo New Energy/.test(e.listing.name));
    expect(daqo).toHaveLength(1);
    expect(daqo[0].listing.dateIssued).toBe("2022-06-21");
  });

  it("changes no status: spelling differences are not news", () => {
    expect(report.statusChanged).toEqual([]);
    expect(diffDatasets(base, dataset).statusChanged).toEqual([]);
  });

  it("pairs spelling variants the engine reads alike, without asking, when the dataset spells names as the old file did", () => {
    const respelt = clone(base);
    const respell = (id: string, name: string) => {
      const l = byId(respelt, id);
      l.name = name;
      l.names[0] = { ...l.names[0], name };
    };
    const vocational = "uflpa-2022-06-21-no-4-vocational-skills-education-training-center-vsetc";
    respell(vocational, "No. 4 Vocational Skills Education Training Center (VSETC)");
    respell("uflpa-2023-12-11-cofco-sugar-holding-co-ltd", "COFCO Sugar Holding Co., Ltd.");
    respell("uflpa-2025-01-15-xinjiang-zijin-nonferrous-metal-co-ltd", "Xinjiang Zijin Nonferrous Metal Co., Ltd.");
    const paired = mergeImport(respelt, page(), { today });
    // "Holding"/"Holdings", "Metal"/"Metals" and (since the second held-out batch of issue 10) "Vocation"/"Vocational"
    // are one name to the engine (abbreviations.json), so the import pairs all three and asks nothing.
    expect(paired.report.matched).toBe(144);
    expect(paired.report.added).toEqual([]);
    expect(paired.report.statusChanged).toEqual([]);
    expect(paired.report.ambiguities).toEqual([]);
    expect(paired.report.notInFile).toHaveLength(43);
    expect(paired.report.proposedRemovals).not.toContain(vocational);
    expectNoDuplicates(paired.dataset, "uflpa");
  });

  it("keeps renames as former names of the same listing", () => {
    const id = "uflpa-2022-06-21-hefei-meiling-co-ltd-and-one-alias:-hefei-meiling-group-hold";
    // Every former name the page gives is a former name of the paired listing after the import.
    const identities = new ListingIdentities(nameListings(dataset, "uflpa"));
    let withFormer = 0;
    for (const entry of imported.entries) {
      const former = entry.listing.names.filter((n) => n.kind === "former").map((n) => n.name);
      if (former.length === 0) continue;
      withFormer++;
      const found = identities.identify([entry.listing.names[0].name]);
      expect(found.kind).toBe("one");
      if (found.kind !== "one") continue;
      expect(found.listing.names.filter((n) => n.kind === "former").map((n) => n.name)).toEqual(expect.arrayContaining(former));
    }
    expect(withFormer).toBeGreaterThanOrEqual(15);
    // A dataset that still holds the old name: the page's "formerly known as" makes it a rename, not a new listing.
    const old = clone(base);
    const meiling = byId(old, id);
    meiling.name = "Hefei Meiling Co., Ltd.";
    meiling.names = [{ name: "Hefei Meiling Co., Ltd.", kind: "primary" }, ...meiling.names.filter((n) => n.kind === "chinese")];
    const renamed = mergeImport(old, page(), { today });
    expect(renamed.report.renamed).toEqual([id]);
    expect(renamed.report.added).toEqual([]);
    const after = byId(renamed.dataset, id);
    expect(after.name).toBe("Changhong Meiling Co., Ltd.");
    expect(after.names.filter((n) => n.kind === "former").map((n) => n.name)).toEqual(
      expect.arrayContaining(["Hefei Meiling Co., Ltd.", "Hefei Meiling Group Holdings Limited"]),
    );
    expect(after.status).toBe("active");
  });

  it("is idempotent: the second import of the same page changes nothing", () => {
    const second = mergeImport(dataset, page(), { today });
    expect(second.report.added).toEqual([]);
    expect(second.report.renamed).toEqual([]);
    expect(second.report.statusChanged).toEqual([]);
    expect(isEmptyDiff(diffDatasets(dataset, second.dataset))).toBe(true);
  });

  it("removes nothing without --apply-removals, and never proposes a listing dated after the page", () => {
    expect(report.removed).toEqual([]);
    expect(report.proposedRemovals).toEqual([]);
    for (const id of report.notInFile) expect(byId(dataset, id).status).toBe(byId(base, id).status);
    const confirmed = mergeImport(base, page(), { today, applyRemovals: true });
    expect(confirmed.report.removed).toEqual([]);

    // A listing dated before the page but missing from it is proposed, and changed only when confirmed.
    const older = clone(base);
    const victim = byId(older, report.notInFile[0]);
    victim.dateIssued = "2024-01-01";
    const unconfirmed = mergeImport(older, page(), { today });
    expect(unconfirmed.report.proposedRemovals).toEqual([victim.id]);
    expect(unconfirmed.report.removed).toEqual([]);
    expect(byId(unconfirmed.dataset, victim.id).status).toBe("active");
    const applied = mergeImport(older, page(), { today, applyRemovals: true });
    expect(applied.report.removed).toEqual([victim.id]);
    expect(byId(applied.dataset, victim.id).status).toBe("inactive");
  });

  it("reports an entity that could be one of two listings and merges neither", () => {
    // A dataset holding the DHS alias "Xinjiang Joinworld Co., Ltd." as a listing of its own, and the
    // entity itself under a wrong date, so no exact pairing settles which listing the page's row is.
    const twofold = clone(base);
    const zhonghe = twofold.listings.find((l) => l.name === "Xinjiang Zhonghe Co., Ltd.")!;
    zhonghe.dateIssued = "2024-11-24";
    zhonghe.names = zhonghe.names.filter((n) => !/Joinworld/.test(n.name));
    twofold.listings.push({
      ...clone({ listings: [zhonghe] } as Dataset).listings[0],
      id: "uflpa-curated-xinjiang-joinworld",
      name: "Xinjiang Joinworld Co., Ltd.",
      names: [{ name: "Xinjiang Joinworld Co., Ltd.", kind: "primary" }],
    });
    const result = mergeImport(twofold, page(), { today });
    expect(result.report.ambiguities).toHaveLength(1);
    expect(result.report.ambiguities[0].candidates.map((c) => c.id).sort()).toEqual(
      [zhonghe.id, "uflpa-curated-xinjiang-joinworld"].sort(),
    );
    expect(result.report.ambiguous[0]).toMatch(/^"Xinjiang Zhonghe Co., Ltd\." .*could be any of/);
    expect(result.report.added).toEqual([]);
    expect(byId(result.dataset, zhonghe.id)).toEqual(zhonghe);
    expect(result.report.proposedRemovals).not.toContain(zhonghe.id);
  });

  it("afterwards, every name on the page (published, aliases, former names) screens High", () => {
    const screener = new Screener(dataset);
    const names = imported.entries.flatMap((e) => e.listing.names.map((n) => n.name));
    expect(names.length).toBeGreaterThan(200);
    const notHigh = names.map((name) => [name, screener.screen({ name }).risk] as const).filter(([, risk]) => risk !== "high");
    expect(notHigh).toEqual([]);
  });

  it("through the CLI: counts, no changes on the second import, and nothing written while the import is ambiguous", async () => {
    const dir = mkdtempSync(join(tmpdir(), "real-dhs-"));
    const out = join(dir, "after.json");
    const first = await runCli(["import", "uflpa", dhsPath, "--out", out, "--retrieved", "2026-07-09"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Matched 144 listings. Added 0; renamed 0; status changed 0; not in this file 43; marked removed 0.");
    const second = await runCli(["import", "uflpa", dhsPath, "--base", out, "--retrieved", "2026-07-09"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No changes.");
    expect(second.stdout).toContain("Added 0; renamed 0; status changed 0; not in this file 43");
  });
});

(haveCbp ? describe : describe.skip)("the reconstruction of CBP's dataset file of 2026-06-23 on the bundled dataset", () => {
  const base = bundledDataset();
  const file = () =>
    parseCbpCsv(bytes(cbpPath), { fileName: "withhold-release-orders-findings-fy26-2026-06-23.csv", retrieved: "2026-06-23" });
  const imported = file();
  const { dataset, report } = mergeImport(base, imported, { today });

  it("reads 67 orders in CBP's own status words and takes the newest Effective Date as the file's date", () => {
    expect(imported.entries).toHaveLength(67);
    expect(imported.fileDate).toBe("2026-06-23");
    const words = imported.entries.map((e) => e.listing.statusText.replace(/ in CBP's.*$/, ""));
    expect(words.filter((w) => w === "Active")).toHaveLength(62);
    expect(words.filter((w) => w === "Partially Modified")).toHaveLength(4);
    expect(words.filter((w) => w === "Inactive-Pending Litigation")).toHaveLength(1);
    expect(imported.entries.filter((e) => e.listing.status === "partially_active")).toHaveLength(4);
    // Pending litigation: not in force for certain, so unknown (Review), never active or lifted.
    expect(imported.entries.find((e) => /Pending Litigation/.test(e.listing.statusText))!.listing.status).toBe("unknown");
  });

  it("pairs the 67 orders with their listings, adds none, and changes no status", () => {
    expect(report.matched).toBe(67);
    expect(report.added).toEqual([]);
    expect(report.ambiguous).toEqual([]);
    expect(report.statusChanged).toEqual([]);
    // CBP issues orders, not entities: one prison can have two Findings of different dates, and two prison
    // orders share the alias "Tianjin No. 2 Prison". The import adds no listing and no new shared identity.
    expect(dataset.listings.map((l) => l.id)).toEqual(base.listings.map((l) => l.id));
    for (const list of ["cbp_wro", "cbp_finding"] as const) {
      expect(clashes(dataset, list, "all names")).toEqual(clashes(base, list, "all names"));
    }
  });

  it("treats an order missing from a file of orders in force as not in this file, never as lifted", () => {
    // The file's 67 rows include 5 region- or product-wide orders, which are rules, not name listings.
    const cbpNameListings = base.listings.filter((l) => l.list !== "uflpa" && l.matchBy === "name");
    const cbpRules = base.listings.filter((l) => l.list !== "uflpa" && l.matchBy === "rule");
    expect(report.notInFile).toHaveLength(cbpNameListings.length - (67 - cbpRules.length));
    expect(report.notInFile).toHaveLength(26);
    expect(report.removed).toEqual([]);
    expect(report.proposedRemovals).toEqual([]);
    for (const id of report.notInFile) {
      const before = byId(base, id);
      const after = byId(dataset, id);
      expect([after.status, after.statusDate, after.statusHistory]).toEqual([before.status, before.statusDate, before.statusHistory]);
    }
    // --apply-removals has no effect on a CBP file: CBP's file does not decide removals.
    const confirmed = mergeImport(base, file(), { today, applyRemovals: true });
    expect(confirmed.report.removed).toEqual([]);
  });

  it("is idempotent: the second import of the same file changes nothing", () => {
    const second = mergeImport(dataset, file(), { today });
    expect(second.report.added).toEqual([]);
    expect(second.report.statusChanged).toEqual([]);
    expect(isEmptyDiff(diffDatasets(dataset, second.dataset))).toBe(true);
  });

  it("afterwards, every order in force in the file screens High by its names, the one pending litigation Review, removed firms Lifted", () => {
    const screener = new Screener(dataset);
    const paired = dataset.listings.filter((l) => l.list !== "uflpa" && l.matchBy === "name" && !report.notInFile.includes(l.id));
    expect(paired).toHaveLength(67 - base.listings.filter((l) => l.list !== "uflpa" && l.matchBy === "rule").length);
    const screened = paired.flatMap((l) =>
      l.names
        .filter((n) => n.kind === "primary" || n.kind === "alias" || n.kind === "vessel" || n.kind === "owner")
        .map((n) => [n.name, n.removed ? "inactive" : l.status, screener.screen({ name: n.name }).risk] as const),
    );
    // A firm removed from a partly modified order (the Kathmandu carpet order) is Lifted.
    const expected = { active: "high", partially_active: "high", unknown: "review", inactive: "lifted" } as const;
    const wrong = screened.filter(([, status, risk]) => risk !== expected[status]);
    expect(screened.filter(([, status]) => status === "inactive")).toHaveLength(4);
    // Known limit of the engine, kept here so that a fix shows: a name with its variant spelling in brackets.
    // (CBP's whole sentence naming Shanghai Select and its two subsidiaries screens High since the cell anatomy
    // splits " and " between two names that both end in a legal form.)
    expect(wrong.map(([name, , risk]) => [name.slice(0, 40), risk])).toEqual([["Shenyang Xingsheng (or Xinsheng) (New Li", "review"]]);
    expect(screener.screen({ name: "Shanghai Select Safety Products Company, Limited" }).risk).toBe("high");
    expect(screened.length).toBeGreaterThan(100);
  });

  it("planUpdate on the file gives the same plan as the CLI uses", () => {
    const plan = planUpdate(base, bytes(cbpPath), { fileName: "cbp.csv", today, retrieved: "2026-06-23", format: "cbp_csv" });
    expect(plan.report?.matched).toBe(67);
    expect(plan.report?.notInFile).toHaveLength(26);
  });
});
