import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { determinant } from '../../src/linalg/determinant.ts';
import { matMul } from '../../src/linalg/matrix.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkSymmetries, claimSymmetries, invertibleMatrixArb } from '../../properties/claims/Symmetries.ts';
import { comparePatterns } from '../../properties/fuzz/pattern-difference.ts';

describe('Symmetries: S(W) = −S(W), R(W) closed under reversal, S and R invariant under W ↦ WM', () => {
  it('the claim check holds on random exact models, and some M changes C (seeded)', () => {
    const { seed, numRuns } = fcParams(25);
    const out = claimSymmetries.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.detail).toMatch(/C\(WM\) ≠ C\(W\) on [1-9]\d* of \d+/);
  });

  it('a small --runs cannot make the claim look failed: the search for an M changing C goes on (seeds 1 … 20, runs 1 and 5)', () => {
    // e.g. seed 99999 with runs 5 sees 3 models with non-zero rows and none whose C changes
    for (const runs of [1, 5]) {
      for (const seed of [99999, ...Array.from({ length: 20 }, (_, i) => i + 1)]) {
        const out = claimSymmetries.run({ seed, runs });
        expect(out.verified, `seed ${seed}, runs ${runs}: ${out.detail}`).toBe(true);
        expect(out.detail).toMatch(/C\(WM\) ≠ C\(W\) on 1 of \d+ \(\d+ further models searched for a change\)|C\(WM\) ≠ C\(W\) on [1-9]\d* of \d+$/);
      }
    }
  });

  it('invertibleMatrixArb gives invertible matrices, and so do its top-left blocks', () => {
    fc.assert(
      fc.property(invertibleMatrixArb(3), (M) => [1, 2, 3].every((d) => !Q.isZero(determinant(Q, M.slice(0, d).map((r) => r.slice(0, d)))))),
      fcParams(50),
    );
  });

  it('on App. C.2 with a shear M: same S and R, different C; a singular M is caught as a changed pattern', () => {
    const W = loadExamples()['C.2'].W;
    const M = [[rat(1), rat(2)], [rat(0), rat(1)]];
    let changed: boolean | undefined;
    const r = checkSymmetries({ W, M }, (c) => { changed = c; });
    expect(r.ok, r.detail).toBe(true);
    expect(changed).toBe(true);
    expect(cosineMatrixEquals(Q, W, matMul(Q, W, M))).toBe(false);
    const singular = [[rat(1), rat(1)], [rat(1), rat(1)]];
    const bad = checkSymmetries({ W, M: singular });
    expect(bad.ok).toBe(false);
    expect(bad.detail).toMatch(/pattern changed under W ↦ WM/);
    expect(comparePatterns(Q, 'sign', W, matMul(Q, W, singular)).same).toBe(false);
  });
});
