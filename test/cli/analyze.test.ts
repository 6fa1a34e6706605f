/**
 * `analyze` on each matrix of examples.json reproduces what the paper states about it
 * (App. C.1, C.2, C.3, H.1, H.2), plus the size limit, the bias and the text report.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import type { AnalyzeJSON } from '../../src/cli/commands/analyze.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function analyze(spec: string, ...extra: string[]): Promise<AnalyzeJSON> {
  const r = await run(['analyze', spec, '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as AnalyzeJSON;
}

const hasPair = (a: AnalyzeJSON, i: number, j: number) => a.canTieForTop!.some(([p, q]) => p === i && q === j);

describe('analyze reproduces the paper on its worked examples', () => {
  it('C.1: cos(w0, w1) = 4/5, and T3.4 gives the translations -3/4,-3/4 (cos -1) and -5/4,-1/4 (cos +1)', async () => {
    const a = await analyze('examples:C.1', '--pair', '0,1');
    expect([a.k, a.d, a.field, a.rank]).toEqual([5, 2, 'Q', 2]);
    expect(a.cosineExact![0][1]).toBe('4/5');
    expect(a.cosine![0][1]).toBe('0.800000');
    expect(a.pair!.cosine).toBe('4/5');
    expect(a.pair!.minusOne.v).toEqual(['-3/4', '-3/4']);
    expect(a.pair!.minusOne.cosine).toBe('-1');
    expect(a.pair!.plusOne.v).toEqual(['-5/4', '-1/4']);
    expect(a.pair!.plusOne.cosine).toBe('1');
    expect(a.pair!.verified).toEqual({ minusOneEquivalent: true, plusOneEquivalent: true, cosineIsMinusOne: true, cosineIsPlusOne: true });
  });

  it('C.2: centered; cosines 12/37, -8/sqrt(185), 4/5; labels 0,1 and 1,2 can tie for the top, 2,4 cannot; label 2 ties with 1 and 3', async () => {
    const a = await analyze('examples:C.2');
    expect(a.centered).toBe(true);
    expect(a.cosineExact![0][1]).toBe('12/37');
    expect(a.cosineExact![1][2]).toBe('-8/sqrt(185)');
    expect(a.cosine![1][2]).toBe('-0.588172');
    expect(a.cosineExact![2][4]).toBe('4/5');
    expect(hasPair(a, 0, 1)).toBe(true);
    expect(hasPair(a, 1, 2)).toBe(true);
    expect(hasPair(a, 2, 4)).toBe(false);
    const with2 = a.canTieForTop!.filter(([p, q]) => p === 2 || q === 2).map(([p, q]) => (p === 2 ? q : p)).sort();
    expect(with2).toEqual([1, 3]);
    expect(a.argmaxable!).toEqual([true, true, true, true, true]);
    expect(a.signPattern!).toMatchObject({ enumerated: true, count: 10, coverBound: '10' });
    // R(W) = regions of the 10 lines (w_i − w_j)ᵀx = 0 in R²; w0 − w1 = (0, −2) ∥ w2 − w4 = (0, 3/5), the other
    // 8 directions are distinct: 9 lines, 18 regions, two fewer than Cover's general-position 2·C(5, 2) = 20.
    expect(a.rankingPattern!).toMatchObject({ enumerated: true, count: 18, coverBound: '20' });
  });

  it('C.3: in Q(sqrt(39)), cos(w0, w1) = -161/200 and cos(w1, w3) = +161/200; 0,1 can tie for the top, 1,3 cannot', async () => {
    const a = await analyze('examples:C.3');
    expect(a.field).toBe('Q(sqrt(39))');
    expect(a.centered).toBe(true);
    expect(a.cosineExact![0][1]).toBe('-161/200');
    expect(a.cosineExact![1][3]).toBe('161/200');
    expect(a.cosine![0][1]).toBe('-0.805000');
    expect(hasPair(a, 0, 1)).toBe(true);
    expect(hasPair(a, 1, 3)).toBe(false);
  });

  it('H.1: W1 and W2 have the same cosine matrix, label 2 is argmaxable in W1 only, and R(W1) ≠ R(W2)', async () => {
    const [a1, a2] = [await analyze('examples:H.1/W1', '--list'), await analyze('examples:H.1/W2', '--list')];
    expect(a1.field).toBe('Q(sqrt(2))');
    expect(a1.cosineExact!).toEqual(a2.cosineExact!);
    expect(a1.argmaxable![2]).toBe(true);
    expect(a2.argmaxable![2]).toBe(false);
    expect(a1.signPattern!.count).toBe(a2.signPattern!.count);
    expect(a1.signPattern!.list).toEqual(a2.signPattern!.list); // C(W) determines S(W) (L5.3)
    expect(a1.rankingPattern!.count).not.toBe(a2.rankingPattern!.count); // ... but not R(W) (T5.5)
    const top2 = (a: AnalyzeJSON) => (a.rankingPattern!.list as number[][]).filter((r) => r[0] === 2).length;
    expect(top2(a1)).toBeGreaterThan(0);
    expect(top2(a2)).toBe(0);
  });

  it('H.2: the point configurations A and B have different ranking patterns (of the same size)', async () => {
    const [a, b] = [await analyze('examples:H.2/A', '--list'), await analyze('examples:H.2/B', '--list')];
    expect(a.rankingPattern!.enumerated && b.rankingPattern!.enumerated).toBe(true);
    const key = (r: number[]) => r.join(',');
    const ra = new Set((a.rankingPattern!.list as number[][]).map(key));
    const rb = new Set((b.rankingPattern!.list as number[][]).map(key));
    const onlyA = [...ra].filter((r) => !rb.has(r));
    const onlyB = [...rb].filter((r) => !ra.has(r));
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyB.length).toBeGreaterThan(0);
    // Both are 2-D with 7 distinct difference directions, so |R(A)| = |R(B)| = 14: the sets differ, not their sizes.
    expect([a.rankingPattern!.count, b.rankingPattern!.count]).toEqual([14, 14]);
    // ... and decide certifies one ranking of R(A) \ R(B) both ways
    const pick = onlyA[0];
    const da = JSON.parse((await run(['decide', 'examples:H.2/A', '--ranking', pick, '--json'])).out);
    const db = JSON.parse((await run(['decide', 'examples:H.2/B', '--ranking', pick, '--json'])).out);
    expect([da.feasible, db.feasible]).toEqual([true, false]);
  });
});

describe('analyze: limits, bias, text', () => {
  it('above --max-regions it gives Cover\'s bound instead of enumerating', async () => {
    const a = await analyze('examples:C.2', '--max-regions', '15');
    expect(a.signPattern!).toMatchObject({ enumerated: true, count: 10 });
    expect(a.rankingPattern!).toMatchObject({ enumerated: false, count: null, coverBound: '20', boundDimension: 2 });
    const t = await run(['analyze', 'examples:C.2', '--max-regions', '15']);
    expect(t.out).toMatch(/\|R\(W\)\| ranking patterns \(Def\. 5\.4\): not enumerated: Cover 1967 general-position count in dimension 2 is 20/);
  });

  it('a bias changes argmaxable labels and patterns of Wx + b', async () => {
    const w = join(dir, 'inner.json');
    writeFileSync(w, JSON.stringify([[-1, 0], [1, 0], [0, 0.5], [0, 2]]));
    const b = join(dir, 'b.json');
    writeFileSync(b, JSON.stringify([0, 0, 5, 0]));
    const plain = await analyze(w);
    const biased = await analyze(w, '--bias', b);
    expect(plain.argmaxable!).toEqual([true, true, false, true]);
    expect(biased.argmaxable!).toEqual([true, true, true, true]);
    expect(biased.bias).toBe(true);
    // w2 = (0, 1/2) lies strictly inside the hull of the others: without bias it cannot even tie with label 0
    // for the top; with b2 = 5 its region borders label 0's region, so the two can tie.
    expect(hasPair(plain, 0, 2)).toBe(false);
    expect(hasPair(biased, 0, 2)).toBe(true);
    // affine sign patterns: sign(Wx + b) over x ∈ R²; a 4-line affine arrangement in the plane has at most 11 regions
    expect(biased.signPattern!.count).toBeGreaterThan(plain.signPattern!.count!);
    expect(biased.signPattern!.count).toBeLessThanOrEqual(11);
  });

  it('a float64 .npy of the authors\' grid: exact dyadic entries, exact cosines without a costly square-free search', async () => {
    const a = await analyze('../shared/peer-grid/W_n5_d2_seed1.npy');
    expect([a.k, a.d, a.field, a.rank]).toEqual([5, 2, 'Q', 2]);
    expect(a.cosineExact![0][0]).toBe('1');
    expect(a.cosineExact![0][1]).toMatch(/^-?sqrt\(\d+\/\d+\)$/);
    expect(a.signPattern!.enumerated && a.rankingPattern!.enumerated).toBe(true);
    expect(a.signPattern!.count).toBeLessThanOrEqual(Number(a.signPattern!.coverBound));
  });

  it('the text report has every part', async () => {
    const r = await run(['analyze', 'examples:C.2', '--pair', '2,4']);
    expect(r.code).toBe(0);
    for (const part of [
      /shape: k = 5 labels × d = 2; field Q; rank 2; centered/,
      /cosine matrix C\(W\)/,
      /centered cosine matrix/,
      /argmaxable labels \(can be the top label\): 0, 1, 2, 3, 4/,
      /  0,1  cos 0\.324324 \(12\/37\)/,
      /pairs that cannot tie for the top: .*2,4/,
      /\|S\(W\)\| sign patterns \(Def\. 5\.1\): 10 \(enumerated exactly/,
      /T3\.4 for labels 2, 4: cos\(w_2, w_4\) = 4\/5/,
      /cos = -1: v = \[.*\], cosine -1, verified exactly: yes/,
    ]) {
      expect(r.out).toMatch(part);
    }
  });
});

describe('analyze: a zero row', () => {
  it('has undefined cosines, an empty S(W) with the reason, and R(W), argmax and ties still computed', async () => {
    const zero = join(dir, 'zero.csv');
    writeFileSync(zero, '1,0\n0,0\n1,1\n');
    const a = await analyze(zero);
    expect(a.cosine![1]).toEqual([null, null, null]);
    expect(a.cosineExact![0][2]).toBe('1/sqrt(2)');
    expect(a.cosineNote).toMatch(/row 1 is zero/);
    expect(a.signPattern).toMatchObject({ count: 0, enumerated: true });
    expect(a.signPattern!.reason).toMatch(/row 1 is zero, so its logit is 0 for every input/);
    expect(a.rankingPattern!.count).toBe(6);
    expect(a.argmaxable).toEqual([true, true, true]);
    expect(a.canTieForTop).toEqual([[0, 1], [0, 2], [1, 2]]);
    const t = await run(['analyze', zero]);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/1\s+undef\s+undef\s+undef/);
    expect(t.out).toMatch(/\|S\(W\)\| sign patterns \(Def\. 5\.1\): 0 \(empty: row 1 is zero/);
    // with a bias b_1 ≠ 0 the zero row's logit is b_1, no longer 0: S is not empty
    const b = join(dir, 'zero-bias.json');
    writeFileSync(b, '[0, 1, 0]');
    expect((await analyze(zero, '--bias', b)).signPattern!.count).toBeGreaterThan(0);
  });
});

describe('analyze: bad input is one line on stderr and exit code 2', () => {
  it('names the file, row and column', async () => {
    const ragged = join(dir, 'ragged.json');
    writeFileSync(ragged, '[[1, 2], [3]]');
    const equal = join(dir, 'equal.json');
    writeFileSync(equal, '[[1, 2], [1, 2], [0, 1]]');
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json')], /missing\.json: no such file/],
      [[ragged], /ragged\.json: ragged rows: row 1 has 1 entries but row 0 has 2/],
      [['examples:C.2', '--pair', '1,7'], /--pair: item 1: label index 7 is out of range \(labels are 0 … 4\)/],
      [[equal, '--pair', '0,1'], /equal\.json: --pair 0,1: rows 0 and 1 are equal/],
      [['examples:C.2', '--max-regions', 'many'], /--max-regions must be a non-negative integer/],
      [['examples:C.2', '--bias', ragged], /ragged\.json: a bias vector must be/],
    ];
    for (const [args, msg] of cases) {
      const r = await run(['analyze', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
