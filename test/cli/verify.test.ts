import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { makeVerifyCommand } from '../../src/cli/commands/verify.ts';
import type { CliCommand } from '../../src/cli/command.ts';
import type { ClaimCheck } from '../../properties/claims/claim.ts';
import { claims, paperOf, papers } from '../../properties/claims/index.ts';
import { seedFromEnv } from '../../properties/settings.ts';

async function run(argv: string[], commands?: readonly CliCommand[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(isTTY);
  const code = await runCli(argv, io, commands);
  return { code, out: io.out(), err: io.err() };
}

const fake = (id: string, verified: boolean | 'throws'): ClaimCheck => ({
  id,
  statement: `statement of ${id}`,
  method: 'property over N cases',
  run: (opts) => {
    if (verified === 'throws') throw new Error('broken check');
    opts?.onProgress?.(1, 2);
    return { verified, cases: opts?.runs ?? 4, certificates: 2 * (opts?.runs ?? 4), ...(verified ? {} : { detail: 'counterexample W = [[1]]' }) };
  },
});

describe('verify', () => {
  it('the registry holds every claim id of the paper, in order', () => {
    const ids = claims.map((c) => c.id);
    const required = ['L3.1', 'L3.2', 'L3.3', 'T3.4', 'D', 'C.1', 'C.2', 'C.3', 'L5.3', 'T5.5', 'T5.6', 'TH.1', 'Cover1965', 'Cover1967'];
    expect(ids.filter((id) => required.includes(id))).toEqual(required);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('groups the claims by paper: 16 of Nielsen & Grivas, then the 5 of Steck, Ekanadham & Kallus', () => {
    expect(papers.map((p) => [p.name, p.claims.length])).toEqual([['Nielsen & Grivas (2026)', 16], ['Steck, Ekanadham & Kallus (2024)', 5]]);
    expect(papers[1].claims.map((c) => c.id)).toEqual(['Steck.Eq3', 'Steck.Eq4', 'Steck.Eq5', 'Steck.Eq6', 'Steck.Remedy']);
    expect(claims.map((c) => c.id)).toEqual(papers.flatMap((p) => p.claims.map((c) => c.id)));
    expect(paperOf('Steck.Eq5')?.reference).toMatch(/arXiv:2403\.05440/);
    expect(paperOf('T5.6')?.reference).toMatch(/arXiv:2603\.29488/);
    expect(paperOf('Z9')).toBeUndefined();
  });

  it('prints one section per paper, headed by its name and reference; --only Steck.Eq5 runs that claim alone', async () => {
    const r = await run(['verify', '--only', 'C.1,Steck.Eq5']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[2]).toBe('Nielsen & Grivas (2026): What Cosine Similarity of Label Representations Can and Cannot Tell us, arXiv:2603.29488');
    expect(lines[3]).toMatch(/^C\.1\s.*verified$/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('Steck, Ekanadham & Kallus (2024): Is Cosine-Similarity of Embeddings Really About Similarity?, arXiv:2403.05440');
    expect(lines[6]).toMatch(/^Steck\.Eq5\s+A = B = V_k dMat.*\s\d+\s+\d+\s+\d+\.\d\d s\s+verified$/);
    expect(lines.at(-2)).toMatch(/^2 of 2 claims verified in/);
    const j = JSON.parse((await run(['verify', '--only', 'Steck.Eq5', '--json'])).out);
    expect(j.claims.map((c: { id: string; paper: string; status: string }) => [c.id, c.paper, c.status])).toEqual([['Steck.Eq5', 'Steck, Ekanadham & Kallus (2024)', 'verified']]);
  });

  it('runs every claim of the registry and verifies each (small --runs)', async () => {
    const r = await run(['verify', '--runs', '5', '--json']);
    const j = JSON.parse(r.out);
    const failed = j.claims.filter((c: { status: string }) => c.status !== 'verified');
    expect(failed).toEqual([]);
    expect(j.ok).toBe(true);
    expect(r.code).toBe(0);
    expect(j.claims.map((c: { id: string }) => c.id)).toEqual(claims.map((c) => c.id));
    // the LP engine's counters for this run: the claims decide systems, every one counted
    expect(j.lp.decisions).toBeGreaterThan(0);
    expect(j.lp.glpk + j.lp.fallbacks).toBeLessThanOrEqual(j.lp.decisions);
    for (const c of j.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'status', 'cases', 'certificates', 'seconds']));
      expect(c.cases).toBeGreaterThan(0);
    }
  });

  it('prints the table: claim id, statement, method, cases, certificates, time, verdict', async () => {
    const r = await run(['verify', '--only', 'C.1,C.2']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^claim\s+statement\s+method\s+cases\s+certificates\s+time\s+verdict$/);
    expect(lines[2]).toMatch(/^Nielsen & Grivas \(2026\): /);
    expect(lines[3]).toMatch(/^C\.1\s+Fig\. 1: cos\(w0, w1\) = 4\/5.*\s\d+\s+\d+\s+\d+\.\d\d s\s+verified$/);
    expect(lines[4]).toMatch(/^C\.2\s.*verified$/);
    // with no --seed the command follows the env seed (COSINE_VERIFY_SEED, else DEFAULT_SEED)
    expect(lines.at(-2)).toMatch(new RegExp(`^2 of 2 claims verified in \\d+\\.\\d s \\(seed ${seedFromEnv()}\\)$`));
    expect(lines.at(-1)).toMatch(/^certified LP decisions: [1-9]\d* \(\d+ by the nearest-point fast path; decideStrictSystem: \d+, \d+ from glpk, \d+ by the exact fallback\); the other certificates are exact checks of identities and constructions$/);
  });

  it('exit code 1 and the detail when a claim fails or throws; N in the method becomes the case count', async () => {
    const cmd = makeVerifyCommand([fake('A', true), fake('B', false), fake('C', 'throws')]);
    const r = await run(['verify', '--runs', '3', '--json'], [cmd]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.claims.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['A', 'verified'], ['B', 'failed'], ['C', 'failed']]);
    expect(j.claims[0]).toMatchObject({ cases: 3, certificates: 6, method: 'property over 3 cases' });
    expect(j.claims[2].detail).toMatch(/the check threw: broken check/);
    const t = await run(['verify', '--seed', '5'], [cmd]);
    expect(t.code).toBe(1);
    expect(t.out).toMatch(/FAILED B: counterexample W = \[\[1\]\]/);
    expect(t.out.split('\n')[2]).toMatch(/^A\s+statement of A/); // a flat list of claims: no paper headings
    expect(t.out).toMatch(/1 of 3 claims verified in .* \(seed 5\)/);
    const ok = await run(['verify'], [makeVerifyCommand([fake('A', true)])]);
    expect(ok.code).toBe(0);
  });

  it('draws a progress bar on stderr only on a terminal', async () => {
    const cmd = makeVerifyCommand([fake('A', true), fake('B', true)]);
    const tty = await run(['verify'], [cmd], true);
    expect(tty.err).toMatch(/verify \[/);
    expect(tty.out).not.toMatch(/verify \[/);
    const piped = await run(['verify'], [cmd], false);
    expect(piped.err).toBe('');
  });

  it('bad options exit 2 with one line', async () => {
    for (const [argv, msg] of [
      [['verify', '--runs', 'x'], /--runs must be a non-negative integer, got "x"/],
      [['verify', '--seed', '1.5'], /--seed must be an integer/],
      [['verify', '--only', 'L3.1,Z9'], /--only: unknown claim id "Z9"; known: L3\.1, /],
      [['verify', '--only', ' , '], /--only: no claim id given \(got " , "\); known: L3\.1, /],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('verify: honest counts and budgets', () => {
  it('--only L3.2,T5.6 counts the certified LP decisions of T5.6 (nearest-point fast path), not 0', async () => {
    const io = collectingIO(false);
    const code = await runCli(['verify', '--only', 'L3.2,T5.6', '--runs', '3', '--json'], io);
    expect(code).toBe(0);
    const j = JSON.parse(io.out());
    expect(j.lp.fast).toBeGreaterThan(0);
    expect(j.lp.total).toBe(j.lp.fast + j.lp.decisions);
  });

  it('--budget starts no claim after the budget and lists those not run (exit 1)', async () => {
    const io = collectingIO(false);
    const code = await runCli(['verify', '--only', 'L3.1,L3.2,T3.4', '--runs', '2', '--budget', '0.001'], io);
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^not run: (L3\.\d, )*T3\.4 \(\d of 3 claims\) before the 0\.001 s budget ran out$/m);
  });
});
