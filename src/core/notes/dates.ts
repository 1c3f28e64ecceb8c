const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2021-10-21" → "21 Oct 2021": unambiguous for UK and US readers alike, and independent of the machine's locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "an unknown date";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
