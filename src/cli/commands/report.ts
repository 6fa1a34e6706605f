/**
 * `cosine-verify report --out FILE.html [--runs n] [--seed s]`: writes one
 * self-contained HTML page with the paper's Fig. 1–4 rebuilt from the exact
 * worked examples (exact regions drawn with Vega, exact cosines, certified
 * decisions, each stated fact marked), the section on Steck et al. (2024)
 * (one model's item–item cosines under three choices of D, as heat maps) and
 * the verdict of every claim of the registry (run with few runs). Exit code 0 when every figure fact holds and
 * every claim is verified, 1 otherwise (the page is written either way), 2 on
 * bad options or an unwritable output path.
 */
import type { Command } from 'commander';
import type { ClaimCheck } from '../../../properties/claims/claim.ts';
import { claims } from '../../../properties/claims/index.ts';
import { seedFromEnv } from '../../../properties/settings.ts';
import { buildReport, REPORT_DEFAULT_RUNS } from '../../report/build-report.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { assertWritableTarget, writeFileAtomic } from '../output-file.ts';
import { parseInteger, parsePositiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';

interface ReportCliOptions {
  out: string;
  runs?: string;
  seed?: string;
}


async function action(ctx: CommandContext, registry: readonly ClaimCheck[], o: ReportCliOptions): Promise<void> {
  const { io } = ctx;
  const runs = o.runs === undefined ? REPORT_DEFAULT_RUNS : parsePositiveInt(o.runs, '--runs');
  const seed = o.seed === undefined ? seedFromEnv() : parseInteger(o.seed, '--seed');
  assertWritableTarget(o.out, '--out');
  const progress = startProgress(io, 'report');
  let report;
  try {
    report = await buildReport({ runs, seed, claims: registry, onStep: (done, total, what) => progress.update(done, total, what) });
  } finally {
    progress.stop();
  }
  writeFileAtomic(o.out, report.html, '--out'); // a temporary file renamed into place: never a half-written page
  const facts = [...report.figures.flatMap((f) => f.facts), ...report.steck.facts];
  const regions = report.figures.reduce((s, f) => s + f.panels.reduce((t, p) => t + p.regions.length, 0), 0);
  const verified = report.claims.filter((c) => c.status === 'verified').length;
  io.stdout.write(
    `wrote ${o.out}: ${report.figures.length} figures (${regions} regions), ${facts.filter((f) => f.holds).length} of ${facts.length} figure facts hold, ` +
      `${verified} of ${report.claims.length} claims verified (seed ${seed}, runs ${runs})\n`,
  );
  for (const f of facts) if (!f.holds) io.stdout.write(`FAILED fact: ${f.text}\n`);
  for (const c of report.claims) if (c.status === 'failed') io.stdout.write(`FAILED ${c.id}: ${c.detail ?? '(no detail)'}\n`);
  ctx.exitCode = report.ok ? 0 : 1;
}

/** The `report` command over the claim checks `registry` (default: every claim of `properties/claims/index.ts`). */
export function makeReportCommand(registry: readonly ClaimCheck[] = claims): CliCommand {
  return {
    name: 'report',
    register(program: Command, ctx: CommandContext) {
      program
        .command('report')
        .description("write one self-contained HTML page with Nielsen & Grivas's Fig. 1-4 and the Steck et al. (2024) heat maps from exact data, and every claim's verdict")
        .requiredOption('--out <file>', 'the HTML file to write (e.g. report.html)')
        .option('--runs <n>', `random cases per randomized claim (default ${REPORT_DEFAULT_RUNS}; \`verify\` runs the full defaults)`)
        .option('--seed <s>', 'seed of the randomized claims (default: $COSINE_VERIFY_SEED or 20260321)')
        .addHelpText('after', '\nExit code 0 when every figure fact holds and every claim is verified; 1 otherwise (the page is still written); 2 on bad options.')
        .action((o: ReportCliOptions) => action(ctx, registry, o));
    },
  };
}

/** The `report` command over every claim of the registry. */
export const reportCommand: CliCommand = makeReportCommand();
