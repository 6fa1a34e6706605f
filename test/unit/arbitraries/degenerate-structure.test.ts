import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { applyDegenerateStructures, degenerateStructureArb, type DegenerateStructure } from '../../../properties/arbitraries/degenerate-structure.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import { combinations } from '../../../src/linalg/minors.ts';
import { matEquals, shape } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);
type Detector = <T>(F: OrderedField<T>, W: T[][]) => boolean;

const rowsEqual = <T>(F: OrderedField<T>, a: readonly T[], b: readonly T[]) => a.every((x, c) => F.equals(x, b[c]));
const pairs = (k: number) => [...combinations(k, 2)];
const column = <T>(W: T[][], c: number) => W.map((row) => row[c]);

/** Exact detectors of each kind of non-generic structure (W k × d, k ≥ 4, d ≥ 2). */
const detectors: Record<string, Detector> = {
  repeatedRow: (F, W) => pairs(W.length).some(([i, j]) => rowsEqual(F, W[i], W[j])),
  parallelRow: (F, W) => pairs(W.length).some(([i, j]) => !rowsEqual(F, W[i], W[j]) && rank(F, [W[i], W[j]]) === 1),
  zeroColumn: (F, W) => W[0].some((_, c) => column(W, c).every((x) => F.isZero(x))),
  rankDeficient: (F, W) => rank(F, W) < Math.min(...shape(W)),
  collinearPoints: (F, W) => [...combinations(W.length, 3)].some((t) => rank(F, t.map((i) => [F.one, ...W[i]])) < 3),
  parallelogram: (F, W) =>
    [...combinations(W.length, 4)].some((q) =>
      // the three ways to split {a,b,c,d} into two pairs, each with both orientations
      [[0, 1, 2, 3], [0, 2, 1, 3], [0, 3, 1, 2], [0, 1, 3, 2], [0, 2, 3, 1], [0, 3, 2, 1]].some(([a, b, c, d]) =>
        W[q[a]].every((x, j) => F.equals(F.sub(x, W[q[b]][j]), F.sub(W[q[c]][j], W[q[d]][j]))),
      ),
    ),
  constantColumn: (F, W) => W[0].some((_, c) => column(W, c).every((x) => F.equals(x, W[0][c]))),
};

/** Which structure kind makes which detector fire (the kind's own signature). */
const signature: Record<DegenerateStructure['kind'], string[]> = {
  repeatedRow: ['repeatedRow'],
  parallelRow: ['parallelRow', 'repeatedRow'], // a zero source row makes the target a zero row too
  zeroColumn: ['zeroColumn'],
  dependentColumn: ['rankDeficient'],
  collinearPoints: ['collinearPoints'],
  parallelogram: ['parallelogram'],
  constantColumn: ['constantColumn'],
};

describe('degenerate structures', () => {
  it('each kind, applied last, leaves its structure in the matrix (Q and Q(√2))', () => {
    const setup = fc.tuple(
      fc.integer({ min: 4, max: 6 }).chain((k) => fc.integer({ min: 2, max: 3 }).chain((d) => rationalMatrixArb({ k, d }))),
      fc.array(degenerateStructureArb(), { minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(setup, ([W, S]) => {
        const M = applyDegenerateStructures(Q, W, S);
        expect(shape(M)).toEqual(shape(W));
        expect(signature[S[S.length - 1].kind].some((name) => detectors[name](Q, M))).toBe(true);
      }),
      fcParams(150),
    );
    fc.assert(
      fc.property(quadraticMatrixArb(Q2, { k: 4, d: 2, maxNumerator: 3, maxDenominator: 2 }), degenerateStructureArb(), (W, s) => {
        expect(signature[s.kind].some((name) => detectors[name](Q2, applyDegenerateStructures(Q2, W, [s])))).toBe(true);
      }),
      fcParams(60),
    );
  });

  it('does not change its input, and skips what does not fit a small matrix', () => {
    const W = [[Q.one, Q.zero], [Q.zero, Q.one]];
    const copy = W.map((r) => r.slice());
    const out = applyDegenerateStructures(Q, W, [{ kind: 'parallelogram', picks: [0, 0, 0, 0] }, { kind: 'collinearPoints', picks: [0, 0, 0], t: [1, 2] }]);
    expect(matEquals(Q, out, copy)).toBe(true);
    applyDegenerateStructures(Q, W, [{ kind: 'zeroColumn', column: 5 }]);
    expect(matEquals(Q, W, copy)).toBe(true);
  });

  it('rationalMatrixArb({ degenerate }) always has some structure, hits every kind often (≥ 10%), generic matrices less', () => {
    const count = (arb: fc.Arbitrary<Rational[][]>, everyOne: boolean) => {
      const sample = fc.sample(arb, fcParams(300));
      // every degenerate value carries at least one structure (k ≥ 4, d ≥ 2, so none is skipped)
      if (everyOne) for (const W of sample) expect(Object.values(detectors).some((det) => det(Q, W))).toBe(true);
      return Object.fromEntries(Object.entries(detectors).map(([name, det]) => [name, sample.filter((W) => det(Q, W)).length / sample.length]));
    };
    const opts = { k: { min: 4, max: 6 }, d: { min: 2, max: 3 } };
    const degenerate = count(rationalMatrixArb({ ...opts, degenerate: true }), true);
    const generic = count(rationalMatrixArb(opts), false);
    for (const [name, rate] of Object.entries(degenerate)) {
      expect(rate, name).toBeGreaterThanOrEqual(0.1);
      expect(rate, name).toBeGreaterThan(generic[name]);
    }
  });
});
