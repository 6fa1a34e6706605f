import type { Command } from 'commander';
import type { CliIO } from './io.ts';

/** State shared by the commands of one CLI run. */
export interface CommandContext {
  readonly io: CliIO;
  /** The exit code of the run; an action sets it (default 0: success). */
  exitCode: number;
}

/**
 * One `cosine-verify` command: `register` adds it, with its options, `--help` text
 * and action, to the program. Actions throw `InputError` for bad input (exit 2) and
 * set `ctx.exitCode` for a negative result (e.g. a claim that failed: 1).
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, ctx: CommandContext): void;
}
