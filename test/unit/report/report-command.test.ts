import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, COMMANDS } from '../../../src/cli/main.ts';
import { collectingIO } from '../../../src/cli/io.ts';
import { makeReportCommand } from '../../../src/cli/commands/report.ts';
import { claimById } from '../../../properties/claims/index.ts';
import type { ClaimCheck } from '../../../properties/claims/claim.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-report-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A claim check that always fails (to see the exit code and the failed row). */
const failing: ClaimCheck = { id: 'X.1', statement: 'a claim that fails', method: 'stub', run: () => ({ verified: false, cases: 1, certificates: 0, detail: 'it failed' }) };

async function run(argv: string[], registry: readonly ClaimCheck[]) {
  const io = collectingIO();
  const code = await runCli(argv, io, [makeReportCommand(registry)]);
  return { code, out: io.out(), err: io.err() };
}

describe('cosine-verify report', () => {
  it('is registered in the CLI', () => {
    expect(COMMANDS.map((c) => c.name)).toContain('report');
  });

  it('writes the page with the four figures and the claim table, exit code 0 when everything holds', async () => {
    const file = join(dir, 'ok.html');
    const r = await run(['report', '--out', file, '--runs', '1', '--seed', '3'], [claimById('C.1')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote .*ok\.html: 4 figures \(67 regions\), (\d+) of \1 figure facts hold, 1 of 1 claims verified \(seed 3, runs 1\)\n$/);
    const html = readFileSync(file, 'utf8');
    for (const id of ['fig-1', 'fig-2', 'fig-3', 'fig-4']) expect(html).toContain(`<figure id="${id}"`);
    expect(html).toContain('<tr class="verified" data-claim="C.1">');
  });

  it('still writes the page but exits 1 when a claim fails, naming it', async () => {
    const file = join(dir, 'failed.html');
    const r = await run(['report', '--out', file, '--runs', '1'], [failing]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAILED X.1: it failed');
    expect(readFileSync(file, 'utf8')).toContain('<tr class="failed" data-claim="X.1">');
  });

  it('exits 2 with one line for bad options or an unwritable path, writing nothing', async () => {
    const missingDir = join(dir, 'no-such-dir', 'r.html');
    const a = await run(['report', '--out', missingDir], [failing]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^error: --out .*r\.html: the directory .*no-such-dir does not exist\n$/);
    expect(existsSync(missingDir)).toBe(false);
    const b = await run(['report', '--out', dir], [failing]);
    expect([b.code, b.err]).toEqual([2, `error: --out ${dir}: is a directory, not a file\n`]);
    const c = await run(['report', '--out', join(dir, 'x.html'), '--runs', '0'], [failing]);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--runs/);
    const d = await run(['report'], [failing]);
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/--out/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});
