/**
 * `decide` on the vocabulary-scale path (issue 10 item 6): the same answers as the exact
 * engine on small float matrices (argmax, ties, top-m prefixes; with and without a bias),
 * certificates printed sparsely (the support only) and checked here by independent code
 * (fraction.js on the floats of the file), the choice of path, and one clear line for what
 * the scale path cannot take.
 */
import Fraction from 'fraction.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { leBytes, npyFile, tempDir } from '../unit/io/write-files.ts';
import { writeVocabMatrix } from './helpers/vocab-matrix.ts';

const tmp = tempDir('cosine-verify-decide-scale-');
afterAll(() => tmp.remove());

type Frac = InstanceType<typeof Fraction>;

async function run(argv: string[], signal?: AbortSignal): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false, signal);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/**
 * A 12 × 3 float64 W: label 2 is the midpoint of labels 0 and 1, hence not argmaxable without
 * a bias ((w_2 − w_0) + (w_2 − w_1) = 0: y = (1, 1) on those two rows); the others are
 * multiples of 1/8.
 */
const ROWS = [
  [1, 0, 0.5], [-0.25, 1, 0], [0.375, 0.5, 0.25], [0, -1, 1], [-1, -0.5, -0.25], [0.5, 0.5, -1],
  [-0.75, 0.25, 0.875], [0.125, -0.625, -0.5], [0.875, -0.375, 0.125], [-0.5, 0.75, -0.625], [0.25, 0.125, 0.75], [-0.375, -0.875, 0.375],
];
const K = ROWS.length;
const W = tmp.write('W12x3.npy', npyFile('<f8', [K, 3], leBytes('F64', ROWS.flat())));
const BIAS = [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const B = tmp.write('b12.npy', npyFile('<f4', [K], leBytes('F32', BIAS)));
const exactW: Frac[][] = ROWS.map((r) => r.map((v) => new Fraction(v)));

/** The strict rows of argmax i, tie i,j and top a,b (the definitions of docs/cli.md), with a bias as (w, b) plus (0, …, 0, 1). */
function rowsOf(question: string, arg: number[], bias: boolean): { A: Frac[][]; Bq: Frac[][] } {
  const row = (l: number) => (bias ? [...exactW[l], new Fraction(BIAS[l])] : exactW[l]);
  const diff = (a: number, b: number) => row(a).map((v, c) => v.sub(row(b)[c]));
  const others = (top: number, except: number[]) => Array.from({ length: K }, (_, l) => l).filter((l) => l !== top && !except.includes(l)).map((l) => diff(top, l));
  let A: Frac[][];
  let Bq: Frac[][] = [];
  if (question === 'argmax') A = others(arg[0], []);
  else if (question === 'tie') {
    A = others(arg[0], [arg[1]]);
    Bq = [diff(arg[0], arg[1])];
  } else A = [...arg.slice(0, -1).map((a, t) => diff(a, arg[t + 1])), ...others(arg[arg.length - 1], arg)];
  if (bias) A.push([0, 0, 0, 1].map((v) => new Fraction(v)));
  return { A, Bq };
}

/** Checks a scale-path --json certificate (sparse y on `rows`, or a witness (x, t)) against the rows built here. */
function checks(A: Frac[][], Bq: Frac[][], c: { kind: string; x?: string[]; rows?: number[]; y?: string[]; z?: string[] }): boolean {
  const zero = new Fraction(0);
  if (c.kind === 'witness') {
    const x = c.x!.map((s) => new Fraction(s));
    const dot = (r: Frac[]) => r.reduce((s, v, i) => s.add(v.mul(x[i])), zero);
    return x.length === A[0].length && A.every((r) => dot(r).compare(0) > 0) && Bq.every((r) => dot(r).equals(0));
  }
  const y = c.y!.map((s) => new Fraction(s));
  if (y.some((v) => v.compare(0) < 0) || y.every((v) => v.equals(0)) || new Set(c.rows).size !== c.rows!.length) return false;
  const z = (c.z ?? []).map((s) => new Fraction(s));
  if (z.length !== Bq.length) return false;
  return A[0].every((_, col) => c.rows!.reduce((s, r, t) => s.add(y[t].mul(A[r][col])), zero).add(Bq.reduce((s, r, e) => s.add(z[e].mul(r[col])), zero)).equals(0));
}

describe('decide --scale agrees with the exact engine', () => {
  const cases: [string, string, number[]][] = [
    ...Array.from({ length: K }, (_, i) => ['argmax', String(i), [i]] as [string, string, number[]]),
    ['tie', '0,1', [0, 1]], ['tie', '0,2', [0, 2]], ['tie', '3,5', [3, 5]], ['tie', '2,6', [2, 6]],
    ['top', '0,8', [0, 8]], ['top', '2,0', [2, 0]], ['top', '4,9,11', [4, 9, 11]],
  ];
  for (const bias of [false, true]) {
    it(`argmax of every label, ties, top prefixes${bias ? ', with a bias' : ''}: same answer, certificates that check`, async () => {
      const extra = bias ? ['--bias', B] : [];
      let infeasible = 0;
      for (const [question, text, arg] of cases) {
        const exact = JSON.parse((await run(['decide', W, `--${question}`, text, '--no-scale', '--json', ...extra])).out);
        const r = await run(['decide', W, `--${question}`, text, '--scale', '--kernel', 'js', '--json', ...extra]);
        expect(r.code, r.err).toBe(0);
        const scale = JSON.parse(r.out);
        expect([question, text, scale.path, scale.feasible]).toEqual([question, text, 'scale', exact.feasible]);
        expect(exact.path).toBe('exact');
        const { A, Bq } = rowsOf(question, arg, bias);
        expect(scale.strictRows).toBe(A.length);
        expect(checks(A, Bq, scale.certificate), `${question} ${text}`).toBe(true);
        if (!scale.feasible) {
          infeasible++;
          // the support names the certificate's rows and multipliers, in row order
          expect(scale.support.map((e: { row: number }) => e.row)).toEqual(scale.certificate.rows.filter((_: number, t: number) => scale.certificate.y[t] !== '0'));
        }
      }
      expect(infeasible).toBeGreaterThan(bias ? 0 : 2);
    });
  }

  it('the planted midpoint label has a support-2 certificate, printed sparsely by row and form', async () => {
    const r = await run(['decide', W, '--argmax', '2', '--scale', '--kernel', 'js']);
    expect(r.code).toBe(0);
    const m = /^Gordan certificate y = \{w_2 − w_0: (\S+), w_2 − w_1: (\S+)\} \(the support: 2 of 11 rows; y_t = 0 on every other row\)$/m.exec(r.out);
    expect(m, r.out).not.toBeNull();
    expect(m![1]).toBe(m![2]);
    expect(r.out).toMatch(/^path: scale \(--scale; kernel js/m);
    expect(r.out).toMatch(/^answer: label 2 is never the unique top label \(not argmaxable\)$/m);
    const j = JSON.parse((await run(['decide', W, '--argmax', '2', '--scale', '--kernel', 'js', '--json'])).out);
    expect(j.support).toEqual([{ row: 0, form: 'w_2 − w_0', y: m![1] }, { row: 1, form: 'w_2 − w_1', y: m![1] }]);
    expect(j).not.toHaveProperty('rows');
  });

  it('the exact path prints its certificate sparsely too, and adds path and support to --json', async () => {
    const r = await run(['decide', W, '--argmax', '2', '--no-scale']);
    expect(r.out).toMatch(/^Gordan certificate y = \{(w_2 − w_\d+: [\d/]+(, )?)+\} \(the support: \d of 11 rows; y_t = 0 on every other row\)$/m);
    const j = JSON.parse((await run(['decide', W, '--argmax', '2', '--no-scale', '--json'])).out);
    expect(j.certificate.y).toHaveLength(11); // dense, as before
    expect(j.support).toEqual(j.certificate.y.flatMap((y: string, row: number) => (y === '0' ? [] : [{ row, form: `w_2 − w_${row < 2 ? row : row + 1}`, y }])));
    expect(j.support.length).toBeGreaterThan(0);
  });
});

describe('decide: which path', () => {
  it('a float tensor above 5 000 entries goes to the scale path, --no-scale to the exact engine', async () => {
    const big = tmp.dir + '/W2000x3.npy';
    writeVocabMatrix(big, 2000, 3, 1, 3);
    const r = await run(['decide', big, '--argmax', '2', '--kernel', 'js']);
    expect(r.out).toMatch(/^path: scale \(k·d = 6 000 entries, above 5 000 \(--no-scale: the exact engine\); kernel js/m);
    expect(r.out).toMatch(/^Gordan certificate y = \{(w_2 − w_\d+: \d+(, )?)+\} \(the support: [1-4] of 1 999 rows; y_t = 0 on every other row\)$/m); // at most d + 1 rows
    const small = await run(['decide', W, '--argmax', '2', '--json']);
    expect(JSON.parse(small.out).path).toBe('exact'); // 36 entries
  });

  it('a W too large for exact objects is decided at scale; with --no-scale it is refused in one line', async () => {
    const p = tmp.dir + '/W100x50.npy';
    writeVocabMatrix(p, 100, 50, 2, 3);
    const r = await run(['decide', p, '--argmax', '2', '--max-memory', '1', '--kernel', 'js', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: 'scale', feasible: false, scaleReason: expect.stringMatching(/^W is too large for exact objects \(100 × 50/) });
    const no = await run(['decide', p, '--argmax', '2', '--max-memory', '1', '--no-scale']);
    expect(no.code).toBe(2);
    expect(no.err).toMatch(/W is 100 × 50 \(5 000 entries\): as exact objects they need about 1\.3 MB/);
    expect(no.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a matrix too large even as dense floats is one line, not a crash', async () => {
    const p = tmp.dir + '/W2000x100.npy';
    writeVocabMatrix(p, 2000, 100, 3, 0); // 800 kB of float32: about 1.6 MB while read
    const r = await run(['decide', p, '--argmax', '2', '--max-memory', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*W2000x100\.npy: W is 2 000 × 100 \(200 000 entries\): even as one float array it needs about 1\.6 MB while it is read, more than the 1\.0 MB allowed/);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  const refusals: [string, () => string[], RegExp][] = [
    ['--scale on a shipped example', () => ['examples:C.2', '--argmax', '1', '--scale'], /--scale: examples:C\.2: a shipped example matrix/],
    ['--scale on a JSON matrix', () => [tmp.write('W.json', JSON.stringify(ROWS)), '--argmax', '1', '--scale'], /--scale: .*W\.json: a JSON text matrix/],
    ['--scale on an integer tensor', () => [tmp.write('I.npy', npyFile('<i4', [3, 2], leBytes('I32', [1, 0, 0, 1, 2, 2]))), '--argmax', '1', '--scale'], /--scale: .*I\.npy: a <i4 tensor, not float values/],
    ['a JSON bias on the scale path', () => [W, '--argmax', '1', '--scale', '--bias', tmp.write('b.json', JSON.stringify(BIAS))], /b\.json: the scale path reads the bias from a float tensor file/],
    ['a single label', () => [tmp.write('one.npy', npyFile('<f4', [1, 3], leBytes('F32', [1, 2, 3]))), '--argmax', '0', '--scale'], /one\.npy: W has 1 row \(labels\); at least 2 labels are needed/],
    ['an unknown kernel', () => [W, '--argmax', '1', '--scale', '--kernel', 'gpu'], /--kernel must be auto, js or onnxruntime, got "gpu"/],
  ];
  for (const [what, argv, msg] of refusals) {
    it(`refuses ${what} in one line (exit 2)`, async () => {
      const r = await run(['decide', ...argv()]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('a --budget that runs out before the answer says so in one line (exit 1)', async () => {
    const r = await run(['decide', W, '--argmax', '2', '--scale', '--kernel', 'js', '--budget', '0.000001']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^.*W12x3\.npy: --argmax 2: not decided: the 0\.000001 s --budget ran out \(scale path, kernel js/);
  });

  it('a run stopped before its answer says so in one line (Ctrl-C: exit 130)', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await run(['decide', W, '--argmax', '2', '--scale', '--kernel', 'js'], ac.signal);
    expect(r.code).toBe(130);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^.*W12x3\.npy: --argmax 2: not decided: the run was interrupted \(Ctrl-C\) \(scale path, kernel js/);
  });
});
