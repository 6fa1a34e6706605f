import cliProgress from 'cli-progress';
import type { CliIO } from './io.ts';

/** A progress display; every method is a no-op when the output is not a terminal. */
export interface Progress {
  /** Shows `done` of `total` units, with an optional short label (e.g. the current claim id). */
  update(done: number, total: number, label?: string): void;
  /** Removes the bar (call once, also on errors). */
  stop(): void;
}

const NO_PROGRESS: Progress = { update: () => {}, stop: () => {} };

/**
 * A cli-progress bar titled `title` drawn on `io.stderr`, only when `io.isTTY`
 * (never when the output is piped or redirected, so stdout and logs stay clean).
 * Updates are synchronous, so the bar also advances inside synchronous work.
 */
export function startProgress(io: CliIO, title: string): Progress {
  if (!io.isTTY) return NO_PROGRESS;
  const stream = {
    isTTY: true,
    columns: io.columns ?? 80,
    write: (s: string) => {
      io.stderr.write(s);
      return true;
    },
  };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: `${title} [{bar}] {value}/{total} {label}`,
      hideCursor: true,
      clearOnComplete: true,
      synchronousUpdate: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label = '') {
      if (!started) {
        bar.start(total, done, { label });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { label });
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
