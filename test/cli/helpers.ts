import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, type CliIo } from "../../src/cli/screen";
import { FakeScreener } from "./fake-screener";

export async function makeTempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "wro-cli-test-"));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  screener: FakeScreener;
}

/** Runs the CLI in-process with a fake screener (or the real one when real is true). */
export async function run(
  argv: string[],
  options: { real?: boolean; stdoutTTY?: boolean; columns?: number; cwd?: string } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const screener = new FakeScreener();
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.stdoutTTY, columns: options.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    loadScreener: options.real ? undefined : async () => screener,
    cwd: options.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, screener };
}
