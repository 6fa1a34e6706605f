import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { matEquals } from '../../src/linalg/matrix.ts';
import { cosine, cosineEquals } from '../../src/cosine/index.ts';
import { gradient1, gradient2, isStationary, predictions } from '../../src/models/matrix-factorisation.ts';
import { gaugeModelArb, weightDecayModelArb, type GaugeModel, type WeightDecayModel } from '../../properties/arbitraries/index.ts';
import { fcParams } from '../../properties/settings.ts';
import { findBuiltInConjecture } from '../../properties/fuzz/built-in.ts';
import { fuzzConjecture } from '../../properties/fuzz/fuzz.ts';
import itemCosines, { gaugePair, type ItemCosineEvidence } from '../../properties/fuzz/conjectures/item-cosines-determined-by-predictions.ts';
import lambdaCosines, { solutionsAtBothLambdas, type LambdaCosineEvidence } from '../../properties/fuzz/conjectures/weight-decay-cosines-independent-of-lambda.ts';

const seed = fcParams(1).seed;

describe('built-in conjectures of Steck, Ekanadham & Kallus (2024): both false, both refuted', () => {
  it('are registered as false statements with the claim they come from', () => {
    expect(findBuiltInConjecture('item-cosines-determined-by-predictions')).toBe(itemCosines);
    expect(findBuiltInConjecture('weight-decay-cosines-independent-of-lambda')).toBe(lambdaCosines);
    expect([itemCosines.expected, lambdaCosines.expected]).toEqual(['false', 'false']);
    expect(itemCosines.source).toMatch(/^Steck\.Eq4 /);
    expect(lambdaCosines.source).toMatch(/^Steck\.Eq6 /);
  });

  it('"the item–item cosines are determined by the predictions XABᵀ": refuted, certified, shrunk to 2 items at rank 2, replayable', () => {
    const r = fuzzConjecture(itemCosines, { seed });
    expect(r.status, `not refuted within ${r.runs} runs (seed ${seed})`).toBe('refuted');
    if (r.status !== 'refuted') return;
    expect(r.certified).toBe(true);
    expect(r.shrinks).toBeGreaterThan(0);
    const m = r.counterexample;
    expect([m.sigma.length, m.k]).toEqual([2, 2]); // the smallest size that can refute (see below)
    // re-checked here, independently of certify: two stationary points of (1), equal predictions, different cosines
    const [f, g] = gaugePair(m);
    for (const x of [f, g]) expect(isStationary(Q, gradient1(Q, m.X, x.A, x.B, m.lambda))).toBe(true);
    expect(matEquals(Q, predictions(Q, m.X, f.A, f.B), predictions(Q, m.X, g.A, g.B))).toBe(true);
    const e = r.evidence;
    expect(cosineEquals(Q, cosine(Q, f.B[e.i], f.B[e.j]), cosine(Q, g.B[e.i], g.B[e.j]))).toBe(false);
    expect(r.text).toMatch(/cos\(b̂_0, b̂_1\) = \S+ ≈ -?\d\.\d{6}, but for B̂D⁻¹ it is \S+ ≈ -?\d\.\d{6}/);
    expect(r.text).toContain('Evidence re-checked exactly: yes.');
    // certify refuses evidence that is not what it says
    const swapped: ItemCosineEvidence = { ...e, cosines: [e.cosines[1], e.cosines[0]] };
    const same: ItemCosineEvidence = { ...e, cosines: [e.cosines[0], e.cosines[0]] };
    expect(itemCosines.certify!(m, swapped)).toBe(false);
    expect(itemCosines.certify!(m, same)).toBe(false);
    expect(itemCosines.certify!({ ...m, d: m.d.map(() => Q.one) }, e)).toBe(false); // D = I: nothing moves
    const replay = fuzzConjecture(itemCosines, { seed: r.seed, path: r.path });
    expect(replay.status === 'refuted' && itemCosines.format(replay.counterexample, replay.evidence)).toBe(itemCosines.format(m, e));
  });

  it('"under objective (2) the item–item cosines do not depend on λ": refuted, certified, shrunk to 2 items at rank 2, replayable', () => {
    const r = fuzzConjecture(lambdaCosines, { seed });
    expect(r.status, `not refuted within ${r.runs} runs (seed ${seed})`).toBe('refuted');
    if (r.status !== 'refuted') return;
    expect(r.certified).toBe(true);
    expect(r.shrinks).toBeGreaterThan(0);
    const m = r.counterexample;
    expect([m.sigma.length, m.k]).toEqual([2, 2]);
    const fs = solutionsAtBothLambdas(m);
    fs.forEach((f, t) => expect(isStationary(Q, gradient2(Q, m.X, f.A, f.B, m.lambdas[t]))).toBe(true));
    const e = r.evidence;
    expect(cosineEquals(Q, cosine(Q, fs[0].B[e.i], fs[0].B[e.j]), cosine(Q, fs[1].B[e.i], fs[1].B[e.j]))).toBe(false);
    expect(r.text).toMatch(/cos\(b̂_0, b̂_1\) = \S+ ≈ -?\d\.\d{6} at λ = \S+, but \S+ ≈ -?\d\.\d{6} at λ = \S+/);
    const swapped: LambdaCosineEvidence = { ...e, cosines: [e.cosines[1], e.cosines[0]] };
    expect(lambdaCosines.certify!(m, swapped)).toBe(false);
    expect(lambdaCosines.certify!({ ...m, lambdas: [m.lambdas[0], m.lambdas[0]] }, e)).toBe(false); // one λ twice: nothing differs
    const replay = fuzzConjecture(lambdaCosines, { seed: r.seed, path: r.path });
    expect(replay.status === 'refuted' && lambdaCosines.format(replay.counterexample, replay.evidence)).toBe(lambdaCosines.format(m, e));
  });

  it('2 items at rank 2 is minimal: at rank 1 (every p) both conjectures hold, since all item–item cosines are ±1', () => {
    fc.assert(
      fc.property(gaugeModelArb({ p: { min: 1, max: 3 } }), (m: GaugeModel) => {
        fc.pre(m.k === 1);
        expect(itemCosines.check(m).holds).toBe(true);
      }),
      fcParams(20),
    );
    fc.assert(
      fc.property(weightDecayModelArb({ p: { min: 1, max: 3 } }), (m: WeightDecayModel) => {
        fc.pre(m.k === 1);
        expect(lambdaCosines.check(m).holds).toBe(true);
      }),
      fcParams(20),
    );
  });
});
