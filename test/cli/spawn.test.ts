import { spawnSync } from "node:child_process";
import * as path from "node:path";

// A few real processes, to check what in-process tests cannot: the entry point runs, exit codes
// reach the shell, and stdout/stderr are kept apart.
const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function screen(...args: string[]) {
  // INIT_CWD is what npm sets; a direct run has none, so relative paths are taken from the process's folder.
  const env = { ...process.env };
  delete env.INIT_CWD;
  return spawnSync(TSX, ["src/cli/screen.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env });
}

describe("tsx src/cli/screen.ts", () => {
  it("exits 0 with usage for --help", () => {
    const result = screen("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage:");
  });

  it("is wired to `npm run --silent screen`, which passes the exit code through", () => {
    const result = spawnSync("npm", ["run", "--silent", "screen", "--", "examples/contracts.pdf"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `Error: Cannot find the input file examples/contracts.pdf (looked for ${path.join(ROOT, "examples/contracts.pdf")}). Check the name, or give the full path.\n`,
    );
  });

  it("exits 2 for a missing file, with the message on stderr only", () => {
    const result = screen("no/such/file.xlsx");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `Error: Cannot find the input file no/such/file.xlsx (looked for ${path.join(ROOT, "no/such/file.xlsx")}). Check the name, or give the full path.\n`,
    );
  });

  it("screens the example CSV into JSON lines on stdout", () => {
    const result = screen("examples/contracts.csv", "--format", "json", "--only-flagged");
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(lines.every((l) => l.risk !== "None")).toBe(true);
    expect(result.stderr).toMatch(/233 rows screened: \d+ High/);
  });
});
