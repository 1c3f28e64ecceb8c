/**
 * Fields of a cell that a register's separator parts ("Name – Standort: … – Risiko: hoch", "Name - Gold Supplier |
 * …"), shared by the cell stages that read such cells (lksg.ts, storefront.ts) and the bracket count facility-list.ts
 * reads too. Pure.
 */

export interface Field {
  text: string;
  /** Where the field starts in the cell. */
  start: number;
  /** Where the break before it starts. */
  breakAt: number;
}

/** How many brackets are open at the end of a text. */
export function openBrackets(text: string): number {
  let d = 0;
  for (const c of text) {
    if (c === "(" || c === "（" || c === "[") d++;
    else if ((c === ")" || c === "）" || c === "]") && d > 0) d--;
  }
  return d;
}

/**
 * The fields of a text parted by `breaks` (a global pattern) outside brackets; `offset`: where the text starts in the
 * cell, added to every position.
 */
export function fieldsOf(text: string, breaks: RegExp, offset = 0): Field[] {
  const out: Field[] = [];
  let from = 0;
  let breakAt = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    if (openBrackets(text.slice(0, m.index)) !== 0) continue;
    out.push({ text: text.slice(from, m.index), start: offset + from, breakAt: offset + breakAt });
    breakAt = m.index;
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: offset + from, breakAt: offset + breakAt });
  return out;
}

/** The words with a letter in a text, bracketed words left out. */
export function wordCount(text: string): number {
  return text
    .replace(/[(（[][^()（）[\]]*[)）\]]/gu, " ")
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
}
