import { spawnSync } from "node:child_process";
import { join } from "node:path";

// `npm run lint` (office-addin-lint: ESLint with the project's eslint.config.mjs, Prettier included) over src/, run as a
// test so that the README's one test command also keeps the code to the project's lint and formatting rules.
describe("the project", () => {
  it("passes office-addin-lint check (ESLint and Prettier)", () => {
    const root = join(__dirname, "../..");
    const lint = spawnSync(process.execPath, [join(root, "node_modules/office-addin-lint/lib/cli.js"), "check"], {
      cwd: root,
      encoding: "utf8",
    });
    const problems = (lint.stdout + lint.stderr)
      .split("\n")
      .filter((line) => /\d+:\d+\s+(error|warning)\s/.test(line) || line.startsWith("/"))
      .join("\n");
    expect(problems).toBe("");
    expect(lint.status).toBe(0);
  }, 300_000);
});
