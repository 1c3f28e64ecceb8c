import { createHash } from "./sha256";
import { Dataset } from "./schema";

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "DatasetError";
  }
}

/** Turns zod's issue list into lines that a curator can act on: "listings[3].status: Invalid option …". */
function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : (i === 0 ? "" : ".") + String(p))).join("");
    return `${path || "(dataset)"}: ${issue.message}`;
  });
}

/** Validates an already-parsed value. Throws DatasetError naming each bad field; never returns a partial dataset. */
export function validateDataset(value: unknown): Dataset {
  const parsed = Dataset.safeParse(value);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    const more = parsed.error.issues.length > problems.length ? ` (and ${parsed.error.issues.length - problems.length} more)` : "";
    throw new DatasetError(`The dataset is not valid: ${problems.join("; ")}${more}`, problems);
  }
  return parsed.data;
}

/** Parses JSON text and validates it. */
export function parseDataset(text: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new DatasetError(`The dataset is not valid JSON: ${(e as Error).message}`);
  }
  return validateDataset(value);
}

/** SHA-256 of the canonical JSON text, shown to users so two copies of a dataset can be compared. */
export function datasetFingerprint(dataset: Dataset): string {
  return createHash(JSON.stringify(dataset));
}
