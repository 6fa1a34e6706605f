/**
 * Claim C.3 (App. C.3, Fig. 2 right): in Q(√39), with s = √39/20,
 * W = [(19/20, s), (−19/20, s), (−1, 0), (−19/20, −s), (19/20, −s), (1, 0)]
 * is centered and every row has unit length; cos(w0, w1) = −161/200 = −0.805
 * and cos(w1, w3) = +161/200. (Tie facts: checked by the LP engine in `lp/`.)
 *
 * Reproduced exactly in Q(√39) from the shipped example.
 */
import { cosineToText, formatCosine } from '../../src/cosine/cosine-text.ts';
import { cosineMatrix } from '../../src/cosine/cosine-matrix.ts';
import { isCentered } from '../../src/linalg/centering.ts';
import { squaredRowNorms } from '../../src/linalg/gram.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimOutcome, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claim.ts';
import { checkCosineFact, fact, runExactParts, statesCosines } from './C.1.ts';

/** The label pairs whose cosines App. C.3 prints. */
export const C3_COSINE_PAIRS: readonly [number, number][] = [[0, 1], [1, 3]];

/** The decimals App. C.3 prints, by cosine fact key. */
export const C3_PRINTED_DECIMALS: Readonly<Record<string, string>> = { 'cos(0,1)': '-0.805', 'cos(1,3)': '0.805' };

function c3Parts(): [string, () => CountedCheck][] {
  const ex = loadExamples()['C.3'];
  const { field: F, W } = ex;
  const C = cosineMatrix(F, W);
  const parts: [string, () => CountedCheck][] = [
    ['the example states cos(0,1), cos(1,3)', () => statesCosines(ex.cosines, C3_COSINE_PAIRS)],
    ['the example lives in Q(sqrt(39))', () => fact(F.n === 39 && W.some((row) => row.some((x) => !x.b.equals(0))), `field ${F.name}`)],
    [
      'every row has unit length',
      () => {
        const norms = squaredRowNorms(F, W);
        const bad = norms.flatMap((n, i) => (F.equals(n, F.one) ? [] : [`‖w${i}‖² = ${F.format(n)}`]));
        return fact(ex.unitLength && bad.length === 0, bad.join(', ') || 'unitLength fact is false');
      },
    ],
    ['W is centered (rows sum to 0)', () => fact(ex.centered && isCentered(F, W), 'the columns of W do not sum to 0')],
  ];
  for (const f of ex.cosines) {
    parts.push([`cos(w${f.i}, w${f.j}) = ${f.text}`, () => checkCosineFact(F, W, f)]);
    const printed = C3_PRINTED_DECIMALS[`cos(${f.i},${f.j})`];
    if (printed !== undefined) {
      parts.push([`cos(w${f.i}, w${f.j}) = ${printed}`, () => fact(formatCosine(F, C[f.i][f.j], 3) === printed, `${cosineToText(F, C[f.i][f.j])} rounds to ${formatCosine(F, C[f.i][f.j], 3)}`)]);
    }
  }
  return parts;
}

/** C.3 as a runnable claim: exact parts (no randomness; `runs` and `seed` are ignored). */
export const claimC3: ClaimCheck = {
  id: 'C.3',
  statement: 'Fig. 2 right: W in Q(√39) is centered with unit-length rows; cos(w0, w1) = −161/200 and cos(w1, w3) = +161/200.',
  method: 'exact reproduction of the example (src/examples, Q(sqrt(39))); tie facts are checked by the LP engine',
  run(opts: ClaimRunOptions = {}): ClaimOutcome {
    return claimOutcome(runExactParts(c3Parts(), opts), 'every cosine fact of App. C.3 reproduced exactly');
  },
};
