// The labelled evaluation set is well-formed: unique ids, known categories, listing ids that exist in
// the bundled dataset, enough cases per category, and a parser that handles quoting.
import { join } from "node:path";
import { bundledDataset } from "../../src/core";
import {
  ALL_CATEGORIES,
  CLEAN_CATEGORIES,
  MATCH_CATEGORIES,
  NEGATIVE_CATEGORIES,
  expectedForCategory,
  loadCases,
  parseCases,
  parseCsv,
} from "./cases";

const cases = loadCases();
const dataset = bundledDataset();
const listingIds = new Set(dataset.listings.map((l) => l.id));
const ruleIds = new Set(dataset.rules.map((r) => r.id));
const MIN_PER_CATEGORY = 20;

/** Batches written after 12f that may repeat an earlier query with another country (2026-12g tests the country cell). */
const LATER_SAME_QUERY = /^hg-/;
// 2026-12zo (a Bangladeshi garment exporter's register) repeats 122 earlier queries with its own country or product
// column (the Daqo parent, Chinese cotton mills with a cotton product, Indian and Pakistani mills as clean names). The
// product column is read by the sector rules (six of its look-alikes are Review by the Xinjiang cotton rule), so none of
// its rows repeats an earlier row's query, country and product together; that is what is checked for it, and its rows
// are left out of the other batches' checks. Found when 12zo was merged (matching-44); appended unchanged.
// 2026-12zp (a Japanese trading company's supplier master) repeats earlier queries the same way, NFKC aside (full-width
// ＹＴＹ, Latin names of look-alike and clean firms of earlier batches) with its Japanese country and product columns
// (マレーシア, 中国, ニトリル手袋): checked the same way when it was merged (matching-45); appended unchanged.
// 2026-12zzc (a US federal prime contractor's vendor master, in capitals as SAM.gov writes them) repeats 33 earlier
// queries once case, spaces and punctuation are removed (its writer compared queries as written), with its own country
// or product column; one of them, hzzc-lp-049 (hzt-lp-163's Yuepu Lake cell with the space GROUPYUEPU had lost), with
// the same country and product too, is a known repeat. Checked as 12zo and 12zp are when it was merged (matching-59);
// appended unchanged.
const LATER_SAME_QUERY_OTHER_COLUMNS = /^hz(?:[op]|zc)-/;
// Three rows of 2026-12u repeat an earlier query once spaces, punctuation and the Turkish dot on İ are removed (the
// batch's own check removed İ and ı, so it did not see them): hu-cl-083 (ho-cl-071's Louis Dreyfus with SA for S.A.),
// hu-lp-011 (ho-lp-001's Shihezi Huafu Hongsheng, dotted İ for INDU STRY), hu-la-031 (hd-cl-014's letter-spaced Jiangsu
// Hengrui). Found when 12u was merged (matching-21); the batch was appended unchanged and scored as it was, so they
// stay and are left out of the no-repeat check on both sides.
// One row of 2026-12zd repeats an earlier query once spaces are removed: hzd-lp-056 (the listed alias Qinghai Leather
// and Wool Bedding and Garment Factory in capitals) is hm-ps-005's cut cell ("… an d Garment Factory", split mid-word).
// The batch's own repeat check did not report it (why is not known). Found when 12zd was merged (matching-30); the
// batch was appended unchanged and scored as it was, so both stay and are left out of the no-repeat check.
// One clean row of 2026-12zh repeats one of 2026-12zg once spaces and punctuation are removed: hzh-cl-076 (GUANGDONG
// XINGFA ALUMINIUM CO LTD) is hzg-cl-080 (… CO.,LTD.). The two batches were written at the same time on other branches,
// neither in the tree of the other; 12zh's section says so. Both were appended unchanged (matching-34), so both stay and
// are left out of the no-repeat check.
// One clean row of 2026-12zi repeats one of 2026-12zh once brackets are removed: hzi-cl-098 (PYLON TECHNOLOGIES CO.,
// LTD.) is hzh-cl-070 (… CO LTD (PYLONTECH)). 12zh was written at the same time on another branch and was not in 12zi's
// tree; 12zi's section says so. Both were appended unchanged (matching-36); the key below, which keeps the bracket's
// words, does not join them, and both are listed here as the known repeat they are.
const KNOWN_REPEATS = new Set([
  "hzzc-lp-049",
  "hu-cl-083",
  "hu-lp-011",
  "hu-la-031",
  "hzd-lp-056",
  "hm-ps-005",
  "hzh-cl-076",
  "hzg-cl-080",
  "hzi-cl-098",
  "hzh-cl-070",
]);

