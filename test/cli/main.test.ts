/**
 * runCli: usage errors, input errors and internal errors become one line on stderr with
 * exit codes 2, 2 and 1 (a stack only with --debug); --help works on every command; and
 * the real binary runs the compiled CLI (spawned processes), says how to build it when
 * dist/ is missing and warns when the sources are newer than the build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const bin = fileURLToPath(new URL('../../bin/cosine-verify.js', import.meta.url));
  /** stderr without the staleness warning a tree edited since the last build gets. */
  const withoutStaleWarning = (err: string) => err.replace(/^cosine-verify: warning: .* newer than dist\/.*\n/m, '');

  it('runs the compiled CLI (dist/, built by npm ci / npm run build): --help, and a bad file exits 2 with one line', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: cosine-verify/);
    expect(help.stdout).toMatch(/verify/);
    const bad = spawnSync(process.execPath, [bin, 'analyze', 'no-such-file.json'], { encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(withoutStaleWarning(bad.stderr)).toBe('error: no-such-file.json: no such file\n');
  });

  it("loads a user's .ts conjecture through tsx (the one place the compiled CLI needs it)", () => {
    const r = spawnSync(process.execPath, [bin, 'fuzz', 'examples/conjecture-example.ts', '--runs', '30', '--seed', '1'], { encoding: 'utf8', timeout: 60_000 });
    expect(withoutStaleWarning(r.stderr)).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Conjecture opposite-labels-never-tie REFUTED/);
  });

  it('without dist/ says how to build it (exit 2); with sources newer than the build it warns, and still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin/cosine-verify.js'));
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      const missing = spawnSync(process.execPath, [join(dir, 'bin/cosine-verify.js'), '--help'], { encoding: 'utf8', timeout: 30_000 });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/^cosine-verify: the compiled CLI .*dist\/src\/cli\/main\.js is missing; run `npm run build` in /);
      mkdirSync(join(dir, 'dist/src/cli'), { recursive: true });
      writeFileSync(join(dir, 'dist/src/cli/main.js'), 'export async function runCliProcess(argv) { process.stdout.write(argv.join(" ") + "\\n"); return 3; }\n');
      writeFileSync(join(dir, 'dist/.tsbuildinfo'), '{}');
      for (const d of ['src/cli', 'lp', 'properties']) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, 'src/cli/main.ts'), '');
      const old = new Date(Date.now() - 60_000);
      utimesSync(join(dir, 'src/cli/main.ts'), old, old);
      const fresh = spawnSync(process.execPath, [join(dir, 'bin/cosine-verify.js'), 'a', 'b'], { encoding: 'utf8', timeout: 30_000 });
      expect([fresh.status, fresh.stdout, fresh.stderr]).toEqual([3, 'a b\n', '']);
      writeFileSync(join(dir, 'lp/edited.ts'), '');
      const stale = spawnSync(process.execPath, [join(dir, 'bin/cosine-verify.js'), 'a'], { encoding: 'utf8', timeout: 30_000 });
      expect([stale.status, stale.stdout]).toEqual([3, 'a\n']);
      expect(stale.stderr).toBe('cosine-verify: warning: lp/ has changes newer than dist/; run `npm run build` to use them\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
