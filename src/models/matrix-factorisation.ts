/**
 * Linear matrix-factorisation models X ≈ X A Bᵀ, exactly over an ordered field
 * (Steck, Ekanadham & Kallus 2024, "Is Cosine-Similarity of Embeddings Really
 * About Similarity?", arXiv:2403.05440; claims Steck.Eq3 … Steck.Remedy of
 * `shared/paper/steck-notes.md`).
 *
 * Shapes throughout: X is n × p (n users as rows, p items as columns); A and B
 * are p × k. The model's predictions are X A Bᵀ (n × p); the item embeddings
 * are the rows of B (p × k), the user embeddings the rows of X A (n × k). A
 * diagonal matrix D = diag(d) (k × k) is passed as its diagonal `d`.
 *
 * - objective (1): ‖X − X A Bᵀ‖²_F + λ‖A Bᵀ‖²_F (depends on A, B only through A Bᵀ);
 * - objective (2): ‖X − X A Bᵀ‖²_F + λ(‖X A‖²_F + ‖B‖²_F) (matrix factorisation with weight decay);
 * - their exact gradients, and the closed-form solutions of Eq. 5 and Eq. 6
 *   built from an SVD X = U Σ Vᵀ (V p × p orthogonal, σ the p singular values).
 *
 * Every function is exact; the closed forms take square roots only of
 * elements that are rational squares (they throw otherwise), which is why the
 * claims build their data with Pythagorean singular values.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { assertRectangular, matMul, matSub, scale, shape, transpose } from '../linalg/matrix.ts';
import { cosineFromInnerProducts, exactIntegerSqrt, rationalOf, type ExactCosine } from '../cosine/exact-cosine.ts';

/** A factorisation (A, B), both p × k. */
export interface Factorisation<T> {
  readonly A: T[][];
  readonly B: T[][];
}

/** The gradient of an objective at (A, B): ∂/∂A and ∂/∂B, both p × k. */
export interface FactorisationGradient<T> {
  readonly dA: T[][];
  readonly dB: T[][];
}

/**
 * Checks the shapes of a model: X n × p with n, p ≥ 1, A and B p × k with
 * k ≥ 1. Throws `RangeError` naming the matrix and both shapes otherwise.
 */
export function assertFactorisationShapes<T>(X: Matrix<T>, A: Matrix<T>, B: Matrix<T>): void {
  assertRectangular(X, 'matrix factorisation: X');
  assertRectangular(A, 'matrix factorisation: A');
  assertRectangular(B, 'matrix factorisation: B');
  const [n, p] = shape(X);
  const [pa, k] = shape(A);
  const [pb, kb] = shape(B);
  if (n === 0 || p === 0) throw new RangeError(`matrix factorisation: X is ${n} × ${p}; it needs at least one user (row) and one item (column)`);
  if (pa !== p || k === 0) throw new RangeError(`matrix factorisation: X is ${n} × ${p} but A is ${pa} × ${k} (expected ${p} × k, k ≥ 1)`);
  if (pb !== pa || kb !== k) throw new RangeError(`matrix factorisation: A is ${pa} × ${k} but B is ${pb} × ${kb} (A and B must have the same shape)`);
}

/**
 * The predictions X A Bᵀ (n × p) of the model, over F. Throws `RangeError`
 * as `assertFactorisationShapes`. Source: Steck et al. (2024), Sec. 2.
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * predictions(Q, [[rat(1), rat(2)]], [[rat(1)], [rat(0)]], [[rat(1)], [rat(1)]]); // [[1, 1]]
 * ```
 */
export function predictions<T>(F: OrderedField<T>, X: Matrix<T>, A: Matrix<T>, B: Matrix<T>): T[][] {
  assertFactorisationShapes(X, A, B);
  return matMul(F, matMul(F, X, A), transpose(B));
}

