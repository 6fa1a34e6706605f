/**
 * Exact convex polygons in the plane: the box [−B, B]², clipping by closed
 * half-planes {x : nᵀx + c ≥ 0} (through the origin when c = 0; a model
 * with a bias needs c ≠ 0) by Sutherland–Hodgman, one half-plane at a
 * time, and the shoelace area. Every vertex is an element of the ordered
 * field F (Q or Q(√n)); nothing is rounded. Floats appear only later, when a
 * figure is drawn.
 *
 * Source: Sutherland & Hodgman, "Reentrant polygon clipping", CACM 17(1),
 * 1974; the shoelace formula for the area of a simple polygon.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { assertRectangular } from '../linalg/matrix.ts';

/** A point (x, y) of the plane F². */
export type Point<T> = readonly [T, T];

/**
 * A convex polygon as its vertices in counter-clockwise order, no two
 * consecutive vertices equal (the last one is joined to the first).
 */
export type Polygon<T> = Point<T>[];

/**
 * The box [−B, B]² over F as a counter-clockwise polygon:
 * (−B,−B), (B,−B), (B,B), (−B,B).
 * Throws `RangeError` naming B unless B > 0.
 */
export function boxPolygon<T>(F: OrderedField<T>, B: T): Polygon<T> {
  if (F.sign(B) <= 0) throw new RangeError(`boxPolygon: the half-width B must be positive, got ${F.format(B)}`);
  const m = F.neg(B);
  return [
    [m, m],
    [B, m],
    [B, B],
    [m, B],
  ];
}

/** nᵀp + c for a normal n = (n0, n1), an offset c and a point p, in F. */
function side<T>(F: OrderedField<T>, n: readonly T[], p: Point<T>, c: T): T {
  return F.add(F.add(F.mul(n[0], p[0]), F.mul(n[1], p[1])), c);
}

/** Exact equality of two points over F. */
export function samePoint<T>(F: OrderedField<T>, p: Point<T>, q: Point<T>): boolean {
  return F.equals(p[0], q[0]) && F.equals(p[1], q[1]);
}

/** `poly` without consecutive repeats (cyclically). */
function dropRepeats<T>(F: OrderedField<T>, poly: Polygon<T>): Polygon<T> {
  const out: Polygon<T> = [];
  for (const p of poly) if (out.length === 0 || !samePoint(F, out[out.length - 1], p)) out.push(p);
  while (out.length > 1 && samePoint(F, out[0], out[out.length - 1])) out.pop();
  return out;
}

/**
 * The part of the convex polygon `poly` (counter-clockwise) in the closed
 * half-plane {x : nᵀx + c ≥ 0} (c = 0 by default: through the origin),
 * exactly over F (one Sutherland–Hodgman pass). Crossing points
 * p + t(q − p), t = s_p / (s_p − s_q) with s = nᵀ· + c, are computed in F.
 * The result is convex and counter-clockwise; it can be degenerate (fewer
 * than three vertices, or all on the line nᵀx + c = 0) when the half-plane
 * only touches `poly`. Throws `RangeError` unless n has two entries, not
 * both zero.
 */
export function clipToHalfPlane<T>(F: OrderedField<T>, poly: Polygon<T>, n: readonly T[], c: T = F.zero): Polygon<T> {
  if (n.length !== 2) throw new RangeError(`clipToHalfPlane: the normal must have 2 entries, got ${n.length}`);
  if (F.isZero(n[0]) && F.isZero(n[1])) throw new RangeError('clipToHalfPlane: the normal is the zero vector (no half-plane)');
  const out: Polygon<T> = [];
  const m = poly.length;
  for (let t = 0; t < m; t++) {
    const p = poly[t];
    const q = poly[(t + 1) % m];
    const sp = side(F, n, p, c);
    const sq = side(F, n, q, c);
    if (F.sign(sp) >= 0) out.push(p);
    if (F.sign(sp) * F.sign(sq) < 0) {
      const s = F.div(sp, F.sub(sp, sq));
      out.push([F.add(p[0], F.mul(s, F.sub(q[0], p[0]))), F.add(p[1], F.mul(s, F.sub(q[1], p[1])))]);
    }
  }
  return dropRepeats(F, out);
}

/**
 * The convex polygon {x ∈ F² : n_rᵀx + c_r ≥ 0 for every row n_r of
 * `normals`} clipped to the box [−B, B]², exactly over F: the box clipped by
 * each closed half-plane in turn. `offsets` (c_r, default all 0: a
 * polygonal cone) has one entry per row. `normals` is m × 2 (m may be 0:
 * the whole box); a zero row constrains nothing when its offset is ≥ 0 and
 * empties the set when it is < 0. The result may be degenerate (a segment
 * or a point) when the set has empty interior; see `hasInterior`. Throws
 * `RangeError` when `normals` is not m × 2 (naming the row), the offsets do
 * not fit, or B ≤ 0.
 */
export function clipCone<T>(F: OrderedField<T>, normals: Matrix<T>, B: T, offsets?: readonly T[]): Polygon<T> {
  if (normals.length > 0) assertRectangular(normals, 'clipCone: normals', undefined, 2);
  if (offsets !== undefined && offsets.length !== normals.length) throw new RangeError(`clipCone: ${normals.length} normals but ${offsets.length} offsets`);
  let poly = boxPolygon(F, B);
  for (const [r, n] of normals.entries()) {
    const c = offsets?.[r] ?? F.zero;
    if (F.isZero(n[0]) && F.isZero(n[1])) {
      if (F.sign(c) < 0) return [];
      continue;
    }
    poly = clipToHalfPlane(F, poly, n, c);
    if (poly.length === 0) break;
  }
  return poly;
}

/**
 * Twice the signed area of a polygon (shoelace formula), exactly over F:
 * Σ_t (x_t·y_{t+1} − x_{t+1}·y_t). Positive for a counter-clockwise polygon
 * with interior, zero for a degenerate one (fewer than three vertices, or
 * all collinear).
 */
export function twiceSignedArea<T>(F: OrderedField<T>, poly: Polygon<T>): T {
  let s = F.zero;
  for (let t = 0; t < poly.length; t++) {
    const p = poly[t];
    const q = poly[(t + 1) % poly.length];
    s = F.add(s, F.sub(F.mul(p[0], q[1]), F.mul(q[0], p[1])));
  }
  return s;
}

/** The area of a counter-clockwise polygon, exactly over F (half the shoelace sum). */
export function polygonArea<T>(F: OrderedField<T>, poly: Polygon<T>): T {
  return F.div(twiceSignedArea(F, poly), F.fromRational(2));
}

/** True when the polygon has interior, i.e. its exact area is positive (not a point, a segment or empty). */
export function hasInterior<T>(F: OrderedField<T>, poly: Polygon<T>): boolean {
  return poly.length >= 3 && F.sign(twiceSignedArea(F, poly)) > 0;
}

/** The vertices as floats, for drawing only (NOT exact: `F.toNumber`). */
export function polygonToNumbers<T>(F: OrderedField<T>, poly: Polygon<T>): [number, number][] {
  return poly.map((p) => [F.toNumber(p[0]), F.toNumber(p[1])]);
}
