/**
 * `decide --json`: every certificate is verified here by a few lines of independent code —
 * the rows are rebuilt by the test from the input itself (the exact strings of
 * examples.json, or a file the test wrote) with fraction.js directly, not with the package.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fraction from 'fraction.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { QUESTIONS } from '../../lp/queries/registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-decide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Frac = InstanceType<typeof Fraction>;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** The rational rows of an example matrix, straight from the shipped JSON text. */
function exampleRows(key: string): Frac[][] {
  const json = JSON.parse(readFileSync(new URL('../../src/examples/examples.json', import.meta.url), 'utf8'));
  return (json[key].W as string[][]).map((r) => r.map((s) => new Fraction(s)));
}

/** Independent rows of each question (the definitions in the issue). */
const rowsFor = {
  sign: (W: Frac[][], s: string) => W.map((w, i) => w.map((x) => (s[i] === '+' ? x : x.neg()))),
  ranking: (W: Frac[][], r: number[]) => r.slice(0, -1).map((p, t) => W[p].map((x, c) => x.sub(W[r[t + 1]][c]))),
  argmax: (W: Frac[][], i: number) => W.flatMap((w, j) => (j === i ? [] : [W[i].map((x, c) => x.sub(w[c]))])),
  tie: (W: Frac[][], i: number, j: number) => ({
    A: W.flatMap((w, l) => (l === i || l === j ? [] : [W[i].map((x, c) => x.sub(w[c]))])),
    B: [W[i].map((x, c) => x.sub(W[j][c]))],
  }),
};

/** Checks a Motzkin certificate (y over the rows A, z over the equations B) or a witness of {A x > 0, B x = 0}. */
function motzkinChecks(A: Frac[][], B: Frac[][], cert: { kind: string; x?: string[]; y?: string[]; z?: string[] }): boolean {
  const zero = new Fraction(0);
  if (cert.kind === 'witness') {
    const x = cert.x!.map((s) => new Fraction(s));
    const dotx = (r: Frac[]) => r.reduce((acc, v, c) => acc.add(v.mul(x[c])), zero);
    return A.every((r) => dotx(r).compare(0) > 0) && B.every((r) => dotx(r).equals(0));
  }
  const y = cert.y!.map((s) => new Fraction(s));
  const z = cert.z!.map((s) => new Fraction(s));
  if (y.length !== A.length || z.length !== B.length || y.some((v) => v.compare(0) < 0) || y.every((v) => v.equals(0))) return false;
  const cols = (A[0] ?? B[0]).length;
  return Array.from({ length: cols }, (_, c) => c).every((c) =>
    A.reduce((acc, r, t) => acc.add(y[t].mul(r[c])), zero).add(B.reduce((acc, r, s) => acc.add(z[s].mul(r[c])), zero)).equals(0));
}

/**
 * Checks a decide --json certificate against `rows`: a witness has row·x > 0 for every row;
 * an infeasibility certificate has y ≥ 0, y ≠ 0 and Σ_t y_t·row_t = 0. Returns true when it checks.
 */
function certificateChecks(rows: Frac[][], cert: { kind: string; x?: string[]; y?: string[] }): boolean {
  if (cert.kind === 'witness') {
    const x = cert.x!.map((s) => new Fraction(s));
    return rows.every((r) => r.reduce((acc, v, c) => acc.add(v.mul(x[c])), new Fraction(0)).compare(0) > 0);
  }
  const y = cert.y!.map((s) => new Fraction(s));
  if (y.length !== rows.length || y.some((v) => v.compare(0) < 0) || y.every((v) => v.equals(0))) return false;
  return rows[0].every((_, c) => rows.reduce((acc, r, t) => acc.add(y[t].mul(r[c])), new Fraction(0)).equals(0));
}