/** ‖M‖²_F, the sum of the squares of the entries of M (any shape), over F. */
export function squaredFrobeniusNorm<T>(F: OrderedField<T>, M: Matrix<T>): T {
  let s = F.zero;
  for (const row of M) for (const x of row) s = F.add(s, F.mul(x, x));
  return s;
}

function assertLambda<T>(F: OrderedField<T>, lambda: T, what: string): void {
  if (F.sign(lambda) < 0) throw new RangeError(`${what}: the regularisation λ = ${F.format(lambda)} is negative`);
}

/**
 * Objective (1) of Steck et al. (2024), ‖X − X A Bᵀ‖²_F + λ‖A Bᵀ‖²_F, exactly
 * over F (X n × p; A, B p × k; λ ≥ 0). It depends on A and B only through
 * A Bᵀ, so (A D, B D⁻¹) and (A M, B M⁻ᵀ) give the same value (claim
 * Steck.Eq3). Throws `RangeError` for mismatched shapes or λ < 0.
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * Q.format(objective1(Q, [[rat(1)]], [[rat(1)]], [[rat(1, 2)]], rat(2))); // "3/4" = (1 − 1/2)² + 2·(1/2)²
 * ```
 */
export function objective1<T>(F: OrderedField<T>, X: Matrix<T>, A: Matrix<T>, B: Matrix<T>, lambda: T): T {
  assertLambda(F, lambda, 'objective (1)');
  const residual = matSub(F, X, predictions(F, X, A, B));
  return F.add(squaredFrobeniusNorm(F, residual), F.mul(lambda, squaredFrobeniusNorm(F, matMul(F, A, transpose(B)))));
}

/**
 * Objective (2) of Steck et al. (2024), ‖X − X A Bᵀ‖²_F + λ(‖X A‖²_F + ‖B‖²_F),
 * exactly over F (X n × p; A, B p × k; λ ≥ 0): the usual matrix factorisation
 * with weight decay on the user embeddings X A and the item embeddings B. Not
 * invariant under (A D, B D⁻¹) (claim Steck.Eq3); invariant under (A R, B R)
 * for R orthogonal. Throws `RangeError` for mismatched shapes or λ < 0.
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * Q.format(objective2(Q, [[rat(1)]], [[rat(1)]], [[rat(1)]], rat(1))); // "2" = 0 + 1·(1 + 1)
 * Q.format(objective2(Q, [[rat(1)]], [[rat(2)]], [[rat(1, 2)]], rat(1))); // "17/4": D = (2) changes it
 * ```
 */
export function objective2<T>(F: OrderedField<T>, X: Matrix<T>, A: Matrix<T>, B: Matrix<T>, lambda: T): T {
  assertLambda(F, lambda, 'objective (2)');
  const residual = matSub(F, X, predictions(F, X, A, B));
  const decay = F.add(squaredFrobeniusNorm(F, matMul(F, X, A)), squaredFrobeniusNorm(F, B));
  return F.add(squaredFrobeniusNorm(F, residual), F.mul(lambda, decay));
}

/**
 * The exact gradient of objective (1) at (A, B) over F: with P = A Bᵀ and
 * G = −2Xᵀ(X − X P) + 2λP (p × p), ∂/∂A = G B and ∂/∂B = Gᵀ A (both p × k).
 * Throws `RangeError` for mismatched shapes or λ < 0.
 * Source: steck-notes.md, "Making it exact".
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * // X = (5), λ = 144: the closed form a = b = √(25/169) = 5/13 is stationary
 * Q.format(gradient1(Q, [[rat(5)]], [[rat(5, 13)]], [[rat(5, 13)]], rat(144)).dA[0][0]); // "0"
 * ```
 */
export function gradient1<T>(F: OrderedField<T>, X: Matrix<T>, A: Matrix<T>, B: Matrix<T>, lambda: T): FactorisationGradient<T> {
  assertLambda(F, lambda, 'gradient of objective (1)');
  assertFactorisationShapes(X, A, B);
  const two = F.fromRational(2);
  const P = matMul(F, A, transpose(B));
  const residual = matSub(F, X, matMul(F, X, P));
  const G = matSub(F, scale(F, F.mul(two, lambda), P), scale(F, two, matMul(F, transpose(X), residual)));
  return { dA: matMul(F, G, B), dB: matMul(F, transpose(G), A) };
}

