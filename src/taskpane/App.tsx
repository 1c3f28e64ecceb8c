import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { AuditLine } from "./components/AuditLine";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { DatasetSummary } from "./components/DatasetSummary";
import { FlaggedList } from "./components/FlaggedList";
import { Messages } from "./components/Messages";
import { ResultsSummary } from "./components/ResultsSummary";
import { ScreenControls } from "./components/ScreenControls";
import { SelectionPanel } from "./components/SelectionPanel";
import { useScreening } from "./hooks/useScreening";
import { useSelection } from "./hooks/useSelection";
import { messageForError } from "./messages";
import type { PaneMessage } from "./messages";
import type { AuditRecord } from "./services";
import { useServices } from "./services";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // The hidden attribute alone loses to display:flex, so hidden panels need their own rule.
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, "&[hidden]": { display: "none" } },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

type TabId = "screen" | "dataset";

export interface AppProps {
  /** The Dataset tab's content; index.tsx passes the full dataset manager, tests may omit it. */
  datasetView?: ReactNode;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("screen");
  return (
    <main className={styles.root}>
      <Text as="h1" weight="semibold" size={500}>
        Forced-labour screening
      </Text>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label="Pane sections">
        <Tab value="screen">Screen</Tab>
        <Tab value="dataset">Dataset</Tab>
      </TabList>
      {/* Kept mounted while hidden so a run in progress and its results survive a look at the Dataset tab. */}
      <div className={styles.panel} hidden={tab !== "screen"} role="tabpanel" aria-label="Screen">
        <ScreenTab />
      </div>
      <div className={styles.panel} hidden={tab !== "dataset"} role="tabpanel" aria-label="Dataset">
        {props.datasetView ?? <DatasetSummary />}
      </div>
    </main>
  );
}

function ScreenTab() {
  const styles = useStyles();
  const services = useServices();
  const selection = useSelection();
  const screening = useScreening();
  const [countryKey, setCountryKey] = useState<string | null>(null);
  const [productKey, setProductKey] = useState<string | null>(null);
  const [audit, setAudit] = useState<AuditRecord | null>(null);
  const [actionMessage, setActionMessage] = useState<PaneMessage | null>(null);
  const [actionStatus, setActionStatus] = useState("");
  const [actionBusy, setActionBusy] = useState(false);

  // Pre-fill the optional columns from the headers the adapter recognised, but never override a choice.
  const summary = selection.summary;
  useEffect(() => {
    if (!summary) return;
    const keys = new Set(summary.headers.map((h) => h.key));
    setCountryKey((current) => (current && keys.has(current) ? current : (summary.suggestedCountryKey ?? null)));
    setProductKey((current) => (current && keys.has(current) ? current : (summary.suggestedProductKey ?? null)));
  }, [summary]);

  const loadAudit = useCallback(() => {
    services.readAudit().then(setAudit, () => setAudit(null));
  }, [services]);
  useEffect(loadAudit, [loadAudit]);
  useEffect(() => {
    if (screening.phase === "done") loadAudit();
  }, [screening.phase, loadAudit]);

  const runAction = useCallback(async (action: () => Promise<void>, doneStatus: string) => {
    setActionBusy(true);
    setActionMessage(null);
    try {
      await action();
      setActionStatus(doneStatus);
    } catch (error) {
      setActionMessage(messageForError(error));
    } finally {
      setActionBusy(false);
    }
  }, []);

  const running = screening.phase === "running";
  const messages = [...(selection.message ? [selection.message] : []), ...screening.messages, ...(actionMessage ? [actionMessage] : [])];
  const report = screening.report;

  return (
    <>
      <SelectionPanel
        selection={selection}
        onRefresh={selection.refresh}
        countryKey={countryKey}
        productKey={productKey}
        onCountryChange={setCountryKey}
        onProductChange={setProductKey}
        disabled={running}
      />
      <ScreenControls
        running={running}
        canScreen={!!selection.summary && !selection.loading}
        progress={screening.progress}
        onScreen={() => void screening.start({ countryKey, productKey })}
        onCancel={screening.cancel}
      />
      <Messages
        messages={messages}
        onDismiss={(code) => {
          if (actionMessage?.code === code) setActionMessage(null);
          screening.dismissMessage(code);
        }}
      />
      <ConfirmDialog pending={screening.pending} onAnswer={screening.answerQuestion} />
      {report && (
        <>
          <ResultsSummary report={report} />
          <FlaggedList
            rows={report.flagged}
            busy={actionBusy}
            onSelectRow={(row) => void runAction(() => services.selectRow(row), `Row ${row} selected in Excel.`)}
            onShowFlaggedOnly={() => void runAction(() => services.showFlaggedOnly(), "Showing flagged rows only.")}
            onClearFilter={() => void runAction(() => services.clearFilter(), "Filter cleared; all rows shown.")}
          />
        </>
      )}
      <AuditLine audit={audit} />
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="live-status">
        {screening.status}
      </div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="action-status">
        {actionStatus}
      </div>
    </>
  );
}
