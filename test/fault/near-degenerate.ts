/**
 * Test data of the fault-injection tests (issue 13): the near-degenerate 7 × 2 matrix of the
 * issue, with its correct answers, and a seeded generator of near-degenerate matrices and of
 * the strict systems that the questions ask about them.
 */
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../src/field/rational.ts';
import type { Model } from '../../src/models/model.ts';
import { questionSystem } from '../../lp/queries/question.ts';
import { signVectorQuestion, type Sign } from '../../lp/queries/sign-vector.ts';
import { rankingQuestion } from '../../lp/queries/ranking.ts';
import { argmaxQuestion } from '../../lp/queries/argmax.ts';
import { tieForTopQuestion } from '../../lp/queries/tie-for-top.ts';
import type { StrictSystem } from '../../lp/queries/logit-system.ts';
import { DEFAULT_SEED } from '../../properties/settings.ts';

/** The matrix of issue 13 (rows differ from a degenerate one in the 11th digit). */
export const ISSUE_MATRIX: Rational[][] = [
  ['-1/100000000000', '-300000000001/100000000000'],
  ['399999999997/100000000000', '-599999999997/100000000000'],
  ['-199999999999/50000000000', '299999999999/50000000000'],
  ['-99999999999/50000000000', '299999999999/100000000000'],
  ['-1/100000000000', '-299999999999/100000000000'],
  ['400000000001/100000000000', '-6'],
  ['-199999999999/50000000000', '600000000003/100000000000'],
].map((r) => r.map((v) => rat(v)));

/** Its correct answers (exact simplex alone; Cover's maximum for 7 vectors in the plane is 14). */
export const ISSUE_ANSWERS = { signPatterns: 14, rankingPatterns: 40, argmaxable: [true, false, true, false, false, true, true] };

/** A perturbation of a few units in the 11th significant digit of a small integer. */
const tiny = fc.integer({ min: -3, max: 3 }).map((j) => rat(BigInt(j), 10n ** 11n));
const small = fc.integer({ min: -4, max: 4 });

/** Kinds of near-degeneracy the generator makes. */
export type NearDegenerateKind = 'digit11' | 'parallel' | 'collinear';

/**
 * A near-degenerate k × d matrix over Q (k 3…7, d 2…3):
 * - `digit11`: small integers, each entry moved in the 11th digit;
 * - `parallel`: every other row a multiple (±1, ±2) of the row before, moved in the 11th digit;
 * - `collinear`: k points p + t_i v on a line in the plane, moved in the 11th digit, as the
 *   rows (x, y, 1) of a point configuration.
 */
export function nearDegenerateMatrix(kind: NearDegenerateKind): fc.Arbitrary<Rational[][]> {
  const moved = (v: number) => tiny.map((e) => Q.add(rat(v), e));
  if (kind === 'digit11') {
    return fc.integer({ min: 3, max: 7 }).chain((k) => fc.integer({ min: 2, max: 3 }).chain((d) =>
      fc.array(fc.array(small.chain(moved), { minLength: d, maxLength: d }), { minLength: k, maxLength: k })));
  }
  if (kind === 'parallel') {
    return fc.integer({ min: 2, max: 3 }).chain((d) => fc.array(
      fc.tuple(fc.array(small, { minLength: d, maxLength: d }), fc.constantFrom(1, -1, 2, -2), fc.array(tiny, { minLength: d, maxLength: d })),
      { minLength: 2, maxLength: 3 },
    ).map((pairs) => pairs.flatMap(([row, c, e]) => [row.map((v) => rat(v)), row.map((v, j) => Q.add(rat(v * c), e[j]))])));
  }
  return fc.tuple(small, small, small, small, fc.uniqueArray(small, { minLength: 3, maxLength: 7 }))
    .chain(([px, py, vx, vy, ts]) => fc.array(fc.tuple(tiny, tiny), { minLength: ts.length, maxLength: ts.length }).map((es) =>
      ts.map((t, i) => [Q.add(rat(px + t * vx), es[i][0]), Q.add(rat(py + t * vy), es[i][1]), Q.one])));
}

/** `count` matrices of `kind`, the same on every run (seeded). */
export function nearDegenerateMatrices(kind: NearDegenerateKind, count: number, seed = DEFAULT_SEED): Rational[][][] {
  return fc.sample(nearDegenerateMatrix(kind), { seed, numRuns: count });
}

/**
 * The strict systems the questions ask of W (without bias): every sign vector whose signs
 * follow the first row's coordinates and their negation, the identity ranking and its
 * reversal, every label argmax, and the tie of labels 0 and 1 (a system with B).
 */
export function questionSystems(W: Rational[][]): StrictSystem<Rational>[] {
  const model: Model<Rational> = { F: Q, W };
  const k = W.length;
  const out: StrictSystem<Rational>[] = [];
  const s: Sign[] = W.map((_, i) => (i % 2 === 0 ? 1 : -1));
  out.push(questionSystem(model, signVectorQuestion, s), questionSystem(model, signVectorQuestion, s.map((v) => -v as Sign)));
  const id = Array.from({ length: k }, (_, i) => i);
  out.push(questionSystem(model, rankingQuestion, id), questionSystem(model, rankingQuestion, [...id].reverse()));
  for (let i = 0; i < k; i++) out.push(questionSystem(model, argmaxQuestion, i));
  out.push(questionSystem(model, tieForTopQuestion, [0, 1]));
  return out;
}
