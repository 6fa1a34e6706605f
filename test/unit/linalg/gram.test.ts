import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { orthogonalMatrixArb } from '../../../properties/arbitraries/orthogonal.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { gramMatrix, squaredRowNorms } from '../../../src/linalg/gram.ts';
import { matEquals, matMul, transpose } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);

function gramProperty<T>(F: OrderedField<T>) {
  return (W: T[][]): void => {
    const G = gramMatrix(F, W);
    expect(matEquals(F, G, transpose(G))).toBe(true);
    expect(matEquals(F, G, matMul(F, W, transpose(W)))).toBe(true);
    const norms = squaredRowNorms(F, W);
    norms.forEach((n, i) => {
      expect(F.equals(G[i][i], n)).toBe(true);
      expect(F.sign(n)).toBe(W[i].some((x) => !F.isZero(x)) ? 1 : 0);
    });
  };
}

describe('Gram matrix', () => {
  it('is symmetric, equals W·Wᵀ and has G_ii = ‖w_i‖² (Q)', () => {
    fc.assert(fc.property(rationalMatrixArb({ k: { min: 1, max: 6 }, degenerate: true }), gramProperty(Q)), fcParams(80));
  });

  it('is symmetric, equals W·Wᵀ and has G_ii = ‖w_i‖² (Q(√2))', () => {
    fc.assert(fc.property(quadraticMatrixArb(Q2, { k: { min: 1, max: 4 }, maxNumerator: 3, maxDenominator: 2 }), gramProperty(Q2)), fcParams(30));
  });

  it('is invariant under W ↦ WR for orthogonal R (L5.3)', () => {
    const arb = fc.integer({ min: 1, max: 3 }).chain((d) => fc.tuple(rationalMatrixArb({ d }), orthogonalMatrixArb(d)));
    fc.assert(
      fc.property(arb, ([W, R]) => {
        expect(matEquals(Q, gramMatrix(Q, matMul(Q, W, R)), gramMatrix(Q, W))).toBe(true);
      }),
      fcParams(50),
    );
  });

  it('rejects a ragged W naming the row', () => {
    expect(() => gramMatrix(Q, [[rat(1), rat(2)], [rat(3)]])).toThrow(/gramMatrix: W: row 1 has 1 entries, row 0 has 2/);
  });
});
