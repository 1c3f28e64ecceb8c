import { useCallback, useEffect, useRef, useState } from "react";
import { messageForError } from "../messages";
import type { PaneMessage } from "../messages";
import type { SelectionSummary } from "../services";
import { useServices } from "../services";

export interface SelectionState {
  loading: boolean;
  summary: SelectionSummary | null;
  message: PaneMessage | null;
}

/** Excel fires a selection event per cell while the user drags; wait for the drag to settle. */
export const SELECTION_SETTLE_MS = 250;

export function useSelection(): SelectionState & { refresh: () => void } {
  const services = useServices();
  const [state, setState] = useState<SelectionState>({ loading: true, summary: null, message: null });
  // Only the latest request may update the state: an older, slower describeSelection must not win.
  const latestRequest = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(() => {
    const request = ++latestRequest.current;
    setState((previous) => ({ ...previous, loading: true }));
    services.describeSelection().then(
      (summary) => {
        if (!mounted.current || request !== latestRequest.current) return;
        setState({ loading: false, summary, message: null });
      },
      (error: unknown) => {
        if (!mounted.current || request !== latestRequest.current) return;
        setState({ loading: false, summary: null, message: messageForError(error) });
      },
    );
  }, [services]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = services.onSelectionChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, SELECTION_SETTLE_MS);
    });
    return () => {
      mounted.current = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [services, refresh]);

  return { ...state, refresh };
}
