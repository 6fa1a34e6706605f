/**
 * Exact region counts of central hyperplane arrangements by Zaslavsky's
 * theorem (Zaslavsky 1975, "Facing up to arrangements"; Stanley, "An
 * introduction to hyperplane arrangements", Thm. 2.5): the number of regions
 * of a real central arrangement is Σ_{flats X} |μ(0̂, X)| = |χ(−1)|, summed
 * over its intersection lattice. Notes §5: |S(W)| is the count for the
 * hyperplanes w_iᵀx = 0 and |R(W)| the count for (w_i − w_j)ᵀx = 0.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular } from '../../../src/linalg/matrix.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import { parallelClasses } from '../internal/parallel-classes.ts';
import { emptySpan, extendSpan, reduceBySpan, type SpanBasis } from '../internal/span.ts';

/** A flat of the intersection lattice: the set of hyperplanes containing it (bit set) and an exact basis of their normals. */
interface Flat<T> {
  readonly mask: Uint32Array;
  readonly basis: SpanBasis<T>;
  mu: bigint;
}

const has = (mask: Uint32Array, h: number): boolean => (mask[h >>> 5] & (1 << (h & 31))) !== 0;
const isSubset = (a: Uint32Array, b: Uint32Array): boolean => {
  for (let w = 0; w < a.length; w++) if ((a[w] & ~b[w]) !== 0) return false;
  return true;
};

/**
 * Number of regions of the central arrangement {x ∈ R^d : n_iᵀx = 0} given by
 * the rows of `normals` (m × d) over F, exactly. Zero rows are ignored (they
 * are not hyperplanes) and parallel or anti-parallel rows count as one
 * hyperplane. The intersection lattice is built exactly, rank by rank: the
 * flats covering a flat X are the classes of parallel residuals of the other
 * normals modulo span(X); the top flat (all hyperplanes) is added directly.
 * Then μ(0̂, 0̂) = 1, μ(0̂, X) = −Σ_{Y ⊊ X} μ(0̂, Y), and the count is Σ |μ|.
 * Cost grows with the number of flats (all set partitions of rank < rank(W)
 * for a braid arrangement): for small inputs, e.g. the ≤ 28 hyperplanes of
 * DW for k ≤ 8. No hyperplanes → 1 region.
 * Note: S(W) is empty when W has a zero row, while this count ignores it.
 * Throws `RangeError` when `normals` is not rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * regionCount(Q, M([[1, 0], [0, 1]]))
 * // => 4n
 * regionCount(Q, M([[1, 0], [-2, 0], [0, 0]]))
 * // => 2n
 * regionCount(Q, [])
 * // => 1n
 * ```
 */
export function regionCount<T>(F: OrderedField<T>, normals: Matrix<T>): bigint {
  assertRectangular(normals, 'regionCount');
  const { classes } = parallelClasses(F, normals);
  const reps = classes.map((c) => normals[c.members[0]]);
  const m = reps.length;
  if (m === 0) return 1n;
  const R = rank(F, reps);
  const words = Math.ceil(m / 32);
  const bottom: Flat<T> = { mask: new Uint32Array(words), basis: emptySpan<T>(), mu: 1n };
  const levels: Flat<T>[][] = [[bottom]];
  for (let r = 0; r + 1 < R; r++) {
    const next = new Map<string, Flat<T>>();
    for (const X of levels[r]) {
      const outside: number[] = [];
      const residuals: T[][] = [];
      const alongs: T[][] = [];
      for (let h = 0; h < m; h++) {
        if (has(X.mask, h)) continue;
        const { residual, along } = reduceBySpan(F, X.basis, reps[h]);
        outside.push(h);
        residuals.push(residual);
        alongs.push(along);
      }
      // every residual is non-zero: X is closed; parallel residuals span the same cover
      for (const cls of parallelClasses(F, residuals).classes) {
        const mask = X.mask.slice();
        for (const t of cls.members) mask[outside[t] >>> 5] |= 1 << (outside[t] & 31);
        const key = mask.join(',');
        if (next.has(key)) continue;
        const t0 = cls.members[0];
        next.set(key, { mask, basis: extendSpan(F, X.basis, residuals[t0], alongs[t0]), mu: 0n });
      }
    }
    levels.push([...next.values()]);
  }
  const top: Flat<T> = { mask: new Uint32Array(words), basis: emptySpan<T>(), mu: 0n };
  for (let h = 0; h < m; h++) top.mask[h >>> 5] |= 1 << (h & 31);
  levels.push([top]);
  let regions = 1n;
  for (let r = 1; r < levels.length; r++) {
    for (const X of levels[r]) {
      let sum = 0n;
      for (let q = 0; q < r; q++) for (const Y of levels[q]) if (isSubset(Y.mask, X.mask)) sum += Y.mu;
      X.mu = -sum;
      regions += X.mu < 0n ? -X.mu : X.mu;
    }
  }
  return regions;
}
