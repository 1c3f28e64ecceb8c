/**
 * Forms of a listed Chinese name beyond the exact core (src/core/matching/name-index.ts scores them):
 * - short forms that drop the place prefix with the legal suffix: 新疆中泰化学股份有限公司 → 中泰化学, and
 *   新疆中泰（集团）有限责任公司 → 中泰; a supplier written that way is a possible match;
 * - a name that starts with the listed name (descriptors kept, legal suffix dropped) and adds more:
 *   骆驼集团襄阳蓄电池有限公司 starts with 骆驼集团 and adds a place and a business: a possible subsidiary.
 * Data: src/data/normalisation/cjk-place-prefixes.json. Pure.
 */
import prefixesJson from "../../data/normalisation/cjk-place-prefixes.json";

const PLACE_PREFIXES: readonly string[] = [...new Set(prefixesJson.prefixes)].sort((a, b) => b.length - a.length);

/** A listed core without its leading place names ("新疆哈巴河阿舍勒铜业" → "阿舍勒铜业"), or null when it starts with none. */
export function withoutPlacePrefix(core: string): string | null {
  let rest = core;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of PLACE_PREFIXES) {
      if (rest.startsWith(p) && rest.length - p.length >= 2) {
        rest = rest.slice(p.length);
        changed = true;
        break;
      }
    }
  }
  return rest === core ? null : rest;
}

/** The place prefix a short form dropped ("新疆" for 中泰化学 of 新疆中泰化学). */
export function droppedPrefix(core: string, short: string): string {
  return core.slice(0, core.length - short.length);
}
