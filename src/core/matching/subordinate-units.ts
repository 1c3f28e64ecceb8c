/**
 * Subordinate units named after a listed parent: "XPCC 1st Division", "The 2nd Division of XPCC",
 * "新疆生产建设兵团第八师", "兵团第一师". The unit is read apart from the parent's name; the screener matches the
 * parent and keeps the match only where the listing covers its subordinates (coversSubordinates).
 * Data: src/data/normalisation/subordinate-units.json. Pure.
 */
import data from "../../data/normalisation/subordinate-units.json";
import type { Listing } from "../dataset/schema";

const UNIT_PATTERNS: readonly RegExp[] = data.unitPatterns.map((p) => new RegExp(p, "iu"));
const SHORT_FORMS = Object.entries(data.parentShortForms as Record<string, string>).sort((a, b) => b[0].length - a[0].length);
/** Cheap test first: most cells name no unit. */
const MAY_NAME_UNIT = /div|师/i;

export interface UnitReading {
  /** The parent's name as written, with short forms spelt out ("XPCC", "新疆生产建设兵团"). */
  parent: string;
  /** The unit as written ("1st Division", "第八师"). */
  unit: string;
}

/** Reads a subordinate unit's name, or null when the cell names no unit. */
export function readSubordinateUnit(text: string): UnitReading | null {
  if (!MAY_NAME_UNIT.test(text)) return null;
  for (const pattern of UNIT_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // A bracket right after the unit describes the unit ("Eleventh Division (Construction Engineering)").
    const after = text.slice(m.index + m[0].length).replace(/^\s*[（(][^）)]*[）)]\s*$/u, "");
    let parent = (text.slice(0, m.index) + " " + after)
      .replace(/^\s*the\s+/i, "")
      .replace(/[\s,]+$/u, "")
      .replace(/\s+/g, " ")
      .trim();
    for (const [short, full] of SHORT_FORMS) if (parent === short) parent = full;
    if (!/[\p{L}]{2}/u.test(parent)) return null;
    return { parent, unit: m[0].trim() };
  }
  return null;
}

const SUBORDINATES = /\b(subsidiaries|subordinates|subordinate and affiliated entities|joint ventures)\b/i;

/** Whether a listing covers its subsidiaries or subordinates ("… and its subordinates"). */
export function coversSubordinates(listing: Listing): boolean {
  return SUBORDINATES.test(listing.name) || SUBORDINATES.test(listing.scope ?? "");
}
