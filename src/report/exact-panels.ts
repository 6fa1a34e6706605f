/**
 * From exact 2-D models to drawable panels: the exact argmax / ranking
 * regions and tie segments (kept, for checks) plus the float `PanelData`
 * that `panel.ts` renders. Also the box half-width of a figure, the exact
 * tiling check (region areas sum to (2B)²) and the cosine label text.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { cosine, type ExactCosine } from '../cosine/exact-cosine.ts';
import { cosineToText, formatCosine } from '../cosine/cosine-text.ts';
import { polygonArea, polygonToNumbers, type Point, type Polygon } from './polygon-clip.ts';
import { argmaxRegions, assertBias, assertPlanarModel, rankingRegions, tieSegment, type ArgmaxRegion, type RankingRegion } from './regions-2d.ts';
import type { PanelData, PanelSegment, PanelVector } from './panel.ts';

/** An argmax panel: the exact regions of W and tie segments, and what is drawn. */
export interface ExactArgmaxPanel<T> {
  readonly F: OrderedField<T>;
  readonly W: Matrix<T>;
  readonly B: T;
  readonly regions: ArgmaxRegion<T>[];
  readonly ties: { readonly i: number; readonly j: number; readonly segment: [Point<T>, Point<T>] }[];
  readonly data: PanelData;
}

/** A ranking panel: the exact ranking regions of W and what is drawn. */
export interface ExactRankingPanel<T> {
  readonly F: OrderedField<T>;
  readonly W: Matrix<T>;
  readonly B: T;
  readonly regions: RankingRegion<T>[];
  readonly data: PanelData;
}

/** Text options shared by the panels. */
export interface PanelText {
  readonly title: string;
  readonly subtitle: readonly string[];
}

const labelKeys = (k: number): string[] => Array.from({ length: k }, (_, i) => String(i));

function vectorsOf<T>(F: OrderedField<T>, W: Matrix<T>, emphasis: readonly number[], names?: readonly string[]): PanelVector[] {
  return W.map((w, i) => ({ text: names?.[i] ?? `w${i}`, colourKey: names?.[i] ?? String(i), x: F.toNumber(w[0]), y: F.toNumber(w[1]), emphasis: emphasis.includes(i) }));
}

/** Options of `argmaxPanel`. */
export interface ArgmaxPanelOptions<T> {
  /** Labels whose arrows are drawn thicker. */
  readonly emphasis?: readonly number[];
  /** Pairs that can tie for the top (certified by `decideTieForTop`): their tie segments are drawn. */
  readonly ties?: readonly (readonly [number, number])[];
  /** A bias b (k entries): the regions of Wx + b (convex polygons, not cones). */
  readonly bias?: readonly T[];
  /** Label names (k): the region, arrow and legend texts (default y_i, w_i and the index). */
  readonly names?: readonly string[];
}

/**
 * The argmax panel of W (k × 2, rows are labels; with `opts.bias` the model
 * Wx + b) over F in the box [−B, B]²: exact regions (`argmaxRegions`;
 * labels without interior are left out of the drawing), the exact tie
 * segments of the pairs `opts.ties` (each must be a segment: pass only pairs
 * `decideTieForTop` certifies), arrows for the unembeddings (those in
 * `opts.emphasis` thicker), named by `opts.names` when given. Throws
 * `RangeError` for a bad W, bias or B, and `Error` naming the pair when a
 * listed tie has no segment.
 */
export function argmaxPanel<T>(F: OrderedField<T>, W: Matrix<T>, B: T, text: PanelText, opts: ArgmaxPanelOptions<T> = {}): ExactArgmaxPanel<T> {
  assertPlanarModel(W, 'argmaxPanel');
  const { bias, names } = opts;
  const regions = argmaxRegions(F, W, B, bias);
  const label = (i: number) => names?.[i] ?? String(i);
  const ties = (opts.ties ?? []).map(([i, j]) => {
    const segment = tieSegment(F, W, i, j, B, bias);
    if (segment === null) throw new Error(`argmaxPanel: labels ${label(i)}, ${label(j)} were listed as tying for the top but their tie set is a single point`);
    return { i, j, segment };
  });
  const segments: PanelSegment[] = ties.map(({ i, j, segment: [p, q] }) => ({
    text: `${label(i)}|${label(j)}`,
    x1: F.toNumber(p[0]),
    y1: F.toNumber(p[1]),
    x2: F.toNumber(q[0]),
    y2: F.toNumber(q[1]),
  }));
  const data: PanelData = {
    title: text.title,
    subtitle: text.subtitle,
    halfWidth: F.toNumber(B),
    colourDomain: names === undefined ? labelKeys(W.length) : [...names],
    regions: regions.flatMap((r) =>
      r.polygon === null ? [] : [{ id: `label-${r.label}`, colourKey: label(r.label), text: names?.[r.label] ?? `y${r.label}`, emphasis: false, points: polygonToNumbers(F, r.polygon) }],
    ),
    vectors: vectorsOf(F, W, opts.emphasis ?? [], names),
    vectorStyle: 'arrow',
    segments,
  };
  return { F, W, B, regions, ties, data };
}

/** A ranking written compactly, top first: `[1,0,2,4,3]` → `"10243"` (labels < 10) or `"1>0>…"` otherwise. */
export function rankingText(ranking: readonly number[]): string {
  return ranking.every((l) => l < 10) ? ranking.join('') : ranking.join('>');
}

