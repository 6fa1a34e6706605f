/**
 * The decision regions of a softmax model with 2-dimensional embeddings,
 * exactly: argmax regions (where one label is the top label), ranking
 * regions (Def. 5.4) and the segments where two labels tie for the top
 * (App. C.2, C.3), each a polygonal cone clipped to the box [−B, B]² with
 * exact vertices in the model's field F (`polygon-clip.ts`).
 *
 * The argmax region of label i is the closed cone {x : (w_i − w_j)ᵀx ≥ 0 ∀ j};
 * it has interior exactly when label i is argmaxable (Grivas, Bogoychev &
 * Lopez 2022). The ranking region of π is {x : (w_{π_t} − w_{π_{t+1}})ᵀx ≥ 0},
 * the closure of the open cone of Def. 5.4.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { assertRectangular } from '../linalg/matrix.ts';
import { rankingPatternsViaBraid } from '../../lp/arrangements/ranking-patterns.ts';
import { rankingRows, type Ranking } from '../../lp/queries/ranking.ts';
import { clipCone, hasInterior, samePoint, type Point, type Polygon } from './polygon-clip.ts';

/** The argmax region of one label: its clipped cone, or `null` when the cone has empty interior (the label is never the unique top label). */
export interface ArgmaxRegion<T> {
  readonly label: number;
  readonly polygon: Polygon<T> | null;
}

/** The region of one ranking of R(W), clipped to the box (always with interior). */
export interface RankingRegion<T> {
  readonly ranking: Ranking;
  readonly polygon: Polygon<T>;
}

/**
 * Checks that W is a k × 2 unembedding (rows are labels, k ≥ 1). Throws
 * `RangeError` naming the shape (or the bad row) otherwise.
 */
export function assertPlanarModel<T>(W: Matrix<T>, what: string): void {
  if (!Array.isArray(W) || W.length === 0) throw new RangeError(`${what}: W has no rows (need k ≥ 1 labels)`);
  assertRectangular(W, `${what}: W`, undefined, 2);
}

/** The differences w_i − w_j (j ≠ i) and, with a bias, b_i − b_j: the half-planes where label i scores at least as high as j. */
function differencesFrom<T>(F: OrderedField<T>, W: Matrix<T>, bias: readonly T[] | undefined, i: number, skip: (j: number) => boolean): { normals: T[][]; offsets: T[] } {
  const normals: T[][] = [];
  const offsets: T[] = [];
  W.forEach((w, j) => {
    if (j === i || skip(j)) return;
    normals.push(W[i].map((v, c) => F.sub(v, w[c])));
    offsets.push(bias === undefined ? F.zero : F.sub(bias[i], bias[j]));
  });
  return { normals, offsets };
}

/** Throws `RangeError` unless the bias (when given) has one entry per row of W. */
export function assertBias<T>(W: Matrix<T>, bias: readonly T[] | undefined, what: string): void {
  if (bias !== undefined && bias.length !== W.length) throw new RangeError(`${what}: W has ${W.length} rows but the bias has ${bias.length} entries`);
}

/**
 * The argmax region of every label of W (k × 2, rows are labels; with an
 * optional bias b of k entries, the logits are Wx + b) over F, clipped to
 * [−B, B]²: {x : (w_i − w_j)ᵀx + (b_i − b_j) ≥ 0, j ≠ i} — a cone
 * (`argmaxableRows`) without a bias, a convex polygon with one — with
 * `polygon: null` when it has empty interior in the box. For distinct rows
 * the regions tile the box (they meet only on boundaries), whatever their
 * number; with a bias, a label whose region lies outside the box has
 * `null` (choose B with `affineBoxHalfWidth`). Throws `RangeError` unless W
 * is k × 2 with k ≥ 1, the bias fits and B > 0. Source: notes §4 (decision
 * regions), Grivas et al. 2022.
 */
