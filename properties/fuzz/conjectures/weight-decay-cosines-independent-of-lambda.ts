/**
 * Built-in conjecture (false, Steck.Eq6 of Steck, Ekanadham & Kallus 2024):
 * under objective (2) (matrix factorisation with weight decay) the item–item
 * cosines do not depend on the regularisation λ.
 *
 * Models (`weightDecayModelArb`): exact data X = U Σ Vᵀ whose singular values
 * keep σ_i − λ a rational square at two values λ_low < λ_high, and a rank k;
 * at each λ the closed-form solution (Â₍₂₎, B̂₍₂₎) of Eq. 6 (unique up to a
 * rotation, which keeps the cosines). The evidence is the first pair of items
 * whose cosine differs; `certify` re-checks exactly that both solutions are
 * stationary points of objective (2) at their λ and that the cosines differ.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { cosine, cosineEquals, cosineMatrix, type ExactCosine } from '../../../src/cosine/index.ts';
import { closedForm2, gradient2, isStationary, type Factorisation } from '../../../src/models/matrix-factorisation.ts';
import { weightDecayModelArb, type WeightDecayModel } from '../../arbitraries/index.ts';
import { describeModel } from '../../claims/steck/describe.ts';
import { defineConjecture, holds, refutedBy } from '../conjecture.ts';
import { formatExactCosine, formatExactMatrix } from '../format.ts';

/** Evidence: items i < j whose cosine differs between the solutions at λ_low and λ_high. */
export interface LambdaCosineEvidence {
  readonly i: number;
  readonly j: number;
  /** cos(b̂_i, b̂_j) at λ_low and at λ_high. */
  readonly cosines: readonly [ExactCosine<Rational>, ExactCosine<Rational>];
}

/** The closed-form solutions of objective (2) at λ_low and λ_high. */
export function solutionsAtBothLambdas(m: WeightDecayModel): readonly [Factorisation<Rational>, Factorisation<Rational>] {
  return [closedForm2(Q, m.V, m.sigma, m.lambdas[0], m.k), closedForm2(Q, m.V, m.sigma, m.lambdas[1], m.k)];
}

export default defineConjecture<WeightDecayModel, LambdaCosineEvidence>({
  name: 'weight-decay-cosines-independent-of-lambda',
  description: 'Under objective (2), ‖X − XABᵀ‖² + λ(‖XA‖² + ‖B‖²), the item–item cosines of the solution do not depend on λ; tried on the closed form of Eq. 6 at two values of λ.',
  source: 'Steck.Eq6 (Steck, Ekanadham & Kallus 2024, arXiv:2403.05440)',
  expected: 'false',
  arbitrary: weightDecayModelArb({ p: { min: 2, max: 3 } }),
  runs: 100,
  check(m) {
    const C = solutionsAtBothLambdas(m).map((f) => cosineMatrix(Q, f.B));
    for (let i = 0; i < C[0].length; i++) {
      for (let j = i + 1; j < C[0].length; j++) if (!cosineEquals(Q, C[0][i][j], C[1][i][j])) return refutedBy({ i, j, cosines: [C[0][i][j], C[1][i][j]] as const });
    }
    return holds();
  },
  certify(m, e) {
    const fs = solutionsAtBothLambdas(m);
    const again = fs.map((f) => cosine(Q, f.B[e.i], f.B[e.j]));
    return (
      fs.every((f, t) => isStationary(Q, gradient2(Q, m.X, f.A, f.B, m.lambdas[t]))) &&
      again.every((c, t) => cosineEquals(Q, c, e.cosines[t])) &&
      !cosineEquals(Q, again[0], again[1])
    );
  },
  format(m, e) {
    const fs = solutionsAtBothLambdas(m);
    const [low, high] = m.lambdas.map((l) => Q.format(l));
    return [
      describeModel(m, { λ_low: m.lambdas[0], λ_high: m.lambdas[1], k: m.k }),
      formatExactMatrix(Q, fs[0].B, `B̂ at λ = ${low} (item embeddings of the closed form of objective (2); gradient exactly zero)`),
      formatExactMatrix(Q, fs[1].B, `B̂ at λ = ${high} (gradient exactly zero)`),
      `cos(b̂_${e.i}, b̂_${e.j}) = ${formatExactCosine(Q, e.cosines[0])} at λ = ${low}, but ${formatExactCosine(Q, e.cosines[1])} at λ = ${high}`,
    ].join('\n');
  },
});
