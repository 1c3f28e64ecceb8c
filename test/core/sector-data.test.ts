import { existsSync, readFileSync } from "fs";
import { join } from "path";
import listJson from "../../src/data/sector/dol-list-of-goods.json";
import { buildSectorFromReference, sectorJson } from "../../scripts/build-sector";
import {
  buildSectorList,
  bundledSectorList,
  parseDolCsv,
  parseDolXml,
  SectorDataError,
  validateSectorList,
  type DolRow,
  type SectorListMeta,
} from "../../src/core/sector";

const copies = join(__dirname, "../../../shared/reference/official-copies");
const haveCopies = existsSync(join(copies, "dol-tvpra-2022.json")) && existsSync(join(copies, "dol-tvpra-2022.xml"));
if (!haveCopies) console.warn(`sector data test: ${copies} is absent, so the checks against DOL's files are skipped`);
const withCopies = haveCopies ? test : test.skip;

const meta: SectorListMeta = {
  edition: 2024,
  published: "2024-09",
  editionNote: "test",
  page: "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
  file: "test.xml",
  sha256: null,
  licence: "public domain",
  confidence: "secondary",
};

const row = (over: Partial<DolRow> = {}): DolRow => ({
  good: "Toys",
  country: "China",
  child_labor: true,
  forced_labor: true,
  forced_child_labor: false,
  derived_input: false,
  derived_input_country: null,
  sector: "Manufacturing",
  ...over,
});

describe("the bundled List of Goods", () => {
  const list = bundledSectorList();

  test("is valid, the 2022 edition, with source, date and confidence", () => {
    expect(list.edition).toBe(2022);
    expect(list.published).toBe("2022-09");
    expect(list.source.page).toBe("https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods");
    expect(list.source.sha256).toBe("0ac2d973ec41a2a3c3958f8e94af763f9f6255fcf511bf74e2d6d986ef89cc2e");
    expect(list.confidence).toBe("verified");
    expect(list.entries).toHaveLength(467);
    expect(new Set(list.entries.map((e) => e.good)).size).toBe(169);
    expect(new Set(list.entries.map((e) => e.countryCode)).size).toBe(78);
  });

  test("carries DOL's counts of each kind", () => {
    expect(list.entries.filter((e) => e.inputFrom)).toHaveLength(10);
    expect(list.entries.filter((e) => e.forcedLabour)).toHaveLength(121);
    expect(list.entries.filter((e) => e.childLabour)).toHaveLength(414);
    expect(list.entries.filter((e) => e.forcedChildLabour)).toHaveLength(54);
  });

  test("names the inputs of the goods listed through supply-chain tracing", () => {
    const solar = list.entries.find((e) => e.good === "Solar Modules")!;
    expect(solar.inputFrom).toEqual({ country: "China", countryCode: "CN", good: "Polysilicon" });
    const batteries = list.entries.find((e) => e.good === "Lithium-Ion Batteries")!;
    expect(batteries.inputFrom).toEqual({
      country: "Congo, Democratic Republic of the",
      countryCode: "CD",
      good: "Cobalt ore (heterogenite)",
    });
  });

  withCopies("is what npm run build:sector makes from ../shared", () => {
    expect(sectorJson(buildSectorFromReference(copies))).toBe(
      readFileSync(join(__dirname, "../../src/data/sector/dol-list-of-goods.json"), "utf8"),
    );
  });

  withCopies("DOL's raw XML gives the same entries as the normalised JSON", () => {
    const fromXml = buildSectorList(parseDolXml(readFileSync(join(copies, "dol-tvpra-2022.xml"), "utf8")), meta);
    expect(fromXml.entries).toEqual(listJson.entries);
  });
});