export function argmaxRegions<T>(F: OrderedField<T>, W: Matrix<T>, B: T, bias?: readonly T[]): ArgmaxRegion<T>[] {
  assertPlanarModel(W, 'argmaxRegions');
  assertBias(W, bias, 'argmaxRegions');
  return W.map((_, label) => {
    const { normals, offsets } = differencesFrom(F, W, bias, label, () => false);
    const poly = clipCone(F, normals, B, offsets);
    return { label, polygon: hasInterior(F, poly) ? poly : null };
  });
}

/**
 * The ranking regions of W (k × 2, rows are labels) over F, one per ranking
 * of R(W), each the cone of `rankingRows` clipped to [−B, B]². Sorted as R(W)
 * (lexicographically). R(W) is found as S(DW) (`rankingPatternsViaBraid`,
 * certified decisions), which stays complete when several pairs tie on one
 * line (parallel differences, collinear points: App. H.2), where a walk over
 * single adjacent transpositions is not. For distinct rows the regions tile
 * the box. Equal rows give R(W) = ∅ and so no regions. Throws `RangeError`
 * unless W is k × 2 and B > 0, and `Error` if a ranking of R(W) had a region
 * without interior (an internal bug: an open cone with a witness is never
 * thin). Source: Def. 5.4, notes §4.
 */
export function rankingRegions<T>(F: OrderedField<T>, W: Matrix<T>, B: T): RankingRegion<T>[] {
  assertPlanarModel(W, 'rankingRegions');
  return rankingPatternsViaBraid(F, W).map((ranking) => {
    const polygon = clipCone(F, rankingRows(F, W, ranking), B);
    if (!hasInterior(F, polygon)) throw new Error(`rankingRegions: ranking ${ranking.join(' > ')} is in R(W) but its region has no interior`);
    return { ranking, polygon };
  });
}

/**
 * Where labels i and j tie for the top, in [−B, B]²: the closed set
 * {x : (w_i − w_j)ᵀx + (b_i − b_j) = 0, (w_i − w_l)ᵀx + (b_i − b_l) ≥ 0 for
 * l ∉ {i, j}} (b = 0 without a bias) clipped to the box, exactly over F, as
 * its two end points [p, q] — or `null` when it is a single point (or
 * empty). In the plane it is a segment of the line where the two logits are
 * equal (without a bias a ray from the origin when k ≥ 3); it is drawn for
 * the pairs that `decideTieForTop` certifies. Throws `RangeError` for a bad
 * W or bias, label index, i = j, w_i = w_j, or B ≤ 0. Source: App. C.2, C.3.
 */
export function tieSegment<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number, B: T, bias?: readonly T[]): [Point<T>, Point<T>] | null {
  assertPlanarModel(W, 'tieSegment');
  assertBias(W, bias, 'tieSegment');
  const k = W.length;
  for (const [name, l] of [['i', i], ['j', j]] as const) {
    if (!Number.isSafeInteger(l) || l < 0 || l >= k) throw new RangeError(`tieSegment: label index ${name} = ${l} is not in 0 … ${k - 1}`);
  }
  if (i === j) throw new RangeError(`tieSegment: labels i and j must differ, both are ${i}`);
  const n = W[i].map((v, c) => F.sub(v, W[j][c]));
  if (n.every((x) => F.isZero(x))) throw new RangeError(`tieSegment: rows ${i} and ${j} are equal, they tie everywhere`);
  const c = bias === undefined ? F.zero : F.sub(bias[i], bias[j]);
  const { normals, offsets } = differencesFrom(F, W, bias, i, (l) => l === j);
  normals.push(n, n.map((x) => F.neg(x)));
  offsets.push(c, F.neg(c));
  const pts = clipCone(F, normals, B, offsets);
  if (pts.length < 2) return null;
  // The points lie on one line: the end points are the extremes along its direction (−n1, n0).
  const along = (p: Point<T>) => F.sub(F.mul(n[0], p[1]), F.mul(n[1], p[0]));
  let lo = pts[0];
  let hi = pts[0];
  for (const p of pts) {
    if (F.compare(along(p), along(lo)) < 0) lo = p;
    if (F.compare(along(p), along(hi)) > 0) hi = p;
  }
  return samePoint(F, lo, hi) ? null : [lo, hi];
}
