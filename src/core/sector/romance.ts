/**
 * The French, Spanish and Italian tables of the product reader (src/data/sector/french.json, spanish.json,
 * italian.json): the goods that supply notices in these languages name ("fourniture d'ordinateurs portables",
 * "suministro de mobiliario de oficina", "fornitura di divise"), as entries of terms.json, and their service words
 * ("blanchisserie", "limpieza", "noleggio"); and the elision stage (src/data/sector/elision.json): French and Italian
 * write an article or a preposition elided onto the next word ("d'ordinateurs", "l'acquisto", "dell'arredo"), which
 * the tokens would join into one word ("dordinateurs"); it is written apart, in the text and in the terms alike. The
 * rule is in docs/sector-risk.md, "French, Spanish and Italian notices". Pure.
 */
import elisionJson from "../../data/sector/elision.json";
import frenchJson from "../../data/sector/french.json";
import italianJson from "../../data/sector/italian.json";
import spanishJson from "../../data/sector/spanish.json";
import type { LanguageTable } from "./language-table";

/** The French, Spanish and Italian tables. */
export function romanceTables(): LanguageTable[] {
  return [frenchJson, spanishJson, italianJson] as LanguageTable[];
}

const ELIDED = new RegExp(`(?<![\\p{L}\\p{N}])(${(elisionJson.elided as string[]).join("|")})['\u2019](?=\\p{L})`, "giu");

/** The text with each elided word written apart ("d'ordinateurs" → "d ordinateurs"); text without an apostrophe as is. */
export function elide(text: string): string {
  return text.includes("'") || text.includes("\u2019") ? text.replace(ELIDED, "$1 ") : text;
}
