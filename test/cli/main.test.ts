/**
 * runCli: usage errors, input errors and internal errors become one line on stderr with
 * exit codes 2, 2 and 1 (a stack only with --debug); --help works on every command; and
 * the real binary starts (one spawned process).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import type { CliCommand, CommandContext } from '../../src/cli/command.ts';
import { InputError } from '../../src/cli/input-error.ts';

async function run(argv: string[], commands?: readonly CliCommand[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io, commands);
  return { code, out: io.out(), err: io.err() };
}

/** A command whose action throws `error`, to test the error mapping of runCli. */
function throwing(error: () => Error): CliCommand {
  return {
    name: 'boom',
    register(program: Command, _ctx: CommandContext) {
      program.command('boom').action(() => {
        throw error();
      });
    },
  };
}

describe('runCli', () => {
  it('registers verify, analyze, decide, fuzz and grid (and any later command), each with --help', async () => {
    const names = COMMANDS.map((c) => c.name);
    const mine = ['verify', 'analyze', 'decide', 'fuzz', 'grid'];
    expect(names.filter((n) => mine.includes(n))).toEqual(mine);
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const name of names) {
      expect(top.out).toContain(name);
      const h = await run([name, '--help']);
      expect(h.code, name).toBe(0);
      expect(h.out, name).toMatch(new RegExp(`Usage: cosine-verify ${name}`));
      expect(h.err).toBe('');
    }
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('usage errors are one line and exit code 2', async () => {
    for (const argv of [['frobnicate'], ['analyze'], ['analyze', 'x.json', '--no-such-option'], ['decide', 'a', 'b'], []]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
      if (argv.length > 0) expect(r.err.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    expect((await run(['frobnicate'])).err).toMatch(/unknown command 'frobnicate'/);
    expect((await run(['analyze'])).err).toMatch(/missing required argument 'file'/);
  });

  it('input errors are one line "error: …" and exit code 2', async () => {
    const r = await run(['boom'], [throwing(() => new InputError('bad row 3', { file: 'w.json', row: 3 }))]);
    expect(r).toEqual({ code: 2, out: '', err: 'error: w.json: bad row 3\n' });
  });

  it('internal errors are one line "internal error: …" and exit code 1; the stack only with --debug', async () => {
    const plain = await run(['boom'], [throwing(() => new Error('unexpected\nstate'))]);
    expect(plain).toEqual({ code: 1, out: '', err: 'internal error: unexpected state\n' });
    const debug = await run(['boom', '--debug'], [throwing(() => new Error('unexpected'))]);
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/^internal error: unexpected\nError: unexpected\n\s+at /);
  });

  it('library errors about input are not reported as internal errors when they come from parsing', async () => {
    const r = await run(['analyze', 'examples:C.2', '--pair', 'x,1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --pair: item 0/);
  });
});

describe('bin/cosine-verify.js', () => {
  it('runs the CLI through tsx: --help, and a bad file exits 2 with one line', () => {
    const bin = fileURLToPath(new URL('../../bin/cosine-verify.js', import.meta.url));
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: cosine-verify/);
    expect(help.stdout).toMatch(/verify/);
    const bad = spawnSync(process.execPath, [bin, 'analyze', 'no-such-file.json'], { encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('error: no-such-file.json: no such file\n');
  });
});
