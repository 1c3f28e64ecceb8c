/**
 * Progress on stderr while a large file is read, screened and written. On a terminal: one line
 * redrawn in place with a bar, the share done, the rows and the seconds. Otherwise (a log file, a
 * pipe, CI): a plain line now and then, so a log is not flooded. stdout is never touched, so JSON
 * and CSV written there stay clean.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;
/** A terminal line is redrawn at most this often. */
const REDRAW_MS = 100;

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

export class Progress {
  private readonly tty: boolean;
  private verb = "";
  private past = "";
  private total: number | undefined;
  private started = 0;
  private lastDraw = 0;
  private nextLine = 0;
  private step = 0;
  private drawn = false;

  /** enabled: false shows nothing (small files, tests). */
  constructor(
    private readonly out: ProgressStream,
    private readonly enabled: boolean,
  ) {
    this.tty = out.isTTY === true;
  }

  /**
   * Begins a phase: verb for the bar ("Screening"), past for plain lines ("Screened"), total rows
   * when known. Plain lines come every tenth of the total (at least 10,000 rows apart), or every
   * 100,000 rows when the total is not known.
   */
  start(verb: string, past: string, total?: number): void {
    this.end();
    this.verb = verb;
    this.past = past;
    this.total = total;
    this.started = Date.now();
    this.lastDraw = 0;
    this.step = total === undefined ? 100_000 : Math.max(10_000, Math.round(total / 10 / 10_000) * 10_000);
    this.nextLine = this.step;
  }

  update(done: number): void {
    if (!this.enabled || !this.verb) return;
    if (this.tty) {
      const now = Date.now();
      if (now - this.lastDraw < REDRAW_MS) return;
      this.lastDraw = now;
      this.draw(done, now);
      return;
    }
    if (done < this.nextLine || (this.total !== undefined && done >= this.total)) return;
    while (this.nextLine <= done) this.nextLine += this.step;
    const of = this.total === undefined ? "" : ` of ${count(this.total)}`;
    this.out.write(`${this.past} ${count(done)}${of} rows…\n`);
  }

  /** Ends the phase: a terminal line is cleared, so the next message starts on a clean line. */
  end(): void {
    if (this.drawn) this.out.write("\r\x1b[K");
    this.drawn = false;
    this.verb = "";
  }

  private draw(done: number, now: number): void {
    const seconds = `${((now - this.started) / 1000).toFixed(1)} s`;
    let line: string;
    if (this.total !== undefined && this.total > 0) {
      const share = Math.min(1, done / this.total);
      const filled = Math.round(share * BAR_WIDTH);
      const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
      line = `${this.verb.padEnd(10)} ${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${count(done)} of ${count(this.total)} rows  ${seconds}`;
    } else {
      line = `${this.verb.padEnd(10)} ${count(done)} rows  ${seconds}`;
    }
    const width = this.out.columns ?? 80;
    this.out.write(`\r${line.slice(0, Math.max(10, width - 1))}\x1b[K`);
    this.drawn = true;
  }
}
