/**
 * Built-in conjecture (false, Steck.Eq4 of Steck, Ekanadham & Kallus 2024):
 * the item–item cosines of a matrix factorisation are determined by its
 * predictions X A Bᵀ — two factorisations with the same predictions have the
 * same cosine matrix of item embeddings C(B).
 *
 * Models (`gaugeModelArb`): exact data X = U Σ Vᵀ with Pythagorean singular
 * values, the closed-form solution (Â, B̂) of objective (1) (Eq. 5) at rank k,
 * and an invertible diagonal D; the second factorisation is (Â D, B̂ D⁻¹), a
 * solution of (1) too, with the same predictions. The evidence is the first
 * pair of items whose cosine differs; `certify` re-checks exactly that both
 * factorisations are stationary points of (1), that their predictions are
 * equal, and that the two cosines of the pair differ.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { matEquals } from '../../../src/linalg/matrix.ts';
import { cosine, cosineEquals, cosineMatrix, type ExactCosine } from '../../../src/cosine/index.ts';
import { closedForm1, gradient1, isStationary, predictions, rescale, type Factorisation } from '../../../src/models/matrix-factorisation.ts';
import { gaugeModelArb, type GaugeModel } from '../../arbitraries/index.ts';
import { describeModel } from '../../claims/steck/describe.ts';
import { defineConjecture, holds, refutedBy } from '../conjecture.ts';
import { formatExactCosine, formatExactMatrix } from '../format.ts';

/** Evidence: items i < j whose cosine differs between the embeddings B̂ and B̂ D⁻¹ of two factorisations with equal predictions. */
export interface ItemCosineEvidence {
  readonly i: number;
  readonly j: number;
  /** cos(b̂_i, b̂_j) and cos of the rows i, j of B̂ D⁻¹. */
  readonly cosines: readonly [ExactCosine<Rational>, ExactCosine<Rational>];
}

/** The two factorisations of a model: the closed form of (1) and its rescaling by D. */
export function gaugePair(m: GaugeModel): readonly [Factorisation<Rational>, Factorisation<Rational>] {
  const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
  return [f, rescale(Q, f, m.d)];
}

export default defineConjecture<GaugeModel, ItemCosineEvidence>({
  name: 'item-cosines-determined-by-predictions',
  description:
    'Two matrix factorisations (A, B) with the same predictions X A Bᵀ have the same item–item cosine matrix C(B); tried on the minimiser of objective (1) and its rescaling (A D, B D⁻¹).',
  source: 'Steck.Eq4 (Steck, Ekanadham & Kallus 2024, arXiv:2403.05440)',
  expected: 'false',
  arbitrary: gaugeModelArb({ p: { min: 2, max: 3 } }),
  runs: 100,
  check(m) {
    const [f, g] = gaugePair(m);
    const C = [cosineMatrix(Q, f.B), cosineMatrix(Q, g.B)];
    for (let i = 0; i < C[0].length; i++) {
      for (let j = i + 1; j < C[0].length; j++) if (!cosineEquals(Q, C[0][i][j], C[1][i][j])) return refutedBy({ i, j, cosines: [C[0][i][j], C[1][i][j]] as const });
    }
    return holds();
  },
  certify(m, e) {
    const [f, g] = gaugePair(m);
    const again = [cosine(Q, f.B[e.i], f.B[e.j]), cosine(Q, g.B[e.i], g.B[e.j])];
    return (
      [f, g].every((x) => isStationary(Q, gradient1(Q, m.X, x.A, x.B, m.lambda))) &&
      matEquals(Q, predictions(Q, m.X, f.A, f.B), predictions(Q, m.X, g.A, g.B)) &&
      again.every((c, t) => cosineEquals(Q, c, e.cosines[t])) &&
      !cosineEquals(Q, again[0], again[1])
    );
  },
  format(m, e) {
    const [f, g] = gaugePair(m);
    return [
      describeModel(m, { λ: m.lambda, k: m.k, d: m.d }),
      formatExactMatrix(Q, f.B, 'B̂ (item embeddings of the closed form of objective (1); Â = B̂)'),
      formatExactMatrix(Q, g.B, 'B̂D⁻¹ (item embeddings of (ÂD, B̂D⁻¹))'),
      formatExactMatrix(Q, predictions(Q, m.X, f.A, f.B), 'XÂB̂ᵀ = X(ÂD)(B̂D⁻¹)ᵀ (equal predictions; both factorisations have gradient exactly zero)'),
      `cos(b̂_${e.i}, b̂_${e.j}) = ${formatExactCosine(Q, e.cosines[0])}, but for B̂D⁻¹ it is ${formatExactCosine(Q, e.cosines[1])}`,
    ].join('\n');
  },
});
