import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { identity, matMul, transpose } from '../../../src/linalg/matrix.ts';
import {
  closedForm1, closedForm2, gradient1, gradient2, isStationary, objective1, objective2, predictions, rationalSquareRoot, rescale,
  rescaledCosines, scaleColumns, shrinkage1, squaredFrobeniusNorm, svdProduct,
} from '../../../src/models/matrix-factorisation.ts';
import { pythagoreanSpectrumArb, shiftedSquareSpectrumArb, svdDataArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const fmt = (M: readonly (readonly Rational[])[]) => M.map((r) => r.map((x) => Q.format(x)));
const I2 = identity(Q, 2);

describe('matrix factorisation (Steck et al. 2024): the docstring examples', () => {
  it('predictions, objectives, gradients, rescaling, square roots, closed forms, SVD product, Eq. 4 cosines', () => {
    expect(fmt(predictions(Q, [[rat(1), rat(2)]], [[rat(1)], [rat(0)]], [[rat(1)], [rat(1)]]))).toEqual([['1', '1']]);
    expect(Q.format(objective1(Q, [[rat(1)]], [[rat(1)]], [[rat(1, 2)]], rat(2)))).toBe('3/4');
    expect(Q.format(objective2(Q, [[rat(1)]], [[rat(1)]], [[rat(1)]], rat(1)))).toBe('2');
    expect(Q.format(objective2(Q, [[rat(1)]], [[rat(2)]], [[rat(1, 2)]], rat(1)))).toBe('17/4');
    expect(Q.format(gradient1(Q, [[rat(5)]], [[rat(5, 13)]], [[rat(5, 13)]], rat(144)).dA[0][0])).toBe('0');
    expect(Q.format(gradient2(Q, [[rat(2)]], [[rat(1, 2)]], [[rat(1)]], rat(1)).dB[0][0])).toBe('0');
    const r = rescale(Q, { A: [[rat(1), rat(1)]], B: [[rat(2), rat(3)]] }, [rat(2), rat(-1)]);
    expect([fmt(r.A), fmt(r.B)]).toEqual([[['2', '-1']], [['1', '-3']]]);
    expect(Q.format(rationalSquareRoot(Q, rat(25, 169)))).toBe('5/13');
    expect(fmt(closedForm1(Q, I2, [rat(16), rat(5)], rat(144), 2).B)).toEqual([['4/5', '0'], ['0', '5/13']]);
    const f2 = closedForm2(Q, I2, [rat(10), rat(5)], rat(1), 2);
    expect([Q.format(f2.A[0][0]), Q.format(f2.B[1][1])]).toEqual(['3/10', '2']);
    expect(fmt(svdProduct(Q, [[rat(1)], [rat(0)]], [rat(5)], [[rat(-1)]]))).toEqual([['-5'], ['0']]);
    const c = rescaledCosines(Q, [[rat(1), rat(0)]], { A: I2, B: [[rat(1), rat(1)], [rat(0), rat(1)]] }, [rat(1), rat(2)]);
    expect(c.itemItem[0][1].sign).toBe(1);
    expect(Q.format(c.itemItem[0][1].square)).toBe('1/5');
  });
});

describe('objectives and gradients', () => {
  it('the gradients are the derivatives: objective(A + tE) is a quadratic-or-quartic polynomial in t whose slope at 0 is ⟨∇, E⟩', () => {
    // exact check of the directional derivative by finite differences of a polynomial: f(t) has degree ≤ 4 in t,
    // so the central difference (f(h) − f(−h))/2h − h²·(f'''-term) is removed by Richardson extrapolation with h and 2h
    const entry = fc.integer({ min: -3, max: 3 }).map((x) => rat(x));
    const mat = (r: number, c: number) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
    const arb = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }))
      .chain(([n, p, k]) => fc.tuple(mat(n, p), mat(p, k), mat(p, k), mat(p, k), mat(p, k), fc.integer({ min: 0, max: 3 }).map((x) => rat(x))));
    const inner = (G: Rational[][], E: Rational[][]) => G.reduce((s, row, i) => row.reduce((t, g, j) => t.add(g.mul(E[i][j])), s), Q.zero);
    const plus = (A: Rational[][], E: Rational[][], t: Rational) => A.map((row, i) => row.map((x, j) => x.add(E[i][j].mul(t))));
    fc.assert(
      fc.property(arb, ([X, A, B, EA, EB, lambda]) => {
        for (const [objective, gradient] of [[objective1, gradient1], [objective2, gradient2]] as const) {
          const f = (t: Rational) => objective(Q, X, plus(A, EA, t), plus(B, EB, t), lambda);
          const central = (h: Rational) => f(h).sub(f(h.neg())).div(h.mul(2)); // = f'(0) + c3·h² (odd part of a quartic)
          const slope = central(rat(1)).mul(4).sub(central(rat(2))).div(3); // Richardson: the h² term cancels
          const g = gradient(Q, X, A, B, lambda);
          expect(Q.format(slope)).toBe(Q.format(inner(g.dA, EA).add(inner(g.dB, EB))));
        }
      }),
      fcParams(60),
    );
  });

  it('objective (1) depends on A, B only through A Bᵀ; objective (2) also on the split', () => {
    const X = [[rat(1), rat(2)], [rat(0), rat(1)]];
    const A = [[rat(1), rat(0)], [rat(1), rat(1)]];
    const B = [[rat(2), rat(1)], [rat(0), rat(1)]];
    const d = [rat(3), rat(-1, 2)];
    const g = rescale(Q, { A, B }, d);
    expect(Q.equals(objective1(Q, X, g.A, g.B, rat(2)), objective1(Q, X, A, B, rat(2)))).toBe(true);
    expect(Q.equals(objective2(Q, X, g.A, g.B, rat(2)), objective2(Q, X, A, B, rat(2)))).toBe(false);
    expect(Q.format(squaredFrobeniusNorm(Q, [[rat(1), rat(-2)], [rat(1, 2), rat(0)]]))).toBe('21/4');
  });

  it('works over Q(√2) as well', () => {
    const K = quadraticField(2);
    const s = K.parse('sqrt(2)');
    const X = [[s, K.one]];
    const A = [[K.one], [K.zero]];
    const B = [[s], [K.one]];
    expect(K.format(objective1(K, X, A, B, K.one))).toBe(K.format(objective1(K, X, scaleColumns(K, A, [s]), scaleColumns(K, B, [K.div(K.one, s)]), K.one)));
    expect(isStationary(K, gradient2(K, X, A, B, K.one))).toBe(false);
  });

  it('refuses bad shapes, negative λ, singular D, non-squares and bad spectra with RangeError', () => {
    const X = [[rat(1), rat(2)]];
    const A = [[rat(1)], [rat(0)]];
    expect(() => predictions(Q, X, [[rat(1)]], [[rat(1)]])).toThrow(/X is 1 × 2 but A is 1 × 1 \(expected 2 × k, k ≥ 1\)/);
    expect(() => predictions(Q, X, A, [[rat(1), rat(1)], [rat(0), rat(0)]])).toThrow(/A is 2 × 1 but B is 2 × 2/);
    expect(() => predictions(Q, [], A, A)).toThrow(/X is 0 × 0/);
    expect(() => objective1(Q, X, A, A, rat(-1))).toThrow(/λ = -1 is negative/);
    expect(() => objective2(Q, X, A, A, rat(-1))).toThrow(/λ = -1 is negative/);
    expect(() => gradient1(Q, X, A, A, rat(-1))).toThrow(/negative/);
    expect(() => gradient2(Q, X, A, A, rat(-1))).toThrow(/negative/);
    expect(() => rescale(Q, { A, B: A }, [rat(0)])).toThrow(/singular: d_0 = 0/);
    expect(() => scaleColumns(Q, A, [rat(1), rat(2)])).toThrow(/2 × 1 but the diagonal has 2 entries/);
    expect(() => rescaledCosines(Q, X, { A, B: A }, [rat(0)])).toThrow(/singular: d_0 = 0/);
    expect(() => rescaledCosines(Q, X, { A, B: A }, [rat(1)])).toThrow(/item–item cosines \(Eq\. 4\): the first embedding 1 is zero/);
    expect(() => rationalSquareRoot(Q, rat(2))).toThrow(/2 is not the square of a rational number/);
    expect(() => rationalSquareRoot(Q, rat(-4))).toThrow(/-4 is not the square/);
    expect(() => rationalSquareRoot(Q, rat(4, 3))).toThrow(/4\/3 is not the square/);
    expect(() => rationalSquareRoot(quadraticField(2), quadraticField(2).parse('sqrt(2)'))).toThrow(/not the square of a rational/);
    expect(() => closedForm1(Q, I2, [rat(1), rat(1)], rat(1), 2)).toThrow(/1\/2 is not the square/);
    expect(() => closedForm1(Q, I2, [rat(1)], rat(1), 1)).toThrow(/V is 2 × 2 but there are 1 singular values/);
    expect(() => closedForm1(Q, [[rat(1), rat(0)]], [rat(1)], rat(1), 1)).toThrow(/V is 1 × 2, not a non-empty square matrix/);
    expect(() => closedForm1(Q, I2, [rat(3), rat(-4)], rat(0), 2)).toThrow(/σ_1 = -4 is negative/);
    expect(() => closedForm1(Q, I2, [rat(3), rat(4)], rat(0), 3)).toThrow(/1 ≤ k ≤ p = 2, got 3/);
    expect(() => closedForm1(Q, I2, [rat(3), rat(4)], rat(0), 0)).toThrow(/got 0/);
    expect(() => closedForm2(Q, I2, [rat(3), rat(4)], rat(-1), 2)).toThrow(/negative/);
    expect(() => closedForm2(Q, I2, [rat(4), rat(2)], rat(1), 2)).toThrow(/3 is not the square/);
    expect(() => shrinkage1(Q, [rat(0)], rat(0))).toThrow(/σ_0 = 0 and λ = 0/);
    expect(() => svdProduct(Q, [[rat(1)]], [rat(1), rat(2)], I2)).toThrow(/U is 1 × 1 but there are 2 singular values/);
  });
});

