import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimOutcome, exactPart, runCountedProperty, splitProgress } from '../../properties/fuzz/property-run.ts';

describe('runCountedProperty / claimOutcome: the randomized part of a claim', () => {
  it('counts cases and certificates of generated models only, and reports a shrunk failure with seed and path', () => {
    const ok = runCountedProperty(fc.integer({ min: 0, max: 9 }), () => ({ ok: true, certificates: 2 }), { seed: 1, runs: 30, defaultRuns: 30 });
    expect(ok).toEqual({ cases: 30, certificates: 60, failure: null });
    const bad = runCountedProperty(fc.integer({ min: 0, max: 1000 }), (n) => (n < 100 ? { ok: true, certificates: 1 } : { ok: false, certificates: 0, detail: `n = ${n}` }), {
      seed: 1,
      runs: 200,
      defaultRuns: 200,
    });
    expect(bad.failure).toMatch(/^n = 100 \(seed 1, path [\d:]+\)$/); // shrunk to the boundary
    expect(bad.cases).toBeLessThan(200);
    const threw = runCountedProperty(fc.constant(0), () => { throw new RangeError('boom'); }, { seed: 1, runs: 3, defaultRuns: 3 });
    expect(threw.failure).toMatch(/^threw: boom/);
    expect(() => runCountedProperty(fc.constant(0), () => ({ ok: true, certificates: 0 }), { runs: 0, defaultRuns: 1 })).toThrow(RangeError);
  });

  it('combines parts: verified only when none failed; sums; the first failure is the detail', () => {
    const a = exactPart('a', () => ({ ok: true, certificates: 3 }));
    const b = exactPart('b', () => ({ ok: false, certificates: 1, detail: 'wrong' }));
    const c = exactPart('c', () => { throw new Error('oops'); });
    expect(claimOutcome([a], 'fine')).toEqual({ verified: true, cases: 1, certificates: 3, detail: 'fine' });
    expect(claimOutcome([a, b, c], 'fine')).toEqual({ verified: false, cases: 3, certificates: 4, detail: 'b: wrong' });
    expect(c.failure).toBe('c: threw: oops');
  });

  it('splitProgress reports the progress of consecutive parts against one total', () => {
    const seen: [number, number][] = [];
    const [p1, p2] = splitProgress((d, t) => seen.push([d, t]), [2, 3]);
    p1(1); p1(2); p2(1); p2(5);
    expect(seen).toEqual([[1, 5], [2, 5], [3, 5], [5, 5]]);
  });
});
