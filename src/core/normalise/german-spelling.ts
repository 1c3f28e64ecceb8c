/**
 * German umlauts as old systems write them (ä → ae): shared by the translation stage (src/core/translate) and the
 * sector reader's compounds (src/core/sector/compound.ts), so that neither imports the other. Pure.
 */

/** German umlauts and ß in the spelling old systems write: ä → ae, ö → oe, ü → ue, ß → ss (lower case). */
export function umlautDigraphs(text: string): string {
  return text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}

/** A text's spellings: itself and, when it has an umlaut or ß, the ae/oe/ue/ss spelling ("Haselnüsse", "haselnuesse"). */
export function germanSpellings(text: string): string[] {
  return /[äöüßÄÖÜ]/.test(text) ? [text, umlautDigraphs(text)] : [text];
}
