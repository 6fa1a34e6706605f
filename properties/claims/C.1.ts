/**
 * Claim C.1 (App. C.1, Fig. 1): five labels in R², W = [(1, 1/2), (1/2, 1),
 * (−1, 2/5), (−4/5, −4/5), (9/10, −6/5)]. cos(w0, w1) = 4/5 exactly; L3.2's
 * translation v = (−3/4, −3/4) gives cos = −1, L3.3's v = (−5/4, −1/4) gives
 * cos = +1 with w1 + v = 3(w0 + v); all three models give identical
 * probabilities.
 *
 * Every number is reproduced exactly from the shipped examples
 * (`src/examples/`): the constructions of `src/lemmas/` must produce the
 * paper's v's, the cosines are recomputed from the translated matrices, and
 * the equivalence of the three models is the exact D-test.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { cosine, cosineEquals, cosineMinusOne, cosineOne } from '../../src/cosine/exact-cosine.ts';
import { cosineToText } from '../../src/cosine/cosine-text.ts';
import { matEquals, scale } from '../../src/linalg/matrix.ts';
import { translateRows } from '../../src/linalg/scaling.ts';
import { softmaxEquivalent } from '../../src/models/equivalence.ts';
import { cosineMinusOneTranslation } from '../../src/lemmas/cosine-minus-one.ts';
import { cosinePlusOneTranslation } from '../../src/lemmas/cosine-plus-one.ts';
import { extremeCosineModels } from '../../src/lemmas/extreme-cosine-models.ts';
import { loadExamples, type CosineFact } from '../../src/examples/examples.ts';
import { claimOutcome, exactPart, type CountedCheck, type PropertyRun } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claim.ts';

/** One exact fact: `ok` with one certificate, or a failure naming what differs. */
export function fact(ok: boolean, detail: string): CountedCheck {
  return ok ? { ok: true, certificates: 1 } : { ok: false, certificates: 0, detail };
}

/** Checks a printed cosine fact against the cosine recomputed from W (exact equality of sign and square). */
export function checkCosineFact<T>(F: OrderedField<T>, W: readonly (readonly T[])[], f: CosineFact<T>): CountedCheck {
  const c = cosine(F, W[f.i], W[f.j]);
  return fact(cosineEquals(F, c, f.cosine), `cos(w${f.i}, w${f.j}) is ${cosineToText(F, c)}, the paper says ${f.text}`);
}

/** Checks that an example's cosine facts are exactly the label pairs the paper prints (so none is silently missing). */
export function statesCosines<T>(facts: readonly CosineFact<T>[], pairs: readonly (readonly [number, number])[]): CountedCheck {
  const have = facts.map((f) => `${f.i},${f.j}`).sort().join(' ');
  const want = pairs.map(([i, j]) => `${i},${j}`).sort().join(' ');
  return fact(have === want, `examples.json states cosines for ${have || 'no pairs'}, the paper prints ${want}`);
}

/** Runs named exact parts in order, reporting progress after each; one `PropertyRun` per part. */
export function runExactParts(parts: readonly [string, () => CountedCheck][], opts: ClaimRunOptions): PropertyRun[] {
  return parts.map(([what, f], t) => {
    const r = exactPart(what, f);
    opts.onProgress?.(t + 1, parts.length);
    return r;
  });
}

/** The exact parts of C.1 (each one fact of the paper). */
function c1Parts(): [string, () => CountedCheck][] {
  const ex = loadExamples()['C.1'];
  const { field: F, W } = ex;
  const cos01 = ex.cosines.find((f) => f.i === 0 && f.j === 1);
  const minus = () => cosineMinusOneTranslation(F, W[0], W[1]);
  const plus = () => cosinePlusOneTranslation(F, W[0], W[1]);
  return [
    ['the example states cos(0,1)', () => statesCosines(ex.cosines, [[0, 1]])],
    ['cos(w0, w1) = 4/5', () => (cos01 ? checkCosineFact(F, W, cos01) : fact(false, 'examples.json has no cos(0,1) for C.1'))],
    ['L3.2 gives v = (−3/4, −3/4)', () => fact(matEquals(F, [minus().v], [ex.vMinusOne]), `L3.2 gives v = ${F.format(minus().v[0])}, ${F.format(minus().v[1])}`)],
    [
      'cos = −1 after translating W by v_minus_one',
      () => {
        const Wv = translateRows(F, W, ex.vMinusOne);
        return fact(cosineEquals(F, cosine(F, Wv[0], Wv[1]), cosineMinusOne(F)), `cos is ${cosineToText(F, cosine(F, Wv[0], Wv[1]))}`);
      },
    ],
    ['L3.3 gives v = (−5/4, −1/4)', () => fact(matEquals(F, [plus().v], [ex.vPlusOne]), `L3.3 gives v = ${F.format(plus().v[0])}, ${F.format(plus().v[1])}`)],
    [
      'cos = +1 after translating W by v_plus_one',
      () => {
        const Wv = translateRows(F, W, ex.vPlusOne);
        return fact(cosineEquals(F, cosine(F, Wv[0], Wv[1]), cosineOne(F)), `cos is ${cosineToText(F, cosine(F, Wv[0], Wv[1]))}`);
      },
    ],
    [
      'w1 + v = 3(w0 + v) for v_plus_one',
      () => {
        const Wv = translateRows(F, W, ex.vPlusOne);
        return fact(matEquals(F, [Wv[1]], scale(F, F.fromRational(3), [Wv[0]])), 'w1 + v ≠ 3(w0 + v)');
      },
    ],
    [
      'the three models give identical probabilities (exact D-test)',
      () => {
        const A = translateRows(F, W, ex.vMinusOne);
        const B = translateRows(F, W, ex.vPlusOne);
        const ok = softmaxEquivalent(F, W, A) && softmaxEquivalent(F, W, B) && softmaxEquivalent(F, A, B);
        return ok ? { ok, certificates: 3 } : { ok, certificates: 0, detail: 'the translated models are not softmax-equivalent' };
      },
    ],
    [
      'T3.4 for labels 0, 1 reproduces both translations',
      () => {
        const m = extremeCosineModels(F, W, 0, 1);
        return fact(matEquals(F, [m.minusOne.v, m.plusOne.v], [ex.vMinusOne, ex.vPlusOne]) && Object.values(m.verified).every((b) => b), 'T3.4 differs from the paper');
      },
    ],
  ];
}

/** C.1 as a runnable claim: 9 exact parts (no randomness; `runs` and `seed` are ignored). */
export const claimC1: ClaimCheck = {
  id: 'C.1',
  statement: 'Fig. 1: cos(w0, w1) = 4/5; v = (−3/4, −3/4) gives −1, v = (−5/4, −1/4) gives +1 (w1 + v = 3(w0 + v)); all three models are equivalent.',
  method: 'exact reproduction of the example (src/examples, Q)',
  run(opts: ClaimRunOptions = {}): ClaimOutcome {
    return claimOutcome(runExactParts(c1Parts(), opts), 'every number of App. C.1 reproduced exactly');
  },
};