describe('decide --json: certified decisions checked by independent code', () => {
  const W = exampleRows('C.2');

  it('a sign vector in S(W) has a witness, one outside a Gordan certificate', async () => {
    for (const [s, feasible] of [['++---', true], ['+++++', false], ['-+--+', false]] as const) {
      const r = await run(['decide', 'examples:C.2', '--sign', s, '--json']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out);
      expect(j.feasible).toBe(feasible);
      expect(j.certificate.kind).toBe(feasible ? 'witness' : 'infeasible');
      expect(Object.keys(j.certificate).sort()).toEqual(feasible ? ['kind', 'x'] : ['kind', 'y']);
      expect(certificateChecks(rowsFor.sign(W, s), j.certificate)).toBe(true);
    }
  });

  it('rankings: in R(W) with a witness, outside with a certificate', async () => {
    // x = (1, 1/10) scores the labels 1.3, 1.5, -0.87, -1, -0.93
    const inside = [1, 0, 2, 4, 3];
    const outside = [2, 4, 0, 1, 3];
    for (const [r, feasible] of [[inside, true], [outside, false]] as const) {
      const res = await run(['decide', 'examples:C.2', '--ranking', r.join(','), '--json']);
      const j = JSON.parse(res.out);
      expect(j.feasible).toBe(feasible);
      expect(certificateChecks(rowsFor.ranking(W, [...r]), j.certificate)).toBe(true);
    }
  });

  it('argmax: certificates for every label of C.2, and a non-argmaxable label of a file', async () => {
    for (let i = 0; i < W.length; i++) {
      const j = JSON.parse((await run(['decide', 'examples:C.2', '--argmax', String(i), '--json'])).out);
      expect(certificateChecks(rowsFor.argmax(W, i), j.certificate)).toBe(true);
      expect(j.feasible).toBe(true); // every label of C.2 is a hull vertex
    }
    // label 2 = (0, 1/2) lies inside the triangle of the others: not argmaxable
    const p = join(dir, 'inner.json');
    writeFileSync(p, JSON.stringify([['-1', '0'], ['1', '0'], ['0', '1/2'], ['0', '2']]));
    const own = [['-1', '0'], ['1', '0'], ['0', '1/2'], ['0', '2']].map((r) => r.map((s) => new Fraction(s)));
    const j = JSON.parse((await run(['decide', p, '--argmax', '2', '--json'])).out);
    expect(j.feasible).toBe(false);
    expect(certificateChecks(rowsFor.argmax(own, 2), j.certificate)).toBe(true);
    expect(certificateChecks(rowsFor.argmax(own, 2), { kind: 'infeasible', y: ['1', '0', '0', '0'] })).toBe(false); // the checker can fail
  });

  it('with a bias, rows become (r, c) on (x, t) plus (0, …, 0, 1)', async () => {
    const p = join(dir, 'inner-biased.json');
    writeFileSync(p, JSON.stringify([['-1', '0'], ['1', '0'], ['0', '1/2'], ['0', '2']]));
    const b = join(dir, 'bias.json');
    writeFileSync(b, JSON.stringify([0, 0, 5, 0]));
    const own = [['-1', '0', '0'], ['1', '0', '0'], ['0', '1/2', '5'], ['0', '2', '0']].map((r) => r.map((s) => new Fraction(s)));
    const j = JSON.parse((await run(['decide', p, '--argmax', '2', '--bias', b, '--json'])).out);
    expect(j.feasible).toBe(true); // a large bias makes the inner label the top one (at x = 0)
    const rows = [...rowsFor.argmax(own, 2), [0, 0, 1].map((v) => new Fraction(v))];
    expect(certificateChecks(rows, j.certificate)).toBe(true);
    expect(j.rows).toEqual(rows.map((r) => r.map((v) => v.toFraction())));
  });

  it('ties for the top (Motzkin systems): App. C.2 pairs, with z in the JSON; with a bias the rows gain the bias column', async () => {
    for (const [i, j, can] of [[1, 2, true], [2, 4, false], [0, 1, true], [1, 3, false]] as const) {
      const j2 = JSON.parse((await run(['decide', 'examples:C.2', '--tie', `${i},${j}`, '--json'])).out);
      expect(j2.question).toBe('tie');
      expect(j2.argument).toBe(`${i},${j}`);
      expect(j2.feasible).toBe(can);
      const { A, B } = rowsFor.tie(W, i, j);
      expect(j2.rows).toEqual(A.map((r) => r.map((v) => v.toFraction())));
      expect(j2.equalities).toEqual(B.map((r) => r.map((v) => v.toFraction())));
      expect(Object.keys(j2.certificate).sort()).toEqual(can ? ['kind', 'x'] : ['kind', 'y', 'z']);
      expect(motzkinChecks(A, B, j2.certificate)).toBe(true);
    }
    const p = join(dir, 'inner-tie.json');
    writeFileSync(p, JSON.stringify([['-1', '0'], ['1', '0'], ['0', '1/2'], ['0', '2']]));
    const b = join(dir, 'bias-tie.json');
    writeFileSync(b, JSON.stringify([0, 0, 5, 0]));
    expect(JSON.parse((await run(['decide', p, '--tie', '0,2', '--json'])).out).feasible).toBe(false);
    const jb = JSON.parse((await run(['decide', p, '--tie', '0,2', '--bias', b, '--json'])).out);
    expect(jb.feasible).toBe(true);
    const own = [['-1', '0', '0'], ['1', '0', '0'], ['0', '1/2', '5'], ['0', '2', '0']].map((r) => r.map((s) => new Fraction(s)));
    const { A, B } = rowsFor.tie(own, 0, 2);
    const withT = [...A, [0, 0, 1].map((v) => new Fraction(v))];
    expect(jb.rows).toEqual(withT.map((r) => r.map((v) => v.toFraction())));
    expect(motzkinChecks(withT, B, jb.certificate)).toBe(true);
    const text = await run(['decide', 'examples:C.2', '--tie', '2,4']);
    expect(text.out).toMatch(/^Motzkin certificate y = \{w_2 − w_0: 3, w_2 − w_3: 69\} \(the support: 2 of 3 rows; y_t = 0 on every other row\), z = \{w_2 − w_4: -41\}$/m);
    expect(text.out).toMatch(/answer: labels 2 and 4 never tie for the highest probability/);
  });

  it('top-m prefixes: a new question of the registry needs no change of the command', async () => {
    // x = (1, 1/10) scores the labels 1.3, 1.5, -0.87, -1, -0.93: 1 > 0 > 2 > 4 > 3
    const yes = JSON.parse((await run(['decide', 'examples:C.2', '--top', '1,0', '--json'])).out);
    expect(yes.question).toBe('top');
    expect(yes.feasible).toBe(true);
    const rows = [[1, 0], [0, 2], [0, 3], [0, 4]].map(([a, c]) => W[a].map((x, t) => x.sub(W[c][t])));
    expect(certificateChecks(rows, yes.certificate)).toBe(true);
    const no = JSON.parse((await run(['decide', 'examples:C.2', '--top', '2,4', '--json'])).out);
    expect(no.feasible).toBe(false); // 2 and 4 cannot even tie for the top
    const rowsNo = [[2, 4], [4, 0], [4, 1], [4, 3]].map(([a, c]) => W[a].map((x, t) => x.sub(W[c][t])));
    expect(certificateChecks(rowsNo, no.certificate)).toBe(true);
  });

  it('prints a readable certified answer as text', async () => {
    const r = await run(['decide', 'examples:C.2', '--sign', '+++++']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/verdict: infeasible \(certified\)/);
    expect(r.out).toMatch(/^Gordan certificate y = \{w_0: 33, w_1: 12, w_2: 70\} \(the support: 3 of 5 rows; y_t = 0 on every other row\)$/m);
    const q = await run(['decide', 'examples:C.3', '--argmax', '0']);
    expect(q.out).toMatch(/verdict: feasible \(certified\)/);
    expect(q.out).toMatch(/over Q\(sqrt\(39\)\)/);
  });
});

