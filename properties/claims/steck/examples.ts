/**
 * The fixed exact examples of the Steck claims (steck-notes.md, "Making it
 * exact"): data X = U Σ Vᵀ with rational orthogonal U, V from the Cayley
 * transform of fixed skew-symmetric matrices, and the notes' Pythagorean
 * singular values, so that every closed form is rational.
 *
 * - objective (1): √λ = 12, σ = (35, 16, 9, 5) (hypotenuses 37, 20, 15, 13);
 * - objective (2): λ = 1, σ = (17, 10, 5, 2) (σ − λ = 16, 9, 4, 1);
 * - objective (2) at two λ: λ ∈ {4, 100}, σ = (629, 200, 125, 104)
 *   (σ − 4 = 25², 14², 11², 10² and σ − 100 = 23², 10², 5², 2²).
 *
 * n = 5 users, p = 4 items.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { cayleyOrthogonal } from '../../../src/linalg/cayley.ts';
import { build } from '../../../src/linalg/matrix.ts';
import { svdProduct } from '../../../src/models/matrix-factorisation.ts';
import type { PythagoreanSpectrum, ShiftedSquareSpectrum, SvdData } from '../../arbitraries/index.ts';

/** The rational orthogonal n × n Cayley transform of the skew-symmetric tridiagonal matrix with super-diagonal `upper`. */
function tridiagonalCayley(upper: readonly Rational[]): Rational[][] {
  const n = upper.length + 1;
  const S = build(n, n, (i, j) => (j === i + 1 ? upper[i] : i === j + 1 ? upper[j].neg() : Q.zero));
  return cayleyOrthogonal(Q, S);
}

const half = Q.fromRational(1, 2);
/** V (4 × 4): Cayley transform of the tridiagonal skew matrix with super-diagonal (1/2, 1/2, 1/2). */
const V = tridiagonalCayley([half, half, half]);
/** U (5 × 4): the first 4 columns of the Cayley transform of the tridiagonal skew matrix with super-diagonal (1, 1/2, −1/2, 1). */
const U = tridiagonalCayley([Q.one, half, half.neg(), Q.one]).map((row) => row.slice(0, 4));

function data(sigma: readonly number[]): SvdData & { sigma: Rational[] } {
  const s = sigma.map((x) => Q.fromRational(x));
  return { X: svdProduct(Q, U, s, V), U, V, sigma: s };
}

/** The data of objective (1): √λ = 12, σ = (35, 16, 9, 5); X is 5 × 4. */
export function objective1Example(): PythagoreanSpectrum & SvdData {
  return { ...data([35, 16, 9, 5]), lambda: Q.fromRational(144) };
}

/** The data of objective (2): λ = 1, σ = (17, 10, 5, 2); X is 5 × 4. */
export function objective2Example(): SvdData & { sigma: Rational[]; lambda: Rational } {
  return { ...data([17, 10, 5, 2]), lambda: Q.one };
}

/** The data of objective (2) at two regularisations: λ ∈ {4, 100}, σ = (629, 200, 125, 104); X is 5 × 4. */
export function twoLambdaExample(): ShiftedSquareSpectrum & SvdData {
  return { ...data([629, 200, 125, 104]), lambdas: [Q.fromRational(4), Q.fromRational(100)] };
}
