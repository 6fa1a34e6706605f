import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { builtInConjectures } from '../../properties/fuzz/built-in.ts';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** The lines of a refutation between its "Counterexample …" header and the "Evidence …" line. */
function counterexampleBlock(text: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('Counterexample'));
  const to = lines.findIndex((l) => l.startsWith('Evidence'));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from + 1);
  return lines.slice(from + 1, to).join('\n');
}

describe('fuzz', () => {
  it('--list lists every built-in conjecture', async () => {
    const r = await run(['fuzz', '--list']);
    expect(r.code).toBe(0);
    for (const c of builtInConjectures) expect(r.out).toContain(c.name);
    const j = JSON.parse((await run(['fuzz', '--list', '--json'])).out) as { name: string }[];
    expect(j.map((c) => c.name)).toEqual(builtInConjectures.map((c) => c.name));
  });

  it('refutes a false conjecture with a certified counterexample that replays from seed and path (exit 1)', async () => {
    const r = await run(['fuzz', 'cosine-tie-for-top', '--runs', '50', '--seed', '7', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ status: 'refuted', conjecture: 'cosine-tie-for-top', seed: 7, certified: true });
    expect(j.text).toMatch(/REFUTED/);
    expect(j.text).toMatch(/CANNOT tie for the top/);
    const replay = await run(['fuzz', 'cosine-tie-for-top', '--seed', '7', '--path', j.path]);
    expect(replay.code).toBe(1);
    expect(counterexampleBlock(replay.out)).toBe(counterexampleBlock(j.text));
    expect(counterexampleBlock(j.text)).toMatch(/W \(Q, \d+ × \d+\)/);
  });

  it('a true conjecture is "not refuted in N runs" with the seed (exit 0)', async () => {
    const r = await run(['fuzz', 'argmaxable-iff-hull-vertex', '--runs', '5', '--seed', '3']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('argmaxable-iff-hull-vertex: not refuted in 5 runs (seed 3)\n');
  });

  it('--budget stops generating models and says how many runs were not made (exit 0: not refuted)', async () => {
    const r = await run(['fuzz', 'argmaxable-iff-hull-vertex', '--runs', '1000000', '--budget', '0.3', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.requested).toBe(1000000);
    expect(j.runs).toBeLessThan(1000000);
    expect(j.text).toBe(`argmaxable-iff-hull-vertex: not refuted in ${j.runs} runs (seed ${j.seed}); the 0.3 s budget stopped it: ${1000000 - j.runs} of the 1000000 runs not made`);
  });

  it("runs a user's conjecture module", async () => {
    const file = 'examples/conjecture-example.ts';
    expect(existsSync(file)).toBe(true);
    const r = await run(['fuzz', file, '--runs', '100', '--seed', '1']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Conjecture opposite-labels-never-tie REFUTED/);
    expect(r.out).toMatch(/tie for the top at x = \{"kind":"witness"/);
    expect(r.out).toMatch(new RegExp(`\\(cosine-verify fuzz ${file} --seed 1 --path [0-9:]+\\)`));
  });

  it('bad input: unknown conjecture, bad --path, bad --runs, no name (exit 2, one line)', async () => {
    const cases: [string[], RegExp][] = [
      [['fuzz', 'no-such-conjecture'], /unknown conjecture "no-such-conjecture": not a built-in one \(see fuzz --list\)/],
      [['fuzz', 'cosine-tie-for-top', '--path', '1:x'], /--path must look like 3:0:1/],
      [['fuzz', 'cosine-tie-for-top', '--runs', '0'], /--runs must be at least 1/],
      [['fuzz'], /fuzz needs a conjecture name or module file/],
      [['fuzz', '--list', 'cosine-tie-for-top'], /fuzz --list lists the built-in conjectures and takes no conjecture \(got "cosine-tie-for-top"\)/],
      [['fuzz', 'package.json'], /package\.json/],
    ];
    for (const [argv, msg] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