describe('closed forms (Eq. 5, Eq. 6)', () => {
  it('(1): shrinkage σ²/(σ² + λ), zero for σ = 0; λ = 0 gives the identity on the top-k space', () => {
    expect(shrinkage1(Q, [rat(35), rat(16), rat(9), rat(5), rat(0)], rat(144)).map((x) => Q.format(x))).toEqual(['1225/1369', '16/25', '9/25', '25/169', '0']);
    const f = closedForm1(Q, I2, [rat(3), rat(2)], rat(0), 2);
    expect(fmt(matMul(Q, f.A, transpose(f.B)))).toEqual([['1', '0'], ['0', '1']]);
  });

  it('(2): factors clipped to 0 when σ ≤ λ, and the clipped closed form is still stationary', () => {
    const X = svdProduct(Q, I2, [rat(5), rat(1)], I2);
    const f = closedForm2(Q, I2, [rat(5), rat(1)], rat(1), 2);
    expect([fmt(f.A), fmt(f.B)]).toEqual([[['2/5', '0'], ['0', '0']], [['2', '0'], ['0', '0']]]);
    expect(isStationary(Q, gradient2(Q, X, f.A, f.B, rat(1)))).toBe(true);
  });

  it('the closed forms are stationary on random exact SVD data, and not at a wrong λ', () => {
    fc.assert(
      fc.property(svdDataArb(pythagoreanSpectrumArb()), (d) => {
        const f = closedForm1(Q, d.V, d.sigma, d.lambda, d.sigma.length);
        expect(isStationary(Q, gradient1(Q, d.X, f.A, f.B, d.lambda))).toBe(true);
        expect(isStationary(Q, gradient1(Q, d.X, f.A, f.B, d.lambda.mul(2)))).toBe(false);
      }),
      fcParams(25),
    );
    fc.assert(
      fc.property(svdDataArb(shiftedSquareSpectrumArb()), (d) => {
        const [low, high] = d.lambdas;
        const f = closedForm2(Q, d.V, d.sigma, low, d.sigma.length);
        expect(isStationary(Q, gradient2(Q, d.X, f.A, f.B, low))).toBe(true);
        expect(isStationary(Q, gradient2(Q, d.X, f.A, f.B, high))).toBe(false);
      }),
      fcParams(25),
    );
  });
});
