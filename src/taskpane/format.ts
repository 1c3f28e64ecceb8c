const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "26 Nov 2026 14:02" in the user's local time. Written by hand rather than with Intl so the audit
 * line reads the same in every Office locale and in tests.
 */
export function formatAuditTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function auditLine(screenedAtIso: string, datasetVersion: string): string {
  const date = new Date(screenedAtIso);
  const when = Number.isNaN(date.getTime()) ? screenedAtIso : formatAuditTime(date);
  return `Screened ${when} with dataset ${datasetVersion}`;
}
