/**
 * `cosine-verify fuzz CONJECTURE [--runs N] [--seed S] [--path P] [--json]` and
 * `cosine-verify fuzz --list`: runs a conjecture — a built-in one by name, or the default
 * export of a user's module file — through the fuzzer (`properties/fuzz/fuzz.ts`, fast-check
 * `fc.check`), and prints either the shrunk exact counterexample with its certificates and
 * the seed/path that replay it, or "not refuted in N runs" with the seed.
 * Exit code: 0 not refuted, 1 refuted (a certified counterexample was found), 2 bad input.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { builtInConjectures } from '../../../properties/fuzz/built-in.ts';
import { fuzzConjecture, type FuzzResult } from '../../../properties/fuzz/fuzz.ts';
import { loadConjectureModule } from '../../../properties/fuzz/load.ts';
import type { AnyConjecture } from '../../../properties/fuzz/conjecture.ts';
import { seedFromEnv } from '../../../properties/settings.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { parseInteger, parsePositiveInt } from '../options.ts';
import { parseBudget } from '../budget.ts';
import { startProgress } from '../progress.ts';
import { formatTable } from '../table.ts';

interface FuzzCliOptions {
  list?: boolean;
  runs?: string;
  seed?: string;
  path?: string;
  json?: boolean;
  budget?: string;
}

/** The built-in conjecture named `name`, or the conjecture module at path `name`; `InputError` otherwise. */
async function resolveConjecture(name: string): Promise<{ conjecture: AnyConjecture; builtIn: boolean }> {
  const builtIn = builtInConjectures.find((c) => c.name === name);
  if (builtIn) return { conjecture: builtIn, builtIn: true };
  if (!existsSync(name)) {
    throw new InputError(`unknown conjecture ${JSON.stringify(name)}: not a built-in one (see fuzz --list) and no such module file`);
  }
  try {
    return { conjecture: await loadConjectureModule(name), builtIn: false };
  } catch (e) {
    throw new InputError((e as Error).message, { file: name });
  }
}

function listLines(): string[] {
  return formatTable(
    ['name', 'source', 'paper says', 'statement'],
    builtInConjectures.map((c) => [c.name, c.source, c.expected ?? '-', c.description.replace(/\s+/g, ' ')]),
  );
}

async function action(ctx: CommandContext, name: string | undefined, o: FuzzCliOptions): Promise<void> {
  const { io } = ctx;
  if (o.list) {
    if (name !== undefined) throw new InputError(`fuzz --list lists the built-in conjectures and takes no conjecture (got ${JSON.stringify(name)})`);
    if (o.json) io.stdout.write(JSON.stringify(builtInConjectures.map((c) => ({ name: c.name, source: c.source, expected: c.expected ?? null, description: c.description }))) + '\n');
    else writeLines(io.stdout, listLines());
    return;
  }
  if (name === undefined) throw new InputError('fuzz needs a conjecture name or module file (fuzz --list shows the built-in ones)');
  const runs = o.runs === undefined ? undefined : parsePositiveInt(o.runs, '--runs');
  const seed = o.seed === undefined ? seedFromEnv() : parseInteger(o.seed, '--seed');
  if (o.path !== undefined && !/^\d+(:\d+)*$/.test(o.path)) {
    throw new InputError(`--path must look like 3:0:1 (a fast-check counterexample path, as printed by a refutation), got ${JSON.stringify(o.path)}`);
  }
  const budget = o.budget === undefined ? null : parseBudget(o.budget);
  const { conjecture, builtIn } = await resolveConjecture(name);
  const progress = startProgress(io, `fuzz ${conjecture.name}`);
  let result: FuzzResult<unknown, unknown>;
  try {
    result = fuzzConjecture(conjecture, {
      runs,
      seed,
      path: o.path,
      ...(builtIn ? {} : { replayAs: name, expectedBy: 'its author expects' }), // the replay line names the module file; the verdict is not the paper's
      ...(budget === null ? {} : { timeLimitSeconds: budget }),
      onProgress: (done, total) => progress.update(done, total),
    });
  } catch (e) {
    // A user's conjecture that throws or does not certify is an input problem; a built-in one is a bug.
    if (!builtIn) throw new InputError((e as Error).message, { file: name });
    throw e;
  } finally {
    progress.stop();
  }
  ctx.exitCode = result.status === 'refuted' ? 1 : 0;
  if (o.json) {
    const out =
      result.status === 'refuted'
        ? { status: result.status, conjecture: result.conjecture, runs: result.runs, seed: result.seed, path: result.path, shrinks: result.shrinks, certified: result.certified, text: result.text }
        : { status: result.status, conjecture: result.conjecture, runs: result.runs, seed: result.seed, ...(result.requested === undefined ? {} : { requested: result.requested }), text: result.text };
    io.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  io.stdout.write(result.text + '\n');
}

/** The `fuzz` command. */
export const fuzzCommand: CliCommand = {
  name: 'fuzz',
  register(program: Command, ctx: CommandContext) {
    program
      .command('fuzz')
      .description('try to refute a conjecture with seeded random models; print a certified, shrunk counterexample or "not refuted in N runs"')
      .argument('[conjecture]', 'a built-in conjecture name (see --list) or a module file whose default export is a conjecture')
      .option('--list', 'list the built-in conjectures')
      .option('--runs <n>', "number of random models (default: the conjecture's own)")
      .option('--seed <s>', 'fast-check seed (default: $COSINE_VERIFY_SEED or 20260321)')
      .option('--budget <seconds>', 'stop generating models after this many seconds and say how many runs were made (default: none)')
      .option('--path <p>', 'replay a counterexample: the path printed with it (same --seed)')
      .option('--json', 'print {"status", "conjecture", "runs", "seed", "path", "text", ...}')
      .addHelpText(
        'after',
        '\nExamples: fuzz --list    fuzz cosine-tie-for-top --runs 200    fuzz ./my-conjecture.ts --seed 7\nExit code 0 not refuted, 1 refuted, 2 bad input.',
      )
      .action((name: string | undefined, o: FuzzCliOptions) => action(ctx, name, o));
  },
};