/**
 * The exact gradient of objective (2) at (A, B) over F:
 * ∂/∂A = −2Xᵀ(X − X A Bᵀ)B + 2λ XᵀX A and ∂/∂B = −2(X − X A Bᵀ)ᵀ X A + 2λ B
 * (both p × k). Throws `RangeError` for mismatched shapes or λ < 0.
 * Source: steck-notes.md, "Making it exact".
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * // X = (2), λ = 1: the closed form a = √(σ − λ)/σ = 1/2, b = √(σ − λ) = 1 is stationary
 * Q.format(gradient2(Q, [[rat(2)]], [[rat(1, 2)]], [[rat(1)]], rat(1)).dB[0][0]); // "0"
 * ```
 */
export function gradient2<T>(F: OrderedField<T>, X: Matrix<T>, A: Matrix<T>, B: Matrix<T>, lambda: T): FactorisationGradient<T> {
  assertLambda(F, lambda, 'gradient of objective (2)');
  const two = F.fromRational(2);
  const XA = matMul(F, X, A);
  const residual = matSub(F, X, predictions(F, X, A, B));
  const Xt = transpose(X);
  const dA = matSub(F, scale(F, F.mul(two, lambda), matMul(F, Xt, XA)), scale(F, two, matMul(F, matMul(F, Xt, residual), B)));
  const dB = matSub(F, scale(F, F.mul(two, lambda), B), scale(F, two, matMul(F, transpose(residual), XA)));
  return { dA, dB };
}

/** True when every entry of both parts of the gradient is exactly zero (a stationary point). */
export function isStationary<T>(F: OrderedField<T>, g: FactorisationGradient<T>): boolean {
  return [g.dA, g.dB].every((M) => M.every((row) => row.every((x) => F.isZero(x))));
}

/**
 * M · diag(d) over F: column j of M (r × k) multiplied by d_j. The A D and
 * B D⁻¹ of Steck.Eq3/Eq4. Throws `RangeError` when d has not k entries.
 */
export function scaleColumns<T>(F: OrderedField<T>, M: Matrix<T>, d: Vector<T>): T[][] {
  assertRectangular(M, 'scaleColumns');
  const [r, k] = shape(M);
  if (r > 0 && d.length !== k) throw new RangeError(`scaleColumns: the matrix is ${r} × ${k} but the diagonal has ${d.length} entries`);
  return M.map((row) => row.map((x, j) => F.mul(x, d[j])));
}

/**
 * The rescaled factorisation (A D, B D⁻¹) for an invertible diagonal
 * D = diag(d) (k entries, none zero), over F: the gauge freedom of objective
 * (1) (Steck.Eq3). Its predictions X (A D)(B D⁻¹)ᵀ = X A Bᵀ; its cosines
 * change (Steck.Eq4). Throws `RangeError` naming the first zero d_j, or when
 * d has not k entries.
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * rescale(Q, { A: [[rat(1), rat(1)]], B: [[rat(2), rat(3)]] }, [rat(2), rat(-1)]); // A = [[2, −1]], B = [[1, −3]]
 * ```
 */
export function rescale<T>(F: OrderedField<T>, f: Factorisation<T>, d: Vector<T>): Factorisation<T> {
  const zero = d.findIndex((x) => F.isZero(x));
  if (zero >= 0) throw new RangeError(`rescale: D = diag(d) is singular: d_${zero} = 0`);
  return { A: scaleColumns(F, f.A, d), B: scaleColumns(F, f.B, d.map((x) => F.div(F.one, x))) };
}

