import type { ListedName, Listing } from "../dataset/schema";
import type { Evidence, NameMatch } from "../screening/types";

/**
 * Every name match is built by this one constructor, with all its fields, `part` undefined when the whole cell
 * matched: matches of one shape let the screener, the country evidence and the notes read them without the slow
 * lookups that objects of many shapes (literals, and copies with a field added) cost. The field order is that of
 * the object literals it replaced, so a result serialises as before (JSON leaves an undefined `part` out).
 */
export class Match implements NameMatch {
  constructor(
    readonly listing: Listing,
    readonly matched: ListedName,
    readonly score: number,
    readonly evidence: Evidence[],
    readonly literal: boolean | undefined,
    readonly part: NameMatch["part"] = undefined,
  ) {}
}
