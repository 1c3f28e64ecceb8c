/**
 * Keys for matching an imported row to a listing already in the dataset. Deliberately simpler than
 * the screening matcher: merging must only pair rows that are plainly the same published name, so it
 * ignores case, accents, punctuation and spacing, and nothing else.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The id-safe form of a name, capped so ids stay readable: "Supermax Corporation Bhd." → "supermax-corporation-bhd". */
export function slugify(name: string, maxLength = 60): string {
  const slug = nameKey(name)
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/\s+/g, "-");
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, "") : slug;
  return cut || "entity";
}

/** Collapses runs of whitespace (including line breaks inside CSV cells and HTML) to one space. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Adds `-2`, `-3`, … until the id is not taken; deterministic for a given input order. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The name without the scope words CBP and DHS append ("and its wholly owned subsidiaries",
 * "(including two aliases: …)") and without a trailing legal form, so that "Supermax Corporation Bhd.
 * and its subsidiaries" pairs with "Supermax Corporation Bhd". Only used together with a matching date.
 */
export function coreNameKey(name: string): string {
  const withoutScope = name
    .replace(/\((?:and|including)\s+\w+\s+alias(?:es)?\s*:.*?\)|\((?:also|formerly)\s+known\s+as.*?\)/gi, " ")
    .replace(/,?\s+and\s+(?:its\s+)?(?:wholly[\s-]owned\s+)?(?:subsidiar(?:y|ies)|subordinate and affiliated entities)\b.*$/i, "");
  return nameKey(withoutScope)
    .replace(/(?:\s+(?:co|company|corp|corporation|ltd|limited|inc|incorporated|llc|l l c|bhd|berhad|sdn|pte|plc|sa|s a|gmbh|group))+$/, "")
    .trim();
}
