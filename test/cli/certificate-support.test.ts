/**
 * Certificates printed by their support (`src/cli/analyze/certificate-support.ts`): the row
 * order of a system read back from an index (the inverse of `rowIndex` of lp/scale), and the
 * scale path's refusal of a system with more than one equation.
 */
import { describe, expect, it } from 'vitest';
import { certificateLines, rowForm } from '../../src/cli/analyze/certificate-support.ts';
import { assertScaleQuestion } from '../../src/cli/analyze/scale-path.ts';
import { rowIndex } from '../../lp/scale/scale-certificate.ts';
import { difference, strictRowCount, type LogitSystem } from '../../lp/queries/logit-system.ts';
import { argmaxQuestion } from '../../lp/queries/argmax.ts';
import { tieForTopQuestion } from '../../lp/queries/tie-for-top.ts';
import { topPrefixQuestion } from '../../lp/queries/top-prefix.ts';
import { rankingQuestion } from '../../lp/queries/ranking.ts';

describe('rowForm: the form of a row index', () => {
  it('is the inverse of rowIndex on every row of argmax, tie, top and ranking systems (and t after the strict rows)', () => {
    const k = 9;
    const systems: LogitSystem[] = [
      argmaxQuestion.system(0, k), argmaxQuestion.system(4, k), argmaxQuestion.system(8, k),
      tieForTopQuestion.system([3, 1], k), tieForTopQuestion.system([0, 8], k),
      topPrefixQuestion.system([5, 2, 7], k), rankingQuestion.system([2, 0, 1, 3, 4, 5, 6, 7, 8], k),
    ];
    for (const s of systems) {
      const n = strictRowCount(s, k);
      const seen = new Set<string>();
      for (let i = 0; i < n; i++) {
        const f = rowForm(s, i, k);
        expect(f).not.toBe('t');
        if (f === 't' || f.kind !== 'difference') throw new Error('a difference expected');
        const ref = i < s.strict.length ? ([f.above, f.below] as const) : f.below;
        expect(rowIndex(s, ref, k)).toBe(i);
        seen.add(`${f.above},${f.below}`);
      }
      expect(seen.size).toBe(n);
      expect(rowForm(s, n, k)).toBe('t');
      expect(() => rowForm(s, n + 1, k)).toThrow(RangeError);
    }
    expect(rowForm(argmaxQuestion.system(2, 5), 2, 5)).toEqual(difference(2, 3));
  });

  it('prints the support with its share of the rows, and z for the equations', () => {
    expect(certificateLines([{ row: 0, form: 'w_2 − w_0', y: '1' }, { row: 1, form: 'w_2 − w_1', y: '1' }], 50256, null)[0]).toBe(
      'Gordan certificate y = {w_2 − w_0: 1, w_2 − w_1: 1} (the support: 2 of 50 256 rows; y_t = 0 on every other row)',
    );
    expect(certificateLines([{ row: 1, form: 'w_0 − w_2', y: '2' }], 3, [{ form: 'w_0 − w_1', z: '-1' }])[0]).toBe(
      'Motzkin certificate y = {w_0 − w_2: 2} (the support: 1 of 3 rows; y_t = 0 on every other row), z = {w_0 − w_1: -1}',
    );
  });
});

describe('assertScaleQuestion', () => {
  it('takes every system of at most one equation and refuses more in one line', () => {
    expect(() => assertScaleQuestion(tieForTopQuestion.system([0, 1], 4), '--tie 0,1')).not.toThrow();
    expect(() => assertScaleQuestion({ strict: [], equal: [difference(0, 1), difference(1, 2)] }, '--chain 0,1,2')).toThrow(
      '--chain 0,1,2: the scale path decides systems with at most one equation, this one has 2; use --no-scale for the exact engine',
    );
  });
});
