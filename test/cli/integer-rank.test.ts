import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { rank } from '../../src/linalg/echelon.ts';
import { exactRank } from '../../src/cli/analyze/integer-rank.ts';

describe('exactRank (fraction-free elimination over Q)', () => {
  it('agrees with the generic rank on random rational matrices, rank-deficient ones included', () => {
    const entry = fc.oneof(fc.constant(0), fc.integer({ min: -4, max: 4 }), fc.integer({ min: -9, max: 9 }).map((n) => [n, 8] as const));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.array(entry, { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }), fc.boolean(), (k, d, M, dup) => {
        const rows = M.slice(0, k).map((r) => r.slice(0, d));
        if (dup && k > 2) rows[k - 1] = rows[0].map((v, c) => (typeof v === 'number' && typeof rows[1][c] === 'number' ? v - 2 * (rows[1][c] as number) : 0)); // often a dependent row
        const W = rows.map((r) => r.map((v) => (typeof v === 'number' ? Q.fromRational(v) : Q.fromRational(v[0], v[1]))));
        expect(exactRank(Q, W)).toBe(rank(Q, W));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it('uses the generic rank over Q(sqrt(2))', () => {
    const F = quadraticField(2);
    const W = [[F.one, F.of(Q.fromRational(0), Q.fromRational(1))], [F.one, F.one], [F.of(Q.fromRational(1), Q.fromRational(1)), F.one]];
    expect(exactRank(F, W)).toBe(rank(F, W));
  });
});
