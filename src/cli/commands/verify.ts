/**
 * `cosine-verify verify`: runs every claim check of the registry
 * (`properties/claims/index.ts`: Nielsen & Grivas's claims L3.1 … Cover1967 plus the extra
 * properties, then the claims Steck.Eq3 … Steck.Remedy of Steck, Ekanadham & Kallus) on its
 * embedded defaults — the worked examples and seeded randomized campaigns — and prints one
 * table row per claim, in one section per paper. Exit code 0 only when every claim is
 * verified, 1 otherwise.
 */
import type { Command } from 'commander';
import type { ClaimCheck, ClaimOutcome } from '../../../properties/claims/claim.ts';
import type { PaperClaims } from '../../../properties/claims/index.ts';
import { seedFromEnv } from '../../../properties/settings.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { parseInteger, parsePositiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { formatSeconds, formatTable } from '../table.ts';
import { engineStats } from '../../../lp/engine/engine-stats.ts';
import { fastDecideStats } from '../../../lp/engine/nearest-point.ts';
import { EXIT_INTERRUPTED, parseBudget, startBudget, stopText, type StopReason } from '../budget.ts';

/** The result of one claim in a `verify` run (`seconds` is wall time, not exact; `method` with N replaced by the number of cases). */
export interface ClaimResult {
  readonly id: string;
  /** The name of the claim's paper (`Steck, Ekanadham & Kallus (2024)`), when the registry groups claims by paper. */
  readonly paper?: string;
  readonly statement: string;
  readonly method: string;
  readonly status: 'verified' | 'failed';
  readonly cases: number;
  readonly certificates: number;
  readonly seconds: number;
  readonly detail?: string;
}

/**
 * Runs `checks` in order with `{ runs, seed }` and reports each; a check that throws is
 * reported as failed with the message as detail (it never aborts the run). `onClaim` is
 * called before each claim (for progress display), `onProgress` inside it.
 * Source: the claim ids of `shared/paper/notes.md`.
 */
export async function runClaims(
  checks: readonly ClaimCheck[],
  opts: {
    runs?: number;
    seed: number;
    onClaim?: (index: number, id: string) => void;
    onProgress?: (index: number, done: number, total: number) => void;
    /** The name of a claim's paper (e.g. `paperOf(id)?.name` of the registry), recorded as `paper`. */
    paperOf?: (id: string) => string | undefined;
    /** Checked before each claim (after the event loop ran): a reason stops the run there. */
    shouldStop?: () => unknown;
  },
): Promise<ClaimResult[]> {
  const results: ClaimResult[] = [];
  for (const [index, c] of checks.entries()) {
    opts.onClaim?.(index, c.id);
    await new Promise((r) => setImmediate(r)); // let the progress bar draw (and a Ctrl-C handler run)
    if (opts.shouldStop?.()) break;
    const t0 = performance.now();
    let outcome: ClaimOutcome;
    try {
      outcome = c.run({ runs: opts.runs, seed: opts.seed, onProgress: (done, total) => opts.onProgress?.(index, done, total) });
    } catch (e) {
      outcome = { verified: false, cases: 0, certificates: 0, detail: `the check threw: ${(e as Error).message}` };
    }
    const seconds = (performance.now() - t0) / 1000;
    const paper = opts.paperOf?.(c.id);
    results.push({
      id: c.id,
      ...(paper !== undefined ? { paper } : {}),
      statement: c.statement,
      method: methodWithCount(c.method, outcome.cases),
      status: outcome.verified ? 'verified' : 'failed',
      cases: outcome.cases,
      certificates: outcome.certificates,
      seconds,
      ...(outcome.detail !== undefined ? { detail: outcome.detail } : {}),
    });
  }
  return results;
}

/**
 * The claims named in `only` (comma-separated ids, registry order), or all; `InputError` for an
 * unknown id and for a list that names no claim (`--only ""` must not verify nothing and exit 0).
 */
