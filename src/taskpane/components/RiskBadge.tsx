import { Badge } from "@fluentui/react-components";
import { RISK_LABELS } from "../../core/screening/types";
import type { Risk } from "../../core/screening/types";

const COLORS: Record<Risk, "danger" | "warning" | "informative" | "subtle"> = {
  high: "danger",
  review: "warning",
  lifted: "informative",
  none: "subtle",
};

export function RiskBadge(props: { risk: Risk }) {
  return (
    <Badge appearance="filled" color={COLORS[props.risk]} shape="rounded">
      {RISK_LABELS[props.risk]}
    </Badge>
  );
}
