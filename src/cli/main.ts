/**
 * The `cosine-verify` command line (commander): `verify`, `analyze`, `decide`, `fuzz`,
 * `grid`. In-process entry `runCli(argv, io)` returns the exit code, so tests run the CLI
 * without spawning; `bin/cosine-verify.js` calls it with the process streams.
 *
 * Exit codes: 0 success; 1 a negative result (a claim failed, a conjecture was refuted,
 * a grid case differs) or an internal error (one line `internal error: …`, the stack
 * only with `--debug`); 2 bad input or usage (one line on stderr naming the file, row
 * and column where it applies; never a stack trace).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { CliCommand, CommandContext } from './command.ts';
import { InputError } from './input-error.ts';
import type { CliIO } from './io.ts';
import { verifyCommand } from './commands/verify.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { decideCommand } from './commands/decide.ts';
import { fuzzCommand } from './commands/fuzz.ts';
import { gridCommand } from './commands/grid.ts';
import { reportCommand } from './commands/report.ts';
import { compareCommand } from './commands/compare.ts';

/**
 * Every command of the binary, in `--help` order. Adding a command is one line here
 * (e.g. the HTML `report` command: `import { reportCommand } from './commands/report.ts'`).
 */
export const COMMANDS: readonly CliCommand[] = [
  verifyCommand,
  analyzeCommand,
  compareCommand,
  decideCommand,
  fuzzCommand,
  gridCommand,
  reportCommand,
];

/**
 * The package version (package.json), for `--version`: two folders up from this module in
 * the source tree (`src/cli/`), three in the compiled one (`dist/src/cli/`).
 */
function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cosine-verify') return pkg.version ?? 'unknown';
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}

/** Collapses a message to one line. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/** The commander program of one run, writing to `ctx.io`. */
export function buildProgram(ctx: CommandContext, commands: readonly CliCommand[] = COMMANDS): Command {
  const { io } = ctx;
  const program = new Command();
  program
    .name('cosine-verify')
    .description(
      'Machine-checked companion to Nielsen & Grivas, "What Cosine Similarity of Label Representations Can and Cannot Tell us" (arXiv:2603.29488).',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print the stack trace of an internal error')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(oneLine(s) + '\n'),
    });
  for (const c of commands) c.register(program, ctx);
  return program;
}

/**
 * Runs the CLI on `argv` (the arguments after the program name, e.g. `['verify', '--json']`)
 * and resolves to the exit code (never calls `process.exit`, never throws).
 */
export async function runCli(argv: readonly string[], io: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const debug = argv.includes('--debug');
  try {
    const program = buildProgram(ctx, commands);
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync') return e.exitCode === 0 ? 0 : 2;
      return 2; // usage error: commander already wrote one line
    }
    if (e instanceof InputError) {
      io.stderr.write(`error: ${oneLine(e.message)}\n`);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`internal error: ${oneLine(err.message)}\n`);
    if (debug && err.stack) io.stderr.write(err.stack + '\n');
    return 1;
  }
}
