import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AuditLine } from "./components/AuditLine";
import { DatasetSummary } from "./components/DatasetSummary";
import { FlaggedList } from "./components/FlaggedList";
import { Messages } from "./components/Messages";
import { ResultsSummary } from "./components/ResultsSummary";
import { ScreenControls } from "./components/ScreenControls";
import { SectorSummary } from "./components/SectorSummary";
import { SelectionPanel } from "./components/SelectionPanel";
import { useScreening } from "./hooks/useScreening";
import { useSelection } from "./hooks/useSelection";
import { messageForError } from "./messages";
import type { PaneMessage } from "./messages";
import type { AuditRecord, HeaderOption, LastResults } from "./services";
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

/**
 * The confirm dialog (Fluent Dialog and its portal and motion code) is fetched the first time a run has a
 * question, which most runs never have; this keeps it out of the bundle every pane start downloads.
 */
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm-dialog" */ "./components/ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);

/**
 * The decisions section (and with it the decision and report code: src/taskpane/decisions, src/excel/decisions,
 * src/core/report) is fetched once there are results to decide on, not with the pane's first download.
 */
const DecisionsPanel = lazy(() =>
  import(/* webpackChunkName: "decisions" */ "./decisions/DecisionsPanel").then((m) => ({ default: m.DecisionsPanel })),
);

/** What the Dataset tab may ask of the rest of the pane. */
export interface PaneActions {
  /** Switches to the Screen tab and screens the current selection again (after a dataset change). */
  rescreen: () => void;
}

export interface AppProps {
  /** The Dataset tab's content; index.tsx passes the dataset manager, tests may omit it or pass a function of the pane's actions. */
  datasetView?: ReactNode | ((actions: PaneActions) => ReactNode);
}

export function App(props: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("screen");
  // The dataset manager is mounted on first visit (it may be a lazily loaded chunk) and then kept, so an
  // update in progress survives a look at the Screen tab.
  const [datasetVisited, setDatasetVisited] = useState(false);
  if (tab === "dataset" && !datasetVisited) setDatasetVisited(true);
  // Incremented to ask the Screen tab for a run; a counter so two requests in a row both count.
  const [rescreenRequests, setRescreenRequests] = useState(0);
  const actions: PaneActions = {
    rescreen: () => {
      setTab("screen");
      setRescreenRequests((n) => n + 1);
    },
  };
  const datasetView = typeof props.datasetView === "function" ? props.datasetView(actions) : props.datasetView;
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
        <ScreenTab rescreenRequests={rescreenRequests} />
      </div>
      <div className={styles.panel} hidden={tab !== "dataset"} role="tabpanel" aria-label="Dataset">
        {(tab === "dataset" || datasetVisited) && (datasetView ?? <DatasetSummary />)}
      </div>
    </main>
  );
}

/** The key of the column the user chose, in the new header list: the same header text, or the same key if its text is blank. */
export function followColumn(key: string, before: HeaderOption[], after: HeaderOption[]): string | null {
  const chosen = before.find((h) => h.key === key);
  const text = chosen?.text ?? "";
  if (text) return after.find((h) => h.text === text)?.key ?? null;
  return after.some((h) => h.key === key) ? key : null;
}

function ScreenTab(props: { rescreenRequests: number }) {
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

  // Pre-fill the optional columns from the headers the adapter recognised, but keep the user's choice, following
  // it by header text when columns move (inserting the result columns shifts everything to their right).
  const summary = selection.summary;
  const previousHeaders = useRef<HeaderOption[]>([]);
  useEffect(() => {
    if (!summary) return;
    const before = previousHeaders.current;
    previousHeaders.current = summary.headers;
    const follow = (current: string | null, suggested: string | null | undefined) =>
      current === null ? (suggested ?? null) : (followColumn(current, before, summary.headers) ?? suggested ?? null);
    setCountryKey((current) => follow(current, summary.suggestedCountryKey));
    setProductKey((current) => follow(current, summary.suggestedProductKey));
  }, [summary]);

  // Results already in the workbook are shown on open, until this session's first run replaces them.
  const [lastResults, setLastResults] = useState<LastResults | null>(null);
  useEffect(() => {
    let current = true;
    services.readLastResults().then(
      (results) => current && setLastResults(results),
      // Only a convenience: the sheet may have been renamed or deleted since; Screen works regardless.
      (error: unknown) => console.warn("WRO screen: could not read the previous results:", error),
    );
    return () => {
      current = false;
    };
  }, [services]);

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
  const canScreen = !!selection.summary && !selection.loading;

  // A re-screen asked for by the Dataset tab. Ignored while a run is going or there is no usable selection: that
  // run keeps the dataset it started with, and the Screen button stays there for a run by hand.
  const handledRescreens = useRef(props.rescreenRequests);
  useEffect(() => {
    if (props.rescreenRequests === handledRescreens.current) return;
    handledRescreens.current = props.rescreenRequests;
    if (!running && canScreen) void screening.start({ countryKey, productKey });
  }, [props.rescreenRequests, running, canScreen, screening, countryKey, productKey]);
  // Once a run starts, the sheet no longer matches what was read at open, even if the run then fails; and once it
  // ends, columns may have moved, so the selection is described again.
  const wasRunning = useRef(false);
  const refreshSelection = selection.refresh;
  useEffect(() => {
    if (running) setLastResults(null);
    else if (wasRunning.current) refreshSelection();
    wasRunning.current = running;
  }, [running, refreshSelection]);

  const messages = [...screening.messages, ...(actionMessage ? [actionMessage] : [])];
  const report = screening.report ?? lastResults?.report ?? null;
  const restored = !screening.report && report !== null;

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
        canScreen={canScreen}
        progress={screening.progress}
        onScreen={() => void screening.start({ countryKey, productKey })}
        onCancel={screening.cancel}
      />
      {/* The selection message describes the sheet as it is now, so it goes away by fixing the selection, not by a close button. */}
      <Messages messages={selection.message ? [selection.message] : []} />
      <Messages
        messages={messages}
        onDismiss={(code) => {
          if (actionMessage?.code === code) setActionMessage(null);
          screening.dismissMessage(code);
        }}
      />
      {screening.pending && (
        <Suspense fallback={null}>
          <ConfirmDialog pending={screening.pending} onAnswer={screening.answerQuestion} />
        </Suspense>
      )}
      {report && (
        <>
          <ResultsSummary
            report={report}
            caption={restored ? `Results already on the sheet “${lastResults!.sheetName}” from the last run.` : undefined}
          />
          <FlaggedList
            rows={report.flagged}
            busy={actionBusy}
            onSelectRow={(row) => void runAction(() => services.selectRow(row), `Row ${row} selected in Excel.`)}
            onShowFlaggedOnly={() => void runAction(() => services.showFlaggedOnly(), "Showing flagged rows only.")}
            onClearFilter={() => void runAction(() => services.clearFilter(), "Filter cleared; all rows shown.")}
          />
          {report.sector && (
            <SectorSummary
              sector={report.sector}
              busy={actionBusy}
              onShowSectorRisk={() => void runAction(() => services.showSectorRisk(), "Showing rows with a sector risk only.")}
            />
          )}
        </>
      )}
      {report && services.decisions && (
        <Suspense fallback={null}>
          <DecisionsPanel
            service={services.decisions}
            refreshKey={report}
            onAddColumns={running || !canScreen ? undefined : () => void screening.start({ countryKey, productKey })}
          />
        </Suspense>
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
