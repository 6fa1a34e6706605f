/**
 * `nearest FILE --label I`: App. C.2's point on the paper's example, the tie column against
 * the exact engine (`decideQuestion`) on small random matrices with and without a bias,
 * label names, and one-line errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { decideQuestion } from '../../lp/queries/question.ts';
import { tieForTopQuestion } from '../../lp/queries/tie-for-top.ts';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { rng } from '../unit/lp/scale/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-nearest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface NearestJSON {
  label: number;
  scale?: string;
  bias: boolean;
  measures: Record<string, { neighbours: { label: number; rank: number; cosine: string; name?: string }[] | null; undefinedReason?: string }>;
  ties: { label: number; canTie: boolean | null; certificate: unknown; withBias?: { canTie: boolean | null } }[];
  complete: boolean;
}

describe('nearest on App. C.2', () => {
  it('label 2: cosine-nearest 3 and 4, but the labels that can tie with it are 1 and 3 (notes §3)', async () => {
    const { code, out, err } = await run(['nearest', 'examples:C.2', '--label', '2', '-n', '2', '--json', '--kernel', 'js']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(out) as NearestJSON;
    expect(j.scale).toBe('10');
    expect(j.measures.cosine.neighbours!.map((x) => [x.label, x.cosine])).toEqual([[3, '3/sqrt(10)'], [4, '4/5']]);
    expect(j.measures.centered.neighbours!.map((x) => x.label)).toEqual([3, 4]);
    expect(j.ties.map((t) => [t.label, t.canTie])).toEqual([[3, true], [4, false]]);
    const all = JSON.parse((await run(['nearest', 'examples:C.2', '--label', '2', '-n', '4', '--json', '--kernel', 'js'])).out) as NearestJSON;
    expect(all.ties.filter((t) => t.canTie).map((t) => t.label).sort()).toEqual([1, 3]);
    expect(all.measures.cosine.neighbours!.map((x) => x.label)).toEqual([3, 4, 1, 0]);
  });

  it('prints the three lists side by side with the tie column, and names labels', async () => {
    const { code, out } = await run(['nearest', 'examples:C.2', '--label', 'c', '-n', '4', '--labels', 'a,b,c,d,e', '--kernel', 'js']);
    expect(code).toBe(0);
    expect(out).toMatch(/label 2 \(c\): its 4 nearest labels/);
    expect(out).toMatch(/^1\s+3 d\s+0\.948683\s+yes\s+3 d\s+0\.948683\s+yes\s+3 d\s+0\.000000\s+yes$/m);
    expect(out).toMatch(/^2\s+4 e\s+0\.800000\s+no\s+/m);
    expect(out).toMatch(/without bias: 1 b, 3 d of the 4 listed labels can tie with label 2 c for the top \(certified\)/);
  });

  it('label 3: its exact tie (2 = 4) is said', async () => {
    const { out } = await run(['nearest', 'examples:C.2', '--label', '3', '-n', '1', '--kernel', 'js']);
    expect(out).toMatch(/cosine: exact ties: 2 = 4/);
    expect(out).toMatch(/cosine: 2 labels listed: 1 tie exactly with the 1th/);
  });
});

/** A small random integer matrix (and bias) as a JSON file. */
function randomModel(seed: number, k: number, d: number): { W: number[][]; b: number[]; file: string; biasFile: string } {
  const r = rng(seed);
  const W = Array.from({ length: k }, () => Array.from({ length: d }, () => Math.round((r() - 0.5) * 10)));
  const b = Array.from({ length: k }, () => Math.round((r() - 0.5) * 10));
  const file = join(dir, `W${seed}.json`);
  const biasFile = join(dir, `b${seed}.json`);
  writeFileSync(file, JSON.stringify(W));
  writeFileSync(biasFile, JSON.stringify(b));
  return { W, b, file, biasFile };
}

describe('nearest: the tie column agrees with the exact engine', () => {
  it('on small random matrices, with and without a bias', async () => {
    let yes = 0;
    let no = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const { W, b, file, biasFile } = randomModel(seed, 7, 2 + (seed % 2));
      const i = seed % 7;
      const { code, out, err } = await run(['nearest', file, '--label', String(i), '-n', '6', '--bias', biasFile, '--json', '--kernel', 'js']);
      expect(err).toBe('');
      expect(code).toBe(0);
      const j = JSON.parse(out) as NearestJSON;
      expect(j.complete).toBe(true);
      const Wq = W.map((r) => r.map((x) => rat(x)));
      for (const t of j.ties) {
        const exact = decideQuestion({ F: Q, W: Wq }, tieForTopQuestion, [i, t.label]).decision.feasible;
        const exactB = decideQuestion({ F: Q, W: Wq, bias: b.map((x) => rat(x)) }, tieForTopQuestion, [i, t.label]).decision.feasible;
        expect([seed, t.label, t.canTie, t.withBias!.canTie]).toEqual([seed, t.label, exact, exactB]);
        if (exact) yes++; else no++;
      }
    }
    expect(yes).toBeGreaterThan(0);
    expect(no).toBeGreaterThan(0);
  });
});

