import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { decideTieForTop, tieForTopPairs } from '../../../../lp/queries/tie-for-top.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalArb } from '../../../../properties/arbitraries/rational.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const diff = (W: Rational[][], a: number, b: number) => W[a].map((v, c) => v.sub(W[b][c]));

/** The Motzkin system of a tie, rebuilt here from its definition. */
function system(W: Rational[][], i: number, j: number) {
  return { A: W.map((_, l) => l).filter((l) => l !== i && l !== j).map((l) => diff(W, i, l)), B: [diff(W, i, j)] };
}

/** Scores of W x: labels i and j are tied and strictly above all others. */
function tiedOnTop(W: Rational[][], x: Rational[], i: number, j: number): boolean {
  const s = W.map((w) => w.reduce((acc, v, c) => acc.add(v.mul(x[c])), rat(0)));
  return s[i].equals(s[j]) && s.every((v, l) => l === i || l === j || s[i].compare(v) > 0);
}

describe('decideTieForTop', () => {
  const square = M([[1, 0], [0, 1], [-1, 0], [0, -1]]);
  it('adjacent corners of a square can tie, opposite ones cannot (certified)', () => {
    for (const [i, j, can] of [[0, 1, true], [1, 2, true], [0, 2, false], [1, 3, false]] as const) {
      const dec = decideTieForTop(Q, square, i, j);
      expect(dec.feasible).toBe(can);
      const { A, B } = system(square, i, j);
      expect(checkCertificate(Q, A, B, dec.certificate)).toBe(true);
      if (dec.certificate.kind === 'witness') expect(tiedOnTop(square, dec.certificate.x, i, j)).toBe(true);
    }
    expect(tieForTopPairs(Q, square)).toEqual([[0, 1], [0, 3], [1, 2], [2, 3]]);
  });
  it('two labels always tie (x = 0); validates indices', () => {
    expect(decideTieForTop(Q, M([[1, 2], [3, 4]]), 0, 1).feasible).toBe(true);
    expect(() => decideTieForTop(Q, square, 0, 0)).toThrow(/must differ/);
    expect(() => decideTieForTop(Q, square, 0, 4)).toThrow(/label 4.*k = 4/);
  });
  it('property: ties are symmetric and witnesses tie i and j on top', () => {
    const entry = rationalArb({ maxNumerator: 3, maxDenominator: 2 });
    const model = fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.tuple(fc.array(fc.array(entry, { minLength: d, maxLength: d }), { minLength: 3, maxLength: 6 }), fc.nat(), fc.nat()),
    );
    fc.assert(
      fc.property(model, ([W, a, b]) => {
        const i = a % W.length;
        const j = (i + 1 + (b % (W.length - 1))) % W.length;
        const dec = decideTieForTop(Q, W, i, j);
        const { A, B } = system(W, i, j);
        if (!checkCertificate(Q, A, B, dec.certificate)) return false;
        if (dec.certificate.kind === 'witness' && !tiedOnTop(W, dec.certificate.x, i, j)) return false;
        return decideTieForTop(Q, W, j, i).feasible === dec.feasible;
      }),
      fcParams(200),
    );
  });
});

describe('ties with a bias', () => {
  // w2 = (0, 1/2) lies inside the hull of the others: without bias it cannot tie with label 0;
  // with b2 = 5 its region borders label 0's, so they can (the bias homogenised as (x, t), t > 0).
  const W = M([[-1, 0], [1, 0], [0, '1/2'], [0, 2]]);
  const b = [0, 0, 5, 0].map((v) => rat(v));
  it('the bias is the last column of every row, and (0, …, 0, 1) the last strict row', () => {
    expect(decideTieForTop(Q, W, 0, 2).feasible).toBe(false);
    const dec = decideTieForTop(Q, W, 0, 2, b);
    expect(dec.feasible).toBe(true);
    const Wb = W.map((r, i) => [...r, b[i]]);
    const { A, B } = system(Wb, 0, 2);
    const withT = [...A, [rat(0), rat(0), rat(1)]];
    expect(checkCertificate(Q, withT, B, dec.certificate)).toBe(true);
    expect(checkCertificate(Q, A, B, dec.certificate)).toBe(true); // also a witness of the system without t > 0 …
    const x = (dec.certificate as { x: Rational[] }).x;
    const input = x.slice(0, 2).map((v) => v.div(x[2])); // … and x/t is an input where labels 0 and 2 tie on top
    expect(tiedOnTop(W.map((r, i) => [...r, b[i]]), [...input, rat(1)], 0, 2)).toBe(true);
    expect(tieForTopPairs(Q, W, b)).toContainEqual([0, 2]);
    expect(() => decideTieForTop(Q, W, 0, 2, [rat(1)])).toThrow(/bias has 1 entries/);
  });
  it('property: a zero bias changes no answer', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rationalArb(), { minLength: 2, maxLength: 2 }), { minLength: 3, maxLength: 5 }), (rows) => {
        const zero = rows.map(() => rat(0));
        expect(tieForTopPairs(Q, rows, zero)).toEqual(tieForTopPairs(Q, rows));
      }),
      fcParams(15),
    );
  });
});
