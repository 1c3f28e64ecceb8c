const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "9/18/2023" (CBP's M/D/YYYY) or "2023-09-18" → "2023-09-18"; null when it is not a real date. */
export function parseUsNumericDate(text: string): string | null {
  const s = text.trim();
  // A time of day ("10/21/2021 0:00") appears when the CSV has been opened and re-saved in Excel.
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(s);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** "June 21, 2022", "Jun. 21, 2022" or "Sept 5 2023" (DHS's style), or a numeric date → ISO; null otherwise. */
export function parseLongDate(text: string): string | null {
  const s = text.replace(/[\s\u00a0]+/g, " ").trim();
  const m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const word = m[1].toLowerCase();
    const month = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word))) + 1;
    if (month === 0) return null;
    return iso(Number(m[3]), month, Number(m[2]));
  }
  return parseUsNumericDate(s);
}

/** Every date written in free text (Remarks), in order of appearance. */
export function datesInText(text: string): string[] {
  const found: string[] = [];
  const re = /\b(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = parseLongDate(m[1]);
    if (d) found.push(d);
  }
  return found;
}
