/**
 * Where the CLI writes: stdout and stderr as plain writers, and whether stderr is an
 * interactive terminal (progress bars only then). Tests pass string collectors; the
 * binary passes the process streams.
 */

/** Anything with `write(text)`. */
export interface CliWriter {
  write(text: string): unknown;
}

/** The output side of one CLI run. */
export interface CliIO {
  readonly stdout: CliWriter;
  readonly stderr: CliWriter;
  /** True when stderr is an interactive terminal: progress bars are drawn only then. */
  readonly isTTY: boolean;
  /** Terminal width for progress bars (default 80). */
  readonly columns?: number;
  /**
   * Aborted when the user interrupts the run (Ctrl-C, SIGINT; set by `runCliProcess`).
   * Long commands then stop at their next checkpoint, print what they decided and exit 130.
   */
  readonly signal?: AbortSignal;
}

/** A `CliIO` that collects everything written, for tests and for in-process use (`signal`: an interrupt to simulate Ctrl-C). */
export function collectingIO(isTTY = false, signal?: AbortSignal): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY,
    signal,
    out: () => out,
    err: () => err,
  };
}

/** Writes `lines` to `w`, one per line. */
export function writeLines(w: CliWriter, lines: readonly string[]): void {
  for (const l of lines) w.write(l + '\n');
}
