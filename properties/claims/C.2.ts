/**
 * Claim C.2 (App. C.2, Fig. 2 left): the centered W = [(7/5, −1), (7/5, 1),
 * (−9/10, 3/10), (−1, 0), (−9/10, −3/10)] (rows sum to 0) has
 * cos(w0, w1) = 12/37 ≈ 0.324, cos(w1, w2) = −8/√185 ≈ −0.588 and
 * cos(w2, w4) = 4/5, and the two cosine-nearest neighbours of label 2 are 3
 * and 4. (Which labels can tie for the top needs the LP engine: checked in
 * `lp/`, not here.)
 *
 * Reproduced exactly from the shipped example: centering by exact column
 * sums, cosines as exact sign and square (−8/√185 is irrational, its square
 * 64/185 is not), the printed decimals by correct rounding, and the nearest
 * neighbours by the exact order of cosines.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { compareCosines, type ExactCosine } from '../../src/cosine/exact-cosine.ts';
import { cosineMatrix, centeredCosineMatrix, cosineMatrixEntriesEqual } from '../../src/cosine/cosine-matrix.ts';
import { cosineToText, formatCosine } from '../../src/cosine/cosine-text.ts';
import { isCentered } from '../../src/linalg/centering.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimOutcome, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claim.ts';
import { checkCosineFact, fact, runExactParts, statesCosines } from './C.1.ts';

/** The label pairs whose cosines App. C.2 prints. */
export const C2_COSINE_PAIRS: readonly [number, number][] = [[0, 1], [1, 2], [2, 4]];

/** The decimals App. C.2 prints, by cosine fact key. */
export const C2_PRINTED_DECIMALS: Readonly<Record<string, string>> = { 'cos(0,1)': '0.324', 'cos(1,2)': '-0.588' };

/**
 * The labels l ≠ i of W ordered from the largest cosine with label i to the
 * smallest, by the exact order of cosines (ties keep index order).
 */
export function cosineNeighbours<T>(F: OrderedField<T>, C: readonly (readonly ExactCosine<T>[])[], i: number): number[] {
  return C[i]
    .map((c, l) => ({ c, l }))
    .filter(({ l }) => l !== i)
    .sort((x, y) => compareCosines(F, y.c, x.c) || x.l - y.l)
    .map(({ l }) => l);
}

function c2Parts(): [string, () => CountedCheck][] {
  const ex = loadExamples()['C.2'];
  const { field: F, W } = ex;
  const C = cosineMatrix(F, W);
  const parts: [string, () => CountedCheck][] = [
    ['the example states cos(0,1), cos(1,2), cos(2,4)', () => statesCosines(ex.cosines, C2_COSINE_PAIRS)],
    ['W is centered (rows sum to 0)', () => fact(ex.centered && isCentered(F, W), 'the columns of W do not sum to 0')],
    ['centering leaves C(W) unchanged', () => fact(cosineMatrixEntriesEqual(F, centeredCosineMatrix(F, W), C), 'C(centered W) ≠ C(W)')],
  ];
  for (const f of ex.cosines) {
    parts.push([`cos(w${f.i}, w${f.j}) = ${f.text}`, () => checkCosineFact(F, W, f)]);
    const key = `cos(${f.i},${f.j})`;
    const printed = C2_PRINTED_DECIMALS[key];
    if (printed !== undefined) {
      parts.push([`cos(w${f.i}, w${f.j}) ≈ ${printed}`, () => fact(formatCosine(F, C[f.i][f.j], 3) === printed, `${cosineToText(F, C[f.i][f.j])} rounds to ${formatCosine(F, C[f.i][f.j], 3)}`)]);
    }
  }
  parts.push([
    'the two cosine-nearest neighbours of label 2 are 3 and 4 (strictly)',
    () => {
      const order = cosineNeighbours(F, C, 2);
      const top = [...order.slice(0, 2)].sort((a, b) => a - b);
      const expected = [...ex.cosineNearestTo2].sort((a, b) => a - b);
      const strict = compareCosines(F, C[2][order[1]], C[2][order[2]]) > 0;
      return fact(strict && top.join(',') === expected.join(','), `neighbours of 2 by cosine: ${order.map((l) => `${l} (${cosineToText(F, C[2][l])})`).join(', ')}`);
    },
  ]);
  return parts;
}

/** C.2 as a runnable claim: exact parts (no randomness; `runs` and `seed` are ignored). */
export const claimC2: ClaimCheck = {
  id: 'C.2',
  statement: 'Fig. 2 left: W centered; cos(w0, w1) = 12/37, cos(w1, w2) = −8/√185, cos(w2, w4) = 4/5; the cosine-nearest neighbours of label 2 are 3 and 4.',
  method: 'exact reproduction of the example (src/examples, Q); tie facts are checked by the LP engine',
  run(opts: ClaimRunOptions = {}): ClaimOutcome {
    return claimOutcome(runExactParts(c2Parts(), opts), 'every cosine fact of App. C.2 reproduced exactly');
  },
};
