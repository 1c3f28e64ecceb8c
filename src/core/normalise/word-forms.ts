/**
 * Word forms: generic business words that differ only in their ending ("warehouse", "warehousing"; "innovation",
 * "innovative") are one word to a register, which writes either. Rather than list each pair in the abbreviation table,
 * the generic words that share a stem of at least `minStem` letters once one of the endings is taken off are read as
 * one of them (the abbreviation table's spelling, else the shortest). Only generic words are joined so, never a firm's own words; the endings and the stem
 * length are data (abbreviations.json, wordForms).
 */
export interface WordFormRule {
  /** Endings taken off to find a stem, e.g. "ing", "ion", "ive", "e". */
  endings: string[];
  /** Letters a stem keeps at least: a short stem ("mach" of machine and machinery) is not one word. */
  minStem: number;
}

/** Each generic word that is another form of a generic word, and the form it is read as. */
export function wordFormVariants(
  words: Iterable<string>,
  rule: WordFormRule,
  /** Forms to read the others as, before the shortest: the abbreviation table's own spellings ("cooperative" of "coop"). */
  preferred: (word: string) => boolean = () => false,
): Map<string, string> {
  const byStem = new Map<string, Set<string>>();
  for (const word of words) {
    for (const ending of rule.endings) {
      if (!word.endsWith(ending) || word.length - ending.length < rule.minStem) continue;
      const stem = word.slice(0, word.length - ending.length);
      let forms = byStem.get(stem);
      if (!forms) byStem.set(stem, (forms = new Set()));
      forms.add(word);
    }
  }
  const variants = new Map<string, string>();
  for (const forms of byStem.values()) {
    if (forms.size < 2) continue;
    const sorted = [...forms].sort((a, b) => Number(preferred(b)) - Number(preferred(a)) || a.length - b.length || (a < b ? -1 : 1));
    for (const form of sorted.slice(1)) if (!variants.has(form) && form !== sorted[0]) variants.set(form, sorted[0]);
  }
  // A word read as a form that is itself read as another ("plantations" → "plantation" → …) goes to the last.
  for (const [form, read] of variants) {
    let target = read;
    for (let hops = 0; variants.has(target) && hops < 4; hops++) target = variants.get(target)!;
    variants.set(form, target);
  }
  return variants;
}
