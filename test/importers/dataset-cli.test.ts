import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/dataset";
import { datasetFingerprint, parseDataset } from "../../src/core/dataset/load";
import type { FetchLike } from "../../src/core/importers";
import { baseDataset, fakeResponse, FIXTURES } from "./helpers";

async function run(args: string[], extra: { fetch?: FetchLike } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today: "2026-11-26",
    ...extra,
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => join(FIXTURES, name);

describe("dataset CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "dataset-cli-"));
  const basePath = join(dir, "base.json");
  writeFileSync(basePath, JSON.stringify(baseDataset()));

  it("show: version, counts by list and status, SHA-256", async () => {
    const { code, stdout } = await run(["show", basePath]);
    expect(code).toBe(0);
    expect(stdout).toContain("Version: test-1\nCompiled: 2026-01-01\nListings: 9\n");
    // The same list x status table as the README and the pane's Dataset tab (src/core/dataset/counts.ts).
    const table = stdout.split("\n").map((l) => l.trim().split(/\s{2,}/));
    const row = (label: string) => table.find((cells) => cells[0] === label);
    expect(table.find((cells) => cells[0] === "List")).toEqual([
      "List",
      "Listings",
      "In force",
      "Partially modified",
      "Lifted or removed",
      "Pending litigation",
      "Status unknown",
    ]);
    expect(row("CBP WRO")?.[1]).toBe("5 (1 rule)");
    expect(row("UFLPA")?.[1]).toBe("4");
    expect(row("All lists")?.slice(1)).toEqual(["9 (1 rule)", "7", "0", "1", "0", "1"]);
    expect(stdout).toContain(`SHA-256: ${datasetFingerprint(baseDataset())}`);
  });

  it("import cbp prints the diff and writes a validated dataset with --out", async () => {
    const out = join(dir, "merged.json");
    const { code, stdout, stderr } = await run([
      "import",
      "cbp",
      fixture("cbp-sample-cp1252.csv"),
      "--base",
      basePath,
      "--out",
      out,
      "--retrieved",
      "2026-11-20",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("test-1 (9 listings) → test-1+cbp-2026-11-20 (11 listings)");
    expect(stdout).toContain("Supermax Corporation Bhd. and its wholly owned subsidiaries: active → inactive, 2023-09-18");
    expect(stdout).toContain("Not in this file, left in force (1): wro-2019-09-30-exemplar-bonechar");
    expect(stderr).toMatch(/^warning: Line 9: WRO of 1\/13\/2021/);
    const written = parseDataset(readFileSync(out, "utf8"));
    expect(written.listings).toHaveLength(11);
    expect(stdout).toContain(`SHA-256 ${datasetFingerprint(written)}`);
  });

  it("import uflpa without --out writes nothing", async () => {
    const { code, stdout } = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath]);
    expect(code).toBe(0);
    expect(stdout).toContain("not in this file 1; marked removed 0");
    expect(stdout).toContain("Would be marked removed with --apply-removals (1):\n  uflpa-2023-06-09-exemplar-removed");
    expect(stdout).not.toContain("Exemplar Removed Trading Co.: active → inactive");
    expect(stdout).toContain("Nothing written (no --out given).");
  });

  it("import uflpa --apply-removals marks the listings the page no longer holds as removed", async () => {
    const { code, stdout } = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--apply-removals"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Exemplar Removed Trading Co.: active → inactive (date not stated)");
    expect(stdout).toContain("Marked removed from the list (1):\n  uflpa-2023-06-09-exemplar-removed");
  });

  it("refuses bad input with exit 2, a clear message, and leaves --out untouched", async () => {
    const out = join(dir, "keep.json");
    writeFileSync(out, "previous contents");
    const cases: [string[], RegExp][] = [
      [["import", "cbp", fixture("signin.html"), "--base", basePath, "--out", out], /sign-in or access page/],
      [["import", "cbp", fixture("cbp-bad-status.csv"), "--base", basePath, "--out", out], /Line 3: "Status" is "Suspended"/],
      [["import", "uflpa", fixture("uflpa-no-heading.html"), "--base", basePath, "--out", out], /not preceded by a heading/],
      [["import", "json", fixture("truncated.json"), "--base", basePath, "--out", out], /not valid JSON/],
      [["import", "cbp", fixture("nope.csv"), "--base", basePath], /Cannot read The file .*nope\.csv: no such file/],
      [
        ["import", "cbp", fixture("cbp-sample-cp1252.csv"), "--base", fixture("truncated.json")],
        /truncated\.json: The dataset is not valid JSON/,
      ],
      [["import", "xml", "x"], /import needs a kind/],
      [["import", "cbp", fixture("cbp-sample-cp1252.csv"), "--retrieved", "yesterday"], /--retrieved must be a date/],
      [["diff", basePath], /diff needs two dataset files/],
      [["frobnicate"], /Unknown command "frobnicate"/],
      [["show", "--bogus"], /Unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(message);
    }
    expect(readFileSync(out, "utf8")).toBe("previous contents");
  });

  it("refuses a file over 10 MB without reading it", async () => {
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    const { code, stderr } = await run(["import", "cbp", big, "--base", basePath]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/big\.csv is 10\.0 MB, over the 10 MB limit; it was not read\./);
  });

  it("refuses an update that drops too much unless --force", async () => {
    const small = join(dir, "small.json");
    const ds = baseDataset();
    writeFileSync(small, JSON.stringify({ ...ds, version: "small", listings: ds.listings.slice(0, 2), rules: [] }));
    const refused = await run(["import", "json", small, "--base", basePath]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/would drop 7 of the 9 current listings.*\(add --force\)/);
    const forced = await run(["import", "json", small, "--base", basePath, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Removed from the dataset (7):");
  });

  it("import json from an https address uses the injected fetch; http is refused", async () => {
    const body = new TextEncoder().encode(JSON.stringify({ ...baseDataset(), version: "remote-2" }));
    const fetch: FetchLike = async () => fakeResponse(body, { url: "https://example.org/wro-dataset.json" });
    const { code, stdout } = await run(["import", "json", "https://example.org/wro-dataset.json", "--base", basePath], { fetch });
    expect(code).toBe(0);
    expect(stdout).toContain("test-1 (9 listings) → remote-2 (9 listings)");
    const http = await run(["import", "json", "http://example.org/x.json", "--base", basePath], { fetch });
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/Only https:\/\//);
  });

  it("diff prints the changes between two files", async () => {
    const merged = join(dir, "merged2.json");
    await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--out", merged]);
    const { code, stdout } = await run(["diff", basePath, merged]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^test-1 \(9 listings\) → test-1\+uflpa-2026-11-26 \(12 listings\)/);
    expect(stdout).toContain("Added (3):");
    expect(existsSync(join(dir, `.merged2.json.${process.pid}.tmp`))).toBe(false);
  });
});

describe("an imported row that could be one of two listings", () => {
  const dir = mkdtempSync(join(tmpdir(), "dataset-cli-ambiguous-"));
  // The page's "Exemplar Labour Dispatch Co. (also known as Exemplar Dispatch and formerly known as Old
  // Exemplar Dispatch)" against a dataset holding its alias and its former name as two listings of other dates.
  const twofold = baseDataset();
  const dispatch = twofold.listings.find((l) => l.id === "uflpa-2024-05-16-exemplar-labour-dispatch")!;
  twofold.listings = [
    ...twofold.listings.filter((l) => l !== dispatch),
    {
      ...dispatch,
      id: "uflpa-curated-exemplar-dispatch",
      dateIssued: "2023-01-01",
      name: "Exemplar Dispatch Co.",
      names: [{ name: "Exemplar Dispatch Co.", kind: "primary" }],
    },
    {
      ...dispatch,
      id: "uflpa-curated-old-exemplar-dispatch",
      dateIssued: "2021-01-01",
      name: "Old Exemplar Dispatch Ltd.",
      names: [{ name: "Old Exemplar Dispatch Ltd.", kind: "primary" }],
    },
  ];
  const basePath = join(dir, "twofold.json");
  writeFileSync(basePath, JSON.stringify(twofold));
  const entry = "Exemplar Labour Dispatch Co.";

  it("is reported with both listings, nothing is written, and the message says how to answer", async () => {
    const out = join(dir, "out.json");
    const { code, stdout, stderr } = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--out", out]);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stdout).toContain(`Ambiguous, not merged: "${entry}"`);
    expect(stdout).toContain('  uflpa-curated-exemplar-dispatch  ("Exemplar Dispatch Co.")\n');
    expect(stdout).toContain('  uflpa-curated-old-exemplar-dispatch  ("Old Exemplar Dispatch Ltd.")\n');
    expect(stderr).toContain("1 row of the file could each be one of several listings; nothing was written.");
    expect(stderr).toContain(`--resolve "${entry}=uflpa-curated-exemplar-dispatch"`);
  });

  it("is merged into the listing the user names with --resolve, and only then written", async () => {
    const out = join(dir, "resolved.json");
    const { code, stdout } = await run([
      "import",
      "uflpa",
      fixture("uflpa-sample.html"),
      "--base",
      basePath,
      "--out",
      out,
      "--resolve",
      `${entry}=uflpa-curated-old-exemplar-dispatch`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Ambiguous, answered: "${entry}"`);
    const written = parseDataset(readFileSync(out, "utf8"));
    const merged = written.listings.find((l) => l.id === "uflpa-curated-old-exemplar-dispatch")!;
    expect(merged.names.map((n) => n.name)).toContain("Exemplar Labour Dispatch Co.");
    expect(written.listings.find((l) => l.id === "uflpa-curated-exemplar-dispatch")!.names).toHaveLength(1);
    expect(written.listings.filter((l) => /Dispatch/.test(l.name))).toHaveLength(2);
  });

  it("is added as a listing of its own with =new, and left out with =skip", async () => {
    const asNew = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--resolve", `${entry}=new`]);
    expect(asNew.code).toBe(0);
    expect(asNew.stdout).toContain("Added 4;");
    expect(asNew.stdout).toMatch(/Added \(4\):[^]*Exemplar Labour Dispatch Co\./);
    const skipped = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--resolve", `${entry}=skip`]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("Added 3;");
    expect(skipped.stdout.split("Added (3):")[1].split("\n\n")[0]).not.toContain("Exemplar Labour Dispatch");
  });

  it("refuses an answer that names no candidate, or a row that is not ambiguous", async () => {
    const wrong = await run([
      "import",
      "uflpa",
      fixture("uflpa-sample.html"),
      "--base",
      basePath,
      "--resolve",
      `${entry}=wro-2021-10-21-supermax`,
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is "wro-2021-10-21-supermax", which is not one of the listings it could be');
    const unknown = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--resolve", "Nobody Co.=new"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is an answer for "Nobody Co.", but no entry of that name is ambiguous');
    const malformed = await run(["import", "uflpa", fixture("uflpa-sample.html"), "--base", basePath, "--resolve", "no-equals-sign"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("--resolve needs NAME=LISTING-ID");
  });
});