function selectClaims(registry: readonly ClaimCheck[], only: string | undefined): readonly ClaimCheck[] {
  if (only === undefined) return registry;
  const ids = only.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new InputError(`--only: no claim id given (got ${JSON.stringify(only)}); known: ${registry.map((c) => c.id).join(', ')}`);
  for (const id of ids) {
    if (!registry.some((c) => c.id === id)) {
      throw new InputError(`--only: unknown claim id ${JSON.stringify(id)}; known: ${registry.map((c) => c.id).join(', ')}`);
    }
  }
  return registry.filter((c) => ids.includes(c.id));
}

/** The claims grouped as the table shows them: one section per paper (a flat list is one untitled section). */
function asSections(registry: readonly ClaimCheck[] | readonly PaperClaims[]): readonly (PaperClaims | { readonly claims: readonly ClaimCheck[] })[] {
  const isPapers = (r: readonly ClaimCheck[] | readonly PaperClaims[]): r is readonly PaperClaims[] => r.length > 0 && 'claims' in r[0];
  return isPapers(registry) ? registry : [{ claims: registry }];
}

/**
 * The table lines with a heading line (`name: reference`) before the first row of each
 * paper, and a blank line between papers; rows of no paper get no heading.
 */
function withPaperHeadings(table: readonly string[], results: readonly ClaimResult[], papers: readonly PaperClaims[]): string[] {
  const out = table.slice(0, 2);
  results.forEach((r, i) => {
    if (r.paper !== undefined && r.paper !== results[i - 1]?.paper) {
      const p = papers.find((x) => x.name === r.paper);
      if (i > 0) out.push('');
      out.push(p === undefined ? r.paper : `${p.name}: ${p.reference}`);
    }
    out.push(table[2 + i]);
  });
  return out;
}

/** Widths of the statement and method columns of the table (full text with `--wide` or `--json`). */
const STATEMENT_WIDTH = 64;
const METHOD_WIDTH = 48;

/** `text` cut to `width` characters with a trailing ellipsis. */
function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join('').trimEnd() + '…';
}

/** A method text with its placeholder N ("property over N random models") replaced by the number of cases. */
export function methodWithCount(method: string, cases: number): string {
  return method.replace(/\bN\b/g, String(cases));
}

