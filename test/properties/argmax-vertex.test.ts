import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { claimArgmaxVertex, checkHullCertificate, convexCombinationOfOthers } from '../../properties/claims/ArgmaxVertex.ts';
import { decideArgmaxable } from '../../lp/queries/argmax.ts';
import { fcParams } from '../../properties/settings.ts';

const m = (rows: (number | string)[][]) => rows.map((r) => r.map((x) => rat(typeof x === 'number' ? String(x) : x)));

describe('ArgmaxVertex: argmaxable iff the row is a vertex of the convex hull (Grivas et al. 2022)', () => {
  it('holds on random exact models over Q (with degenerate structure) and Q(√2), by two independent exact LPs', () => {
    const { seed, numRuns } = fcParams(60);
    const out = claimArgmaxVertex.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.cases).toBe(numRuns + Math.max(1, Math.round(numRuns / 3)));
    expect(out.certificates).toBeGreaterThanOrEqual(2 * out.cases);
  });

  it('gives the exact combination for an interior point and for a repeated row, and a separator for a vertex', () => {
    // square with its centre (label 4) and a copy of corner 0 (label 5)
    const W = m([[1, 1], [-1, 1], [-1, -1], [1, -1], [0, 0], [1, 1]]);
    const centre = convexCombinationOfOthers(Q, W, 4);
    expect(centre.kind).toBe('combination');
    expect(checkHullCertificate(Q, W, 4, centre)).toBe(true);
    expect(convexCombinationOfOthers(Q, W, 0).kind).toBe('combination'); // equals row 5
    const corner = convexCombinationOfOthers(Q, W, 1);
    expect(corner.kind).toBe('separator');
    expect(checkHullCertificate(Q, W, 1, corner)).toBe(true);
    expect([0, 1, 2, 3, 4, 5].map((i) => decideArgmaxable(Q, W, i).feasible)).toEqual([false, true, true, true, false, false]);
  });

  it('rejects wrong hull certificates and bad labels', () => {
    const W = m([[1, 0], [0, 1], ['1/4', '1/4']]);
    expect(checkHullCertificate(Q, W, 2, { kind: 'combination', lambda: [rat(1, 2), rat(1, 2), rat(0)] })).toBe(false); // sums to (1/2, 1/2)
    expect(checkHullCertificate(Q, W, 2, { kind: 'combination', lambda: [rat(1, 4), rat(1, 4), rat(0)] })).toBe(false); // Σλ ≠ 1
    expect(checkHullCertificate(Q, W, 0, { kind: 'separator', g: [rat(1), rat(1)] })).toBe(false); // ties with row 1
    expect(checkHullCertificate(Q, W, 0, { kind: 'separator', g: [rat(1), rat(0)] })).toBe(true);
    expect(() => convexCombinationOfOthers(Q, W, 3)).toThrow(/label 3 is out of range/);
  });
});
