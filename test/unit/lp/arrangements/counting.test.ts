import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { isInGeneralPosition } from '../../../../properties/arbitraries/matrix-preconditions.ts';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { braidDifferences, braidMatrix } from '../../../../src/linalg/braid.ts';
import { binomial } from '../../../../src/linalg/minors.ts';
import { identity } from '../../../../src/linalg/matrix.ts';
import { cover1965, cover1967, unsignedStirling1 } from '../../../../lp/arrangements/counting/cover.ts';
import { regionCount } from '../../../../lp/arrangements/counting/zaslavsky.ts';
import { inGeneralPositionForRankings } from '../../../../lp/arrangements/counting/general-position.ts';
import { signPatternsFromCircuits } from '../../../../lp/arrangements/oriented-matroid/topes.ts';

const R = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((x) => rat(x)));
const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));

describe('Cover (1965) and (1967) counts', () => {
  it('Cover 1965: 2·Σ_{i<d} C(k−1, i); 2^k once d ≥ k', () => {
    expect(cover1965(16, 4)).toBe(1152n);
    expect(cover1965(5, 2)).toBe(10n);
    expect(cover1965(3, 1)).toBe(2n);
    for (let k = 1; k <= 8; k++) expect(cover1965(k, k)).toBe(2n ** BigInt(k));
    expect(cover1965(0, 3)).toBe(1n);
    expect(cover1965(4, 0)).toBe(0n);
  });

  it('unsigned Stirling numbers of the first kind', () => {
    expect(unsignedStirling1(4, 2)).toBe(11n);
    expect(unsignedStirling1(5, 3)).toBe(35n);
    expect(unsignedStirling1(8, 5)).toBe(1960n);
    expect(unsignedStirling1(0, 0)).toBe(1n);
    expect(unsignedStirling1(3, 4)).toBe(0n);
    expect(unsignedStirling1(3, -1)).toBe(0n);
    for (let n = 1; n <= 9; n++) {
      let s = 0n;
      for (let m = 0; m <= n; m++) s += unsignedStirling1(n, m);
      expect(s).toBe(factorial(n));
      expect(unsignedStirling1(n, n - 1)).toBe(binomial(n, 2));
    }
  });

  it('Cover 1967: 2·C(k, 2) for d = 2, k! once d ≥ k − 1, 3976 for k = 8, d = 4', () => {
    for (let k = 2; k <= 9; k++) {
      expect(cover1967(k, 2)).toBe(2n * binomial(k, 2));
      expect(cover1967(k, k - 1)).toBe(factorial(k));
      expect(cover1967(k, k + 2)).toBe(factorial(k));
      expect(cover1967(k, 1)).toBe(2n);
    }
    expect(cover1967(8, 4)).toBe(3976n);
    expect(cover1967(1, 3)).toBe(1n);
    expect(cover1967(4, 0)).toBe(0n);
  });

  it('rejects bad arguments', () => {
    expect(() => cover1965(-1, 2)).toThrow(RangeError);
    expect(() => cover1965(3, 1.5)).toThrow(/d must be/);
    expect(() => cover1967(2.5, 2)).toThrow(/k must be/);
    expect(() => unsignedStirling1(-2, 0)).toThrow(RangeError);
  });
});

describe('Zaslavsky region count', () => {
  it('counts the braid arrangement (k! regions) and small arrangements, ignoring zero rows and merging parallel ones', () => {
    for (let k = 1; k <= 6; k++) expect(regionCount(Q, braidMatrix(Q, k))).toBe(factorial(k));
    expect(regionCount(Q, braidDifferences(Q, identity(Q, 5)))).toBe(120n);
    expect(regionCount(Q, R([[1, 0], [0, 1], [1, 1]]))).toBe(6n);
    expect(regionCount(Q, R([[1, 0], [0, 0], [-3, 0], [2, 0]]))).toBe(2n);
    expect(regionCount(Q, R([[0, 0]]))).toBe(1n);
    expect(regionCount(Q, [])).toBe(1n);
    // four planes through one line in R^3 (rank 2): 8 regions
    expect(regionCount(Q, R([[1, 0, 0], [0, 1, 0], [1, 1, 0], [1, -1, 0]]))).toBe(8n);
    expect(() => regionCount(Q, [[rat(1)], []])).toThrow(RangeError);
  });

  it('equals Cover 1965 in general position, and the circuit engine for every W without a zero row', () => {
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 8 }, d: { min: 1, max: 4 }, generalPosition: true }),
      rationalMatrixArb({ k: { min: 1, max: 8 }, d: { min: 1, max: 4 }, nonZeroRows: true, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    let generic = 0;
    fc.assert(fc.property(arb, (W) => {
      const z = regionCount(Q, W);
      const zeroRow = W.some((row) => row.every((x) => Q.isZero(x)));
      expect(BigInt(signPatternsFromCircuits(Q, W).length)).toBe(zeroRow ? 0n : z);
      if (isInGeneralPosition(Q, W)) { generic++; expect(z).toBe(cover1965(W.length, W[0].length)); }
    }), fcParams(80));
    expect(generic).toBeGreaterThan(10);
  });

  it('equals Cover 1967 on DW in general position for rankings (and not always otherwise)', () => {
    const arb = rationalMatrixArb({ k: { min: 2, max: 7 }, d: { min: 1, max: 4 }, maxNumerator: 20, maxDenominator: 3 });
    let generic = 0;
    fc.assert(fc.property(arb, (W) => {
      if (!inGeneralPositionForRankings(Q, W)) return;
      generic++;
      expect(regionCount(Q, braidDifferences(Q, W))).toBe(cover1967(W.length, W[0].length));
    }), fcParams(60));
    expect(generic).toBeGreaterThan(30);
    // k = 8, d = 4 integer points in general position for rankings: 3976 rankings
    // (points on the moment curve are NOT: pairs with equal t_i + t_j give parallel-ish differences)
    const M = R([[-5, -13, -15, 8], [18, -14, 17, 4], [14, -13, 12, -14], [-9, -8, -1, -19], [-4, -11, 16, -3], [-4, -12, 20, 7], [-8, 16, -15, 17], [15, -5, -20, 14]]);
    expect(inGeneralPositionForRankings(Q, M.map((r) => r.map((x, c) => (c === 0 ? x : Q.zero))))).toBe(false);
    expect(inGeneralPositionForRankings(Q, M)).toBe(true);
    expect(regionCount(Q, braidDifferences(Q, M))).toBe(3976n);
    // a parallelogram w_0 − w_1 = w_2 − w_3 and three collinear points both break the condition and lower the count
    const P = R([[0, 0], [1, 0], [3, 1], [2, 1]]);
    expect(inGeneralPositionForRankings(Q, P)).toBe(false);
    expect(regionCount(Q, braidDifferences(Q, P))).toBeLessThan(cover1967(4, 2));
    const C = R([[0, 0], [1, 1], [2, 2], [5, -1]]);
    expect(inGeneralPositionForRankings(Q, C)).toBe(false);
    expect(regionCount(Q, braidDifferences(Q, C))).toBeLessThan(cover1967(4, 2));
    expect(inGeneralPositionForRankings(Q, R([[0, 0], [1, 0], [3, 1], [2, 5]]))).toBe(true);
  });
});
