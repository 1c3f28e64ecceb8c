import { spawnSync } from "node:child_process";
import { join } from "node:path";

// ts-jest transpiles file by file and so never sees type errors; this runs the compiler over the whole project once.
describe("the project", () => {
  it("type-checks with tsc --noEmit", () => {
    const root = join(__dirname, "../..");
    const tsc = spawnSync(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", join(root, "tsconfig.json")],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 300_000);
});
