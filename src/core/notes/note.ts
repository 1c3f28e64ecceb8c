import type { Listing } from "../dataset/schema";
import type { Evidence, NameMatch, Risk, RuleHit, SkipReason } from "../screening/types";
import { ROLE_LABELS } from "../cells/roles";
import { statusWordsExplained } from "../dataset/status-words";
import { formatDate } from "./dates";

const LIST_NAMES = {
  cbp_wro: "CBP Withhold Release Order",
  cbp_finding: "CBP Finding",
  uflpa: "UFLPA Entity List",
} as const;

const SHORT_LIST_NAMES = { cbp_wro: "CBP WRO", cbp_finding: "CBP Finding", uflpa: "UFLPA" } as const;

const NAME_KINDS = {
  primary: "the listed name",
  alias: "the listed alias",
  former: "the listed former name",
  subsidiary: "the listed subsidiary",
  vessel: "the listed vessel",
  owner: "the listed owner",
  chinese: "the listed Chinese name",
} as const;

const SKIP_NOTES: Record<SkipReason, string> = {
  empty: "Not screened: the cell is empty.",
  placeholder: "Not screened: the cell holds a placeholder, not a supplier name.",
  not_text: "Not screened: the cell holds a number or a true/false value, not a supplier name.",
  error_value: "Not screened: the cell holds an Excel error value.",
  too_long: "Not screened: the cell is longer than 1,000 characters, so it is not a supplier name.",
};

export function listKindLabel(listing: Listing): string {
  if (listing.list !== "uflpa" && !listing.listVerified) return "CBP order (WRO or Finding; type not verified)";
  return LIST_NAMES[listing.list];
}

/** "CBP WRO 2021-10-21; lifted 2023-09-18" — compact, for a cell or a formula result. */
export function listingSummary(listing: Listing): string {
  const kind = listing.list !== "uflpa" && !listing.listVerified ? "CBP order" : SHORT_LIST_NAMES[listing.list];
  const parts = [`${kind} ${listing.dateIssued ?? "date unknown"}`];
  if (listing.status === "inactive") parts.push(`lifted ${listing.statusDate ?? "date unknown"}`);
  else if (listing.status === "partially_active") parts.push("partly in force");
  else if (listing.status === "unknown") parts.push(statusWordsExplained(listing.statusText) ? listing.statusText : "status unverified");
  return parts.join("; ");
}

/** The text of the "WRO match" column and of =WROMATCH: which listing, and when. */
export function matchLabel(match: NameMatch | null, ruleHits: readonly RuleHit[] = []): string {
  if (match) return `${match.listing.name} (${listingSummary(match.listing)})`;
  if (ruleHits.length > 0) return `${ruleHits[0].listing.name} (${listingSummary(ruleHits[0].listing)}; region/product rule)`;
  return "";
}

/** The parts of a partly lifted order that were lifted, from its dated history: "20 Oct 2016: Viscose/Rayon Fiber removed from the order". */
function liftedParts(listing: Listing): string[] {
  return listing.statusHistory
    .filter((e) => e.kind !== "issued" && e.kind !== "listed")
    .map((e) => `${formatDate(e.date)}: ${e.description.replace(/^modified:\s*/i, "")}`);
}

export function statusSentence(listing: Listing): string {
  switch (listing.status) {
    case "active":
      return listing.list === "uflpa" ? "Status: listed, no removal found." : "Status: in force.";
    case "partially_active": {
      const lifted = liftedParts(listing);
      const words = listing.statusText.length <= 40 ? ` (CBP: "${listing.statusText}")` : "";
      return `Status: in force except for the parts lifted${words}${lifted.length ? `; lifted: ${lifted.join("; ")}` : ""}.`;
    }
    case "inactive":
      return `Status: no longer in force since ${formatDate(listing.statusDate)} (${listing.statusText}).`;
    case "unknown": {
      const why = statusWordsExplained(listing.statusText);
      return why ? `Status: ${why}.` : `Status: not verified (${listing.statusText}).`;
    }
  }
}

const shortSource = (s: string) => (s.length > 160 ? s.slice(0, 157) + "..." : s);

/** A source's first word: its address, when it starts with one. */
function firstWord(source: string): string {
  const space = source.search(/\s/);
  return space < 0 ? source : source.slice(0, space);
}

/** "Check: <official page>." then the other sources, strongest first (the dataset keeps them in that order). */
function sourceSentence(listing: Listing): string {
  const others = listing.sources.filter((s) => firstWord(s) !== listing.verifyUrl);
  const shown = others.slice(0, 2).map(shortSource);
  const more = others.length > shown.length ? ` (and ${others.length - shown.length} more in the dataset)` : "";
  return `Check: ${listing.verifyUrl}.${shown.length ? ` Sources: ${shown.join("; ")}${more}.` : ""}`;
}

function confidenceSentence(listing: Listing, match: NameMatch | null): string {
  const sentence =
    listing.confidence === "unverified"
      ? "Source confidence: UNVERIFIED, so confirm against the official list before acting."
      : listing.confidence === "secondary"
        ? "Source confidence: secondary (press or law-firm reports of the official text)."
        : "Source confidence: verified against an official text.";
  return match?.matched.confidence === "unverified"
    ? `${sentence} The matched name "${match.matched.name}" is itself unverified.`
    : sentence;
}

function describeListing(listing: Listing): string {
  const what = listing.products ? ` covering ${listing.products.replace(/\.$/, "")}` : "";
  const when = listing.list === "uflpa" ? `added ${formatDate(listing.dateIssued)}` : `of ${formatDate(listing.dateIssued)}`;
  return `${listKindLabel(listing)} "${listing.name}", ${when}${what}`;
}

