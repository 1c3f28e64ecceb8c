// The CLI's sector risk (src/cli/sector.ts): on by default when a product column is found, a `sector` field in
// JSON lines, the sentence in the note, counts in the summary; it never changes the WRO risk.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { makeTempDir, run } from "./helpers";

async function csvFile(text: string): Promise<string> {
  const file = path.join(await makeTempDir(), "register.csv");
  await fs.writeFile(file, text, "utf8");
  return file;
}

const REGISTER =
  "Supplier,Country,Product\nAcme Gloves Sdn Bhd,Malaysia,Nitrile examination gloves\nBolt Co,China,Fasteners\nSun Co,China,PV modules\nWexford Ltd,UK,Uniforms\n";

describe("screen --sector", () => {
  test("on by default with a product column: JSON lines carry a sector field and the note its sentence", async () => {
    const { code, stdout, stderr } = await run([await csvFile(REGISTER), "--format", "json"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.sector.label)).toEqual(["Forced labour", "", "Input risk", ""]);
    expect(lines.map((l) => l.sector.product)).toEqual(["goods", "unmapped", "goods", "goods"]);
    expect(lines[0].sector.goods).toEqual(["Rubber Gloves (MY)"]);
    expect(lines[0].note).toContain("Sector risk: Rubber Gloves from Malaysia (forced labour)");
    expect(lines[0].note).toContain("not a finding about this supplier");
    expect(lines[1].note).not.toContain("Sector risk");
    expect(stderr).toContain(
      "1 Forced labour, 0 Child labour, 0 Forced and child labour, 1 Input risk; 1 row whose product matched no List good.",
    );
  });

  test("the WRO risk is the same with and without the sector signal", async () => {
    const file = await csvFile(REGISTER);
    const on = await run([file, "--format", "json"], { real: true });
    const off = await run([file, "--format", "json", "--no-sector"], { real: true });
    const risks = (s: string) =>
      s
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).risk);
    expect(risks(on.stdout)).toEqual(risks(off.stdout));
    expect(off.stdout).not.toContain('"sector"');
    expect(off.stderr).not.toContain("Sector risk");
  });

  test("--sector without a product column is a usage error; without one the default is off", async () => {
    const file = await csvFile("Supplier,Country\nAcme,China\n");
    const asked = await run([file, "--sector"]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/--sector needs a product column/);
    const plain = await run([file, "--format", "json"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('"sector"');
    const both = await run([file, "--sector", "--no-sector"]);
    expect(both.code).toBe(2);
  });

  test("--out writes the sector sentence into the notes column", async () => {
    const file = await csvFile(REGISTER);
    const out = path.join(path.dirname(file), "out.csv");
    const { code } = await run([file, "--out", out]);
    expect(code).toBe(0);
    expect(await fs.readFile(out, "utf8")).toContain("Sector risk: Rubber Gloves from Malaysia (forced labour)");
  });
});
