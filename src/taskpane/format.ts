const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "26 Nov 2026 14:02" in the user's local time. Written by hand rather than with Intl so the audit
 * line reads the same in every Office locale and in tests.
 */
export function formatAuditTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function auditLine(record: { screenedAt: string; datasetVersion: string; complete?: boolean }): string {
  const date = new Date(record.screenedAt);
  const when = Number.isNaN(date.getTime()) ? record.screenedAt : formatAuditTime(date);
  const incomplete = record.complete === false ? " (incomplete: re-run to finish)" : "";
  return `Screened ${when} with dataset ${record.datasetVersion}${incomplete}`;
}
