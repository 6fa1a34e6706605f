/**
 * Budgets of long CLI runs: a wall-clock limit (`--budget SECONDS`) and the user's
 * Ctrl-C (SIGINT, an `AbortSignal` in `CliIO.signal`). Loops of the commands call
 * `checkpoint()` between two decisions; it yields to the event loop now and then, so that
 * the SIGINT handler of `runCliProcess` gets to run, and says whether to stop and why.
 * Wall-clock time is NOT exact and depends on the machine; only where a run stops depends
 * on it, never an answer.
 */
import { InputError } from './input-error.ts';

/** Why a run stopped before it was done. */
export type StopReason =
  | { readonly kind: 'budget'; readonly seconds: number; /** the whole run's budget, when `seconds` is a section's share of it */ readonly of?: number }
  | { readonly kind: 'interrupted' };

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** How often `checkpoint` lets the event loop run (ms). */
const YIELD_EVERY_MS = 50;

/** A deadline shared by the loops of one run (see the module doc). */
export interface Budget {
  /** The limit in seconds of this budget (null: none). */
  readonly seconds: number | null;
  /** The reason to stop now, or null (synchronous: a Ctrl-C is seen once the event loop ran). */
  stop(): StopReason | null;
  /** Yields to the event loop at most every 50 ms, then returns `stop()`. */
  checkpoint(): Promise<StopReason | null>;
  /** Seconds left (Infinity without a limit). */
  remaining(): number;
  /**
   * A budget of `1 / parts` of the time left (at least the rest when `parts` ≤ 1), sharing
   * this one's interrupt: the sections of `analyze` get equal shares, and what one does not
   * use passes on to the next.
   */
  share(parts: number): Budget;
}

/**
 * A budget of `seconds` (null: no time limit) from now, stopped early when `signal` aborts.
 * @example startBudget(60, io.signal).stop() // null until 60 s have passed or Ctrl-C
 */
export function startBudget(seconds: number | null, signal?: AbortSignal, clock: () => number = () => performance.now()): Budget {
  const end = seconds === null ? Infinity : clock() + seconds * 1000;
  return budgetUntil(end, seconds, seconds, signal, clock);
}

function budgetUntil(end: number, seconds: number | null, total: number | null, signal: AbortSignal | undefined, clock: () => number): Budget {
  let lastYield = clock();
  const stop = (): StopReason | null => {
    if (signal?.aborted) return { kind: 'interrupted' };
    if (clock() >= end) return { kind: 'budget', seconds: seconds ?? 0, ...(total !== null && total !== seconds ? { of: total } : {}) };
    return null;
  };
  return {
    seconds,
    stop,
    async checkpoint() {
      if (clock() - lastYield >= YIELD_EVERY_MS) {
        await new Promise((r) => setImmediate(r));
        lastYield = clock();
      }
      return stop();
    },
    remaining: () => Math.max(0, (end - clock()) / 1000),
    share(parts) {
      if (end === Infinity) return budgetUntil(Infinity, null, null, signal, clock);
      const left = Math.max(0, end - clock());
      const mine = parts <= 1 ? left : left / parts;
      return budgetUntil(clock() + mine, mine / 1000, total, signal, clock);
    },
  };
}

/**
 * The words after "… decided" for a stop: `before the 60 s budget ran out`, `before its
 * 12.5 s share of the 60 s budget ran out` (a section of `analyze`), or `before the run was
 * interrupted (Ctrl-C)`.
 * @example stopText({ kind: 'budget', seconds: 60 }) // 'before the 60 s budget ran out'
 */
export function stopText(r: StopReason): string {
  if (r.kind === 'interrupted') return 'before the run was interrupted (Ctrl-C)';
  if (r.of !== undefined) return `before its ${formatBudgetSeconds(r.seconds)} s share of the ${formatBudgetSeconds(r.of)} s budget ran out`;
  return `before the ${formatBudgetSeconds(r.seconds)} s budget ran out`;
}

/** Seconds for messages: integers as they are, else two significant digits (`13`, `2.5`, `0.001`). */
function formatBudgetSeconds(s: number): string {
  return Number.isInteger(s) ? String(s) : String(Number(s.toPrecision(2)));
}

/**
 * `--budget SECONDS`: a positive number of seconds, or 0 for no time limit (null).
 * Throws `InputError` naming the option otherwise.
 * @example parseBudget('90', '--budget') === 90
 */
export function parseBudget(text: string, option = '--budget'): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) throw new InputError(`${option} must be a number of seconds (0: no limit), got ${JSON.stringify(text)}`);
  const s = Number(t);
  return s === 0 ? null : s;
}

/** Thrown from inside a synchronous callback (e.g. an enumeration's `onProgress`) to stop it at a budget. */
export class BudgetStop extends Error {
  override readonly name = 'BudgetStop';
  constructor(readonly reason: StopReason) {
    super('stopped by the budget');
  }
}

/**
 * A count with spaces between groups of three digits, as the CLI prints counts
 * (`1 999 000`).
 * @example groupDigits(1999000) === '1 999 000'
 */
export function groupDigits(n: number | bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
