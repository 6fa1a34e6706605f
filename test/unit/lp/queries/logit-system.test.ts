/**
 * The one function from label-level systems to exact matrices: each logit form is a row of
 * W (or of [W | b] with a bias, plus the last strict row (0, …, 0, 1)).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { difference, logitSystemMatrices, signedLogit } from '../../../../lp/queries/logit-system.ts';
import { decideQuestion, surveyQuestion } from '../../../../lp/queries/question.ts';
import { QUESTIONS } from '../../../../lp/queries/registry.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { rationalArb } from '../../../../properties/arbitraries/rational.ts';
import { fcParams } from '../../../../properties/settings.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';

const fmt = (M: Rational[][]) => M.map((r) => r.map((v) => Q.format(v)));

describe('logitSystemMatrices', () => {
  const W = [[1, 2], [3, 4], [5, 6]].map((r) => r.map((v) => rat(v)));
  it('builds differences and signed logits in order, equations into B', () => {
    const s = logitSystemMatrices({ F: Q, W }, { strict: [difference(2, 0), signedLogit(1, -1)], equal: [difference(0, 1)] });
    expect(fmt(s.A)).toEqual([['4', '4'], ['-3', '-4']]);
    expect(fmt(s.B)).toEqual([['-2', '-2']]);
    expect(s.columns).toBe(2);
  });
  it('with a bias: rows of [W | b], then (0, …, 0, 1); equations gain the bias column only', () => {
    const bias = [rat(1), rat(0), rat(-1)];
    const s = logitSystemMatrices({ F: Q, W, bias }, { strict: [difference(2, 0)], equal: [signedLogit(0, 1)] });
    expect(fmt(s.A)).toEqual([['4', '4', '-2'], ['0', '0', '1']]);
    expect(fmt(s.B)).toEqual([['1', '2', '1']]);
    expect(s.columns).toBe(3);
  });
  it('refuses labels outside the model and malformed models', () => {
    expect(() => logitSystemMatrices({ F: Q, W }, { strict: [signedLogit(3, 1)], equal: [] })).toThrow(/label 3/);
    expect(() => logitSystemMatrices({ F: Q, W, bias: [rat(1)] }, { strict: [], equal: [] })).toThrow(/bias has 1 entries/);
    expect(() => logitSystemMatrices({ F: Q, W, labels: ['a', 'a', 'b'] }, { strict: [], equal: [] })).toThrow(/given twice/);
  });
  it('property: for every question, a witness (x, t) of the biased system gives the input x/t whose logits Wx + b satisfy the question', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 4 }, d: { min: 1, max: 2 } }), fc.array(rationalArb(), { minLength: 4, maxLength: 4 }), (Wr, b4) => {
        const bias = b4.slice(0, Wr.length);
        const model = { F: Q, W: Wr, bias };
        for (const q of QUESTIONS) {
          if (q.survey === undefined) continue;
          const s = surveyQuestion(model, q);
          s.arguments.forEach((arg, t) => {
            const { system, decision } = decideQuestion(model, q, arg);
            expect(decision.feasible).toBe(s.feasible[t]);
            expect(checkCertificate(Q, system.A, system.B, decision.certificate)).toBe(true);
            if (decision.certificate.kind !== 'witness') return;
            const x = decision.certificate.x;
            const tt = x[x.length - 1];
            expect(Q.sign(tt)).toBe(1);
            const z = Wr.map((w, i) => w.reduce((acc, v, c) => acc.add(v.mul(x[c].div(tt))), rat(0)).add(bias[i]));
            const sys = q.system(arg, Wr.length);
            const value = (f: (typeof sys.strict)[number]) => (f.kind === 'difference' ? z[f.above].sub(z[f.below]) : z[f.label].mul(f.sign));
            sys.strict.forEach((f) => expect(Q.sign(value(f))).toBe(1));
            sys.equal.forEach((f) => expect(Q.sign(value(f))).toBe(0));
          });
        }
      }),
      fcParams(15),
    );
  });
});
