/**
 * Ties for the top at scale (App. C.2, C.3): the scale engine's answers on
 * the one-equation systems of `tieForTopQuestion` agree with the exact engine
 * (over Q, on the dyadic rationals the floats are), and every certificate —
 * a witness ON the hyperplane z_i = z_j, or a sparse Motzkin certificate —
 * is checked exactly.
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../../src/field/dyadic.ts';
import { denseMatrix, type DenseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { decideQuestion } from '../../../../lp/queries/question.ts';
import { tieForTopQuestion } from '../../../../lp/queries/tie-for-top.ts';
import { decideQuestionAtScale, type QuestionResult } from '../../../../lp/scale/question-at-scale.ts';
import { collectAtScale, type ScaleOptions } from '../../../../lp/scale/decide-at-scale.ts';
import { checkScaleCertificate } from '../../../../lp/scale/scale-certificate.ts';
import { rng } from './helpers.ts';

function allPairs(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) out.push([i, j]);
  return out;
}

/** The exact engine's answer for the tie (i, j) on the rationals of W (and its bias). */
function exactTie(W: DenseMatrix, pair: [number, number]): boolean {
  const rows = Array.from({ length: W.k }, (_, l) => Array.from(W.data.subarray(l * W.d, (l + 1) * W.d), rationalFromFloat64));
  const bias = W.bias ? Array.from(W.bias, rationalFromFloat64) : undefined;
  return decideQuestion({ F: Q, W: rows, ...(bias ? { bias } : {}) }, tieForTopQuestion, pair).decision.feasible;
}

/** A small random W: quarter-integer or float32-rounded thirds (so that hyperplane witnesses need the exact correction), a midpoint row, optional bias. */
function smallMatrix(seed: number): DenseMatrix {
  const r = rng(seed);
  const k = 5 + Math.floor(r() * 4);
  const d = 2 + Math.floor(r() * 2);
  const thirds = seed % 3 === 0;
  const entry = () => (thirds ? Math.fround((Math.floor(r() * 13) - 6) / 3) : (Math.floor(r() * 17) - 8) / 4);
  const rows = Array.from({ length: k }, () => Array.from({ length: d }, entry));
  rows[k - 1] = rows[0].map((v, c) => (v + rows[1][c]) / 2);
  if (seed % 5 === 0) rows[k - 2] = rows[2].slice();
  const bias = seed % 2 === 0 ? Float32Array.from({ length: k }, () => Math.fround((Math.floor(r() * 7) - 3) / 3)) : undefined;
  const data = thirds ? Float32Array.from(rows.flat()) : Float64Array.from(rows.flat());
  return denseMatrix(data, k, d, bias);
}

async function tiesAtScale(W: DenseMatrix, opts: ScaleOptions = {}): Promise<QuestionResult<[number, number]>[]> {
  return (await collectAtScale(decideQuestionAtScale(W, tieForTopQuestion, allPairs(W.k), { kernel: 'js', ...opts }))).results;
}

describe('ties for the top at scale', () => {
  it('agree with the exact engine on every pair of 30 small matrices (midpoints, duplicates, float32 thirds, with and without bias); every certificate checks', async () => {
    let ties = 0;
    let never = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const W = smallMatrix(seed);
      const got = await tiesAtScale(W);
      expect(got).toHaveLength(allPairs(W.k).length);
      for (const g of got) {
        const exact = exactTie(W, g.argument);
        expect({ seed, pair: g.argument, tie: g.feasible }).toEqual({ seed, pair: g.argument, tie: exact });
        expect(checkScaleCertificate(W, tieForTopQuestion.system(g.argument, W.k), g.certificate)).toBe(true);
        if (exact) ties++;
        else never++;
      }
    }
    // both answers occur often enough for the comparison to mean something
    expect(ties).toBeGreaterThan(30);
    expect(never).toBeGreaterThan(30);
  });

  it('App. C.2 (scaled by 10): label 2 ties with 1 and 3 only, and a hyperplane witness makes z_2 = z_j exactly', async () => {
    const W = denseMatrix(new Float64Array([14, -10, 14, 10, -9, 3, -10, 0, -9, -3]), 5, 2);
    const got = await tiesAtScale(W);
    const feasible = got.filter((g) => g.feasible).map((g) => g.argument.join(',')).sort();
    expect(feasible).toEqual(['0,1', '1,2', '2,3', '3,4', '0,4'].sort());
    const w = got.find((g) => g.argument[0] === 1 && g.argument[1] === 2)!.certificate;
    expect(w.kind).toBe('witness');
    if (w.kind === 'witness') {
      const x = w.x.map((v) => Q.parse(v));
      const z = (l: number) => Q.add(Q.mul(Q.fromRational(W.data[2 * l]), x[0]), Q.mul(Q.fromRational(W.data[2 * l + 1]), x[1]));
      expect(Q.compare(z(1), z(2))).toBe(0);
    }
  });

  it('with the exact hyperplane correction dropped (a bug in the tie path) no float witness is certified: answers stay exact', async () => {
    for (const seed of [3, 6, 9]) {
      const W = smallMatrix(seed);
      const got = await tiesAtScale(W, { faults: { dropCorrection: true } });
      for (const g of got) {
        expect(g.feasible).toBe(exactTie(W, g.argument));
        expect(checkScaleCertificate(W, tieForTopQuestion.system(g.argument, W.k), g.certificate)).toBe(true);
      }
    }
  });

  it('refuses a pair outside the model or a label with itself before any work', async () => {
    const W = smallMatrix(1);
    await expect(decideQuestionAtScale(W, tieForTopQuestion, [[0, W.k]], { kernel: 'js' }).next()).rejects.toThrow(/label/);
    await expect(decideQuestionAtScale(W, tieForTopQuestion, [[1, 1]], { kernel: 'js' }).next()).rejects.toThrow(/must differ/);
  });
});
