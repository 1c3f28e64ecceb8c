/**
 * Published listing names are often several names in one string: "Yunnan Machinery, a/k/a Golden Horse
 * Diesel Factory", "Supermax Corporation Bhd. and its wholly owned subsidiaries", "Fishing Vessel: Da Wang",
 * "YTY Industry Holdings Sdn Bhd (YTY Group)". These rules turn one published string into the names a
 * supplier could actually be written as. The published text itself is never changed.
 */

const VESSEL_PREFIX = /^\s*fishing vessels?\s*(owned by\s*)?:?\s*/i;
const ALSO_KNOWN_AS = /\s*;\s*|,?\s+a\/k\/a\s+/i;
const GROUP_TAIL =
  /,?\s+(and|&)\s+(its|their)?\s*([\w-]+\s+){0,3}(subsidiaries|subsidiary|subordinates|affiliates|affiliated entities|joint ventures)\b.*$/i;
/** Bracketed remarks that annotate a listing rather than name it; the reference lists those aliases separately. */
const REMARK =
  /^(also known as|formerly known as|including|and one alias|and \w+ aliases|aliases?\b|exact legal name|truncated|of |or |see |vessel|owner)/i;

interface BracketGroup {
  start: number;
  end: number;
  inner: string;
}

/** Top-level (...) and [...] groups, nesting-aware: "(including one alias: Hesheng Silicon (Shanshan) Co.)" is one group. */
function bracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === ")" || ch === "]") && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i).trim() });
    }
  }
  return groups;
}

function replaceGroups(text: string, replacement: (group: BracketGroup) => string): string {
  let out = "";
  let last = 0;
  for (const group of bracketGroups(text)) {
    out += text.slice(last, group.start) + replacement(group);
    last = group.end;
  }
  return out + text.slice(last);
}

function tidy(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.-]+|[\s,;:-]+$/g, "")
    .trim();
}

const words = (s: string) => new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== "and" && w !== "the"));

/**
 * A name the published text gives in brackets at its end, such as "(YTY Group)", "(collectively, Brightway
 * Group)" or "(XPCC)". Accepted only when it shares a word with the rest or is an acronym, so that a
 * description like "(Plastics Factory)" does not become a name of its own.
 */
function trailingBracketName(segment: string): string | null {
  const groups = bracketGroups(segment);
  const last = groups[groups.length - 1];
  if (!last || segment.slice(last.end).replace(/[\s.]/g, "") !== "") return null;
  const inner = tidy(last.inner.replace(/^collectively,?\s*/i, ""));
  if (REMARK.test(inner) || !/\p{L}{2,}/u.test(inner)) return null;
  const isAcronym = /^[A-Z]{3,8}$/.test(inner);
  const rest = words(segment.slice(0, last.start));
  const shares = Array.from(words(inner)).some((w) => rest.has(w));
  return isAcronym || shares ? inner : null;
}

/** A name in quotes, the whole of a bracket group: "(\"Jinma\")", "(“Jinma”)", "(«Jinma»)". */
const QUOTED_NAME = /^["“”„«‹'‘’]\s*(\p{L}[\p{L}\p{M}'’ -]*\p{L})\s*["“”»›'‘’]$/u;

/**
 * A native name quoted in brackets right after the words it translates, at the head of a name: "Golden Horse
 * (\"Jinma\") Diesel Engine Factory" is also written "Jinma Diesel Engine Factory", the quoted name in place of the
 * translated words. Only a quoted name (a plain bracket inside a name is more often a place, "Hoshine Silicon (Jia Xing)
 * Industry"), with one to three translated words before it, a word of four letters or more in it, and words after it.
 */
function quotedNativeNames(segment: string): string[] {
  const out: string[] = [];
  for (const g of bracketGroups(segment)) {
    const quoted = QUOTED_NAME.exec(g.inner);
    if (!quoted || !/\p{L}{4,}/u.test(quoted[1])) continue;
    const before = segment.slice(0, g.start).trim().split(/\s+/).filter(Boolean);
    const after = tidy(replaceGroups(segment.slice(g.end), () => " "));
    if (before.length < 1 || before.length > 3 || !before.every((w) => /^\p{L}+$/u.test(w)) || !/\p{L}{2,}/u.test(after)) continue;
    out.push(tidy(`${quoted[1]} ${after}`));
  }
  return out;
}

export function matchableVariants(published: string): string[] {
  const variants = new Set<string>();
  const withoutRemarks = replaceGroups(published.replace(VESSEL_PREFIX, ""), (g) =>
    REMARK.test(g.inner) ? " " : published.slice(g.start, g.end),
  );
  for (const rawSegment of withoutRemarks.split(ALSO_KNOWN_AS)) {
    const segment = tidy(rawSegment.replace(GROUP_TAIL, ""));
    if (!segment) continue;
    // The name with its scope words as published ("… Corps and its subordinate and affiliated entities"), as a clerk
    // copies the listing whole (2026-12zzb round): matched as written, beside the name without them. Bracket-free only.
    const whole = tidy(rawSegment);
    if (whole !== segment && !/[()[\]]/.test(whole)) variants.add(whole);
    const bracketName = trailingBracketName(segment);
    if (bracketName) variants.add(bracketName);
    // Bracketed words inside a name are kept in one variant ("Hoshine Silicon (Jia Xing) Industry") and dropped in another.
    const kept = tidy(
      replaceGroups(segment, (g) => (g.inner === bracketName || g.inner.startsWith("collectively") ? " " : ` ${g.inner} `)),
    );
    if (kept) variants.add(kept);
    const bare = tidy(replaceGroups(segment, () => " "));
    if (bare) variants.add(bare);
    for (const native of quotedNativeNames(segment)) variants.add(native);
  }
  if (variants.size === 0) variants.add(tidy(published));
  return Array.from(variants);
}
