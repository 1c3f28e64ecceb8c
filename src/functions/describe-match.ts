import type { Listing, ScreenResult } from "../core";

/** Short list names as buyers and customs brokers say them. */
const LIST_LABELS: Record<Listing["list"], string> = {
  cbp_wro: "CBP WRO",
  cbp_finding: "CBP Finding",
  uflpa: "UFLPA Entity List",
};

const NAME_KIND_WORDS: Record<string, string> = {
  alias: "alias",
  former: "former name",
  subsidiary: "subsidiary",
  vessel: "vessel",
  chinese: "Chinese name",
};

function listLabel(listing: Listing): string {
  // Where the sources do not say whether a CBP order is a WRO or a Finding, say so instead of guessing.
  if (!listing.listVerified && listing.list !== "uflpa") return "CBP WRO or Finding";
  return LIST_LABELS[listing.list];
}

/** "lifted 2023-09-18", "partially lifted 2022-01-05", "status unknown", or "" while in force. */
function statusPhrase(listing: Listing): string {
  const date = listing.statusDate ? ` ${listing.statusDate}` : "";
  switch (listing.status) {
    case "active":
      return "";
    case "partially_active":
      return `partially lifted${date}`;
    case "unknown":
      return "status unknown";
    case "inactive": {
      const ending = [...listing.statusHistory].reverse().find((e) => e.kind === "lifted" || e.kind === "revoked");
      const word = ending?.kind === "revoked" ? "revoked" : "lifted";
      const when = ending?.date ?? listing.statusDate;
      return when ? `${word} ${when}` : word;
    }
  }
}

/** "CBP WRO 2021-10-21, lifted 2023-09-18" */
export function listingDates(listing: Listing): string {
  const issued = listing.dateIssued ? `${listLabel(listing)} ${listing.dateIssued}` : `${listLabel(listing)}, date not published`;
  const status = statusPhrase(listing);
  return status ? `${issued}, ${status}` : issued;
}

/**
 * The listing behind a result, with its list and dates, e.g.
 * "Supermax Corporation Bhd. (CBP WRO 2021-10-21, lifted 2023-09-18)"; "" when nothing matched.
 * A match on an alias or former name says which name matched; a region or product rule says so.
 */
export function describeMatch(result: ScreenResult): string {
  if (result.match) {
    const { listing, matched } = result.match;
    const kindWord = NAME_KIND_WORDS[matched.kind];
    const via = matched.name !== listing.name && kindWord ? ` – matched ${kindWord} "${matched.name}"` : "";
    return `${listing.name}${via} (${listingDates(listing)})`;
  }
  const ruleHit = result.ruleHits[0];
  if (ruleHit) return `${ruleHit.listing.name} (${listingDates(ruleHit.listing)}) – applies by region or product rule`;
  return "";
}
