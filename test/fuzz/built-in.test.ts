import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { isCentered } from '../../src/linalg/centering.ts';
import { gramMatrix, squaredRowNorms } from '../../src/linalg/gram.ts';
import { cosineMatrix, cosineMatrixEquals, centeredCosineMatrix, compareCosines } from '../../src/cosine/index.ts';
import type { CosineDeterminesEvidence } from '../../properties/fuzz/cosine-determines.ts';
import type { ScaledRotatedPair } from '../../properties/fuzz/model-pairs.ts';
import { certifyPatternDifference } from '../../properties/fuzz/pattern-difference.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { decideTieForTop } from '../../lp/queries/tie-for-top.ts';
import { braidPairs } from '../../src/linalg/braid.ts';
import { certificateFromJSON } from '../../lp/engine/certificate-json.ts';
import { fcParams } from '../../properties/settings.ts';
import { builtInConjectures, findBuiltInConjecture, listBuiltInConjectures } from '../../properties/fuzz/built-in.ts';
import { fuzzConjecture } from '../../properties/fuzz/fuzz.ts';
import { certifyTieForTopEvidence, findTieForTopCounterexample, tieForTopSystem, type TieForTopEvidence } from '../../properties/fuzz/tie-for-top.ts';
import { symmetricUnitMatrixArb } from '../../properties/fuzz/symmetric-unit-matrix.ts';
import type { Rational } from '../../src/field/rational.ts';

const seed = fcParams(1).seed;

/** Re-checks a tie-for-top refutation in the test itself: certificates against rebuilt systems, cosine order. */
function recheckTie(W: Rational[][], e: TieForTopEvidence<Rational>, cosines: typeof cosineMatrix) {
  const C = cosines(Q, W);
  const h = tieForTopSystem(Q, W, ...e.higher.pair);
  const l = tieForTopSystem(Q, W, ...e.lower.pair);
  expect(checkCertificate(Q, h.A, h.B, e.higher.certificate)).toBe(true);
  expect(e.higher.certificate.kind).toBe('infeasible');
  expect(checkCertificate(Q, l.A, l.B, e.lower.certificate)).toBe(true);
  expect(e.lower.certificate.kind).toBe('witness');
  expect(compareCosines(Q, C[e.higher.pair[0]][e.higher.pair[1]], C[e.lower.pair[0]][e.lower.pair[1]])).toBe(1);
}

describe('built-in conjectures: registry', () => {
  it('has unique kebab-case names, a source and an expectation each, and lists them', () => {
    const names = builtInConjectures.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of builtInConjectures) {
      expect(c.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.expected === 'true' || c.expected === 'false').toBe(true);
      expect(c.source.length).toBeGreaterThan(0);
    }
    expect(names).toEqual(expect.arrayContaining(['cosine-tie-for-top', 'centered-cosine-tie-for-top', 'unit-centered-cosine-tie-for-top', 'cosine-determines-argmaxable']));
    expect(listBuiltInConjectures()).toHaveLength(names.length);
    expect(findBuiltInConjecture('cosine-tie-for-top').name).toBe('cosine-tie-for-top');
    expect(() => findBuiltInConjecture('no-such-thing')).toThrow(/unknown conjecture "no-such-thing"; built-in conjectures: cosine-tie-for-top/);
  });
});