/**
 * √x as an element of F when x is the square of a rational number (p/q in
 * lowest terms with p and q perfect squares), decided exactly with integer
 * square roots. Throws `RangeError` naming x otherwise (negative, irrational
 * square root, or not rational).
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * Q.format(rationalSquareRoot(Q, rat(25, 169))); // "5/13"
 * ```
 */
export function rationalSquareRoot<T>(F: OrderedField<T>, x: T): T {
  const r = rationalOf(F, x);
  const sn = r === null || r.n < 0n ? null : exactIntegerSqrt(r.n);
  const sd = r === null ? null : exactIntegerSqrt(r.d);
  if (sn === null || sd === null) throw new RangeError(`rationalSquareRoot: ${F.format(x)} is not the square of a rational number`);
  return F.fromRational(sn, sd);
}

/**
 * X = U · diag(σ) · Vᵀ (n × p) over F from U (n × p, orthonormal columns),
 * σ (p singular values) and V (p × p orthogonal): data with a known SVD, so
 * that the closed forms of Eq. 5 and Eq. 6 can be evaluated exactly.
 * Throws `RangeError` when the shapes do not fit (naming them).
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * svdProduct(Q, [[rat(1)], [rat(0)]], [rat(5)], [[rat(-1)]]); // [[-5], [0]]
 * ```
 */
export function svdProduct<T>(F: OrderedField<T>, U: Matrix<T>, sigma: Vector<T>, V: Matrix<T>): T[][] {
  assertRectangular(U, 'svdProduct: U');
  const [n, p] = shape(U);
  if (n > 0 && p !== sigma.length) throw new RangeError(`svdProduct: U is ${n} × ${p} but there are ${sigma.length} singular values`);
  return matMul(F, scaleColumns(F, U, sigma), transpose(V));
}

/** Checks the SVD parts of a closed form: V p × p, σ with p entries, all ≥ 0, 1 ≤ k ≤ p, λ ≥ 0. */
function assertSpectrum<T>(F: OrderedField<T>, V: Matrix<T>, sigma: Vector<T>, lambda: T, k: number, what: string): void {
  assertRectangular(V, `${what}: V`);
  const [p, p2] = shape(V);
  if (p !== p2 || p === 0) throw new RangeError(`${what}: V is ${p} × ${p2}, not a non-empty square matrix`);
  if (sigma.length !== p) throw new RangeError(`${what}: V is ${p} × ${p} but there are ${sigma.length} singular values`);
  sigma.forEach((s, i) => {
    if (F.sign(s) < 0) throw new RangeError(`${what}: singular value σ_${i} = ${F.format(s)} is negative`);
  });
  if (!Number.isSafeInteger(k) || k < 1 || k > p) throw new RangeError(`${what}: k must be an integer with 1 ≤ k ≤ p = ${p}, got ${k}`);
  assertLambda(F, lambda, what);
}

/** V_k · diag(c) (p × k): column i of V (i < k) times c_i. */
function leadingColumnsTimes<T>(F: OrderedField<T>, V: Matrix<T>, c: Vector<T>): T[][] {
  return V.map((row) => c.map((ci, j) => F.mul(row[j], ci)));
}

/**
 * The shrinkage factors of objective (1), σ_i²/(σ_i² + λ) = 1/(1 + λ/σ_i²)
 * (0 when σ_i = 0), over F: Â₍₁₎B̂₍₁₎ᵀ = V_k · dMat(…)_k · V_kᵀ (Steck.Eq5).
 * Throws `RangeError` when σ_i = 0 and λ = 0 together (0/0).
 */
export function shrinkage1<T>(F: OrderedField<T>, sigma: Vector<T>, lambda: T): T[] {
  return sigma.map((s, i) => {
    const s2 = F.mul(s, s);
    const den = F.add(s2, lambda);
    if (F.isZero(den)) throw new RangeError(`shrinkage of objective (1): σ_${i} = 0 and λ = 0, so σ²/(σ² + λ) is 0/0`);
    return F.div(s2, den);
  });
}