async function action(
  ctx: CommandContext,
  given: readonly ClaimCheck[] | readonly PaperClaims[] | undefined,
  o: { runs?: string; seed?: string; json?: boolean; only?: string; wide?: boolean; budget?: string },
): Promise<void> {
  const { io } = ctx;
  // The registry is imported on use: it pulls in every claim module (fast-check, arbitraries ...).
  const sections = asSections(given ?? (await import('../../../properties/claims/index.ts')).papers);
  const papers = sections.filter((x): x is PaperClaims => 'name' in x);
  const registry = sections.flatMap((x) => x.claims);
  const runs = o.runs === undefined ? undefined : parsePositiveInt(o.runs, '--runs');
  const seed = o.seed === undefined ? seedFromEnv() : parseInteger(o.seed, '--seed');
  const checks = selectClaims(registry, o.only);
  const budget = startBudget(o.budget === undefined ? null : parseBudget(o.budget), io.signal);
  let stopped: StopReason | null = null;
  const progress = startProgress(io, 'verify');
  const n = checks.length;
  const before = engineStats();
  const fastBefore = fastDecideStats();
  const t0 = performance.now();
  let results: ClaimResult[];
  try {
    results = await runClaims(checks, {
      runs,
      seed,
      onClaim: (i, id) => progress.update(i * 100, n * 100, id),
      onProgress: (i, done, total) => progress.update(i * 100 + Math.floor((100 * done) / Math.max(total, 1)), n * 100, checks[i].id),
      paperOf: (id) => papers.find((p) => p.claims.some((c) => c.id === id))?.name,
      shouldStop: () => (stopped = budget.stop()),
    });
  } finally {
    progress.stop();
  }
  const total = (performance.now() - t0) / 1000;
  const after = engineStats();
  const fastAfter = fastDecideStats();
  // Certified strict-system decisions of this run: by the nearest-point fast path of the pattern enumerations
  // (lp/engine/nearest-point.ts, certificate checked exactly), and by decideStrictSystem (glpk, exact simplex, trivial).
  const fast = fastAfter.fast - fastBefore.fast;
  const decisions = after.decisions - before.decisions;
  const lp = { decisions, glpk: after.glpk - before.glpk, fallbacks: after.fallbacks - before.fallbacks, fast, total: fast + decisions };
  const notRun = checks.slice(results.length).map((c) => c.id);
  const ok = results.every((r) => r.status === 'verified') && notRun.length === 0;
  const stop = stopped as StopReason | null;
  ctx.exitCode = stop?.kind === 'interrupted' ? EXIT_INTERRUPTED : ok ? 0 : 1;
  const stopLine = notRun.length === 0 || stop === null ? [] : [`not run: ${notRun.join(', ')} (${notRun.length} of ${checks.length} claims) ${stopText(stop)}`];
  if (o.json) {
    io.stdout.write(JSON.stringify({ ok, seed, runs: runs ?? null, seconds: total, lp, claims: results, ...(stopLine.length > 0 ? { notRun, stopped: stopLine[0] } : {}) }, null, 1) + '\n');
    return;
  }
  const cut = (text: string, width: number) => (o.wide ? text : truncate(text, width));
  const table = formatTable(
    ['claim', 'statement', 'method', 'cases', 'certificates', 'time', 'verdict'],
    results.map((r) => [
      r.id,
      cut(r.statement, STATEMENT_WIDTH),
      cut(r.method, METHOD_WIDTH),
      String(r.cases),
      String(r.certificates),
      formatSeconds(r.seconds),
      r.status,
    ]),
    ['l', 'l', 'l', 'r', 'r', 'r', 'l'],
  );
  writeLines(io.stdout, withPaperHeadings(table, results, papers));
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of failed) io.stdout.write(`FAILED ${r.id}: ${r.detail ?? '(no detail)'}\n`);
  writeLines(io.stdout, stopLine);
  io.stdout.write(
    `${results.length - failed.length} of ${results.length} claims verified in ${total.toFixed(1)} s (seed ${seed}${runs === undefined ? '' : `, runs ${runs}`})\n` +
      `certified LP decisions: ${lp.total} (${lp.fast} by the nearest-point fast path; decideStrictSystem: ${lp.decisions}, ${lp.glpk} from glpk, ${lp.fallbacks} by the exact fallback); ` +
      'the other certificates are exact checks of identities and constructions\n',
  );
}

/**
 * The `verify` command over the claim checks `registry` (default: every paper of
 * `properties/claims/index.ts`): a list of papers is printed in one section per paper, a
 * flat list of claims as one table without headings.
 */
export function makeVerifyCommand(registry?: readonly ClaimCheck[] | readonly PaperClaims[]): CliCommand {
  return {
    name: 'verify',
    register(program: Command, ctx: CommandContext) {
      program
        .command('verify')
        .description('check every claim of the two papers (worked examples, exact constructions, seeded randomized campaigns) and print a table, one section per paper')
        .option('--runs <n>', "random cases per randomized claim (default: each claim's own default)")
        .option('--seed <s>', 'seed of the randomized campaigns (default: $COSINE_VERIFY_SEED or 20260321)')
        .option('--only <ids>', 'run only these claim ids, comma-separated (e.g. L3.2,T5.6 or Steck.Eq5)')
        .option('--budget <seconds>', 'stop starting new claims after this many seconds and list those not run (default: none)')
        .option('--wide', 'print the statement and method columns in full (default: cut to one short line)')
        .option('--json', 'print {"ok", "claims": [{"id", "paper", "status", "cases", "certificates", "seconds", ...}]}')
        .addHelpText('after', '\nExit code 0 only when every claim is verified; 1 when one failed or was not run (--budget); 2 on bad options; 130 after Ctrl-C (between claims).\nThe certificates column counts every exact certificate a claim checked (LP witnesses and Gordan/Motzkin certificates, exact identities, constructions); the last line counts the certified LP decisions.')
        .action((o) => action(ctx, registry, o));
    },
  };
}

/** The `verify` command over every paper of the registry. */
export const verifyCommand: CliCommand = makeVerifyCommand();