/**
 * The ranking panel of W (k × 2, rows are labels, e.g. a point configuration
 * of App. H.2 without its constant column) over F in [−B, B]²: one exact
 * region per ranking of R(W) (`rankingRegions`), coloured by its top label
 * (their union for top label i is the argmax region of i), outlined when
 * `emphasise(ranking)` holds; the rows drawn as points. Throws as
 * `rankingRegions`.
 */
export function rankingPanel<T>(
  F: OrderedField<T>,
  W: Matrix<T>,
  B: T,
  text: PanelText,
  emphasise: (ranking: readonly number[]) => boolean = () => false,
): ExactRankingPanel<T> {
  assertPlanarModel(W, 'rankingPanel');
  const regions = rankingRegions(F, W, B);
  const data: PanelData = {
    title: text.title,
    subtitle: text.subtitle,
    halfWidth: F.toNumber(B),
    colourDomain: labelKeys(W.length),
    regions: regions.map((r) => ({
      id: `ranking-${r.ranking.join('-')}`,
      colourKey: String(r.ranking[0]),
      text: rankingText(r.ranking),
      emphasis: emphasise(r.ranking),
      points: polygonToNumbers(F, r.polygon),
    })),
    vectors: W.map((w, i) => ({ text: `${i}`, colourKey: String(i), x: F.toNumber(w[0]), y: F.toNumber(w[1]), emphasis: false })),
    vectorStyle: 'point',
    segments: [],
  };
  return { F, W, B, regions, data };
}

/**
 * Whether the polygons tile the box [−B, B]² by area, exactly over F: their
 * areas (shoelace, in F) sum to (2B)². (With pairwise disjoint interiors,
 * which holds for the regions of distinct labels or rankings, this means they
 * cover the box.) Source: notes §4 (the regions of a model cover the input space).
 */
export function tilesBox<T>(F: OrderedField<T>, polygons: readonly Polygon<T>[], B: T): boolean {
  const total = polygons.reduce((s, p) => F.add(s, polygonArea(F, p)), F.zero);
  const side = F.add(B, B);
  return F.equals(total, F.mul(side, side));
}

/**
 * A box half-width for drawing the models `Ws` (each k × 2) over F: the
 * smallest multiple of 1/2 that is at least 6/5 of the largest |entry|
 * (decided exactly in F; at least 1/2). Throws `RangeError` when no model is
 * given or one is not k × 2.
 */
export function boxHalfWidth<T>(F: OrderedField<T>, Ws: readonly Matrix<T>[]): T {
  if (Ws.length === 0) throw new RangeError('boxHalfWidth: no model given');
  let max = F.zero;
  for (const W of Ws) {
    assertPlanarModel(W, 'boxHalfWidth');
    for (const row of W) for (const x of row) if (F.compare(F.sign(x) < 0 ? F.neg(x) : x, max) > 0) max = F.sign(x) < 0 ? F.neg(x) : x;
  }
  const need = F.mul(max, F.fromRational(6, 5));
  let halves = Math.max(1, Math.ceil(2 * F.toNumber(need)) - 1);
  while (F.compare(F.fromRational(halves, 2), need) < 0) halves++;
  return F.fromRational(halves, 2);
}

/** The exact cosine of rows i and j of W over F with its text: `cos(w0, w1) = 4/5 ≈ 0.800000`. Throws `RangeError` for a zero row. */
export function cosineLabel<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number, name = 'w'): { cosine: ExactCosine<T>; text: string } {
  const c = cosine(F, W[i], W[j]);
  return { cosine: c, text: `cos(${name}${i}, ${name}${j}) = ${cosineToText(F, c)} ≈ ${formatCosine(F, c, 4)}` };
}

/**
 * A box half-width B for drawing the decision regions of a model with a
 * bias (W k × 2, b k entries) over F: the `boxHalfWidth` of the rows of W
 * and of every point where two tie lines (w_i − w_j)ᵀx + (b_i − b_j) = 0
 * meet, and of each tie line's point closest to the origin — so every
 * region with interior reaches into the box [−B, B]² (a region of a line
 * arrangement has a vertex, or is a strip between parallel lines). Exact
 * over F; throws `RangeError` for a bad W or bias.
 */
export function affineBoxHalfWidth<T>(F: OrderedField<T>, W: Matrix<T>, bias: readonly T[]): T {
  assertPlanarModel(W, 'affineBoxHalfWidth');
  assertBias(W, bias, 'affineBoxHalfWidth');
  const lines: { n: T[]; c: T }[] = [];
  for (let i = 0; i < W.length; i++) for (let j = i + 1; j < W.length; j++) {
    const n = W[i].map((v, c) => F.sub(v, W[j][c]));
    if (!n.every((x) => F.isZero(x))) lines.push({ n, c: F.sub(bias[i], bias[j]) });
  }
  const points: T[][] = [];
  for (const { n, c } of lines) {
    const nn = F.add(F.mul(n[0], n[0]), F.mul(n[1], n[1]));
    points.push(n.map((x) => F.neg(F.div(F.mul(c, x), nn)))); // −c n / |n|²
  }
  for (let a = 0; a < lines.length; a++) for (let b = a + 1; b < lines.length; b++) {
    const [p, q] = [lines[a], lines[b]];
    const det = F.sub(F.mul(p.n[0], q.n[1]), F.mul(p.n[1], q.n[0]));
    if (F.isZero(det)) continue;
    // n_p·x = −c_p, n_q·x = −c_q (Cramer's rule)
    points.push([F.div(F.sub(F.mul(q.c, p.n[1]), F.mul(p.c, q.n[1])), det), F.div(F.sub(F.mul(p.c, q.n[0]), F.mul(q.c, p.n[0])), det)]);
  }
  return boxHalfWidth(F, [[...W.map((r) => [...r]), ...points]]);
}
