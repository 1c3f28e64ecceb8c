/** Lets a benchmark section run on its own (npx tsx scripts/bench/<section>.ts): prints its figures as JSON. */
export function runSectionWhenDirect(mod: NodeModule, run: () => Promise<Record<string, number>>): void {
  if (typeof require === "undefined" || require.main !== mod) return;
  run().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
