import { useCallback, useEffect, useRef, useState } from "react";
import { messageForError, partialWriteMessage, plural } from "../messages";
import type { PaneMessage } from "../messages";
import type { InsertQuestion, ScreenProgress, ScreenReport, ScreenRequest } from "../services";
import { useServices } from "../services";

export type ScreeningPhase = "idle" | "running" | "done";

export interface PendingQuestion {
  question: InsertQuestion;
  answer: (insert: boolean) => void;
}

export interface ScreeningState {
  phase: ScreeningPhase;
  progress: ScreenProgress | null;
  report: ScreenReport | null;
  messages: PaneMessage[];
  /** The confirm-insert question waiting for the user, if any. */
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
  const pendingRef = useRef<PendingQuestion | null>(null);

  const settleQuestion = (insert: boolean) => {
    const pending = pendingRef.current;
    pendingRef.current = null;
    setState((s) => ({ ...s, pending: null }));
    pending?.answer(insert);
  };

  const start = useCallback(
    async (request: ScreenRequest) => {
      if (controller.current) return; // one run at a time; the button is disabled anyway
      const abort = new AbortController();
      controller.current = abort;
      setState({ ...IDLE, phase: "running", status: "Screening started." });

      const confirmInsert = (question: InsertQuestion) =>
        new Promise<boolean>((resolve) => {
          if (abort.signal.aborted) return resolve(false);
          const pending: PendingQuestion = { question, answer: resolve };
          pendingRef.current = pending;
          setState((s) => ({ ...s, pending }));
        });

      try {
        const report = await services.screen(request, {
          signal: abort.signal,
          confirmInsert,
          onProgress: (progress) =>
            setState((s) => ({
              ...s,
              progress,
              status: `Screening: ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} rows.`,
            })),
        });
        const messages: PaneMessage[] = [];
        if (report.partial && report.partial.notWritten > 0) {
          messages.push(partialWriteMessage(report.partial.written, report.partial.notWritten, report.partial.firstMissingRow));
        }
        setState({ phase: "done", progress: null, report, messages, pending: null, status: completionStatus(report) });
      } catch (error) {
        const message: PaneMessage = isAbort(error)
          ? { intent: "info", title: "Screening cancelled", body: "No results were written.", code: "cancelled" }
          : messageForError(error);
        setState({ phase: "idle", progress: null, report: null, messages: [message], pending: null, status: message.title + "." });
      } finally {
        controller.current = null;
        pendingRef.current = null;
      }
    },
    [services],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => ({ ...s, status: "Cancelling…" }));
    // A run waiting on the insert question would otherwise wait for ever.
    if (pendingRef.current) settleQuestion(false);
  }, []);

  const dismissMessage = useCallback((code: string) => {
    setState((s) => ({ ...s, messages: s.messages.filter((m) => m.code !== code) }));
  }, []);

  // Closing the pane mid-run must not leave the controller writing.
  useEffect(() => () => controller.current?.abort(), []);

  return { ...state, start, cancel, answerInsert: settleQuestion, dismissMessage };
}
