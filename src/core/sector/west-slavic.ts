/**
 * The Polish and Czech tables of the product reader (src/data/sector/polish.json, src/data/sector/czech.json): names of
 * goods in their inflected forms (Polish and Czech inflect nouns and adjectives: "koszulka", "koszulki", "koszulek"),
 * the material adjectives as materials ("bawełniany", "bavlněný": the article's material, as English "cotton"), negations
 * ("bez"), purpose words ("na", "do", "pro", "dla": a good after one is what the product is for), service and charge
 * words ("usługa", "cło", "služba", "poplatek") and the article heads written before the good they govern ("etykiety",
 * "krmivo"). Czech accents fold away as any Latin accent; Polish ł has no accent to fold and is read as l, as ASCII
 * registers write it ("bawelna"). The rule is in docs/sector-risk.md, "Polish and Czech registers". Pure.
 */
import czechJson from "../../data/sector/czech.json";
import polishJson from "../../data/sector/polish.json";
import type { LanguageTable } from "./language-table";

/** The text with the Polish ł written l, as ASCII-folded Polish writes it ("bawełna" → "bawelna"). */
export function lStroke(text: string): string {
  return text.includes("ł") || text.includes("Ł") ? text.replace(/ł/g, "l").replace(/Ł/g, "L") : text;
}

/** The Polish table (src/data/sector/polish.json). */
export function polishTable(): LanguageTable {
  return polishJson as LanguageTable;
}

/** The Czech table (src/data/sector/czech.json). */
export function czechTable(): LanguageTable {
  return czechJson as LanguageTable;
}
