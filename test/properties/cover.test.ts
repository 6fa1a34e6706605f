import { describe, expect, it } from 'vitest';
import { rat } from '../../src/field/rational.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimCover1965, checkCover1965 } from '../../properties/claims/Cover1965.ts';
import { claimCover1967, checkCover1967 } from '../../properties/claims/Cover1967.ts';

describe('Counting: |S(W)| and |R(W)| equal Cover\'s counts in general position', () => {
  it('Cover (1965): |S(W)| = 2·Σ_{i<d} C(k−1, i) on random exact models in general position (seeded)', () => {
    const { seed, numRuns } = fcParams(30);
    const out = claimCover1965.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.cases).toBe(numRuns);
  });

  it('Cover (1967): |R(W)| = 2·Σ_j |s(k, k−d+1+2j)| on random exact models in general position for rankings (seeded)', () => {
    const { seed, numRuns } = fcParams(20);
    const out = claimCover1967.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.cases).toBe(numRuns);
  });

  it('on App. C.1 (generic, k = 5, d = 2): 10 sign vectors and 20 rankings; degenerate inputs are refused, not miscounted', () => {
    const W = loadExamples()['C.1'].W;
    expect(checkCover1965(W)).toMatchObject({ ok: true, certificates: 10 });
    expect(checkCover1967(W)).toMatchObject({ ok: true, certificates: 20 });
    const parallel = [[rat(1), rat(2)], [rat(2), rat(4)], [rat(0), rat(1)]];
    expect(checkCover1965(parallel)).toMatchObject({ ok: false });
    expect(checkCover1965(parallel).detail).toMatch(/not in general position/);
    const collinear = [[rat(0), rat(0)], [rat(1), rat(1)], [rat(2), rat(2)], [rat(0), rat(1)]];
    expect(checkCover1967(collinear).detail).toMatch(/not in general position for rankings/);
  });
});
