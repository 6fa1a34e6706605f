/**
 * `cosine-verify grid MANIFEST [--brute-force] [--enumerate] [--json]`: the authors' check
 * grid of L5.3 / T5.6 (notes §4, last item; 200 cases), every case decided exactly by
 * `runGrid` (`src/grid/run-grid.ts`), printed as a table with a summary line: total time and
 * the ratio to the authors' 790 s. Exit code 0 when no case is `different`, else 1.
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluateGridCase, summarise, type GridOptions } from '../../grid/run-grid.ts';
import { loadManifest } from '../../grid/manifest.ts';
import { readNpy, npyRows } from '../../io/npy.ts';
import type { GridCaseResult, GridReport } from '../../grid/report.ts';
import { EXIT_INTERRUPTED, groupDigits, parseBudget, startBudget, stopText, type StopReason } from '../budget.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, toInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { parsePositiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { formatTable } from '../table.ts';

interface GridCliOptions {
  bruteForce?: boolean;
  bruteForceAll?: boolean;
  enumerate?: boolean;
  maxPatterns?: string;
  json?: boolean;
  budget?: string;
}

/** The table and summary lines of a grid report (times are wall-clock, not exact). */
export function renderGridReport(r: GridReport): string[] {
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  const lines = formatTable(
    ['n', 'd', 'braid', 'cosine', 'seed', 'verdict', 'method', 'seconds'],
    r.cases.map((c) => [String(c.n), String(c.d), yn(c.braid), yn(c.cosine), String(c.seed), c.verdict, c.method, c.seconds.toFixed(4)]),
    ['r', 'r', 'l', 'l', 'r', 'l', 'l', 'r'],
  );
  if (r.bruteForce) {
    const b = r.bruteForce;
    lines.push(
      `brute force: ${b.cases} cases (${b.skipped} skipped), ${b.minors} maximal minors compared exactly, exact zeros ${b.zerosM} in M and ${b.zerosL} in L; ` +
        `verdict conflicts ${b.verdictConflicts}; 1e-10 cut-off disagreements ${b.cutoffDisagreements}; float verdict differs in ${b.floatVerdictDiffers} cases`,
    );
  }
  if (r.patterns) {
    const p = r.patterns;
    lines.push(`sign patterns: S(M) = S(L) enumerated in ${p.checked} cases (${p.skipped} skipped as too large), unequal in ${p.unequal}`);
  }
  const ratio = r.ratioToAnchor === null ? '' : `; ${r.ratioToAnchor.toFixed(4)} of the authors' ${r.anchorWallSeconds} s (${r.speedup?.toFixed(0)}× faster)`;
  lines.push(
    `${r.cases.length} cases: ${r.counts.same} same, ${r.counts.different} different${r.counts.undefined > 0 ? `, ${r.counts.undefined} undefined` : ''}; ` +
      `total ${r.seconds.toFixed(2)} s exact decisions (wall ${r.wallSeconds.toFixed(2)} s)${ratio}`,
  );
  return lines;
}

async function action(ctx: CommandContext, manifest: string, o: GridCliOptions): Promise<void> {
  if (!existsSync(manifest)) throw new InputError(`${manifest}: no such file`);
  if (!statSync(manifest).isFile()) throw new InputError(`${manifest}: not a regular file`);
  const opts: GridOptions = {
    bruteForce: o.bruteForceAll ? true : o.bruteForce ? 'auto' : false,
    enumerate: Boolean(o.enumerate),
    ...(o.maxPatterns === undefined ? {} : { maxPatterns: parsePositiveInt(o.maxPatterns, '--max-patterns') }),
  };
  const budget = startBudget(o.budget === undefined ? null : parseBudget(o.budget), ctx.io.signal);
  const progress = startProgress(ctx.io, 'grid');
  let report: GridReport;
  let stop: StopReason | null = null;
  let total = 0;
  try {
    // runGrid's loop, with a checkpoint between cases (budget, Ctrl-C)
    const wallStart = performance.now();
    const m = loadManifest(manifest);
    total = m.cases.length;
    const cases: GridCaseResult[] = [];
    for (const c of m.cases) {
      stop = await budget.checkpoint();
      if (stop) break;
      const readStart = performance.now();
      const W = npyRows(readNpy(c.matrixPath));
      cases.push(evaluateGridCase(W, c, opts, (performance.now() - readStart) / 1000));
      progress.update(cases.length, total);
    }
    report = summarise(m.path, m.anchorWallSeconds, cases, (performance.now() - wallStart) / 1000);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new InputError(`${manifest}: cannot read ${(e as NodeJS.ErrnoException).path ?? 'a file'} (${code})`);
    }
    throw toInputError(e, manifest);
  } finally {
    progress.stop();
  }
  // An empty grid decides nothing: exit 2, not "no case different" with exit 0.
  if (total === 0) throw new InputError(`${manifest}: the manifest lists no cases`);
  const stopLine = stop === null ? undefined : `not computed: ${groupDigits(total - report.cases.length)} of ${groupDigits(total)} cases, not started ${stopText(stop).replace('before', 'after')}`;
  ctx.exitCode = stop?.kind === 'interrupted' ? EXIT_INTERRUPTED : report.counts.different === 0 && stop === null ? 0 : 1;
  if (o.json) {
    ctx.io.stdout.write(JSON.stringify(stopLine === undefined ? report : { ...report, notComputed: stopLine }) + '\n');
    return;
  }
  writeLines(ctx.io.stdout, renderGridReport(report));
  if (stopLine !== undefined) writeLines(ctx.io.stdout, [stopLine]);
}

/** The `grid` command. */
export const gridCommand: CliCommand = {
  name: 'grid',
  register(program: Command, ctx: CommandContext) {
    program
      .command('grid')
      .description("decide the authors' L5.3 / T5.6 check grid exactly (same oriented matroid of M and of the Gram/cosine column space)")
      .argument('<manifest>', 'manifest.json listing the cases and their .npy matrices (paths relative to the manifest)')
      .option('--brute-force', 'also compare every maximal minor exactly, and against the 1e-10 float cut-off, where affordable')
      .option('--brute-force-all', 'brute force on every case (slow for n = 10)')
      .option('--enumerate', 'also enumerate S(M) and S(L) with certified LPs where Cover\'s bound is small')
      .option('--max-patterns <n>', 'largest Cover bound enumerated with --enumerate (default 100000)')
      .option('--budget <seconds>', 'stop starting new cases after this many seconds and say how many were not decided (default: none)')
      .option('--json', 'print {"seconds", "cases": [{"n", "d", "seed", "braid", "cosine", "verdict", "method", "seconds", ...}], ...}')
      .addHelpText('after', '\nExample: cosine-verify grid ../shared/peer-grid/manifest.json\nExit code 0 when every case was decided and none is "different", 1 otherwise, 2 on bad input, 130 after Ctrl-C (between cases).')
      .action((manifest: string, o: GridCliOptions) => action(ctx, manifest, o));
  },
};