describe("test/eval/cases.csv", () => {
  it("has at least 400 cases and at least 250 clean names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(cases.filter((c) => c.category === "clean").length).toBeGreaterThanOrEqual(250);
  });

  it("has unique ids", () => {
    const seen = new Set<string>();
    const dupes = cases.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
    expect(dupes).toEqual([]);
  });

  it("uses only known categories, each with the expected value it stands for", () => {
    const wrong = cases.filter((c) => expectedForCategory(c.category) !== c.expected).map((c) => `${c.id} ${c.category}/${c.expected}`);
    expect(wrong).toEqual([]);
  });

  it.each(ALL_CATEGORIES.map((c) => [c]))("category %s has at least 20 cases", (category) => {
    expect(cases.filter((c) => c.category === category).length).toBeGreaterThanOrEqual(MIN_PER_CATEGORY);
  });

  it("names only listings (or rules) that exist in the bundled dataset", () => {
    const unknown = cases
      .filter((c) => c.listingId && !listingIds.has(c.listingId) && !ruleIds.has(c.listingId))
      .map((c) => `${c.id}: ${c.listingId}`);
    expect(unknown).toEqual([]);
  });

  it("gives every positive and rule case a listing, and none to clean names", () => {
    expect(cases.filter((c) => (c.expected === "match" || c.expected === "rule") && !c.listingId).map((c) => c.id)).toEqual([]);
    expect(cases.filter((c) => c.expected === "clean" && c.listingId).map((c) => c.id)).toEqual([]);
  });

  it("points rule cases at rule listings and match cases at name-matched listings", () => {
    const ruleListing = new Set(dataset.rules.flatMap((r) => [r.id, r.listingId]));
    expect(cases.filter((c) => c.expected === "rule" && !ruleListing.has(c.listingId)).map((c) => c.id)).toEqual([]);
    const byId = new Map(dataset.listings.map((l) => [l.id, l]));
    expect(cases.filter((c) => c.expected === "match" && byId.get(c.listingId)?.matchBy !== "name").map((c) => c.id)).toEqual([]);
  });

  it("spreads positives across many listings", () => {
    const positives = cases.filter((c) => (MATCH_CATEGORIES as readonly string[]).includes(c.category));
    expect(new Set(positives.map((c) => c.listingId)).size).toBeGreaterThanOrEqual(60);
  });

  it("has no clean name that is itself a listed name", () => {
    const norm = (s: string) =>
      s
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "");
    const listed = new Set(dataset.listings.flatMap((l) => l.names.map((n) => norm(n.name))));
    const clean = cases.filter(
      (c) =>
        (CLEAN_CATEGORIES as readonly string[]).includes(c.category) || (NEGATIVE_CATEGORIES as readonly string[]).includes(c.category),
    );
    expect(clean.filter((c) => listed.has(norm(c.query))).map((c) => c.query)).toEqual([]);
  });

  // The held-out batches merged into the set: each is in cases.csv exactly as it was scored, and none of its queries
  // was in the set before (case, spaces and punctuation aside). 2026-12g tests the country cell, so a query of it may
  // repeat an earlier one with another country, never with the same; a query of 2026-12zo or 2026-12zp may repeat an
  // earlier one with another country or product, never with both the same.
  const MERGED_BATCHES = [
    { ordinal: "third", file: "heldout-2026-12c.csv", prefix: "hc-", min: 180, byCountry: false },
    { ordinal: "fourth", file: "heldout-2026-12d.csv", prefix: "hd-", min: 180, byCountry: false },
    { ordinal: "fifth", file: "heldout-2026-12e.csv", prefix: "he-", min: 180, byCountry: false },
    { ordinal: "sixth", file: "heldout-2026-12f.csv", prefix: "hf-", min: 270, byCountry: false },
    { ordinal: "seventh", file: "heldout-2026-12g.csv", prefix: "hg-", min: 150, byCountry: true },
    { ordinal: "eighth", file: "heldout-2026-12h.csv", prefix: "hh-", min: 230, byCountry: false },
    { ordinal: "ninth", file: "heldout-2026-12i.csv", prefix: "hi-", min: 250, byCountry: false },
    { ordinal: "tenth", file: "heldout-2026-12j.csv", prefix: "hj-", min: 230, byCountry: false },
    { ordinal: "eleventh", file: "heldout-2026-12k.csv", prefix: "hk-", min: 220, byCountry: false },
    { ordinal: "twelfth", file: "heldout-2026-12l.csv", prefix: "hl-", min: 230, byCountry: false },
    { ordinal: "thirteenth", file: "heldout-2026-12m.csv", prefix: "hm-", min: 230, byCountry: false },
    { ordinal: "fourteenth", file: "heldout-2026-12n.csv", prefix: "hn-", min: 230, byCountry: false },
    { ordinal: "fifteenth", file: "heldout-2026-12o.csv", prefix: "ho-", min: 230, byCountry: false },
    { ordinal: "sixteenth", file: "heldout-2026-12p.csv", prefix: "hp-", min: 230, byCountry: false },
    { ordinal: "seventeenth", file: "heldout-2026-12q.csv", prefix: "hq-", min: 230, byCountry: false },
    { ordinal: "eighteenth", file: "heldout-2026-12r.csv", prefix: "hr-", min: 230, byCountry: false },
    { ordinal: "nineteenth", file: "heldout-2026-12s.csv", prefix: "hs-", min: 230, byCountry: false },
    { ordinal: "twentieth", file: "heldout-2026-12t.csv", prefix: "ht-", min: 230, byCountry: false },
    { ordinal: "twenty-first", file: "heldout-2026-12u.csv", prefix: "hu-", min: 230, byCountry: false },
    { ordinal: "twenty-second", file: "heldout-2026-12v.csv", prefix: "hv-", min: 230, byCountry: false },
    { ordinal: "twenty-third", file: "heldout-2026-12w.csv", prefix: "hw-", min: 230, byCountry: false },
    { ordinal: "twenty-fourth", file: "heldout-2026-12x.csv", prefix: "hx-", min: 230, byCountry: false },
    { ordinal: "twenty-fifth", file: "heldout-2026-12y.csv", prefix: "hy-", min: 230, byCountry: false },
    { ordinal: "twenty-sixth", file: "heldout-2026-12z.csv", prefix: "hz-", min: 230, byCountry: false },
    { ordinal: "twenty-seventh", file: "heldout-2026-12za.csv", prefix: "hza-", min: 230, byCountry: false },
    { ordinal: "twenty-eighth", file: "heldout-2026-12zb.csv", prefix: "hzb-", min: 230, byCountry: false },
    { ordinal: "twenty-ninth", file: "heldout-2026-12zc.csv", prefix: "hzc-", min: 230, byCountry: false },
    { ordinal: "thirtieth", file: "heldout-2026-12zd.csv", prefix: "hzd-", min: 230, byCountry: false },
    { ordinal: "thirty-first", file: "heldout-2026-12ze.csv", prefix: "hze-", min: 230, byCountry: false },
    { ordinal: "thirty-second", file: "heldout-2026-12zf.csv", prefix: "hzf-", min: 230, byCountry: false },
    { ordinal: "thirty-third", file: "heldout-2026-12zg.csv", prefix: "hzg-", min: 230, byCountry: false },
    { ordinal: "thirty-fourth", file: "heldout-2026-12zh.csv", prefix: "hzh-", min: 230, byCountry: false },
    { ordinal: "thirty-fifth", file: "heldout-2026-12zi.csv", prefix: "hzi-", min: 230, byCountry: false },
    { ordinal: "thirty-sixth", file: "heldout-2026-12zj.csv", prefix: "hzj-", min: 230, byCountry: false },
    { ordinal: "thirty-seventh", file: "heldout-2026-12zk.csv", prefix: "hzk-", min: 230, byCountry: false },
    { ordinal: "thirty-eighth", file: "heldout-2026-12zl.csv", prefix: "hzl-", min: 210, byCountry: false },
    { ordinal: "thirty-ninth", file: "heldout-2026-12zm.csv", prefix: "hzm-", min: 220, byCountry: false },
    { ordinal: "fortieth", file: "heldout-2026-12zn.csv", prefix: "hzn-", min: 220, byCountry: false },
    { ordinal: "forty-first", file: "heldout-2026-12zo.csv", prefix: "hzo-", min: 220, byCountry: false, byColumns: true },
    { ordinal: "forty-second", file: "heldout-2026-12zp.csv", prefix: "hzp-", min: 240, byCountry: false, byColumns: true },
    { ordinal: "forty-third", file: "heldout-2026-12zq.csv", prefix: "hzq-", min: 270, byCountry: false },
    { ordinal: "forty-fourth", file: "heldout-2026-12zr.csv", prefix: "hzr-", min: 250, byCountry: false },
    { ordinal: "forty-fifth", file: "heldout-2026-12zs.csv", prefix: "hzs-", min: 220, byCountry: false },
    { ordinal: "forty-sixth", file: "heldout-2026-12zt.csv", prefix: "hzt-", min: 300, byCountry: false },
    { ordinal: "forty-seventh", file: "heldout-2026-12zu.csv", prefix: "hzu-", min: 260, byCountry: false },
    { ordinal: "forty-eighth", file: "heldout-2026-12zv.csv", prefix: "hzv-", min: 290, byCountry: false },
    { ordinal: "forty-ninth", file: "heldout-2026-12zw.csv", prefix: "hzw-", min: 320, byCountry: false },
    { ordinal: "fiftieth", file: "heldout-2026-12zx.csv", prefix: "hzx-", min: 300, byCountry: false },
    { ordinal: "fifty-first", file: "heldout-2026-12zy.csv", prefix: "hzy-", min: 306, byCountry: false },
    { ordinal: "fifty-second", file: "heldout-2026-12zz.csv", prefix: "hzz-", min: 304, byCountry: false },
    { ordinal: "fifty-third", file: "heldout-2026-12zza.csv", prefix: "hzza-", min: 302, byCountry: false },
    { ordinal: "fifty-fourth", file: "heldout-2026-12zzb.csv", prefix: "hzzb-", min: 300, byCountry: false },
    { ordinal: "fifty-fifth", file: "heldout-2026-12zzc.csv", prefix: "hzzc-", min: 305, byCountry: false, byColumns: true },
    { ordinal: "fifty-sixth", file: "heldout-2026-12zzd.csv", prefix: "hzzd-", min: 160, byCountry: false },
    { ordinal: "fifty-seventh", file: "heldout-2026-12zze.csv", prefix: "hzze-", min: 160, byCountry: false },
    { ordinal: "fifty-eighth", file: "heldout-2026-12zzf.csv", prefix: "hzzf-", min: 160, byCountry: false },
  ];
  const key = (s: string) =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
  it.each(MERGED_BATCHES)("holds the $ordinal held-out batch ($file) as scored, and none of its queries was in the set before", (b) => {
    const batch = loadCases(join(__dirname, b.file));
    expect(batch.length).toBeGreaterThanOrEqual(b.min);
    const merged = new Map(cases.map((c) => [c.id, c]));
    expect(batch.filter((c) => JSON.stringify(merged.get(c.id)) !== JSON.stringify(c)).map((c) => c.id)).toEqual([]);
    if ("byColumns" in b && b.byColumns) {
      const row = (c: { query: string; country: string; product: string }) => `${key(c.query)}|${key(c.country)}|${key(c.product)}`;
      const earlier = new Set(cases.filter((c) => !c.id.startsWith(b.prefix)).map(row));
      expect(batch.filter((c) => !KNOWN_REPEATS.has(c.id) && earlier.has(row(c))).map((c) => c.id)).toEqual([]);
      expect(new Set(batch.map(row)).size).toBe(batch.length);
    } else if (b.byCountry) {
      const pair = (c: { query: string; country: string }) => `${key(c.query)}|${key(c.country)}`;
      const earlier = new Set(cases.filter((c) => !c.id.startsWith(b.prefix) && !LATER_SAME_QUERY_OTHER_COLUMNS.test(c.id)).map(pair));
      expect(batch.filter((c) => earlier.has(pair(c))).map((c) => c.id)).toEqual([]);
      expect(new Set(batch.map(pair)).size).toBe(batch.length);
    } else {
      const earlier = new Set(
        cases
          .filter(
            (c) =>
              !c.id.startsWith(b.prefix) &&
              !LATER_SAME_QUERY.test(c.id) &&
              !LATER_SAME_QUERY_OTHER_COLUMNS.test(c.id) &&
              !KNOWN_REPEATS.has(c.id),
          )
          .map((c) => key(c.query)),
      );
      expect(batch.filter((c) => !KNOWN_REPEATS.has(c.id) && earlier.has(key(c.query))).map((c) => c.id)).toEqual([]);
    }
  });

  it("keeps non-empty queries", () => {
    expect(cases.filter((c) => c.query.trim() === "").map((c) => c.id)).toEqual([]);
  });
});

describe("CSV parsing", () => {
  it("handles quotes, doubled quotes, commas, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n1,,3\n')).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["1", "", "3"],
    ]);
  });

  it("rejects a wrong header, a short row and an unknown expected value", () => {
    expect(() => parseCases("id,query\n")).toThrow(/header/);
    const header = "id,category,query,country,product,expected,listing_id,notes\n";
    expect(() => parseCases(header + "x,clean,Acme\n")).toThrow(/8 fields/);
    expect(() => parseCases(header + "x,clean,Acme,,,maybe,,\n")).toThrow(/expected must be/);
  });
});
