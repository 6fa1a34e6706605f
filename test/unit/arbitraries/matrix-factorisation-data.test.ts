import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { identity, matEquals, matMul, transpose } from '../../../src/linalg/matrix.ts';
import { closedForm1, rationalSquareRoot } from '../../../src/models/matrix-factorisation.ts';
import {
  distinctUnitFractionsArb, gaugeModelArb, hasNonZeroRows, rankedSvdModelArb, skewSymmetricFromUpper, invertibleDiagonalArb, pythagoreanSpectrumArb, shiftedSquareSpectrumArb, svdDataArb, weightDecayModelArb,
} from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const decreasingPositive = (sigma: readonly { compare(x: unknown): number; s: bigint; n: bigint }[]) =>
  sigma.every((s, i) => s.s > 0n && s.n > 0n && (i === 0 || sigma[i - 1].compare(s) > 0));

describe('the matrix-factorisation data arbitraries keep their promises (exactly)', () => {
  it('pythagoreanSpectrumArb: λ a square, σ strictly decreasing and positive, every σ² + λ a rational square', () => {
    const sizes = new Set<number>();
    fc.assert(
      fc.property(pythagoreanSpectrumArb({ p: { min: 1, max: 4 } }), ({ lambda, sigma }) => {
        sizes.add(sigma.length);
        expect(() => rationalSquareRoot(Q, lambda)).not.toThrow();
        expect(decreasingPositive(sigma)).toBe(true);
        for (const s of sigma) expect(() => rationalSquareRoot(Q, s.mul(s).add(lambda))).not.toThrow();
      }),
      fcParams(100),
    );
    expect(sizes).toEqual(new Set([1, 2, 3, 4]));
  });

  it('shiftedSquareSpectrumArb: 0 < λ_low < λ_high < σ, every σ − λ a rational square for both λ', () => {
    fc.assert(
      fc.property(shiftedSquareSpectrumArb(), ({ lambdas: [low, high], sigma }) => {
        expect(low.s > 0n && low.n > 0n && high.compare(low) > 0).toBe(true);
        expect(decreasingPositive(sigma)).toBe(true);
        expect(sigma.at(-1)!.compare(high)).toBe(1);
        for (const s of sigma) for (const l of [low, high]) expect(() => rationalSquareRoot(Q, s.sub(l))).not.toThrow();
      }),
      fcParams(100),
    );
  });

  it('svdDataArb: X = U diag(σ) Vᵀ with UᵀU = I, VᵀV = I, so XᵀX = V diag(σ²) Vᵀ; n ∈ [p, p + extra]', () => {
    const extras = new Set<number>();
    fc.assert(
      fc.property(svdDataArb(pythagoreanSpectrumArb(), { maxExtraUsers: 2 }), (d) => {
        const p = d.sigma.length;
        extras.add(d.X.length - p);
        expect(matEquals(Q, matMul(Q, transpose(d.U), d.U), identity(Q, p))).toBe(true);
        expect(matEquals(Q, matMul(Q, transpose(d.V), d.V), identity(Q, p))).toBe(true);
        const gram = matMul(Q, d.V.map((row) => row.map((x, j) => x.mul(d.sigma[j]).mul(d.sigma[j]))), transpose(d.V));
        expect(matEquals(Q, matMul(Q, transpose(d.X), d.X), gram)).toBe(true);
      }),
      fcParams(40),
    );
    expect(extras).toEqual(new Set([0, 1, 2]));
    expect(() => svdDataArb(pythagoreanSpectrumArb(), { maxExtraUsers: -1 })).toThrow(/maxExtraUsers must be a non-negative integer/);
  });

  it('invertibleDiagonalArb: k non-zero rationals of both signs', () => {
    const values = fc.sample(invertibleDiagonalArb(3), fcParams(100)).flat();
    expect(values.every((x) => x.n !== 0n)).toBe(true);
    expect(new Set(values.map((x) => Number(x.s)))).toEqual(new Set([1, -1]));
    expect(() => invertibleDiagonalArb(-1)).toThrow(/k must be a non-negative integer/);
  });

  it('gaugeModelArb and weightDecayModelArb: k ∈ [minK, p], every embedding non-zero', () => {
    fc.assert(
      fc.property(gaugeModelArb({ minK: 2 }), (m) => {
        expect(m.k >= 2 && m.k <= m.sigma.length && m.d.length === m.k).toBe(true);
        const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
        expect(hasNonZeroRows(Q, f.B) && hasNonZeroRows(Q, matMul(Q, m.X, f.A))).toBe(true);
      }),
      fcParams(30),
    );
    fc.assert(
      fc.property(weightDecayModelArb(), (m) => {
        expect(m.k >= 1 && m.k <= m.sigma.length).toBe(true);
        expect(hasNonZeroRows(Q, m.V.map((row) => row.slice(0, m.k)))).toBe(true);
      }),
      fcParams(30),
    );
  });

  it('distinctUnitFractionsArb: distinct rationals in (0, 1) with denominators ≤ the bound; rankedSvdModelArb: k = max(minK, p − gap)', () => {
    fc.assert(
      fc.property(distinctUnitFractionsArb({ min: 1, max: 5 }, 4), (ts) => {
        expect(new Set(ts.map((t) => Q.format(t))).size).toBe(ts.length);
        for (const t of ts) expect(t.s > 0n && t.n > 0n && t.n < t.d && t.d <= 4n).toBe(true);
      }),
      fcParams(50),
    );
    const ks = new Set<string>();
    fc.assert(
      fc.property(rankedSvdModelArb((p) => pythagoreanSpectrumArb({ p }), { p: { min: 1, max: 3 }, minK: 2 }), (m) => {
        expect(m.sigma.length).toBeGreaterThanOrEqual(2);
        expect(m.k >= 2 && m.k <= m.sigma.length).toBe(true);
        ks.add(`${m.sigma.length}:${m.k}`);
      }),
      fcParams(60),
    );
    expect(ks).toEqual(new Set(['2:2', '3:2', '3:3']));
    expect(() => distinctUnitFractionsArb({ min: 1, max: 2 }, 1, 'here')).toThrow(/^here: maxDenominator must be an integer ≥ 2, got 1$/);
  });

  it('bad options throw RangeError naming them', () => {
    expect(() => pythagoreanSpectrumArb({ p: 0 })).toThrow(/p must be an integer ≥ 1/);
    expect(() => pythagoreanSpectrumArb({ maxDenominator: 1 })).toThrow(/maxDenominator must be an integer ≥ 2/);
    expect(() => shiftedSquareSpectrumArb({ maxDenominator: 1 })).toThrow(/maxDenominator must be an integer ≥ 2/);
    expect(() => svdDataArb(pythagoreanSpectrumArb(), { maxItems: 0 })).toThrow(/maxItems must be an integer ≥ 1/);
    expect(() => fc.sample(svdDataArb(pythagoreanSpectrumArb({ p: 3 }), { maxItems: 2 }), 1)).toThrow(/the spectrum has 3 singular values, more than maxItems = 2/);
    expect(() => gaugeModelArb({ p: 2, minK: 3 })).toThrow(/minK must be an integer in \[1, 2\], got 3/);
    expect(() => weightDecayModelArb({ minK: 0 })).toThrow(/minK must be an integer in \[1, 3\], got 0/);
    expect(() => skewSymmetricFromUpper(3, [])).toThrow(/a 3 × 3 matrix needs 3 upper entries, got 0/);
  });

  it('skewSymmetricFromUpper fills the upper triangle row by row and mirrors it with the opposite sign', () => {
    const S = skewSymmetricFromUpper(3, [Q.fromRational(1), Q.fromRational(2), Q.fromRational(3)]);
    expect(S.map((row) => row.map((x) => Q.format(x)))).toEqual([['0', '1', '2'], ['-1', '0', '3'], ['-2', '-3', '0']]);
  });
});
