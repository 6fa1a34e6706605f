/**
 * The floating-point solvers whose answers the certified engine turns into
 * exact certificates, as plain functions that can be swapped: glpk's
 * max-margin LP (`solveMaxMarginLP`, used by `decideStrictSystem`) and
 * Wolfe's nearest point (`wolfeNearestPoint`, the fast path of the pattern
 * enumerations). Their answers are hints, NOT exact: a wrong, NaN, misshapen
 * or missing answer, or a solver that throws, can only cost time, never
 * correctness, because every certificate made from them is checked exactly
 * and the exact simplex decides when none passes. The fault-injection tests
 * (test/fault/) hand the engine such solvers through `FloatSolvers`.
 */
import type { MaxMarginResult } from './max-margin-lp.ts';

/** A float solver of the max-margin LP with the contract of `solveMaxMarginLP` (A m × d, B p × d as floats). */
export type MaxMarginSolver = (A: readonly (readonly number[])[], B: readonly (readonly number[])[], d: number) => MaxMarginResult;

/** A float nearest point of conv{P_i} to the origin (NOT exact). */
export interface NearestPoint {
  /** The point (d entries). */
  readonly x: number[];
  /** Indices of the rows of P with positive weight in it (the final corral). */
  readonly support: number[];
}

/** A float solver of the nearest-point problem on unit rows P (m × d); null when it gives up. */
export type NearestPointSolver = (P: readonly (readonly number[])[]) => NearestPoint | null;

/**
 * The float solvers of the engine; a missing one is the default
 * (`solveMaxMarginLP`, `wolfeNearestPoint`). Accepted as `solvers` by
 * `decideStrictSystem`, `decideStrictFast`, `fastCertificate`, the
 * pattern enumerations and `decideQuestion`.
 */
export interface FloatSolvers {
  readonly maxMargin?: MaxMarginSolver;
  readonly nearestPoint?: NearestPointSolver;
}

/**
 * A float solver's answer, or null when the solver throws or its answer has
 * the wrong shape (`fits` false): such an answer is no hint at all, and the
 * exact path decides. Never throws.
 *
 * @example
 * ```ts
 * untrustedAnswer(() => [1, 2], (v) => v.length === 2)
 * // => [1, 2]
 * untrustedAnswer(() => [1], (v) => v.length === 2)
 * // => null
 * untrustedAnswer(() => { throw new Error('glpk: time limit'); }, () => true)
 * // => null
 * ```
 */
export function untrustedAnswer<R>(solve: () => R, fits: (answer: NonNullable<R>) => boolean): NonNullable<R> | null {
  let answer: R;
  try {
    answer = solve();
  } catch {
    return null;
  }
  return answer !== null && answer !== undefined && fits(answer) ? answer : null;
}

/**
 * True when `v` is an array of exactly `n` numbers (NaN and ±Infinity
 * included: the certificate recovery copes with those; only the shape is
 * checked here).
 *
 * @example
 * ```ts
 * isFloatVector([0.5, NaN], 2)
 * // => true
 * isFloatVector([0.5], 2)
 * // => false
 * isFloatVector(['1', 2], 2)
 * // => false
 * ```
 */
export function isFloatVector(v: unknown, n: number): v is number[] {
  return Array.isArray(v) && v.length === n && v.every((t) => typeof t === 'number');
}

/**
 * True when `v` is an array of integers in [0, m) (row indices of an m-row matrix).
 *
 * @example
 * ```ts
 * rowIndices([0, 2], 3)
 * // => true
 * rowIndices([0, 3], 3)
 * // => false
 * rowIndices([0.5], 3)
 * // => false
 * ```
 */
export function rowIndices(v: unknown, m: number): v is number[] {
  return Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < m);
}
