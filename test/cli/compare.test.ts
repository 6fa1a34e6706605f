/**
 * `compare A B`: the paper's comparisons as one command. Every certificate of `--json` is
 * re-checked here by independent code (fraction.js on the rows rebuilt from examples.json),
 * and the text, the exit codes and the budgets are checked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';

type Frac = InstanceType<typeof Fraction>;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A matrix of the shipped examples straight from the JSON text (H.2: key A or B). */
function exampleRows(key: string, name: string): Frac[][] {
  const json = JSON.parse(readFileSync(new URL('../../src/examples/examples.json', import.meta.url), 'utf8'));
  return (json[key][name] as string[][]).map((r) => r.map((s) => new Fraction(s)));
}

/** Ranking chain rows w_{π_t} − w_{π_{t+1}}. */
const rankingRows = (W: Frac[][], r: number[]) => r.slice(0, -1).map((p, t) => W[p].map((x, c) => x.sub(W[r[t + 1]][c])));

/** A witness (every row·x > 0) or a Gordan certificate (y ≥ 0, y ≠ 0, Σ y_t·row_t = 0) of `rows`. */
function checks(rows: Frac[][], cert: { kind: string; x?: string[]; y?: string[] }): boolean {
  const zero = new Fraction(0);
  if (cert.kind === 'witness') {
    const x = cert.x!.map((s) => new Fraction(s));
    return x.length === rows[0].length && rows.every((r) => r.reduce((acc, v, c) => acc.add(v.mul(x[c])), zero).compare(0) > 0);
  }
  const y = cert.y!.map((s) => new Fraction(s));
  if (y.length !== rows.length || y.some((v) => v.compare(0) < 0) || y.every((v) => v.equals(0))) return false;
  return rows[0].every((_, c) => rows.reduce((acc, r, t) => acc.add(y[t].mul(r[c])), zero).equals(0));
}

