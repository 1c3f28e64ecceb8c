import { Button, Checkbox, Field, Input, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUndoRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { datasetCounts, STATUS_GROUP_LABELS, STATUS_GROUPS } from "../../core/dataset/counts";
import { datasetFingerprint } from "../../core/dataset/load";
import type { Dataset, ListKind } from "../../core/dataset/schema";
import {
  describeStatusChange,
  describeUpdateError,
  fetchFile,
  FORMAT_LABELS,
  ImportError,
  MAX_IMPORT_BYTES,
  formatBytes,
  planUpdate,
  type FetchLike,
  type UpdatePlan,
  unresolvedAmbiguities,
} from "../../core/importers";
import type { ApplyResult, StoredDatasetInfo } from "../../addin/dataset-store";

/** The parts of DatasetStore the view uses; tests pass a fake. */
export interface DatasetViewStore {
  readonly canStore: boolean;
  applyDataset(value: unknown, origin: string): Promise<ApplyResult>;
  rollBack(target: "previous" | "bundled"): Promise<Dataset>;
  describe(): Promise<{ current: StoredDatasetInfo | null; previous: StoredDatasetInfo | null; problem: string | null }>;
}

export interface DatasetViewProps<S = unknown> {
  store: DatasetViewStore;
  /** The dataset in use (from the shared runtime). */
  getDataset: () => Dataset;
  /** Subscribes to dataset changes made elsewhere (another pane action, start-up); returns an unsubscribe function. */
  onDatasetChanged: (listener: () => void) => () => void;
  createScreener: (dataset: Dataset) => S;
  /** Counts the rows of the current sheet whose risk differs under `screener`; omitted where there is no sheet. */
  previewSheetImpact?: (screener: S) => Promise<{ changed: number }>;
  /** Re-screens the current sheet with the dataset now in use. */
  onRescreen?: () => void | Promise<void>;
  fetch?: FetchLike;
  /** YYYY-MM-DD; injected for deterministic tests. */
  today?: () => string;
  /** Reason the stored dataset was not used at start-up, if any. */
  startupProblem?: string | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  table: { borderCollapse: "collapse", "& td": { paddingInlineEnd: tokens.spacingHorizontalM } },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, wordBreak: "break-all" },
  list: { margin: 0, paddingInlineStart: "18px" },
});

const LIST_LABELS: Record<ListKind, string> = {
  cbp_wro: "CBP Withhold Release Orders",
  cbp_finding: "CBP Findings",
  uflpa: "UFLPA Entity List",
};
const PREVIEW_LIMIT = 8;

const NOTICE_COLOURS = {
  success: tokens.colorPaletteGreenBorder2,
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteYellowBorder2,
  info: tokens.colorNeutralStroke1,
} as const;

/**
 * A plain notice rather than Fluent's MessageBar: MessageBar needs ResizeObserver, which the pane's
 * jsdom tests do not have, and the pane mounts this view in those tests.
 */
