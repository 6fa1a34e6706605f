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
 * (never when the output is piped or redirected, so stdout and logs stay clean):
 * units done of the total, the current label, the rate (units per second since the bar
 * started) and cli-progress's estimate of the time left (ETA). Rate and ETA are wall-clock
 * figures, NOT exact. Updates are synchronous, so the bar also advances inside synchronous work.
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
      format: `${title} [{bar}] {value}/{total} {label} {rate}/s ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      synchronousUpdate: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let t0 = 0;
  const rate = (done: number) => {
    const s = (performance.now() - t0) / 1000;
    return s <= 0 ? '-' : (done / s).toFixed(done / s >= 10 ? 0 : 1);
  };
  return {
    update(done, total, label = '') {
      if (!started) {
        t0 = performance.now();
        bar.start(total, done, { label, rate: '-' });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { label, rate: rate(done) });
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