/** How many pieces of evidence a note names; a country difference found further down is named too. */
const EVIDENCE_SHOWN = 3;

function describeMatch(match: NameMatch): string {
  const evidence = match.evidence;
  const shown = Math.min(EVIDENCE_SHOWN, evidence.length);
  let how = "";
  for (let i = 0; i < shown; i++) how += i === 0 ? evidence[i].text : `; ${evidence[i].text}`;
  const renamed =
    match.matched.kind === "former"
      ? ` (renamed to "${match.listing.name}"${match.matched.renamedOn ? ` on ${formatDate(match.matched.renamedOn)}` : ""})`
      : "";
  let country: Evidence | undefined;
  for (let i = shown; i < evidence.length && !country; i++) {
    const e = evidence[i];
    if (e.kind === "country" && evidence.indexOf(e) >= shown) country = e;
  }
  return `Matched ${NAME_KINDS[match.matched.kind]} "${match.matched.name}"${renamed}${partPhrase(match)} (score ${match.score.toFixed(2)}${how ? `: ${how}` : ""}${country ? `; ${country.text}` : ""}).`;
}

/**
 * The note of a result that differs from an earlier one only in the evidence of its best match (a row in
 * another country than the listing's: the country difference is added), without writing the note again: the
 * sentence that describes the match is the only one that reads the evidence, so only it is written anew.
 * `note` is writeNote's note for `before`; the answer is writeNote's for `after` in its place.
 */
export function noteWithMatchRedescribed(note: string, before: NameMatch, after: NameMatch): string {
  const old = describeMatch(before);
  const at = note.indexOf(old);
  if (at < 0) throw new Error("noteWithMatchRedescribed: the note does not describe this match");
  return note.slice(0, at) + describeMatch(after) + note.slice(at + old.length);
}

/** Which part of the cell matched, when the cell held more than a name: ` in the trading name "Hoshine" of the cell`. */
function partPhrase(match: NameMatch): string {
  return match.part ? ` in the ${ROLE_LABELS[match.part.role]} "${match.part.text}" of the cell` : "";
}

const ADVICE: Record<Risk, string> = {
  high: "Do not import goods from this supplier into the US without compliance review.",
  review: "Check the supplier's full legal name, address and the origin of the goods against the listing.",
  lifted: "No order is in force for this match; keep the import dates on file.",
  none: "",
};

const HEADINGS: Record<Risk, string> = { high: "High risk", review: "Possible match", lifted: "Lifted", none: "Weak resemblance" };

export interface NoteInput {
  risk: Risk;
  skipped: SkipReason | null;
  match: NameMatch | null;
  otherMatches: readonly NameMatch[];
  ruleHits: readonly RuleHit[];
  datasetVersion: string;
  listingCount: number;
}

/** A plain-English note a buyer can act on. It always starts with a letter, so it can never be read as a formula. */
export function writeNote(n: NoteInput): string {
  const dataset = `Dataset ${n.datasetVersion}.`;
  if (n.skipped) return `${SKIP_NOTES[n.skipped]} ${dataset}`;
  const sentences: string[] = [];
  if (n.match) {
    const heading = HEADINGS[n.risk];
    sentences.push(`${heading}: ${describeListing(n.match.listing)}.`);
    sentences.push(describeMatch(n.match));
    sentences.push(statusSentence(n.match.listing));
    const removed = n.match.matched.removed;
    if (removed) {
      sentences.push(
        `"${n.match.matched.name}" itself is no longer covered: removed from the order${removed.date ? ` on ${formatDate(removed.date)}` : " (date not stated)"}.`,
      );
    }
    if (n.risk === "review" && n.match.score >= 0.92 && n.match.listing.status === "unknown") {
      sentences.push("The name matches, but the sources do not say whether this order is still in force.");
    }
    sentences.push(ADVICE[n.risk === "none" ? "review" : n.risk]);
    sentences.push(sourceSentence(n.match.listing));
    sentences.push(confidenceSentence(n.match.listing, n.match));
    const others = n.otherMatches.filter((m) => m.listing.id !== n.match!.listing.id);
    if (others.length > 0) {
      sentences.push(
        `Also matches: ${others
          .slice(0, 3)
          .map((m) => `${m.listing.name} (${listingSummary(m.listing)})${m.part ? ` in "${m.part.text}"` : ""}`)
          .join("; ")}.`,
      );
    }
  }
  for (const hit of n.ruleHits) {
    const prefix = n.match ? "Also" : "Region/product rule";
    sentences.push(`${prefix}: ${describeListing(hit.listing)}, because ${hit.reasons.join(" and ")}.`);
    if (!n.match) {
      sentences.push(statusSentence(hit.listing));
      sentences.push(ADVICE.review);
      sentences.push(sourceSentence(hit.listing));
      sentences.push(confidenceSentence(hit.listing, null));
    }
  }
  if (!n.match && n.ruleHits.length === 0) {
    sentences.push(`No match among ${n.listingCount} listings (CBP WROs and Findings, UFLPA Entity List).`);
  }
  if (!n.match && n.otherMatches.length > 0) {
    const weak = n.otherMatches[0];
    sentences.push(
      `Weak resemblance to "${weak.listing.name}" (${listingSummary(weak.listing)}; score ${weak.score.toFixed(2)}), an order no longer in force, so not flagged.`,
    );
  }
  sentences.push(dataset);
  return sentences.filter(Boolean).join(" ");
}
