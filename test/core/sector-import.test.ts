import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/dataset";
import { bundledSectorList, validateSectorList } from "../../src/core/sector";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today: "2026-12-05",
  });
  return { code, stdout, stderr };
}

const copies = join(__dirname, "../../../shared/reference/official-copies");
const xmlPath = join(copies, "dol-tvpra-2022.xml");
const haveXml = existsSync(xmlPath);
if (!haveXml) console.warn(`sector import test: ${xmlPath} is absent, so the import of DOL's own XML is skipped`);

describe("dataset import dol", () => {
  const dir = mkdtempSync(join(tmpdir(), "dol-import-"));

  (haveXml ? test : test.skip)("DOL's XML gives the bundled entries, with the edition and confidence given", async () => {
    const out = join(dir, "dol-2022.json");
    const { code, stdout, stderr } = await run([
      "import",
      "dol",
      xmlPath,
      "--edition",
      "2022",
      "--published",
      "2022-09",
      "--confidence",
      "verified",
      "--out",
      out,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Read 467 good-country entries (169 goods, 78 countries)");
    expect(stdout).toContain("0 added, 0 removed, 0 with other labour flags");
    const written = validateSectorList(JSON.parse(readFileSync(out, "utf8")));
    expect(written.entries).toEqual(bundledSectorList().entries);
    expect(written.edition).toBe(2022);
    expect(written.source.sha256).toBe("0ac2d973ec41a2a3c3958f8e94af763f9f6255fcf511bf74e2d6d986ef89cc2e");
  });

  test("a CSV edition: the changes are listed, and dropping most entries needs --force", async () => {
    const csv = join(dir, "small.csv");
    writeFileSync(csv, "good,country,child labor,forced labor\nToys,China,Yes,Yes\nCotton,Turkmenistan,Yes,Yes\nWidgets,Peru,Yes,No\n");
    const refused = await run(["import", "dol", csv, "--edition", "2024", "--out", join(dir, "x.json")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/would drop \d+ of the 467 .*--force/);
    expect(existsSync(join(dir, "x.json"))).toBe(false);

    const out = join(dir, "forced.json");
    const forced = await run(["import", "dol", csv, "--edition", "2024", "--force", "--out", out]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Added: Widgets / Peru");
    const written = validateSectorList(JSON.parse(readFileSync(out, "utf8")));
    expect(written.confidence).toBe("secondary");
    expect(written.published).toBe("2024");
    expect(written.entries).toHaveLength(3);
  });

  test.each([
    [["import", "dol"], /needs one file/],
    [["import", "dol", "x.xml"], /needs --edition YEAR/],
    [["import", "dol", "x.xml", "--edition", "2024"], /Cannot read The file x.xml: no such file/],
    [["import", "dol", "x.xml", "--edition", "2024", "--confidence", "sure"], /--confidence must be/],
    [["import", "dol", "x.xml", "--edition", "2024", "--page", "http://dol.gov"], /https/],
    [["import", "dol", "x.xml", "--edition", "2024", "--bogus"], /Unknown option --bogus/],
  ])("usage errors: %j", async (args, message) => {
    const { code, stderr } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test("a web page or a broken file is refused and nothing is written", async () => {
    const page = join(dir, "page.xml");
    writeFileSync(page, "<!DOCTYPE html><html><body>Please sign in</body></html>");
    const out = join(dir, "never.json");
    const r = await run(["import", "dol", page, "--edition", "2024", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/web page/);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "good,country,child labor,forced labor\nToys,Atlantis,Yes,No\n");
    const r2 = await run(["import", "dol", bad, "--edition", "2024", "--out", out]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/"Atlantis" could not be read as one country/);
    expect(existsSync(out)).toBe(false);
  });

  test("the usage lists the dol subcommand", async () => {
    expect((await run(["help"])).stdout).toContain("dataset import dol FILE.xml|FILE.csv --edition YEAR");
  });
});