function Notice(props: { intent: keyof typeof NOTICE_COLOURS; title?: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div
      role={props.intent === "error" ? "alert" : "status"}
      style={{
        borderInlineStart: `4px solid ${NOTICE_COLOURS[props.intent]}`,
        background: tokens.colorNeutralBackground2,
        padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
        display: "flex",
        flexDirection: "column",
        gap: tokens.spacingVerticalXS,
      }}
    >
      {props.title && <Text weight="semibold">{props.title}</Text>}
      <Text>{props.children}</Text>
      {props.actions && <div>{props.actions}</div>}
    </div>
  );
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Blob.arrayBuffer where the host has it, FileReader otherwise (older WebViews). */
function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

interface PendingUpdate {
  plan: UpdatePlan;
  origin: string;
  bytes: Uint8Array;
  force: boolean;
  /** The user ticked "mark these listings as removed": the plan was made with applyRemovals. */
  applyRemovals: boolean;
  /** The user's answers for rows that could be one of several listings: the plan was made with them. */
  resolutions: Record<string, string>;
}

type Notice = { intent: "success" | "error" | "warning" | "info"; title: string; text: string } | null;

/** Listings by list and by status, worked out from the dataset in use (src/core/dataset/counts.ts). */
function Counts({ dataset }: { dataset: Dataset }) {
  const styles = useStyles();
  const rows = datasetCounts(dataset).filter((r) => r.listings > 0);
  const groups = STATUS_GROUPS.filter((g) => rows.some((r) => r.byStatus[g] > 0));
  return (
    <table className={styles.table} aria-label="Listings by list and status">
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Listings</th>
          {groups.map((g) => (
            <th scope="col" key={g}>
              {STATUS_GROUP_LABELS[g]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.list}>
            <th scope="row">{r.list === "all" ? "All lists" : LIST_LABELS[r.list]}</th>
            <td>{r.listings.toLocaleString("en-US")}</td>
            {groups.map((g) => (
              <td key={g}>{r.byStatus[g].toLocaleString("en-US")}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Preview({
  pending,
  onApplyRemovals,
  onResolve,
}: {
  pending: PendingUpdate;
  onApplyRemovals: (apply: boolean) => void;
  onResolve: (entry: string, answer: string) => void;
}) {
  const styles = useStyles();
  const { diff, warnings, report } = pending.plan;
  const items = <T,>(title: string, list: T[], render: (x: T) => string) =>
    list.length > 0 && (
      <div>
        <Text weight="semibold">
          {title} ({list.length})
        </Text>
        <ul className={styles.list}>
          {list.slice(0, PREVIEW_LIMIT).map((x, i) => (
            <li key={i}>{render(x)}</li>
          ))}
          {list.length > PREVIEW_LIMIT && <li>… and {list.length - PREVIEW_LIMIT} more</li>}
        </ul>
      </div>
    );
  const nothing =
    !diff.added.length && !diff.removed.length && !diff.statusChanged.length && !diff.namesChanged.length && !diff.otherChanged.length;
  return (
    <section aria-label="Changes in this update" className={styles.root}>
      <Text>
        {FORMAT_LABELS[pending.plan.format]} from {pending.origin}: version {diff.from.version} → {diff.to.version}, {diff.from.listings} →{" "}
        {diff.to.listings} listings.
      </Text>
      {report && (
        <Text data-testid="dataset-import-counts">
          Added {report.added.length}, renamed {report.renamed.length}, status changed {report.statusChanged.length}, not in this file{" "}
          {report.notInFile.length}
          {report.removed.length > 0 ? `, marked removed ${report.removed.length}` : ""}.
        </Text>
      )}
      {nothing && <Text>No changes: the file says what the dataset already says.</Text>}
      {items("Added", diff.added, (l) => `${l.name} (${LIST_LABELS[l.list]}${l.dateIssued ? `, ${l.dateIssued}` : ""})`)}
      {items("Removed from the dataset", diff.removed, (l) => l.name)}
      {items("Status changed", diff.statusChanged, describeStatusChange)}
      {items(
        "Section changed",
        diff.otherChanged.filter((c) => c.fields.includes("section")),
        (c) => c.name,
      )}
      {diff.namesChanged.length > 0 && <Text>Names added or changed for {diff.namesChanged.length} listing(s).</Text>}
      {diff.otherChanged.length > 0 && <Text>Dates, sources or other facts updated for {diff.otherChanged.length} listing(s).</Text>}
      {report && report.notInFile.length > 0 && (
        <Text>
          {report.notInFile.length} listing(s) are not in this file and stay in force
          {report.proposedRemovals.length > 0 ? " unless you confirm their removal below" : ""}.
        </Text>
      )}
      {report && report.proposedRemovals.length > 0 && (
        <div>
          <Checkbox
            checked={pending.applyRemovals}
            onChange={(_, d) => onApplyRemovals(d.checked === true)}
            label={`Mark these ${report.proposedRemovals.length} listing(s) as removed from the list (listings dated after the file are never proposed)`}
          />
          <ul className={styles.list} aria-label="Listings that would be marked removed">
            {report.proposedRemovals.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </div>
      )}
      {report && report.ambiguities.length > 0 && (
        <div aria-label="Rows that could be one of several listings">
          <Text weight="semibold">Could be one of several listings ({report.ambiguities.length}): nothing is merged by guess</Text>
          {report.ambiguities.map((a) => (
            <Field
              key={a.entry}
              label={`"${a.entry}"${a.line ? ` (line ${a.line})` : ""} could be ${a.candidates.map((c) => `"${c.name}"`).join(" or ")}. Which is it?`}
              validationState={a.resolution === null ? "warning" : "none"}
              validationMessage={a.resolution === null ? "Answer before applying." : undefined}
            >
              <Select value={a.resolution ?? ""} onChange={(_, d) => onResolve(a.entry, d.value)}>
                <option value="">Choose…</option>
                {a.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    It is {c.name} ({c.id})
                  </option>
                ))}
                <option value="new">A listing of its own (add it)</option>
                <option value="skip">Leave it out of this update</option>
              </Select>
            </Field>
          ))}
        </div>
      )}
      {items("Warnings", warnings, (w) => w)}
    </section>
  );
}

export function DatasetView<S>(props: DatasetViewProps<S>) {
  const styles = useStyles();
  const { store, getDataset, onDatasetChanged } = props;
  const [dataset, setDataset] = useState(getDataset);
  const [stored, setStored] = useState<{ previous: StoredDatasetInfo | null; current: StoredDatasetInfo | null } | null>(null);
  const [pending, setPending] = useState<PendingUpdate | null>(null);
  const [forceable, setForceable] = useState<{ bytes: Uint8Array; origin: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(
    props.startupProblem ? { intent: "warning", title: "Stored dataset not used", text: props.startupProblem } : null,
  );
  const [impact, setImpact] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const today = props.today ?? todayUtc;

  const refreshStored = useCallback(() => {
    store.describe().then(
      (d) => setStored(d),
      () => setStored(null),
    );
  }, [store]);

  useEffect(() => {
    refreshStored();
    return onDatasetChanged(() => {
      setDataset(getDataset());
      refreshStored();
    });
  }, [getDataset, onDatasetChanged, refreshStored]);

  const fingerprint = useMemo(() => datasetFingerprint(dataset), [dataset]);

  const plan = (bytes: Uint8Array, origin: string, force: boolean, applyRemovals = false, resolutions: Record<string, string> = {}) => {
    setImpact(null);
    setForceable(null);
    try {
      setPending({
        plan: planUpdate(getDataset(), bytes, { fileName: origin, today: today(), force, applyRemovals, resolutions }),
        origin,
        bytes,
        force,
        applyRemovals,
        resolutions,
      });
      setNotice(null);
    } catch (e) {
      setPending(null);
      if (e instanceof ImportError && e.code === "unsafe_update") setForceable({ bytes, origin });
      setNotice({ intent: "error", title: "Update not used", text: `${describeUpdateError(e)} The current dataset stays in force.` });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setPending(null);
      setNotice({
        intent: "error",
        title: "File too large",
        text: `${file.name} is ${formatBytes(file.size)}, over the ${formatBytes(MAX_IMPORT_BYTES)} limit; it was not read.`,
      });
      return;
    }
    setBusy(true);
    try {
      plan(await readFileBytes(file), file.name, false);
    } catch (e) {
      setNotice({ intent: "error", title: "File not read", text: `${file.name} could not be read: ${(e as Error)?.message ?? String(e)}` });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  const onFetch = async () => {
    if (!props.fetch) return;
    setBusy(true);
    try {
      const fetched = await fetchFile(address, { fetch: props.fetch });
      plan(fetched.bytes, fetched.url, false);
    } catch (e) {
      setPending(null);
      setNotice({ intent: "error", title: "Download failed", text: `${describeUpdateError(e)} The current dataset stays in force.` });
    } finally {
      setBusy(false);
    }
  };

  const onApply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await store.applyDataset(pending.plan.next, pending.origin);
      setPending(null);
      setNotice({
        intent: "success",
        title: "Dataset updated",
        text: `Now screening with version ${result.info.version}.${result.note ? ` ${result.note}` : ""}`,
      });
      if (props.previewSheetImpact) {
        try {
          setImpact((await props.previewSheetImpact(props.createScreener(pending.plan.next))).changed);
        } catch {
          setImpact(null); // No sheet open, or the sheet could not be read: nothing to offer.
        }
      }
    } catch (e) {
      setNotice({
        intent: "error",
        title: "Update not applied",
        text: `${(e as Error)?.message ?? String(e)} The current dataset stays in force.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const onRollBack = async (target: "previous" | "bundled") => {
    setBusy(true);
    setPending(null);
    setImpact(null);
    try {
      const restored = await store.rollBack(target);
      setNotice({
        intent: "success",
        title: "Rolled back",
        text: `Now screening with version ${restored.version} (${target === "bundled" ? "the bundled dataset" : "the dataset used before"}).`,
      });
      if (props.previewSheetImpact) {
        try {
          setImpact((await props.previewSheetImpact(props.createScreener(restored))).changed);
        } catch {
          setImpact(null);
        }
      }
    } catch (e) {
      setNotice({ intent: "error", title: "Roll-back failed", text: (e as Error)?.message ?? String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dataset-update-heading" className={styles.root}>
      <Text as="h2" id="dataset-update-heading" weight="semibold" size={400}>
        Dataset
      </Text>
      <Text data-testid="dataset-view-version">
        Version {dataset.version}, compiled {dataset.compiled}: {dataset.listings.length.toLocaleString("en-US")} listings.
      </Text>
      <Counts dataset={dataset} />
      <ul className={styles.list} aria-label="Dataset sources">
        {dataset.sources.map((s) => (
          <li key={`${s.name}|${s.address}`}>
            {/^https:\/\//.test(s.address) ? (
              <Link href={s.address} target="_blank" rel="noreferrer">
                {s.name}
              </Link>
            ) : (
              <Text>
                {s.name}: {s.address}
              </Text>
            )}
            {s.retrieved && <Text> (retrieved {s.retrieved})</Text>}
          </li>
        ))}
      </ul>
      <Text className={styles.hash} data-testid="dataset-sha256">
        SHA-256 {fingerprint}
      </Text>

      {!store.canStore && <Notice intent="warning">This copy of Excel offers no storage for add-ins, so updates cannot be kept.</Notice>}

      <div className={styles.row}>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,.html,.htm"
          aria-label="Dataset update file"
          style={{ display: "none" }}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button icon={<DocumentArrowUpRegular />} disabled={busy || !store.canStore} onClick={() => fileInput.current?.click()}>
          Update from file…
        </Button>
      </div>
      {props.fetch && (
        <div className={styles.row}>
          <Field label="Update from address (https only)">
            <Input type="url" value={address} placeholder="https://…/wro-dataset.json" onChange={(_, d) => setAddress(d.value)} />
          </Field>
          <Button icon={<ArrowDownloadRegular />} disabled={busy || !address.trim() || !store.canStore} onClick={() => void onFetch()}>
            Download
          </Button>
        </div>
      )}

      {notice && (
        <Notice intent={notice.intent} title={notice.title}>
          {notice.text}
        </Notice>
      )}
      {forceable && (
        <Button appearance="secondary" disabled={busy} onClick={() => plan(forceable.bytes, forceable.origin, true)}>
          Preview anyway
        </Button>
      )}

      {pending && (
        <>
          <Preview
            pending={pending}
            onApplyRemovals={(apply) => plan(pending.bytes, pending.origin, pending.force, apply, pending.resolutions)}
            onResolve={(entry, answer) => {
              const resolutions = { ...pending.resolutions };
              if (answer) resolutions[entry] = answer;
              else delete resolutions[entry];
              plan(pending.bytes, pending.origin, pending.force, pending.applyRemovals, resolutions);
            }}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy || unresolvedAmbiguities(pending.plan.report).length > 0}
              onClick={() => void onApply()}
            >
              Apply
            </Button>
            <Button disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </>
      )}

      {impact !== null && (
        <Notice
          intent={impact > 0 ? "warning" : "info"}
          actions={
            impact > 0 &&
            props.onRescreen && (
              <Button
                appearance="primary"
                size="small"
                onClick={() => {
                  setImpact(null);
                  void props.onRescreen!();
                }}
              >
                Re-screen
              </Button>
            )
          }
        >
          {impact > 0
            ? `${impact} supplier${impact === 1 ? "" : "s"} in this sheet change${impact === 1 ? "s" : ""} risk with the new dataset: re-screen?`
            : "No supplier in this sheet changes risk with the new dataset."}
        </Notice>
      )}

      <div className={styles.row}>
        <Button icon={<ArrowUndoRegular />} disabled={busy || !stored?.previous} onClick={() => void onRollBack("previous")}>
          Roll back to previous{stored?.previous ? ` (${stored.previous.version})` : ""}
        </Button>
        <Button disabled={busy || !store.canStore} onClick={() => void onRollBack("bundled")}>
          Roll back to bundled
        </Button>
      </div>
    </section>
  );
}
