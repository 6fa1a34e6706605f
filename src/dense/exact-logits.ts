/**
 * Exact logits of a dense unembedding at a dyadic witness, in BigInt: the
 * re-decision step of the filtered predicates (only pairs the float filter
 * could not separate come here).
 *
 * W = 2^E_W·M and b = 2^E_b·B̃ (M, B̃ integer, `commonExponent`); a witness
 * x = 2^E_x·X (X integer) and t = 2^E_t·T. Then
 * ℓ_j = w_j·x + b_j·t = (M_j·X)·2^(E_W+E_x) + B̃_j·T·2^(E_b+E_t), a dyadic
 * rational held as an integer and an exponent. Exact.
 */
import { integerRow, type Rational } from '../field/rational.ts';
import type { DenseMatrix } from './dense-matrix.ts';
import { commonExponent, dyadicIntegers, rowIntegers, scaledInteger, type DyadicIntegers } from './exact-integers.ts';

/** A dyadic rational n·2^e. */
export interface Dyadic {
  readonly n: bigint;
  readonly e: number;
}

/** Exact sign of a − b for dyadic rationals. */
export function compareDyadic(a: Dyadic, b: Dyadic): -1 | 0 | 1 {
  const e = Math.min(a.e, b.e);
  const an = a.n << BigInt(a.e - e);
  const bn = b.n << BigInt(b.e - e);
  return an > bn ? 1 : an < bn ? -1 : 0;
}

/** a + s·b for dyadic rationals and an integer s. */
export function addDyadic(a: Dyadic, b: Dyadic, s: bigint = 1n): Dyadic {
  const e = Math.min(a.e, b.e);
  return { n: (a.n << BigInt(a.e - e)) + s * (b.n << BigInt(b.e - e)), e };
}

/** The exact integer view of W and its bias (exponents only; rows are made on demand). */
export interface ExactView {
  readonly W: DenseMatrix;
  readonly exponentW: number;
  readonly exponentB: number;
}

/** The exact view of W (one pass over the entries for the common exponents). */
export function exactView(W: DenseMatrix): ExactView {
  return { W, exponentW: commonExponent(W.data), exponentB: W.bias ? commonExponent(W.bias) : 0 };
}

/** A witness (x, t) in exact integers: x = 2^E_x·X, t = 2^E_t·T (t = 0 without bias). */
export interface ExactWitness {
  readonly x: DyadicIntegers;
  readonly t: DyadicIntegers;
}

/** The exact integer form of a float witness x (d entries) and bias coordinate t. */
export function exactWitness(x: ArrayLike<number>, t = 0): ExactWitness {
  return { x: dyadicIntegers(x), t: dyadicIntegers([t]) };
}

/**
 * A rational witness (x, t) (t null: no bias) in exact integers: both scaled by
 * the same positive L (the lcm of the denominators), so `exactLogit` gives L·ℓ_j
 * for every j — the same order of the logits, and the same signs of their differences.
 */
export function rationalWitness(x: readonly Rational[], t: Rational | null): ExactWitness {
  const { ints } = integerRow(t === null ? x : [...x, t]);
  return { x: { ints: ints.slice(0, x.length), exponent: 0 }, t: { ints: [t === null ? 0n : ints[x.length]], exponent: 0 } };
}

/** Exact w_j·x + b_j·t as a dyadic rational (O(d) BigInt products). */
export function exactLogit(view: ExactView, j: number, w: ExactWitness): Dyadic {
  const { W, exponentW, exponentB } = view;
  const Mj = rowIntegers(W.data, W.d, j, exponentW);
  let s = 0n;
  const X = w.x.ints;
  for (let c = 0; c < W.d; c++) if (Mj[c] !== 0n && X[c] !== 0n) s += Mj[c] * X[c];
  const main: Dyadic = { n: s, e: exponentW + w.x.exponent };
  if (!W.bias) return main;
  const bj = scaledInteger(W.bias[j], exponentB);
  return addDyadic(main, { n: bj * w.t.ints[0], e: exponentB + w.t.exponent });
}