describe("the schema refuses what cannot be right", () => {
  const good = () => JSON.parse(JSON.stringify(listJson)) as Record<string, unknown> & { entries: Array<Record<string, unknown>> };

  test.each([
    ["an http page", (l: ReturnType<typeof good>) => ((l.source as Record<string, unknown>).page = "http://www.dol.gov/")],
    ["no entries", (l: ReturnType<typeof good>) => (l.entries = [])],
    ["a bad date", (l: ReturnType<typeof good>) => (l.published = "Sept 2022")],
    ["a bad code", (l: ReturnType<typeof good>) => (l.entries[0].countryCode = "Brazil")],
    [
      "an entry listed for nothing",
      (l: ReturnType<typeof good>) => Object.assign(l.entries[0], { childLabour: false, forcedLabour: false }),
    ],
    [
      "forced child labour without forced labour",
      (l: ReturnType<typeof good>) => Object.assign(l.entries[0], { forcedChildLabour: true, forcedLabour: false }),
    ],
    ["a duplicate", (l: ReturnType<typeof good>) => l.entries.push({ ...l.entries[0] })],
    ["an unknown field", (l: ReturnType<typeof good>) => (l.extra = 1)],
    ["no confidence", (l: ReturnType<typeof good>) => delete l.confidence],
  ])("%s", (_what, spoil) => {
    const list = good();
    spoil(list);
    expect(() => validateSectorList(list)).toThrow(/not valid/);
  });
});

describe("building from DOL's layouts", () => {
  test("a country that cannot be read is refused with its good", () => {
    expect(() => buildSectorList([row({ country: "Atlantis" })], meta)).toThrow(/"Toys" \/ "Atlantis".*Atlantis/);
    expect(() => buildSectorList([], meta)).toThrow(SectorDataError);
  });

  test("an input not on the List is refused", () => {
    expect(() =>
      buildSectorList(
        [row({ good: "Solar Modules", child_labor: false, forced_labor: false, derived_input: true, derived_input_country: "China" })],
        meta,
      ),
    ).toThrow(/Polysilicon from China, which the file does not list/);
  });

  test("an unknown derived good keeps its input country, with no input good", () => {
    const list = buildSectorList(
      [row({ good: "Widgets", child_labor: false, forced_labor: false, derived_input: true, derived_input_country: "China" })],
      meta,
    );
    expect(list.entries[0].inputFrom).toEqual({ country: "China", countryCode: "CN", good: null });
  });

  test("XML: structure and Yes/No values are checked", () => {
    expect(() => parseDolXml("<html><body>Sign in</body></html>")).toThrow(/not DOL's List of Goods XML/);
    const xml = (cl: string) =>
      `<Goods><Good><Good_Name>Toys</Good_Name><Good_Sector>Manufacturing</Good_Sector><Countries><Country><Country_Name>China</Country_Name><Country_Region>Indo-Pacific</Country_Region><Child_Labor>${cl}</Child_Labor><Forced_Labor>Yes</Forced_Labor><Forced_Child_Labor>No</Forced_Child_Labor><Derived_Labor_Exploitation>No</Derived_Labor_Exploitation><Derived_Country>No</Derived_Country></Country></Countries></Good></Goods>`;
    expect(parseDolXml(xml("Yes"))).toEqual([row({ sector: "Manufacturing" })]);
    expect(() => parseDolXml(xml("Maybe"))).toThrow(/"Toys" \/ "China" Child_Labor: "Maybe" is neither Yes nor No/);
    expect(() => parseDolXml(xml("Yes").replace(/<Forced_Labor>Yes<\/Forced_Labor>/, ""))).toThrow(/no <forced_labor>/);
  });

  test("CSV: DOL's column names or the JSON's, Yes/No or X", () => {
    const csv = "Good,Country,Child Labor,Forced Labor,Forced Child Labor\r\nToys,China,X,X,\r\nCotton,Turkmenistan,Yes,Yes,Yes\r\n";
    const rows = parseDolCsv(csv);
    expect(rows).toEqual([row({ sector: "" }), row({ good: "Cotton", country: "Turkmenistan", forced_child_labor: true, sector: "" })]);
    const list = buildSectorList(rows, meta);
    expect(list.entries.map((e) => [e.good, e.countryCode, e.sector])).toEqual([
      ["Toys", "CN", "Other"],
      ["Cotton", "TM", "Other"],
    ]);
    expect(() => parseDolCsv("Good,Country\nToys,China\n")).toThrow(/no "child_labor" column/);
    expect(() => parseDolCsv("good,country,child_labor,forced_labor\nToys,China,perhaps,No\n")).toThrow(/line 2 child labor: "perhaps"/);
    expect(() => parseDolCsv("good,country,child_labor,forced_labor\n")).toThrow(/no rows/);
  });
});