describe('built-in conjectures: "higher cosine means can tie for the top" is refuted (App. C.2, C.3)', () => {
  for (const [name, cosines] of [
    ['cosine-tie-for-top', cosineMatrix],
    ['centered-cosine-tie-for-top', centeredCosineMatrix],
    ['unit-centered-cosine-tie-for-top', centeredCosineMatrix],
  ] as const) {
    it(`${name}: the fuzzer finds, shrinks and certifies a counterexample, which replays from seed and path`, () => {
      const c = findBuiltInConjecture(name);
      const r = fuzzConjecture(c, { seed });
      expect(r.status, `no counterexample for ${name} within ${r.runs} runs`).toBe('refuted');
      if (r.status !== 'refuted') return;
      expect(r.certified).toBe(true);
      recheckTie(r.counterexample, r.evidence, cosines);
      expect(r.text).toContain('Motzkin certificate');
      expect(r.text).toMatch(/witness x: \{"kind":"witness","x":\[/);
      // the printed certificate parses back and checks
      const printed = /Motzkin certificate [^:]*\): (\{.*\})/.exec(r.text)![1];
      const [i, j] = (r.evidence as TieForTopEvidence<Rational>).higher.pair;
      const h = tieForTopSystem(Q, r.counterexample, i, j);
      expect(checkCertificate(Q, h.A, h.B, certificateFromJSON(Q, JSON.parse(printed)))).toBe(true);
      const replay = fuzzConjecture(c, { seed: r.seed, path: r.path });
      expect(replay.status).toBe('refuted');
      if (replay.status === 'refuted') expect(c.format(replay.counterexample, replay.evidence)).toBe(c.format(r.counterexample, r.evidence));
    });
  }

  it('the paper\'s own examples refute them: C.2 (cosine and centered cosine) and C.3 (unit rows, in Q(√39))', () => {
    const ex = loadExamples();
    const c2 = ex['C.2'];
    for (const cosines of [cosineMatrix, centeredCosineMatrix]) {
      const e = findTieForTopCounterexample(c2.field, c2.W, cosines(c2.field, c2.W));
      expect(e).not.toBeNull();
      recheckTie(c2.W, e!, cosines);
    }
    const c3 = ex['C.3'];
    const K = c3.field;
    const C3 = centeredCosineMatrix(K, c3.W);
    const e3 = findTieForTopCounterexample(K, c3.W, C3);
    expect(e3).not.toBeNull();
    for (const part of [e3!.higher, e3!.lower]) {
      const sys = tieForTopSystem(K, c3.W, ...part.pair);
      expect(checkCertificate(K, sys.A, sys.B, part.certificate)).toBe(true);
    }
    // the highest non-tying cosine is the paper's cos(w1, w3) = 161/200 (shared by the pair (0, 4)), above cos(w0, w1) = −161/200 of a tying pair
    expect(compareCosines(K, e3!.higher.cosine, C3[1][3])).toBe(0);
    expect(compareCosines(K, e3!.lower.cosine, C3[0][1])).toBeLessThanOrEqual(0);
    expect(compareCosines(K, e3!.higher.cosine, e3!.lower.cosine)).toBe(1);
  });

  it('certifyTieForTopEvidence accepts C.2\'s evidence and rejects each corruption of it', () => {
    const { field: F, W } = loadExamples()['C.2'];
    const C = cosineMatrix(F, W);
    const e = findTieForTopCounterexample(F, W, C)!;
    expect(certifyTieForTopEvidence(F, W, C, e)).toBe(true);
    const { higher: h, lower: l } = e;
    const corrupted: TieForTopEvidence<Rational>[] = [
      // the cosine order reversed: the tying pair's cosine claimed for the non-tying one
      { higher: { ...h, cosine: l.cosine }, lower: { ...l, cosine: h.cosine } },
      // a Motzkin certificate with y = 0 (no certificate at all)
      { higher: { ...h, certificate: { ...h.certificate, y: h.certificate.y.map(() => F.zero) } }, lower: l },
      // the witness x = 0 (every strict row fails)
      { higher: h, lower: { ...l, certificate: { kind: 'witness', x: l.certificate.x.map(() => F.zero) } } },
      // the certificates read against the other pair
      { higher: { ...h, pair: l.pair, cosine: l.cosine }, lower: { ...l, pair: h.pair, cosine: h.cosine } },
    ];
    for (const bad of corrupted) expect(certifyTieForTopEvidence(F, W, C, bad)).toBe(false);
    // valid certificates and true cosines, but the non-tying pair's cosine is not higher
    const decided = braidPairs(W.length).map((pair) => ({ pair, cosine: C[pair[0]][pair[1]], certificate: decideTieForTop(F, W, ...pair).certificate }));
    const notHigher = decided.flatMap((p) =>
      p.certificate.kind !== 'infeasible' ? [] : decided.filter((q) => q.certificate.kind === 'witness' && compareCosines(F, p.cosine, q.cosine) <= 0).map((q) => ({ higher: p, lower: q }) as TieForTopEvidence<Rational>),
    );
    expect(notHigher.length).toBeGreaterThan(0);
    for (const bad of notHigher) expect(certifyTieForTopEvidence(F, W, C, bad)).toBe(false);
  });

  it('symmetricUnitMatrixArb gives exactly centered matrices with exactly unit rows, all distinct', () => {
    fc.assert(
      fc.property(symmetricUnitMatrixArb({ pairs: { min: 1, max: 3 }, d: 3 }), (W) => {
        expect(isCentered(Q, W)).toBe(true);
        expect(squaredRowNorms(Q, W).every((n) => Q.equals(n, Q.one))).toBe(true);
        expect(new Set(W.map((r) => r.map((x) => Q.format(x)).join(','))).size).toBe(W.length);
      }),
      fcParams(50),
    );
  });
});

describe('built-in conjectures: the other false statements are refuted, the theorems are not', () => {
  for (const name of ['cosine-determines-argmaxable', 'cosine-determines-ranking-pattern', 'sign-pattern-determines-ranking-pattern']) {
    it(`${name} is refuted with certified evidence`, () => {
      const c = findBuiltInConjecture(name);
      expect(c.expected).toBe('false');
      const r = fuzzConjecture(c, { seed });
      expect(r.status, `no counterexample for ${name} within ${r.runs} runs`).toBe('refuted');
      if (r.status !== 'refuted') return;
      expect(r.certified && c.certify!(r.counterexample, r.evidence)).toBe(true);
      expect(r.text).toMatch(/Gordan certificate in \S+: \{"kind":"infeasible"/);
      if (name.startsWith('cosine-determines-')) {
        // Corrupt the model that has the pattern (the witness side): append the column e_i, where
        // label i has a non-zero dot product with some label j ≠ i. The witness x extended by a 0
        // still realises the pattern and the other model (with the Gordan certificate) is untouched,
        // so the pattern difference still certifies; but |w_i|² grows by 1 while w_i·w_j ≠ 0 stays,
        // so cos²(w_i, w_j) strictly drops: C changes, whatever the seed, and certify must refuse.
        // Such i, j exist: with pairwise orthogonal non-zero rows both models (equal C) would have
        // full row rank, realise every pattern, and could not differ.
        const p = r.counterexample as ScaledRotatedPair;
        const e = r.evidence as CosineDeterminesEvidence;
        const models = [p.W, e.transformed] as const;
        const has = models[e.difference.presentIn];
        const G = gramMatrix(Q, has);
        const i = G.findIndex((row, a) => row.some((g, b) => b !== a && !Q.isZero(g)));
        expect(i, 'a counterexample with pairwise orthogonal rows cannot exist').toBeGreaterThanOrEqual(0);
        const appended = has.map((row, a) => [...row, a === i ? Q.one : Q.zero]);
        const x = [...e.difference.witness.x, Q.zero];
        const difference = { ...e.difference, witness: { kind: 'witness' as const, x } };
        const [pair, corrupted]: [ScaledRotatedPair, CosineDeterminesEvidence] =
          e.difference.presentIn === 1 ? [p, { ...e, transformed: appended, difference }] : [{ ...p, W: appended }, { ...e, difference }];
        expect(cosineMatrixEquals(Q, pair.W, corrupted.transformed)).toBe(false);
        expect(certifyPatternDifference(Q, [pair.W, corrupted.transformed], corrupted.difference)).toBe(true);
        expect(c.certify!(pair, corrupted)).toBe(false);
      }
    });
  }
  for (const name of ['cosine-determines-sign-pattern', 'braid-cosine-determines-ranking-pattern', 'argmaxable-iff-hull-vertex']) {
    it(`${name} (a theorem) is not refuted`, () => {
      const c = findBuiltInConjecture(name);
      expect(c.expected).toBe('true');
      const r = fuzzConjecture(c, { seed, runs: fcParams(15).numRuns });
      expect(r.status, r.status === 'refuted' ? r.text : '').toBe('not-refuted');
    });
  }
});
