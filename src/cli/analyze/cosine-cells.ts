/**
 * The cosines `analyze` prints, computed lazily pair by pair (a k × k matrix is never built
 * for a large k): for labels i, j the cosine of w_i, w_j as a 6-digit decimal and exactly
 * (Def. 5.2), and the centered cosine (after subtracting the column means of all k rows).
 * A zero row has no cosine (null, "undefined"); a row that is zero after centering has no
 * centered cosine. Exact throughout; the decimals are correctly rounded for display.
 */
import { cosineFromInnerProducts, cosineToText, formatCosine, rationalOf, type ExactCosine } from '../../cosine/index.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { dot } from '../../linalg/matrix.ts';

/** One cell of the cosine matrices: null where a cosine is undefined (a zero row). */
export interface CosineCell {
  /** cos(w_i, w_j), 6 decimals. */
  readonly decimal: string | null;
  /** cos(w_i, w_j) exactly (`exactCosineText`). */
  readonly exact: string | null;
  /** The centered cosine, 6 decimals (null: a centered row is zero, or not available). */
  readonly centered: string | null;
}

/** Above this size of p·q (square = p/q) the square-free form of a cosine is not searched for. */
const SQUARE_FREE_SEARCH_LIMIT = 10n ** 24n;

/**
 * Exact text of a cosine: `cosineToText` ("4/5", "-8/sqrt(185)") when its square p/q is rational
 * with p·q < 10^24; otherwise the equally exact `±sqrt(square)` without the square-free search
 * (which costs seconds per entry on the dyadic rationals of float matrices).
 * @example exactCosineText(Q, cosine(Q, [Q.one, Q.zero], [Q.one, Q.one])) === '1/sqrt(2)'
 */
export function exactCosineText<T>(F: OrderedField<T>, c: ExactCosine<T>): string {
  if (c.sign === 0) return '0';
  const r = rationalOf(F, c.square);
  if (r !== null && r.n * r.d >= SQUARE_FREE_SEARCH_LIMIT) return `${c.sign < 0 ? '-' : ''}sqrt(${F.format(c.square)})`;
  return cosineToText(F, c);
}

/**
 * Lazy cosine cells of the rows `row(i)` (i < k) over F, memoising squared norms; the
 * centered cosines use `centeredRow(i)` when given (else `centered` is null).
 */
export function cosineCells<T>(
  F: OrderedField<T>,
  row: (i: number) => readonly T[],
  centeredRow?: (i: number) => readonly T[],
): (i: number, j: number) => CosineCell {
  const norms = new Map<number, T>();
  const centeredNorms = new Map<number, T>();
  const norm = (cache: Map<number, T>, r: (i: number) => readonly T[], i: number): T => {
    let n = cache.get(i);
    if (n === undefined) {
      n = dot(F, r(i), r(i));
      cache.set(i, n);
    }
    return n;
  };
  const cos = (r: (i: number) => readonly T[], cache: Map<number, T>, i: number, j: number): ExactCosine<T> | null => {
    const [a, b] = [norm(cache, r, i), norm(cache, r, j)];
    if (F.isZero(a) || F.isZero(b)) return null;
    return cosineFromInnerProducts(F, i === j ? a : dot(F, r(i), r(j)), a, b);
  };
  return (i, j) => {
    const c = cos(row, norms, i, j);
    const cc = centeredRow === undefined ? null : cos(centeredRow, centeredNorms, i, j);
    return {
      decimal: c === null ? null : formatCosine(F, c),
      exact: c === null ? null : exactCosineText(F, c),
      centered: cc === null ? null : formatCosine(F, cc),
    };
  };
}