/**
 * The closed-form solution of objective (1), Eq. 5 of Steck et al. (2024):
 * Â₍₁₎ = B̂₍₁₎ = V_k · dMat(…, √(σ_i²/(σ_i² + λ)), …)_k (p × k), over F, from
 * an SVD X = U Σ Vᵀ: V p × p with the right singular vectors as columns, σ
 * its p singular values (in V's column order, the largest first for the
 * minimiser), k the rank of the factorisation. A stationary point of (1) for
 * every k (gradient exactly zero, checked by `gradient1`).
 * Throws `RangeError` on bad shapes, σ_i < 0, λ < 0, k ∉ [1, p], and (from
 * `rationalSquareRoot`) when a factor σ_i²/(σ_i² + λ) is not a rational
 * square — choose σ_i and √λ as legs of Pythagorean triples (√λ = 12,
 * σ ∈ {5, 9, 16, 35}).
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * const f = closedForm1(Q, [[rat(1), rat(0)], [rat(0), rat(1)]], [rat(16), rat(5)], rat(144), 2);
 * f.B.map((r) => r.map((x) => Q.format(x))); // [["4/5", "0"], ["0", "5/13"]]
 * ```
 */
export function closedForm1<T>(F: OrderedField<T>, V: Matrix<T>, sigma: Vector<T>, lambda: T, k: number): Factorisation<T> {
  assertSpectrum(F, V, sigma, lambda, k, 'closed form of objective (1)');
  const roots = shrinkage1(F, sigma.slice(0, k), lambda).map((x) => rationalSquareRoot(F, x));
  const A = leadingColumnsTimes(F, V, roots);
  return { A, B: A.map((row) => [...row]) };
}

/**
 * The closed-form solution of objective (2), Eq. 6 of Steck et al. (2024),
 * over F: Â₍₂₎ = V_k · dMat(…, √((1/σ_i)(1 − λ/σ_i)₊), …)_k and
 * B̂₍₂₎ = V_k · dMat(…, √(σ_i(1 − λ/σ_i)₊), …)_k (both p × k), i.e. the
 * factors √(σ_i − λ)/σ_i and √(σ_i − λ) when σ_i > λ and 0 otherwise; X Â₍₂₎ =
 * U_k · dMat(…, √(σ_i − λ)₊, …)_k. V, σ, k as in `closedForm1`. A stationary
 * point of (2) (checked by `gradient2`).
 * Throws `RangeError` on bad shapes, σ_i < 0, λ < 0, k ∉ [1, p], and when some
 * σ_i − λ > 0 is not a rational square (choose σ_i = λ + r_i², e.g. λ = 1,
 * σ ∈ {17, 10, 5, 2}).
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * const f = closedForm2(Q, [[rat(1), rat(0)], [rat(0), rat(1)]], [rat(10), rat(5)], rat(1), 2);
 * [Q.format(f.A[0][0]), Q.format(f.B[1][1])]; // ["3/10", "2"]
 * ```
 */
export function closedForm2<T>(F: OrderedField<T>, V: Matrix<T>, sigma: Vector<T>, lambda: T, k: number): Factorisation<T> {
  assertSpectrum(F, V, sigma, lambda, k, 'closed form of objective (2)');
  const b = sigma.slice(0, k).map((s) => (F.compare(s, lambda) > 0 ? rationalSquareRoot(F, F.sub(s, lambda)) : F.zero));
  const a = b.map((bi, i) => (F.isZero(bi) ? F.zero : F.div(bi, sigma[i])));
  return { A: leadingColumnsTimes(F, V, a), B: leadingColumnsTimes(F, V, b) };
}

/** The three cosine matrices of Eq. 4 for a rescaled factorisation (Â D, B̂ D⁻¹), exact as sign and square. */
export interface RescaledCosines<T> {
  /** p × p: Ω_B B̂ D⁻² B̂ᵀ Ω_B, the cosines of the item embeddings (rows of B̂ D⁻¹). */
  readonly itemItem: ExactCosine<T>[][];
  /** n × n: Ω_A X Â D² Âᵀ Xᵀ Ω_A, the cosines of the user embeddings (rows of X Â D). */
  readonly userUser: ExactCosine<T>[][];
  /** n × p: Ω_A X Â B̂ᵀ Ω_B, the cosine of user u's and item i's embeddings. */
  readonly userItem: ExactCosine<T>[][];
}

