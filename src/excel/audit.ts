import { sync } from "./io";
import type { AuditRecord } from "./types";

/** Stored in the workbook (Excel.SettingCollection), so the record travels with the file. */
export const AUDIT_SETTING_KEY = "wroScreen.audit";

/** Queues the record; it is saved by the caller's next sync. */
export function queueAuditRecord(context: Excel.RequestContext, record: AuditRecord): void {
  context.workbook.settings.add(AUDIT_SETTING_KEY, JSON.stringify(record));
}

/** The last screening recorded in this workbook, or null (never screened, or the record is unreadable). */
export async function readAuditRecord(context: Excel.RequestContext): Promise<AuditRecord | null> {
  const setting = context.workbook.settings.getItemOrNullObject(AUDIT_SETTING_KEY);
  setting.load("value");
  await sync(context);
  if (setting.isNullObject) return null;
  return parseAuditRecord(setting.value);
}

export function parseAuditRecord(value: unknown): AuditRecord | null {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!data || typeof data !== "object") return null;
  const r = data as Partial<AuditRecord>;
  if (typeof r.screenedAt !== "string" || typeof r.datasetVersion !== "string" || Number.isNaN(Date.parse(r.screenedAt))) return null;
  return data as AuditRecord;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Screened 26 Nov 2026 14:02 with dataset 2026-11-26" (in the given IANA time zone; the machine's by default). */
export function formatAuditLine(record: AuditRecord, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(record.screenedAt));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const when = `${Number(part("day"))} ${MONTHS[Number(part("month")) - 1]} ${part("year")} ${part("hour")}:${part("minute")}`;
  const suffix = record.complete ? "" : " (incomplete: re-run to finish)";
  return `Screened ${when} with dataset ${record.datasetVersion}${suffix}`;
}
