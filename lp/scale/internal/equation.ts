/**
 * Witnesses ON an equation's hyperplane (ties for the top: z_i − z_j = 0 exactly).
 *
 * A float (x, t) hardly ever satisfies (w_i − w_j)·x + (b_i − b_j)·t = 0
 * exactly. A candidate of a system with one equation e·(x, t) = 0 is made
 * exact in three steps:
 * 1. float projection of x onto the hyperplane (t kept: it stays > 0), a hint;
 * 2. rounding to the kernel's input type, then ONE column c (the largest
 *    |e_c|) recomputed exactly: x*_c = −(Σ_{c'≠c} e_c'·x_c' + e_t·t) / e_c,
 *    a rational, so that e·(x*, t) = 0 exactly;
 * 3. x*_c rounded back to a float x_c for the kernel, and the difference
 *    bounded: |x*_c − x_c| ≤ Δ with Δ a float, the inequality checked exactly.
 * The filter then encloses the logits of x* (not of x) with the extra term
 * Δ·|w_jc| (`logit-enclosure.ts`); exact re-decisions use x* itself
 * (`rationalWitness`). When e has no x part (w_i = w_j) the equation is
 * e_t·t = 0: true for every x when e_t·t = 0, else no witness exists on this
 * t (null: the constraint-generation LP then certifies infeasibility).
 * The scale path decides systems with at most one equation.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';
import { rationalToNumber } from '../../../src/field/rational.ts';
import type { DenseMatrix, FloatArray } from '../../../src/dense/dense-matrix.ts';
import type { LogitSystem } from '../../queries/logit-system.ts';
import { exactRow, floatRow } from '../dense-rows.ts';
import { toKernelInput } from '../../../src/dense/kernel.ts';

/** An exact witness x* (and t) given to the kernel as x: they differ on `column` only, by at most `delta`. */
export interface ExactCandidate {
  readonly x: readonly Rational[];
  readonly t: Rational | null;
  /** −1: x* = x (no correction). */
  readonly column: number;
  readonly delta: number;
}

/** A candidate on the hyperplane: the kernel's input x, the t it was made exact for, and the exact witness. */
export interface OnEquation {
  readonly x: FloatArray;
  readonly t: number;
  readonly exact: ExactCandidate;
}

/**
 * The candidate on the equation of s (see the module docstring) from the
 * float hint x (d entries) and t (a float32 > 0 with a bias, 0 without), or
 * null when no x works at this t. Throws `RangeError` when s has more than one equation.
 */
export function onEquation(W: DenseMatrix, s: LogitSystem, hint: ArrayLike<number>, t: number, inputType: 'float32' | 'float64'): OnEquation | null {
  if (s.equal.length !== 1) throw new RangeError(`scale path: a system with ${s.equal.length} equations (it decides at most one)`);
  const { d } = W;
  const ef = floatRow(W, s.equal[0]);
  const tt = W.bias ? t : 0;
  // 1. float projection of x (a hint)
  let nn = 0;
  let ex = ef[d] !== undefined ? ef[d] * tt : 0;
  for (let c = 0; c < d; c++) { nn += ef[c] * ef[c]; ex += ef[c] * hint[c]; }
  const proj = Float64Array.from({ length: d }, (_, c) => (nn > 0 && Number.isFinite(ex / nn) ? hint[c] - (ex / nn) * ef[c] : hint[c]));
  // 2. the kernel's input, and one column recomputed exactly
  const x = toKernelInput(proj, inputType);
  const e = exactRow(W, s.equal[0]);
  const tQ = W.bias ? rationalFromFloat64(tt) : null;
  const xs = Array.from(x, (v) => rationalFromFloat64(v));
  let column = -1;
  let best = 0;
  for (let c = 0; c < d; c++) if (!Q.isZero(e[c]) && Math.abs(ef[c]) >= best) { best = Math.abs(ef[c]); column = c; }
  const rest = (skip: number) => {
    let v = tQ === null ? Q.zero : e[d].mul(tQ);
    for (let c = 0; c < d; c++) if (c !== skip && !Q.isZero(e[c])) v = v.add(e[c].mul(xs[c]));
    return v;
  };
  if (column < 0) return Q.isZero(rest(-1)) ? { x, t: tt, exact: { x: xs, t: tQ, column: -1, delta: 0 } } : null;
  const exactC = rest(column).neg().div(e[column]);
  const approx = rationalToNumber(exactC);
  x[column] = approx;
  const diff = exactC.sub(rationalFromFloat64(x[column])).abs();
  // 3. Δ ≥ |x*_c − x_c|, checked exactly (doubled until it holds)
  let delta = rationalToNumber(diff) * (1 + 2 ** -40) + 2 ** -1074;
  while (Number.isFinite(delta) && Q.compare(diff, rationalFromFloat64(delta)) > 0) delta *= 2;
  if (!Number.isFinite(x[column]) || !Number.isFinite(delta)) return null;
  xs[column] = exactC;
  return { x, t: tt, exact: { x: xs, t: tQ, column, delta: Q.isZero(diff) ? 0 : delta } };
}

/** Whether (x*, t) satisfies every equation of s exactly (defence in depth before a witness is yielded). */
export function equationsHold(W: DenseMatrix, s: LogitSystem, exact: ExactCandidate): boolean {
  return s.equal.every((f) => {
    const e = exactRow(W, f);
    let v = exact.t === null ? Q.zero : e[W.d].mul(exact.t);
    for (let c = 0; c < W.d; c++) v = v.add(e[c].mul(exact.x[c]));
    return Q.isZero(v);
  });
}