/** Entry (i, j) of Ω_r M Ω_c as an exact cosine: sign(M_ij) and M_ij²/(r_i c_j), r and c the squared norms. */
function normalisedEntries<T>(F: OrderedField<T>, M: Matrix<T>, rowNorms: Vector<T>, colNorms: Vector<T>, what: string): ExactCosine<T>[][] {
  const check = (norms: Vector<T>, side: string) =>
    norms.forEach((x, i) => {
      if (F.sign(x) <= 0) throw new RangeError(`${what}: the ${side} embedding ${i} is zero, and the cosine of a zero vector is undefined`);
    });
  check(rowNorms, 'first');
  check(colNorms, 'second');
  return M.map((row, i) => row.map((m, j) => cosineFromInnerProducts(F, m, rowNorms[i], colNorms[j])));
}

/**
 * The cosine matrices of the rescaled solution (Â D, B̂ D⁻¹), D = diag(d), by
 * the three formulas of Eq. 4 of Steck et al. (2024), exactly over F: with
 * Ω_A, Ω_B the diagonal matrices that normalise the rows of X Â D and B̂ D⁻¹
 * (irrational in general, so each entry is kept as sign and square),
 * item–item Ω_B B̂ D⁻² B̂ᵀ Ω_B (p × p), user–user Ω_A X Â D² Âᵀ Xᵀ Ω_A (n × n)
 * and user–item Ω_A X Â B̂ᵀ Ω_B (n × p). D enters the first two and cancels
 * from the third. X n × p, Â and B̂ p × k, d with k non-zero entries.
 * Throws `RangeError` for mismatched shapes, a zero d_j, or a zero
 * embedding (a zero row of X Â or of B̂).
 *
 * @example
 * ```ts
 * import { RationalField as Q, rat } from '../field/rational.ts';
 * const c = rescaledCosines(Q, [[rat(1), rat(0)]], { A: [[rat(1), rat(0)], [rat(0), rat(1)]], B: [[rat(1), rat(1)], [rat(0), rat(1)]] }, [rat(1), rat(2)]);
 * c.itemItem[0][1]; // { sign: 1, square: 1/5 }: cos((1, 1/2), (0, 1/2)) = 1/√5
 * ```
 */
export function rescaledCosines<T>(F: OrderedField<T>, X: Matrix<T>, f: Factorisation<T>, d: Vector<T>): RescaledCosines<T> {
  assertFactorisationShapes(X, f.A, f.B);
  const zero = d.findIndex((x) => F.isZero(x));
  if (zero >= 0) throw new RangeError(`rescaledCosines: D = diag(d) is singular: d_${zero} = 0`);
  const d2 = d.map((x) => F.mul(x, x));
  const XA = matMul(F, X, f.A);
  const itemGram = matMul(F, scaleColumns(F, f.B, d2.map((x) => F.div(F.one, x))), transpose(f.B)); // B̂ D⁻² B̂ᵀ
  const userGram = matMul(F, scaleColumns(F, XA, d2), transpose(XA)); // X Â D² Âᵀ Xᵀ
  const itemNorms = itemGram.map((row, i) => row[i]);
  const userNorms = userGram.map((row, i) => row[i]);
  return {
    itemItem: normalisedEntries(F, itemGram, itemNorms, itemNorms, 'item–item cosines (Eq. 4)'),
    userUser: normalisedEntries(F, userGram, userNorms, userNorms, 'user–user cosines (Eq. 4)'),
    userItem: normalisedEntries(F, matMul(F, XA, transpose(f.B)), userNorms, itemNorms, 'user–item cosines (Eq. 4)'),
  };
}