describe('nearest: errors and undefined cosines', () => {
  it('refuses a bad label, n out of range, two labels, a non-rational field, an inexact entry; one line, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['nearest', 'examples:C.2', '--label', '5'], /--label: label index 5 is out of range/],
      [['nearest', 'examples:C.2', '--label', 'fear'], /--label: item 0 \("fear"\) is not a label index/],
      [['nearest', 'examples:C.2', '--label', '1,2'], /--label: give one label/],
      [['nearest', 'examples:C.2'], /needs --label/],
      [['nearest', 'examples:C.2', '--label', '1', '-n', '5'], /-n 5: W has only 4 labels besides label 1/],
      [['nearest', 'examples:C.2', '--label', '1', '-n', '0'], /-n must be at least 1/],
      [['nearest', 'examples:C.2', '--label', '1', '--kernel', 'gpu'], /--kernel must be auto, js or onnxruntime/],
      [['nearest', 'examples:C.3', '--label', '1'], /W lies in Q\(√39\)|W lies in Q\(sqrt\(39\)\)/],
    ];
    const big = join(dir, 'big.json');
    writeFileSync(big, '[[9007199254740993, 1], [1, 2], [3, 1]]');
    cases.push([['nearest', big, '--label', '0'], /row 0, column 0 is 9007199254740993; times the common denominator 1 it is not exactly a float64/]);
    for (const [argv, re] of cases) {
      const { code, out, err } = await run(argv);
      expect([argv.join(' '), code]).toEqual([argv.join(' '), 2]);
      expect(out).toBe('');
      expect(err).toMatch(re);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a zero row: its cosines are undefined, said so; the other lists and ties still computed', async () => {
    const f = join(dir, 'zero.json');
    writeFileSync(f, '[[0, 0], [1, 0], [0, 1], [2, 1]]');
    const { code, out } = await run(['nearest', f, '--label', '0', '-n', '2', '--kernel', 'js']);
    expect(code).toBe(0);
    expect(out).toMatch(/cosine: undefined: w_0 is a zero row, so its cosines are undefined/);
    const j = JSON.parse((await run(['nearest', f, '--label', '0', '-n', '2', '--kernel', 'js', '--json'])).out) as NearestJSON;
    expect(j.measures.cosine.neighbours).toBeNull();
    expect(j.measures.centered.neighbours!.length).toBe(2);
    expect(j.ties.length).toBeGreaterThan(0);
  });
});

describe('nearest on a dense float32 .npy', () => {
  it('a planted label (the midpoint of two rows) ties with none of its neighbours; the ties agree with the exact engine', async () => {
    const { writeVocabMatrix } = await import('./helpers/vocab-matrix.ts');
    const { loadDenseMatrix } = await import('../../src/dense/dense-matrix.ts');
    const { rationalFromFloat64 } = await import('../../src/field/dyadic.ts');
    const file = join(dir, 'vocab.npy');
    const planted = writeVocabMatrix(file, 40, 6, 3, 2);
    const D = loadDenseMatrix(file);
    const Wq = Array.from({ length: D.k }, (_, j) => Array.from(D.data.subarray(j * D.d, (j + 1) * D.d), rationalFromFloat64));
    for (const i of [planted[0].label, 0]) {
      const { code, out } = await run(['nearest', file, '--label', String(i), '-n', '4', '--json', '--kernel', 'js']);
      expect(code).toBe(0);
      const j = JSON.parse(out) as NearestJSON & { dtype: string };
      expect(j.dtype).toBe('float32');
      for (const t of j.ties) expect([i, t.label, t.canTie]).toEqual([i, t.label, decideQuestion({ F: Q, W: Wq }, tieForTopQuestion, [i, t.label]).decision.feasible]);
      if (i === planted[0].label) expect(j.ties.every((t) => t.canTie === false)).toBe(true);
    }
  });
});
