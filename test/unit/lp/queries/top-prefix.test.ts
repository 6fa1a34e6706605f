/**
 * The top-m prefix question, added as one file to the registry: m = 1 is the argmax
 * question, m = k the ranking question, and its witnesses rank the prefix above all others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { topPrefixQuestion } from '../../../../lp/queries/top-prefix.ts';
import { decideQuestion } from '../../../../lp/queries/question.ts';
import { decideArgmaxable } from '../../../../lp/queries/argmax.ts';
import { decideRanking } from '../../../../lp/queries/ranking.ts';
import { QUESTIONS, findQuestion } from '../../../../lp/queries/registry.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { fcParams } from '../../../../properties/settings.ts';

const scores = (W: Rational[][], x: Rational[]) => W.map((w) => w.reduce((s, v, c) => s.add(v.mul(x[c])), rat(0)));

describe('top-m prefix', () => {
  it('is in the registry under --top', () => {
    expect(findQuestion('top')).toBe(topPrefixQuestion);
    expect(QUESTIONS.map((q) => q.option.flag)).toContain('--top');
  });

  it('rows: the chain of the prefix, then its last label above every label outside it', () => {
    const W = [[0, 1], [1, 0], [0, 2], [3, 3]].map((r) => r.map((v) => rat(v)));
    const { system } = decideQuestion({ F: Q, W }, topPrefixQuestion, [3, 1]);
    const fmt = (M: Rational[][]) => M.map((r) => r.map((v) => Q.format(v)));
    expect(fmt(system.A)).toEqual([['2', '3'], ['1', '-1'], ['1', '-2']]); // w3 − w1, w1 − w0, w1 − w2
    expect(system.B).toEqual([]);
    expect(() => topPrefixQuestion.parse('1,1', 4)).toThrow(/labels must differ/);
    expect(() => topPrefixQuestion.system([0, 4], 4)).toThrow(/label 4/);
  });

  it('property: m = 1 is argmax, m = k is the ranking, and witnesses rank the prefix on top', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 3 } }), fc.nat(), fc.nat(), (W, seed, mSeed) => {
        const k = W.length;
        const perm = Array.from({ length: k }, (_, i) => i).sort((a, b) => ((a * 7 + seed) % k) - ((b * 7 + seed) % k) || a - b);
        const m = 1 + (mSeed % k);
        const prefix = perm.slice(0, m);
        const d = decideQuestion({ F: Q, W }, topPrefixQuestion, prefix).decision;
        if (m === 1) expect(d.feasible).toBe(decideArgmaxable(Q, W, prefix[0]).feasible);
        if (m === k) expect(d.feasible).toBe(decideRanking(Q, W, perm).feasible);
        if (d.certificate.kind === 'witness') {
          const s = scores(W, d.certificate.x);
          prefix.slice(0, -1).forEach((a, t) => expect(s[a].compare(s[prefix[t + 1]])).toBe(1));
          W.forEach((_, l) => {
            if (!prefix.includes(l)) expect(s[prefix[m - 1]].compare(s[l])).toBe(1);
          });
        }
      }),
      fcParams(40),
    );
  });
});
