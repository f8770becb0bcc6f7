// The progress bar of a batch, on a terminal only: one line, redrawn in place with "\r", e.g.
//   [##########----------] 250/500 documents  1 failed  24.3/s  ETA 0:10
// When stderr is piped or redirected (a log file, a batch scheduler) there is no bar at all, so logs
// hold no carriage returns or escape codes.

export interface ProgressState {
  done: number;
  failed: number;
  total: number;
  elapsedMs: number;
}

/** "0:07", "12:34", "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The bar's text for a terminal `width` columns wide (no "\r", no escape codes). */
export function renderProgress(state: ProgressState, width = 80): string {
  const { done, failed, total, elapsedMs } = state;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 && done < total ? `ETA ${formatDuration(((total - done) / rate) * 1000)}` : done >= total ? `${formatDuration(elapsedMs)}` : 'ETA -:--';
  const counts = `${done}/${total} documents${failed > 0 ? `  ${failed} failed` : ''}  ${rate.toFixed(1)}/s  ${eta}`;
  const room = width - 1 - counts.length - 3; // keep the last column free: writing there wraps some terminals
  if (room < 10) return counts.slice(0, Math.max(0, width - 1));
  const barWidth = Math.min(30, room);
  const filled = total > 0 ? Math.min(barWidth, Math.floor((done / total) * barWidth)) : barWidth;
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${counts}`;
}

export interface TerminalStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Whether to draw a bar on this stream: a terminal that can move its cursor. */
export function wantsProgress(stream: TerminalStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export class ProgressBar {
  private state: ProgressState = { done: 0, failed: 0, total: 0, elapsedMs: 0 };
  private lastDraw = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly stream: TerminalStream,
    private readonly now: () => number = () => performance.now(),
    /** Least time between two redraws, in ms. */
    private readonly interval = 100,
  ) {
    this.started = now();
  }

  update(done: number, failed: number, total: number): void {
    this.state = { done, failed, total, elapsedMs: this.now() - this.started };
    if (done < total && this.state.elapsedMs - this.lastDraw < this.interval) return;
    this.draw();
  }

  /** Clears the bar, runs `write` (which prints a line on the same terminal) and draws the bar again. */
  around(write: () => void): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    write();
    if (this.shown) this.draw();
  }

  /** Removes the bar, leaving the cursor at the start of an empty line. */
  stop(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  private draw(): void {
    this.lastDraw = this.state.elapsedMs;
    this.stream.write(`\r${renderProgress(this.state, this.stream.columns || 80)}\x1b[K`);
    this.shown = true;
  }
}
