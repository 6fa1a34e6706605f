import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutoffDisagreements, cutoffMargins, cutoffSigns, floatChirotopesAgree, floatDeterminant, floatMaximalMinors } from '../../src/grid/float-cutoff.ts';
import { bareissDeterminantBigInt } from '../../src/linalg/determinant.ts';
import { fcParams } from '../../properties/settings.ts';

describe("the authors' float64 method (not exact)", () => {
  it('LU determinant equals the exact one on small integer matrices (exactly representable)', () => {
    const m = fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(m, (A) => {
        const exact = Number(bareissDeterminantBigInt(A.map((r) => r.map(BigInt))));
        // Small integers: |det| ≤ 5^4·4! < 2^53 and LU errors stay far below 1/2, so the float
        // determinant rounds to the exact one. (Compared by distance, not Math.round + toBe: a singular
        // A can give −2.7e−14, which rounds to −0, and toBe(0) tells −0 from 0.)
        expect(Math.abs(floatDeterminant(A) - exact), `float ${floatDeterminant(A)}, exact ${exact}`).toBeLessThan(1 / 2);
      }),
      fcParams(200),
    );
  });

  it('cut-off signs, disagreements and margins', () => {
    const dets = Float64Array.from([0.5, -3e-11, 2e-10, -1]);
    expect(Array.from(cutoffSigns(dets))).toEqual([1, 0, 1, -1]);
    const exact = Int8Array.from([1, -1, 0, -1]);
    const dis = cutoffDisagreements('M', 4, 1, exact, cutoffSigns(dets));
    expect(dis).toEqual([
      { matrix: 'M', rows: [1], exact: -1, float: 0 },
      { matrix: 'M', rows: [2], exact: 0, float: 1 },
    ]);
    expect(cutoffMargins(exact, dets)).toEqual({ maxAbsAtExactZero: 2e-10, minAbsAtExactNonZero: 3e-11 });
    expect(floatChirotopesAgree(Int8Array.from([1, 0, -1]), Int8Array.from([-1, 0, 1]))).toBe(true);
    expect(floatChirotopesAgree(Int8Array.from([1, 0, -1]), Int8Array.from([1, 0, 1]))).toBe(false);
    expect(floatChirotopesAgree(Int8Array.from([1, 1]), Int8Array.from([1, 0]))).toBe(false);
    expect(Array.from(floatMaximalMinors([[1, 0], [0, 1], [1, 1]]))).toEqual([1, 1, -1]);
    expect(() => floatDeterminant([[1, 2]])).toThrow(RangeError);
  });
});
