/**
 * Topes of the oriented matroid of W from its circuits, without any LP: an
 * independent exact engine for S(W) (Def. 5.1) used to cross-check the LP
 * engine (Björner et al., Oriented Matroids, §3.7: the covectors are the sign
 * vectors orthogonal to every circuit; for a full sign vector s this says that
 * no circuit X conforms to s, i.e. X_i ∈ {0, s_i} for all i).
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../../src/linalg/matrix.ts';
import { formatSignVector, type Sign, type SignVector } from '../../queries/sign-vector.ts';
import { circuits } from './circuits.ts';

/**
 * True when the signed circuit X conforms to s: X_i ∈ {0, s_i} for every i.
 *
 * @example
 * ```ts
 * conformsTo([1, 0, -1], [1, 1, -1])
 * // => true
 * conformsTo([1, 0, -1], [1, 1, 1])
 * // => false
 * ```
 */
export function conformsTo(X: readonly (-1 | 0 | 1)[], s: readonly Sign[]): boolean {
  for (let i = 0; i < X.length; i++) if (X[i] !== 0 && X[i] !== s[i]) return false;
  return true;
}

/**
 * S(W) for W k × d over F, computed from the signed circuits of the rows:
 * s ∈ {±1}^k is a sign pattern iff no circuit conforms to s. Backtracking
 * over s_0, s_1, …, pruning a prefix as soon as a circuit whose support lies
 * in it conforms. A zero row is a loop (circuit {i}), so it makes S(W) empty;
 * k = 0 gives the one empty sign vector. Returns the sign vectors sorted by
 * their `formatSignVector` string. Exponential in the worst case: for small
 * k (cross-checks). Throws `RangeError` when W is not rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * signPatternsFromCircuits(Q, M([[1], [2]])).map(formatSignVector)
 * // => ['++', '--']
 * signPatternsFromCircuits(Q, M([[1, 0], [0, 0]]))
 * // => []
 * ```
 */
export function signPatternsFromCircuits<T>(F: OrderedField<T>, W: Matrix<T>): SignVector[] {
  assertRectangular(W, 'signPatternsFromCircuits');
  const [k] = shape(W);
  // circuits by the largest index of their support
  const byMax: { idx: number[]; sgn: (-1 | 1)[] }[][] = Array.from({ length: k }, () => []);
  for (const X of circuits(F, W)) {
    const idx: number[] = [];
    X.forEach((x, i) => { if (x !== 0) idx.push(i); });
    byMax[idx[idx.length - 1]].push({ idx, sgn: idx.map((i) => X[i] as -1 | 1) });
  }
  const out: SignVector[] = [];
  const s: Sign[] = new Array(k);
  const step = (i: number): void => {
    if (i === k) { out.push(s.slice()); return; }
    for (const v of [1, -1] as const) {
      s[i] = v;
      const blocked = byMax[i].some((c) => c.idx.every((j, t) => s[j] === c.sgn[t]));
      if (!blocked) step(i + 1);
    }
  };
  step(0);
  const keyed = out.map((v) => [formatSignVector(v), v] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, v]) => v);
}
