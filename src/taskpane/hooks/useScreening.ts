import { useCallback, useEffect, useRef, useState } from "react";
import { filterNoticeMessage, messageForError, partialWriteMessage, plural } from "../messages";
import type { PaneMessage } from "../messages";
import type { PendingQuestion } from "../components/ConfirmDialog";
import type { ScreenProgress, ScreenReport, ScreenRequest } from "../services";
import { useServices } from "../services";

export type ScreeningPhase = "idle" | "running" | "done";

interface Waiting {
  pending: PendingQuestion;
  answer: (yes: boolean) => void;
}

export interface ScreeningState {
  phase: ScreeningPhase;
  progress: ScreenProgress | null;
  report: ScreenReport | null;
  messages: PaneMessage[];
  /** The question (insert columns, very large selection) the run is waiting on, if any. */
  pending: PendingQuestion | null;
  /** One sentence for the aria-live region: progress while running, the outcome afterwards. */
  status: string;
}

const IDLE: ScreeningState = { phase: "idle", progress: null, report: null, messages: [], pending: null, status: "" };

function isAbort(error: unknown): boolean {
  return !!error && typeof error === "object" && (error as { name?: unknown }).name === "AbortError";
}

export function completionStatus(report: ScreenReport): string {
  const flagged = report.counts.high + report.counts.review;
  const screened = report.cancelled ? "Screening cancelled" : "Screening finished";
  return `${screened}: ${plural(report.total, "row")} screened, ${flagged} flagged (${report.counts.high} high, ${report.counts.review} review).`;
}

export function useScreening() {
  const services = useServices();
  const [state, setState] = useState<ScreeningState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const waiting = useRef<Waiting | null>(null);

  const settleQuestion = useCallback((yes: boolean) => {
    const current = waiting.current;
    waiting.current = null;
    setState((s) => ({ ...s, pending: null }));
    current?.answer(yes);
  }, []);

  const start = useCallback(
    async (request: ScreenRequest) => {
      if (controller.current) return; // one run at a time; the button is disabled anyway
      const abort = new AbortController();
      controller.current = abort;
      setState({ ...IDLE, phase: "running", status: "Screening started." });

      const ask = (pending: PendingQuestion) =>
        new Promise<boolean>((resolve) => {
          if (abort.signal.aborted) return resolve(false);
          waiting.current = { pending, answer: resolve };
          setState((s) => ({ ...s, pending }));
        });

      try {
        const report = await services.screen(request, {
          signal: abort.signal,
          confirmInsert: (question) => ask({ kind: "insert", question }),
          confirmLargeSelection: (question) => ask({ kind: "large-selection", question }),
          onProgress: (progress) =>
            setState((s) => ({
              ...s,
              progress,
              status: progress.activity
                ? `${progress.activity}.`
                : `Screening: ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} rows.`,
            })),
        });
        const messages: PaneMessage[] = [];
        if (report.partial && report.partial.notWritten > 0) {
          messages.push(partialWriteMessage(report.partial.written, report.partial.notWritten, report.partial.firstMissingRow));
        }
        if (report.filterNotice) messages.push(filterNoticeMessage(report.filterNotice));
        setState({ phase: "done", progress: null, report, messages, pending: null, status: completionStatus(report) });
      } catch (error) {
        const message: PaneMessage = isAbort(error)
          ? { intent: "info", title: "Screening cancelled", body: "No results were written.", code: "cancelled" }
          : messageForError(error);
        setState({ phase: "idle", progress: null, report: null, messages: [message], pending: null, status: message.title + "." });
      } finally {
        controller.current = null;
        waiting.current = null;
      }
    },
    [services],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => ({ ...s, status: "Cancelling…" }));
    // A run waiting on the insert question would otherwise wait for ever.
    if (waiting.current) settleQuestion(false);
  }, [settleQuestion]);

  const dismissMessage = useCallback((code: string) => {
    setState((s) => ({ ...s, messages: s.messages.filter((m) => m.code !== code) }));
  }, []);

  // Closing the pane mid-run must not leave the controller writing.
  useEffect(() => () => controller.current?.abort(), []);

  return { ...state, start, cancel, answerQuestion: settleQuestion, dismissMessage };
}
