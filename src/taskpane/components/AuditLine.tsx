import { Caption1 } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { auditLine } from "../format";
import type { AuditRecord } from "../services";

export function AuditLine(props: { audit: AuditRecord | null }) {
  if (!props.audit) return null;
  return (
    <Caption1 data-testid="audit-line" style={{ display: "flex", gap: 4, alignItems: "center" }}>
      <HistoryRegular aria-hidden />
      {auditLine(props.audit)}
    </Caption1>
  );
}
