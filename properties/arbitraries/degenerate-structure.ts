import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { shape } from '../../src/linalg/matrix.ts';

/** A small exact rational p/q as plain data (q ≥ 1), turned into a field element by `F.fromRational`. */
export type SmallRational = readonly [p: number, q: number];

/**
 * One piece of non-generic structure to impose on a matrix W (k × d), as
 * plain data. Row and column choices are raw non-negative integers that are
 * resolved against the actual k and d when applied (so they stay valid when
 * fast-check shrinks the size): rows are drawn without replacement from
 * 0 … k−1, a column is taken modulo d. A structure needing more rows than W
 * has is skipped.
 */
export type DegenerateStructure =
  /** w_target := w_source (a repeated label). */
  | { readonly kind: 'repeatedRow'; readonly picks: readonly number[] }
  /** w_target := λ·w_source, λ ≠ 0 (anti-parallel when λ < 0). */
  | { readonly kind: 'parallelRow'; readonly picks: readonly number[]; readonly factor: SmallRational }
  /** column c := 0 (rank deficiency along an axis). */
  | { readonly kind: 'zeroColumn'; readonly column: number }
  /** column c := Σ_{j≠c} α_j·column j (rank deficiency in a general direction). */
  | { readonly kind: 'dependentColumn'; readonly column: number; readonly coefficients: readonly SmallRational[] }
  /** w_target := (1 − t)·w_a + t·w_b (three collinear points). */
  | { readonly kind: 'collinearPoints'; readonly picks: readonly number[]; readonly t: SmallRational }
  /** w_d := w_c − w_a + w_b, so that w_a − w_b = w_c − w_d (a parallelogram). */
  | { readonly kind: 'parallelogram'; readonly picks: readonly number[] }
  /** column c := a constant (a point configuration's homogenising column, or a bias-like column). */
  | { readonly kind: 'constantColumn'; readonly column: number; readonly value: SmallRational };

const RAW_INDEX_MAX = 1000;
const COEFFICIENT_SLOTS = 6;

const rawIndices = (n: number) => fc.array(fc.nat({ max: RAW_INDEX_MAX }), { minLength: n, maxLength: n });
const smallRational = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 3 })) as fc.Arbitrary<SmallRational>;
const nonZeroSmallRational = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .map(([p, negative, q]) => [negative ? -p : p, q] as const) as fc.Arbitrary<SmallRational>;

/**
 * One `DegenerateStructure`, each of the seven kinds equally likely.
 * Shrinks the indices towards 0 and the coefficients towards 0 (the
 * parallel factor towards 1), exactly: everything is small integers.
 */
export function degenerateStructureArb(): fc.Arbitrary<DegenerateStructure> {
  return fc.oneof(
    rawIndices(2).map((picks): DegenerateStructure => ({ kind: 'repeatedRow', picks })),
    fc.tuple(rawIndices(2), nonZeroSmallRational).map(([picks, factor]): DegenerateStructure => ({ kind: 'parallelRow', picks, factor })),
    fc.nat({ max: RAW_INDEX_MAX }).map((column): DegenerateStructure => ({ kind: 'zeroColumn', column })),
    fc
      .tuple(fc.nat({ max: RAW_INDEX_MAX }), fc.array(smallRational, { minLength: COEFFICIENT_SLOTS, maxLength: COEFFICIENT_SLOTS }))
      .map(([column, coefficients]): DegenerateStructure => ({ kind: 'dependentColumn', column, coefficients })),
    fc.tuple(rawIndices(3), smallRational).map(([picks, t]): DegenerateStructure => ({ kind: 'collinearPoints', picks, t })),
    rawIndices(4).map((picks): DegenerateStructure => ({ kind: 'parallelogram', picks })),
    fc.tuple(fc.nat({ max: RAW_INDEX_MAX }), smallRational).map(([column, value]): DegenerateStructure => ({ kind: 'constantColumn', column, value })),
  );
}

/** Resolves raw picks to distinct row indices of 0 … k−1 (drawing without replacement); null when k is too small. */
function distinctRows(picks: readonly number[], k: number): number[] | null {
  if (picks.length > k) return null;
  const remaining = Array.from({ length: k }, (_, i) => i);
  return picks.map((p) => remaining.splice(p % remaining.length, 1)[0]);
}

/**
 * W (k × d over F) with the given structures imposed one after the other
 * (a later one may overwrite an earlier one). Returns a new matrix; W is not
 * changed. Structures that need more rows than k, or a column when d = 0,
 * are skipped.
 */
export function applyDegenerateStructures<T>(F: OrderedField<T>, W: Matrix<T>, structures: readonly DegenerateStructure[]): T[][] {
  const M = W.map((row) => row.slice());
  const [k, d] = shape(W);
  const el = ([p, q]: SmallRational): T => F.fromRational(p, q);
  const combine = (a: readonly T[], ca: T, b: readonly T[], cb: T): T[] => a.map((x, c) => F.add(F.mul(ca, x), F.mul(cb, b[c])));
  for (const s of structures) {
    switch (s.kind) {
      case 'repeatedRow': {
        const r = distinctRows(s.picks, k);
        if (r) M[r[0]] = M[r[1]].slice();
        break;
      }
      case 'parallelRow': {
        const r = distinctRows(s.picks, k);
        if (r) M[r[0]] = M[r[1]].map((x) => F.mul(el(s.factor), x));
        break;
      }
      case 'zeroColumn':
        if (d > 0) for (const row of M) row[s.column % d] = F.zero;
        break;
      case 'dependentColumn': {
        if (d === 0) break;
        const c = s.column % d;
        for (const row of M) {
          row[c] = row.reduce((acc, x, j) => (j === c ? acc : F.add(acc, F.mul(el(s.coefficients[j % s.coefficients.length]), x))), F.zero);
        }
        break;
      }
      case 'collinearPoints': {
        const r = distinctRows(s.picks, k);
        if (!r) break;
        const t = el(s.t);
        M[r[0]] = combine(M[r[1]], F.sub(F.one, t), M[r[2]], t);
        break;
      }
      case 'parallelogram': {
        const r = distinctRows(s.picks, k);
        if (!r) break;
        const [a, b, c, dd] = r;
        M[dd] = M[c].map((x, j) => F.add(F.sub(x, M[a][j]), M[b][j]));
        break;
      }
      case 'constantColumn':
        if (d > 0) for (const row of M) row[s.column % d] = el(s.value);
        break;
    }
  }
  return M;
}
