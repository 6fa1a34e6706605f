/**
 * The `cosine-verify` command line (commander): `verify`, `analyze`, `decide`, `fuzz`,
 * `grid`. In-process entry `runCli(argv, io)` returns the exit code, so tests run the CLI
 * without spawning; `bin/cosine-verify.js` calls it with the process streams.
 *
 * Exit codes: 0 success; 1 a negative result (a claim failed, a conjecture was refuted,
 * a grid case differs) or an internal error (one line `internal error: …`, the stack
 * only with `--debug`); 2 bad input or usage (one line on stderr naming the file, row
 * and column where it applies; never a stack trace); 130 interrupted by Ctrl-C (SIGINT)
 * after printing what was decided so far.
 *
 * `runCliProcess(argv)` runs it on the process streams (what `bin/cosine-verify.js` does):
 * SIGINT aborts `io.signal` (a second Ctrl-C exits at once with 130), and a closed stdout
 * (`cosine-verify … | head`, EPIPE) ends the run quietly with exit code 0.
 */
import { Command, CommanderError } from 'commander';
import type { CliCommand, CommandContext } from './command.ts';
import { InputError } from './input-error.ts';
import type { CliIO, CliWriter } from './io.ts';
import { EXIT_INTERRUPTED } from './budget.ts';
import { verifyCommand } from './commands/verify.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { decideCommand } from './commands/decide.ts';
import { fuzzCommand } from './commands/fuzz.ts';
import { gridCommand } from './commands/grid.ts';
import { reportCommand } from './commands/report.ts';
import { compareCommand } from './commands/compare.ts';
import { argmaxCommand } from './commands/argmax.ts';
import { mergeCommand } from './commands/merge.ts';
import { packageVersion } from './version.ts';
import { nearestCommand } from './commands/nearest.ts';

/**
 * Every command of the binary, in `--help` order. Adding a command is one line here
 * (e.g. the HTML `report` command: `import { reportCommand } from './commands/report.ts'`).
 */
export const COMMANDS: readonly CliCommand[] = [
  verifyCommand,
  analyzeCommand,
  compareCommand,
  decideCommand,
  argmaxCommand,
  mergeCommand,
  nearestCommand,
  fuzzCommand,
  gridCommand,
  reportCommand,
];

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

/** True for the error of a write to a closed pipe. */
function isBrokenPipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/**
 * The commands that stop at a checkpoint on Ctrl-C and report what they decided (their
 * loops yield to the event loop; `argmax` keeps every line it decided). The others (`decide`, `fuzz`, `report`: one synchronous
 * computation each) keep Node's default: Ctrl-C ends them at once (`report` writes its file
 * atomically, so no half-written page is left).
 */
const INTERRUPTIBLE = new Set(['analyze', 'verify', 'grid', 'argmax']);

/**
 * Runs the CLI on the process's own streams and resolves to the exit code (the binary's
 * entry): progress bars when stderr is a terminal; for the commands of `INTERRUPTIBLE`,
 * Ctrl-C (SIGINT) aborts `io.signal`, so that they stop at their next checkpoint, print
 * what they decided and return 130 (a second Ctrl-C exits at once with 130); a reader that
 * closes stdout early (`… | head`, EPIPE) ends the process quietly with exit code 0,
 * without a stack trace.
 */
export async function runCliProcess(argv: readonly string[]): Promise<number> {
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED);
    interrupt.abort();
  };
  const onStreamError = (e: unknown) => {
    if (isBrokenPipe(e)) process.exit(0);
    throw e;
  };
  const guarded = (s: NodeJS.WriteStream): CliWriter => ({
    write(text: string) {
      try {
        return s.write(text);
      } catch (e) {
        if (isBrokenPipe(e)) process.exit(0);
        throw e;
      }
    },
  });
  const interruptible = INTERRUPTIBLE.has(argv[0] ?? '');
  if (interruptible) process.on('SIGINT', onSigint);
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
  try {
    return await runCli(argv, {
      stdout: guarded(process.stdout),
      stderr: guarded(process.stderr),
      isTTY: Boolean(process.stderr.isTTY),
      columns: process.stderr.columns,
      ...(interruptible ? { signal: interrupt.signal } : {}),
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
}
