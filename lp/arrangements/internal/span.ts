/**
 * Private helper of the oriented-matroid and counting modules: an
 * incrementally built reduced echelon basis of the span of chosen vectors,
 * which also records how each basis vector is made from the chosen vectors.
 * Exact over any ordered field.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';

/** Reduced echelon basis of span{v_0 … v_{n−1}} (the chosen vectors, in order). */
export interface SpanBasis<T> {
  /** Basis vectors; `E[t][pivots[t]] = 1` and `E[s][pivots[t]] = 0` for s ≠ t. */
  readonly E: T[][];
  readonly pivots: number[];
  /** `E[t] = Σ_s coef[t][s] · v_s` (n entries each). */
  readonly coef: T[][];
}

/** The basis of the empty set of vectors. */
export function emptySpan<T>(): SpanBasis<T> {
  return { E: [], pivots: [], coef: [] };
}

/**
 * Reduces v against the basis: `residual = v − Σ_t v[pivots[t]]·E[t]` (zero
 * exactly when v is in the span) and `along = v[pivots]` (v's coordinates on
 * the basis vectors when the residual is zero).
 */
export function reduceBySpan<T>(F: OrderedField<T>, B: SpanBasis<T>, v: readonly T[]): { residual: T[]; along: T[] } {
  const residual = v.slice();
  const along = B.pivots.map((p) => v[p]);
  B.E.forEach((e, t) => {
    const f = along[t];
    if (F.isZero(f)) return;
    for (let j = 0; j < residual.length; j++) residual[j] = F.sub(residual[j], F.mul(f, e[j]));
  });
  return { residual, along };
}

/**
 * The basis extended by a new vector v whose `reduceBySpan` gave a non-zero
 * `residual` and `along`; the new vector becomes chosen vector number n.
 * Throws `RangeError` when the residual is zero.
 */
export function extendSpan<T>(F: OrderedField<T>, B: SpanBasis<T>, residual: readonly T[], along: readonly T[]): SpanBasis<T> {
  const n = B.coef.length + 1;
  const q = residual.findIndex((x) => !F.isZero(x));
  if (q < 0) throw new RangeError('extendSpan: the vector is already in the span');
  const inv = F.div(F.one, residual[q]);
  const r = residual.map((x) => F.mul(x, inv));
  // coefficients of the residual: e_new − Σ_t along[t] · coef[t], then scaled by inv
  const cr = Array.from({ length: n }, (_, s) => (s === n - 1 ? F.one : F.zero));
  B.coef.forEach((c, t) => {
    if (F.isZero(along[t])) return;
    for (let s = 0; s < c.length; s++) cr[s] = F.sub(cr[s], F.mul(along[t], c[s]));
  });
  const crn = cr.map((x) => F.mul(x, inv));
  const E: T[][] = [];
  const coef: T[][] = [];
  B.E.forEach((e, t) => {
    const f = e[q];
    const c = [...B.coef[t], F.zero];
    if (F.isZero(f)) { E.push(e); coef.push(c); return; }
    E.push(e.map((x, j) => F.sub(x, F.mul(f, r[j]))));
    coef.push(c.map((x, s) => F.sub(x, F.mul(f, crn[s]))));
  });
  E.push(r);
  coef.push(crn);
  return { E, pivots: [...B.pivots, q], coef };
}

/**
 * Coefficients λ with v = Σ_s λ_s v_s for a v in the span, from the `along`
 * of its zero-residual reduction.
 */
export function spanCoefficients<T>(F: OrderedField<T>, B: SpanBasis<T>, along: readonly T[]): T[] {
  return Array.from({ length: B.coef.length }, (_, s) => {
    let acc = F.zero;
    B.coef.forEach((c, t) => { acc = F.add(acc, F.mul(along[t], c[s])); });
    return acc;
  });
}
