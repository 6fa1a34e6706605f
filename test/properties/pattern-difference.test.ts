import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../src/field/rational.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { certifyPatternDifference, comparePatterns, type PatternDifference } from '../../properties/fuzz/pattern-difference.ts';
import type { Rational } from '../../src/field/rational.ts';

/**
 * `certifyPatternDifference` is the independent re-check behind every certified
 * counterexample of T5.5 and T H.1; here it must accept the true differences of App. H.2
 * and reject each way of corrupting one.
 */
describe('pattern differences: certified, and corrupted certificates rejected', () => {
  const { A, B } = loadExamples()['H.2'];
  const cmp = comparePatterns(Q, 'ranking', A, B, { all: true });
  const models = [A, B] as const;

  it('App. H.2: every ranking difference is certified (witness in one model, Gordan certificate in the other)', () => {
    expect(cmp.same).toBe(false);
    expect(cmp.differences.length).toBe(cmp.onlyIn[0].length + cmp.onlyIn[1].length);
    expect(cmp.differences.map((d) => d.presentIn)).toContain(0);
    expect(cmp.differences.map((d) => d.presentIn)).toContain(1);
    for (const d of cmp.differences) expect(certifyPatternDifference(Q, models, d)).toBe(true);
  });

  it('rejects a difference read against the wrong model, a zero witness, a zero or negative y, and a swapped pair of models', () => {
    for (const d of cmp.differences) {
      const corrupt = (c: Partial<PatternDifference<Rational>>) => certifyPatternDifference(Q, models, { ...d, ...c });
      expect(corrupt({ presentIn: (1 - d.presentIn) as 0 | 1 })).toBe(false);
      expect(corrupt({ witness: { kind: 'witness', x: d.witness.x.map(() => Q.zero) } })).toBe(false);
      expect(corrupt({ infeasibility: { ...d.infeasibility, y: d.infeasibility.y.map(() => Q.zero) } })).toBe(false);
      expect(corrupt({ infeasibility: { ...d.infeasibility, y: d.infeasibility.y.map((t) => Q.neg(t)) } })).toBe(false);
      expect(certifyPatternDifference(Q, [B, A], d)).toBe(false);
    }
  });

  it('refuses models with different numbers of labels', () => {
    expect(() => comparePatterns(Q, 'sign', A, A.slice(1))).toThrow(RangeError);
  });
});