describe('compare', () => {
  it('App. H.2 with --points: equal S, different R in exactly the four rankings, each certificate checked independently (exit 1)', async () => {
    const r = await run(['compare', 'examples:H.2/A', 'examples:H.2/B', '--points', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.equal).toBe(false);
    expect([j.signPattern.equal, j.signPattern.counts]).toEqual([true, [20, 20]]);
    expect([j.rankingPattern.equal, j.rankingPattern.counts]).toEqual([false, [14, 14]]);
    expect(j.rankingPattern.onlyA).toEqual([[3, 0, 2, 1, 4], [4, 1, 2, 0, 3]]);
    expect(j.rankingPattern.onlyB).toEqual([[0, 3, 2, 4, 1], [1, 4, 2, 3, 0]]);
    const lifted = { A: exampleRows('H.2', 'A').map((row) => [new Fraction(1), ...row]), B: exampleRows('H.2', 'B').map((row) => [new Fraction(1), ...row]) };
    expect(j.rankingPattern.differences).toHaveLength(4);
    for (const d of j.rankingPattern.differences) {
      const [has, hasNot] = d.presentIn === 'A' ? [lifted.A, lifted.B] : [lifted.B, lifted.A];
      expect(checks(rankingRows(has, d.pattern), d.witness)).toBe(true);
      expect(checks(rankingRows(hasNot, d.pattern), d.certificate)).toBe(true);
      expect(checks(rankingRows(has, d.pattern), d.certificate)).toBe(false); // the checker can fail
    }
  });

  it('the text names the rankings top first with their certificates, and says S is equal', async () => {
    const r = await run(['compare', 'examples:H.2/A', 'examples:H.2/B', '--points']);
    expect(r.out).toMatch(/^S sign patterns: equal: \|S\(A\)\| = 20, \|S\(B\)\| = 20/m);
    expect(r.out).toMatch(/^R ranking patterns: different: \|R\(A\)\| = 14, \|R\(B\)\| = 14/m);
    for (const [ranking, has, hasNot] of [['3 > 0 > 2 > 1 > 4', 'A', 'B'], ['4 > 1 > 2 > 0 > 3', 'A', 'B'], ['0 > 3 > 2 > 4 > 1', 'B', 'A'], ['1 > 4 > 2 > 3 > 0', 'B', 'A']]) {
      expect(r.out).toContain(`  ${ranking} only in ${has}: witness in ${has} x = [`);
      expect(r.out).toMatch(new RegExp(`${ranking} only in ${has}: .*Gordan certificate in ${hasNot} y = \\[`));
    }
  });

  it('App. H.2 without --points: the vector configurations A, B differ in S as well', async () => {
    const j = JSON.parse((await run(['compare', 'examples:H.2/A', 'examples:H.2/B', '--json'])).out);
    expect([j.points, j.signPattern.equal, j.signPattern.onlyA.length, j.signPattern.onlyB.length]).toEqual([false, false, 6, 6]);
  });

  it('App. H.1 (T5.5): equal C(W), different C(DW) and R', async () => {
    const r = await run(['compare', 'examples:H.1/W1', 'examples:H.1/W2']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^C\(W\) cosine matrices: equal \(all 21 cosines exactly equal/m);
    expect(r.out).toMatch(/^C\(DW\) braid cosine matrices: different \(105 of 210/m);
    expect(r.out).toMatch(/^S sign patterns: equal: \|S\(A\)\| = 8, \|S\(B\)\| = 8/m);
    expect(r.out).toMatch(/^R ranking patterns: different: \|R\(A\)\| = 16, \|R\(B\)\| = 28/m);
    expect(r.out).toMatch(/… 8 more, not certified here \(--max-differences\)/);
  });

  it('a model against itself: everything equal, exit 0', async () => {
    const r = await run(['compare', 'examples:C.2', 'examples:C.2']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/different/);
  });

  it('budgets: what was not compared is said, with the reason', async () => {
    const r = await run(['compare', 'examples:H.1/W1', 'examples:H.1/W2', '--max-regions', '0', '--max-cosines', '30']);
    expect(r.out).toMatch(/^C\(DW\) braid cosine matrices: not compared: 210 cosines per model, above the budget of 30/m);
    expect(r.out).toMatch(/^S sign patterns: equal: .*equal by L5\.3/m);
    expect(r.out).toMatch(/^R ranking patterns: not compared: .*not compared: Cover's count/m);
  });

  it('bad input: different numbers of labels, a bad budget (exit 2, one line)', async () => {
    const r = await run(['compare', 'examples:H.2/A', 'examples:H.1/W1']);
    expect([r.code, r.err]).toEqual([2, 'error: examples:H.2/A has 5 labels but examples:H.1/W1 has 7; compare needs models with the same labels\n']);
    const b = await run(['compare', 'examples:C.2', 'examples:C.2', '--max-regions', 'many']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--max-regions must be a non-negative integer/);
  });

  it('a model over Q against one over Q(√2) is compared in Q(√2); Q(√2) against Q(√39) is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-compare-'));
    try {
      const q7 = join(dir, 'q7.json');
      writeFileSync(q7, JSON.stringify([[5, 0], [4, 4], [0, 5], [-4, 4], [-5, 0], [-4, -4], [4, -4]]));
      const j = JSON.parse((await run(['compare', q7, 'examples:H.1/W1', '--json'])).out);
      expect([j.a.field, j.b.field, j.cosine.status]).toEqual(['Q(sqrt(2))', 'Q(sqrt(2))', 'compared']);
      expect(j.cosine.equal).toBe(true); // the same seven directions as W1 (cosines ignore lengths), exactly in Q(√2)
      const r2 = join(dir, 'r2.json');
      writeFileSync(r2, JSON.stringify([['1', '0'], ['sqrt(2)', '1'], ['0', '1'], ['-1', '0'], ['0', '-1'], ['1', '1']]));
      const bad = await run(['compare', r2, 'examples:C.3']);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/lies in Q\(sqrt\(2\)\) but examples:C\.3 lies in Q\(sqrt\(39\)\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
