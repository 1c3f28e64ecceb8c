import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { DECISION_LABELS, DECISION_VALUES, type DecisionCounts, type DecisionValue } from "../../core/decisions";
import type { DecisionListRow } from "../../excel/decisions";
import { rememberReviewerName, rememberedReviewerName, type DecisionServices } from "./decisions-service";

export type DecisionFilter = "undecided" | "confirmed" | "escalated" | "outdated";

const FILTERS: Record<DecisionFilter, string> = {
  undecided: "Flagged and undecided",
  confirmed: "Confirmed",
  escalated: "Escalated",
  outdated: "Outdated decisions",
};

/** Which rows a filter shows; outdated and unrecognised decisions count as undecided. */
export function matchesFilter(row: DecisionListRow, filter: DecisionFilter): boolean {
  switch (filter) {
    case "undecided":
      return row.riskLabel !== "None" && row.riskLabel !== "" && row.state !== "current";
    case "confirmed":
      return row.state === "current" && row.value === "confirmed";
    case "escalated":
      return row.state === "current" && row.value === "escalated";
    case "outdated":
      return row.state === "outdated";
  }
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Decisions about flagged rows: set the decision of the rows selected in Excel (filling "Decided by" with the
 * name the user gave once, and "Decided on" with today), filter the flagged rows by decision, counts by
 * decision, and "Create report".
 */
export function DecisionsPanel(props: { service: DecisionServices; refreshKey?: unknown; onAddColumns?: () => void }) {
  const styles = useStyles();
  const { service } = props;
  const [name, setName] = useState(() => rememberedReviewerName(storage()));
  const [choice, setChoice] = useState<DecisionValue | "">("cleared");
  const [reason, setReason] = useState("");
  const [filter, setFilter] = useState<DecisionFilter>("undecided");
  const [data, setData] = useState<{ rows: DecisionListRow[]; counts: DecisionCounts } | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    service.readDecisions().then(setData, () => setData(null));
  }, [service]);
  useEffect(reload, [reload, props.refreshKey]);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await action());
      reload();
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const decide = () =>
    act(async () => {
      if (!name.trim()) return "Enter your name first: it goes into “Decided by”.";
      rememberReviewerName(storage(), name.trim());
      const count = await service.decideSelected(choice === "" ? null : choice, name.trim(), reason.trim() || undefined);
      return count === 0
        ? "Select rows of the screened list in Excel first."
        : `Decision recorded for ${count} row${count === 1 ? "" : "s"}.`;
    });
  const report = () =>
    act(async () => {
      const written = await service.createReport(name.trim());
      return `Report ${written.created ? "created" : "updated"} on the sheet “${written.sheetName}”.`;
    });

  const shown = data ? data.rows.filter((r) => matchesFilter(r, filter)) : [];
  if (!data && props.onAddColumns) {
    return (
      <section className={styles.root} aria-label="Decisions">
        <Text weight="semibold">Decisions</Text>
        <Text size={200}>
          Record a decision for each flagged supplier (cleared, confirmed, escalated) in columns beside the results. Screening again adds
          them; your decisions are never changed by a run.
        </Text>
        <div className={styles.row}>
          <Button
            onClick={() => {
              service.enable();
              props.onAddColumns?.();
            }}
          >
            Add decision columns
          </Button>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.root} aria-label="Decisions">
      <Text weight="semibold">Decisions</Text>
      {data && (
        <Text data-testid="decision-counts">
          {`${data.counts.undecided} undecided (${data.counts.outdated} outdated), ${data.counts.cleared} cleared, ${data.counts.confirmed} confirmed, ${data.counts.escalated} escalated`}
        </Text>
      )}
      <div className={styles.row}>
        <Field label="Your name (Decided by)">
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label="Decision">
          <Select value={choice} onChange={(_, d) => setChoice(d.value as DecisionValue | "")}>
            {DECISION_VALUES.map((v) => (
              <option key={v} value={v}>
                {DECISION_LABELS[v]}
              </option>
            ))}
            <option value="">(blank: clear the decision)</option>
          </Select>
        </Field>
        <Field label="Reason (optional)">
          <Input value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void decide()}>
          Set for selected rows
        </Button>
      </div>
      <div className={styles.row}>
        <Field label="Show">
          <Select value={filter} onChange={(_, d) => setFilter(d.value as DecisionFilter)}>
            {(Object.keys(FILTERS) as DecisionFilter[]).map((f) => (
              <option key={f} value={f}>
                {FILTERS[f]}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy} onClick={() => void report()}>
          Create report
        </Button>
      </div>
      {data && (
        <ul className={styles.list} data-testid="decision-rows">
          {shown.slice(0, 200).map((r) => (
            <li key={r.rowNumber}>
              <Text
                size={200}
              >{`Row ${r.rowNumber}: ${r.supplier} (${r.riskLabel})${r.value ? ` · ${DECISION_LABELS[r.value]}` : ""}${r.message ? ` · ${r.message}` : ""}`}</Text>
            </li>
          ))}
          {shown.length === 0 && <Text size={200}>No rows.</Text>}
        </ul>
      )}
      <Text role="status" aria-live="polite" data-testid="decision-status">
        {status}
      </Text>
    </section>
  );
}
