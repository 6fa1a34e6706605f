import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { matEquals } from '../../../src/linalg/matrix.ts';
import { braidDifferences } from '../../../src/linalg/braid.ts';
import { translateRows } from '../../../src/linalg/scaling.ts';
import { equivalenceTranslation, softmaxEquivalent } from '../../../src/models/equivalence.ts';
import { quadraticArb, quadraticMatrixArb, rationalMatrixArb, translationArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const K3 = quadraticField(3);

describe('softmax equivalence (exact D-test)', () => {
  it('recovers the translation of W + 1vᵀ exactly (Q and Q(√3))', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }).chain((W) => fc.tuple(fc.constant(W), translationArb(W[0].length)));
    fc.assert(
      fc.property(arb, ([W, v]) => {
        const v2 = equivalenceTranslation(Q, W, translateRows(Q, W, v));
        expect(v2 !== null && matEquals(Q, [v2], [v])).toBe(true);
      }),
      fcParams(100),
    );
    const arbK = quadraticMatrixArb(K3, { k: { min: 1, max: 4 }, d: 2 }).chain((W) => fc.tuple(fc.constant(W), fc.array(quadraticArb(K3), { minLength: 2, maxLength: 2 })));
    fc.assert(
      fc.property(arbK, ([W, v]) => {
        expect(matEquals(K3, [equivalenceTranslation(K3, W, translateRows(K3, W, v))!], [v])).toBe(true);
      }),
      fcParams(40),
    );
  });

  it('agrees with DW1 = DW2 computed from the braid matrix, on related and unrelated pairs', () => {
    const pair = rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, maxNumerator: 2, maxDenominator: 1 }).chain((W) =>
      fc.oneof(
        fc.tuple(fc.constant(W), rationalMatrixArb({ k: W.length, d: W[0].length, maxNumerator: 2, maxDenominator: 1 })),
        translationArb(W[0].length, { maxNumerator: 2, maxDenominator: 1 }).map((v) => [W, translateRows(Q, W, v)] as const),
        fc.tuple(translationArb(W[0].length), fc.nat(), fc.constantFrom(rat(1), rat(-1, 2))).map(([v, t, e]) => {
          const W2 = translateRows(Q, W, v).map((row, i) => (i === t % W.length ? row.map((x, c) => (c === 0 ? Q.add(x, e) : x)) : row));
          return [W, W2] as const;
        }),
      ),
    );
    fc.assert(
      fc.property(pair, ([W1, W2]) => {
        expect(softmaxEquivalent(Q, W1, W2)).toBe(matEquals(Q, braidDifferences(Q, W1), braidDifferences(Q, W2)));
      }),
      fcParams(200),
    );
  });

  it('refuses shape mismatches and empty matrices', () => {
    const W = [[rat(1), rat(0)], [rat(0), rat(1)]];
    expect(() => softmaxEquivalent(Q, W, [[rat(1), rat(0)]])).toThrow(/2 × 2 but W2 is 1 × 2/);
    expect(() => softmaxEquivalent(Q, W, [[rat(1)], [rat(0)]])).toThrow(RangeError);
    expect(() => equivalenceTranslation(Q, [], [])).toThrow(/no rows/);
  });
});
