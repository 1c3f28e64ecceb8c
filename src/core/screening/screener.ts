import type { Dataset } from "../dataset/schema";
import { NameIndex, WEIGHTS } from "../matching/name-index";
import { writeNote } from "../notes/note";
import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { RuleBook } from "../rules/region-product";
import { displayText, readCell, readOptionalCell } from "./input";
import type { NameMatch, Risk, RuleHit, ScreenInput, ScreenResult } from "./types";

const IN_FORCE = new Set(["active", "partially_active"]);

/**
 * The one screening engine. Build it once per dataset (compiling the index takes a few milliseconds),
 * then call screen() for each row; it never throws on any cell value.
 */
export class Screener {
  readonly version: string;
  private readonly index: NameIndex;
  private readonly rules: RuleBook;
  private readonly listingCount: number;

  constructor(
    readonly dataset: Dataset,
    tables: NormalisationTables = bundledTables(),
  ) {
    this.version = dataset.version;
    this.index = new NameIndex(dataset.listings, tables);
    this.rules = new RuleBook(dataset);
    this.listingCount = dataset.listings.length;
  }

  screen(input: ScreenInput): ScreenResult {
    try {
      return this.screenUnsafe(input);
    } catch (error) {
      // A defect in matching must not stop a 100,000-row run; the row says so and asks for a check.
      return {
        risk: "review",
        score: 0,
        match: null,
        otherMatches: [],
        ruleHits: [],
        note: `Could not be screened because of an internal error (${(error as Error).message}). Check this supplier by hand. Dataset ${this.version}.`,
        input: typeof input?.name === "string" ? input.name.slice(0, 200) : String(input?.name ?? ""),
        skipped: null,
        datasetVersion: this.version,
      };
    }
  }

  screenAll(inputs: readonly ScreenInput[]): ScreenResult[] {
    return inputs.map((input) => this.screen(input));
  }

  private screenUnsafe(input: ScreenInput): ScreenResult {
    const cell = readCell(input.name);
    const base = { datasetVersion: this.version, input: displayText(cell) };
    if (cell.skipped) {
      return { ...base, risk: "none", score: 0, match: null, otherMatches: [], ruleHits: [], skipped: cell.skipped, note: this.note("none", cell.skipped, base.input, [], []) };
    }
    const analysis = this.index.analyse(cell.text);
    const matches = this.index.match(analysis);
    const ruleHits = this.rules.evaluate({
      nameText: cell.text,
      countryText: readOptionalCell(input.country),
      productText: readOptionalCell(input.product),
      nameWords: analysis.latin?.tokens,
    });
    const { risk, primary } = decide(matches, ruleHits);
    const otherMatches = matches.filter((m) => m !== primary);
    return {
      ...base,
      risk,
      score: primary?.score ?? 0,
      match: primary,
      otherMatches,
      ruleHits,
      skipped: null,
      note: writeNote({ risk, input: base.input, skipped: null, match: primary, otherMatches, ruleHits, datasetVersion: this.version, listingCount: this.listingCount }),
    };
  }

  private note(risk: Risk, skipped: ScreenResult["skipped"], input: string, matches: NameMatch[], ruleHits: RuleHit[]): string {
    return writeNote({ risk, input, skipped, match: matches[0] ?? null, otherMatches: [], ruleHits, datasetVersion: this.version, listingCount: this.listingCount });
  }
}

/**
 * high: a strong match to a listing in force. review: a possible match to a listing in force or of
 * unverified status, a strong match to one of unverified status, or a region/product rule. lifted: a strong
 * match only to listings no longer in force. A weak resemblance to a lifted listing is not a flag.
 */
export function decide(matches: readonly NameMatch[], ruleHits: readonly RuleHit[]): { risk: Risk; primary: NameMatch | null } {
  const strong = matches.filter((m) => m.score >= WEIGHTS.strong);
  const highMatch = strong.find((m) => IN_FORCE.has(m.listing.status));
  if (highMatch) return { risk: "high", primary: highMatch };
  const reviewMatch = matches.find((m) => m.listing.status !== "inactive");
  if (reviewMatch) return { risk: "review", primary: reviewMatch };
  if (ruleHits.length > 0) return { risk: "review", primary: strong[0] ?? null };
  if (strong.length > 0) return { risk: "lifted", primary: strong[0] };
  return { risk: "none", primary: null };
}