describe('decide: bad input is one line on stderr and exit code 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['a sign vector of the wrong length', ['--sign', '+-+'], /sign vector "\+-\+": has 3 entries, expected k = 5/],
    ['a sign vector with other characters', ['--sign', '+-x-+'], /character "x" at position 2/],
    ['a ranking that is not a permutation', ['--ranking', '0,1,1,2,3'], /not a permutation: label 1 appears at positions 1 and 2/],
    ['a ranking that misses labels', ['--ranking', '0,1,2'], /missing 3, 4/],
    ['a label index out of range', ['--argmax', '5'], /label index 5 is out of range \(labels are 0 … 4\)/],
    ['no question', [], /exactly one of --sign, --ranking, --argmax, --tie, --top/],
    ['a tie of one label with itself', ['--tie', '2,2'], /--tie: the two labels must differ, got 2 twice/],
    ['a top prefix with a repeated label', ['--top', '1,0,1'], /--top: labels must differ: label 1 appears at positions 0 and 2/],
    ['two questions', ['--argmax', '1', '--sign', '+++++'], /exactly one of .* \(got --sign, --argmax\)/],
  ];
  for (const [what, opts, msg] of cases) {
    it(what, async () => {
      const r = await run(['decide', 'examples:C.2', ...opts]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});

describe('decide and analyze follow the question registry', () => {
  it('decide --help offers one option per question; analyze --json has one key per survey', async () => {
    const help = (await run(['decide', '--help'])).out;
    for (const q of QUESTIONS) {
      expect(help).toContain(`${q.option.flag} <${q.option.value}>`);
      expect(help).toContain(`${q.option.flag}: ${q.option.rows}`);
    }
    const a = JSON.parse((await run(['analyze', 'examples:C.2', '--json', '--max-regions', '0'])).out);
    for (const q of QUESTIONS) if (q.survey) expect(a).toHaveProperty(q.survey.key);
    expect(QUESTIONS.filter((q) => q.survey).map((q) => q.survey!.key)).toEqual(['argmaxable', 'canTieForTop']);
  });
});
