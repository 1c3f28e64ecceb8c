/**
 * Whether the task pane is showing. In a shared runtime the page stays alive when the user closes the pane,
 * and Excel may start it with no pane at all, only to run =WRORISK and =WROSCREEN. Pane work (tracking the
 * selection, reading earlier results at start-up, screening) must then wait, so it does not compete with the
 * worksheet functions on the one JavaScript thread (office-js#6936: recalculation is much slower while the pane
 * is closed; office-js#901: thousands of formulas and a busy pane give #BUSY!).
 *
 * Office.addin.onVisibilityModeChanged (SharedRuntime 1.1) reports "Taskpane" or "Hidden"
 * (https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)).
 * There is no call to ask the current mode, so the start value is the page's document.visibilityState; that a
 * pane-less start reports "hidden" there is listed in docs/addin.md as to check on real Excel.
 */

export type VisibilityListener = (visible: boolean) => void;

export interface VisibilityHost {
  /** Office.addin, or a stand-in. */
  addin?: { onVisibilityModeChanged?: (handler: (args: { visibilityMode: string }) => void) => Promise<() => Promise<void>> };
  /** The page's visibility at start. */
  initiallyVisible: boolean;
}

export class PaneVisibility {
  private visible: boolean;
  private readonly listeners = new Set<VisibilityListener>();
  private waiters: Array<() => void> = [];

  constructor(host: VisibilityHost) {
    this.visible = host.initiallyVisible;
    const subscribe = host.addin?.onVisibilityModeChanged;
    if (typeof subscribe === "function") {
      subscribe
        .call(host.addin, (args) => this.set(args.visibilityMode === "Taskpane"))
        .catch((error: unknown) => console.warn("WRO screen: no pane visibility events; treating the pane as visible.", error));
    } else {
      // A host without the event (older Office, plain browser): behave as before, always visible.
      this.visible = true;
    }
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Resolves at once while the pane shows, else when it is next shown. */
  whenVisible(): Promise<void> {
    if (this.visible) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Calls listener on every change; returns the unsubscribe function. */
  onChange(listener: VisibilityListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Wraps a subscription (e.g. to selection changes) so it is only registered while the pane shows: subscribed
   * now if visible, removed when hidden, registered again when shown.
   */
  whileVisible(subscribe: () => () => void): () => void {
    let unsubscribe: (() => void) | null = this.visible ? subscribe() : null;
    const stop = this.onChange((visible) => {
      if (visible && !unsubscribe) unsubscribe = subscribe();
      if (!visible && unsubscribe) {
        unsubscribe();
        unsubscribe = null;
      }
    });
    return () => {
      stop();
      unsubscribe?.();
      unsubscribe = null;
    };
  }

  /** For the host's event and for tests. */
  set(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) {
      const waiting = this.waiters;
      this.waiters = [];
      for (const resolve of waiting) resolve();
    }
    for (const listener of [...this.listeners]) listener(visible);
  }
}

/** A batch runner whose batches start only while the pane is visible. */
export function runWhileVisible<R extends (batch: never) => Promise<unknown>>(visibility: PaneVisibility, run: R): R {
  return ((batch: never) => visibility.whenVisible().then(() => run(batch))) as R;
}
