import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { loadExamples } from '../../../src/examples/examples.ts';
import { argmaxableLabels } from '../../../lp/queries/argmax.ts';
import { tieForTopPairs } from '../../../lp/queries/tie-for-top.ts';
import { rankingRows } from '../../../lp/queries/ranking.ts';
import { polygonArea, type Polygon } from '../../../src/report/polygon-clip.ts';
import { argmaxRegions, rankingRegions, tieSegment } from '../../../src/report/regions-2d.ts';
import { affineBoxHalfWidth, tilesBox } from '../../../src/report/exact-panels.ts';
import { decideQuestion } from '../../../lp/queries/question.ts';
import { argmaxQuestion } from '../../../lp/queries/argmax.ts';
import { tieForTopQuestion } from '../../../lp/queries/tie-for-top.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { fcParams } from '../../../properties/settings.ts';

const ex = loadExamples();

/** Every vertex of `poly` satisfies every row n of `normals` (nᵀx ≥ 0) exactly, and lies in [−B, B]². */
function inCone<T>(F: OrderedField<T>, normals: Matrix<T>, poly: Polygon<T>, B: T): boolean {
  return poly.every(
    (p) =>
      p.every((c) => F.compare(c, B) <= 0 && F.compare(c, F.neg(B)) >= 0) &&
      normals.every((n) => F.sign(F.add(F.mul(n[0], p[0]), F.mul(n[1], p[1]))) >= 0),
  );
}

/** The exact checks of the argmax regions of W: cone inequalities, tiling, region ⟺ argmaxable (LP). */
function checkArgmaxRegions<T>(F: OrderedField<T>, W: Matrix<T>, B: T): (Polygon<T> | null)[] {
  const regions = argmaxRegions(F, W, B);
  expect(regions.map((r) => r.label)).toEqual(W.map((_, i) => i));
  for (const r of regions) {
    if (r.polygon === null) continue;
    const normals = W.filter((_, j) => j !== r.label).map((wj) => W[r.label].map((v, c) => F.sub(v, wj[c])));
    expect(inCone(F, normals, r.polygon, B), `label ${r.label}`).toBe(true);
    expect(F.sign(polygonArea(F, r.polygon))).toBe(1);
  }
  expect(tilesBox(F, regions.flatMap((r) => (r.polygon ? [r.polygon] : [])), B)).toBe(true);
  expect(regions.map((r) => r.polygon !== null)).toEqual(argmaxableLabels(F, W));
  return regions.map((r) => r.polygon);
}

describe('argmaxRegions of the paper examples (exact)', () => {
  it('C.1, C.2 over Q: vertices satisfy the cone inequalities, regions tile the box exactly, every label has a region', () => {
    for (const W of [ex['C.1'].W, ex['C.2'].W]) {
      const polys = checkArgmaxRegions(Q, W, rat(2));
      expect(polys.every((p) => p !== null)).toBe(true);
    }
  });

  it('C.3 over Q(√39): the same, with irrational vertices', () => {
    const K = ex['C.3'].field;
    const polys = checkArgmaxRegions(K, ex['C.3'].W, K.fromRational(3, 2));
    expect(polys.every((p) => p !== null)).toBe(true);
    expect(polys.some((p) => p!.some((v) => v.some((c) => c.b.n !== 0n)))).toBe(true);
  });

  it('H.1 over Q(√2): label 2 has a region in W1 and none in W2 (T5.5), the others have one in both', () => {
    const K = ex['H.1'].field;
    const B = K.fromRational(6);
    const r1 = checkArgmaxRegions(K, ex['H.1'].W1, B);
    const r2 = checkArgmaxRegions(K, ex['H.1'].W2, B);
    expect(r1.map((p) => p !== null)).toEqual([true, true, true, true, true, true, true]);
    expect(r2.map((p) => p !== null)).toEqual([true, true, false, true, true, true, true]);
  });

  it('a label on a hull edge between two others gets no region (its closed cone is a ray)', () => {
    const W = [[rat(1), rat(0)], [rat(0), rat(1)], [rat(-1), rat(0)], [rat(0), rat(-1)], [rat(1, 2), rat(1, 2)]];
    const polys = checkArgmaxRegions(Q, W, rat(1));
    expect(polys.map((p) => p !== null)).toEqual([true, true, true, true, false]);
  });

  it('tilesBox fails when a region is left out or counted twice', () => {
    const polys = argmaxRegions(Q, ex['C.2'].W, rat(2)).map((r) => r.polygon!);
    expect(tilesBox(Q, polys, rat(2))).toBe(true);
    expect(tilesBox(Q, polys.slice(1), rat(2))).toBe(false);
    expect(tilesBox(Q, [...polys, polys[0]], rat(2))).toBe(false);
    expect(tilesBox(Q, polys, rat(3))).toBe(false);
  });

  it('throws a RangeError unless W is k × 2 with k ≥ 1', () => {
    expect(() => argmaxRegions(Q, [[rat(1), rat(2), rat(3)]], rat(1))).toThrow(RangeError);
    expect(() => argmaxRegions(Q, [], rat(1))).toThrow(/no rows/);
    expect(() => argmaxRegions(Q, [[rat(1), rat(2)], [rat(1)]], rat(1))).toThrow(RangeError);
  });

  it('property over Q (with degenerate structure): regions tile the box exactly and a label has a region iff the LP says argmaxable', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 1, max: 6 }, d: 2, distinctRows: true, degenerate: true }), (W) => {
        checkArgmaxRegions(Q, W, rat(2));
      }),
      fcParams(40),
    );
  });

  it('property over Q(√3): the same', () => {
    const K = quadraticField(3);
    fc.assert(
      fc.property(quadraticMatrixArb(K, { k: { min: 2, max: 5 }, d: 2, distinctRows: true }), (W) => {
        checkArgmaxRegions(K, W, K.fromRational(3));
      }),
      fcParams(20),
    );
  });
});

describe('rankingRegions (Def. 5.4)', () => {
  /** Ranking regions: cone inequalities, tiling, and the union for top label i has the area of i's argmax region. */
  function checkRankingRegions<T>(F: OrderedField<T>, W: Matrix<T>, B: T): number {
    const regions = rankingRegions(F, W, B);
    for (const r of regions) expect(inCone(F, rankingRows(F, W, r.ranking), r.polygon, B), r.ranking.join('')).toBe(true);
    expect(tilesBox(F, regions.map((r) => r.polygon), B)).toBe(true);
    const argmax = argmaxRegions(F, W, B);
    for (const a of argmax) {
      const union = regions.filter((r) => r.ranking[0] === a.label).reduce((s, r) => F.add(s, polygonArea(F, r.polygon)), F.zero);
      expect(F.equals(union, a.polygon === null ? F.zero : polygonArea(F, a.polygon)), `top label ${a.label}`).toBe(true);
    }
    return regions.length;
  }

  it('H.2: A and B (non-generic: a collinear triple and parallel differences) have 14 ranking regions each that tile the box', () => {
    // 10 differences, of which the collinear triple makes 3 parallel and a1 − a0 ∥ a4 − a3: 7 lines, 14 sectors.
    expect(checkRankingRegions(Q, ex['H.2'].A, rat(3, 2))).toBe(14);
    expect(checkRankingRegions(Q, ex['H.2'].B, rat(3, 2))).toBe(14);
  });

  it('property over Q (with degenerate structure): ranking regions tile the box and refine the argmax regions exactly', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 5 }, d: 2, distinctRows: true, degenerate: true }), (W) => {
        checkRankingRegions(Q, W, rat(2));
      }),
      fcParams(25),
    );
  });
});

describe('tieSegment (App. C.2, C.3)', () => {
  it('is a segment exactly for the pairs the LP certifies can tie, on the line (w_i − w_j)ᵀx = 0', () => {
    for (const [F, W, B] of [
      [Q, ex['C.2'].W, rat(2)],
      [ex['C.3'].field, ex['C.3'].W, ex['C.3'].field.fromRational(3, 2)],
    ] as const) {
      const G = F as OrderedField<unknown>;
      const M = W as Matrix<unknown>;
      const ties = tieForTopPairs(G, M).map(([i, j]) => `${i},${j}`);
      for (let i = 0; i < M.length; i++) {
        for (let j = i + 1; j < M.length; j++) {
          const seg = tieSegment(G, M, i, j, B);
          expect(seg !== null, `${i},${j}`).toBe(ties.includes(`${i},${j}`));
          if (seg === null) continue;
          for (const p of seg) {
            const n = M[i].map((v, c) => G.sub(v, M[j][c]));
            expect(G.isZero(G.add(G.mul(n[0], p[0]), G.mul(n[1], p[1])))).toBe(true);
          }
        }
      }
    }
  });

  it('C.2: labels 2, 4 cannot tie (only the origin), labels 1, 2 tie on the ray to (−14/23, 2)', () => {
    const W = ex['C.2'].W;
    expect(tieSegment(Q, W, 2, 4, rat(2))).toBeNull();
    const seg = tieSegment(Q, W, 1, 2, rat(2))!;
    expect(seg.map((p) => p.map((x) => Q.format(x)).join(', '))).toEqual(['0, 0', '-14/23, 2']);
  });

  it('throws a RangeError for i = j, a bad label, or equal rows', () => {
    const W = ex['C.2'].W;
    expect(() => tieSegment(Q, W, 1, 1, rat(1))).toThrow(/must differ/);
    expect(() => tieSegment(Q, W, 0, 5, rat(1))).toThrow(/j = 5 is not in 0 … 4/);
    expect(() => tieSegment(Q, [[rat(1), rat(1)], [rat(1), rat(1)], [rat(0), rat(1)]], 0, 1, rat(1))).toThrow(/equal/);
  });
});

describe('argmaxRegions and tieSegment with a bias (affine regions)', () => {
  it('on random rational models with a bias: every vertex satisfies the affine inequalities, the regions tile the box, and a label has a region iff the certified LP finds it argmaxable (box from affineBoxHalfWidth)', () => {
    fc.assert(
      fc.property(
        rationalMatrixArb({ k: { min: 2, max: 5 }, d: 2, distinctRows: true }),
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 5, maxLength: 5 }),
        (W, b) => {
          const bias = W.map((_, i) => rat(b[i], 2));
          const B = affineBoxHalfWidth(Q, W, bias);
          const regions = argmaxRegions(Q, W, B, bias);
          for (const r of regions) {
            if (r.polygon === null) continue;
            for (const p of r.polygon) {
              W.forEach((w, j) => {
                if (j === r.label) return;
                const s = Q.add(Q.add(Q.mul(Q.sub(W[r.label][0], w[0]), p[0]), Q.mul(Q.sub(W[r.label][1], w[1]), p[1])), Q.sub(bias[r.label], bias[j]));
                expect(Q.sign(s)).toBeGreaterThanOrEqual(0);
              });
            }
          }
          expect(tilesBox(Q, regions.flatMap((r) => (r.polygon ? [r.polygon] : [])), B)).toBe(true);
          const model = { F: Q, W, bias };
          expect(regions.map((r) => r.polygon !== null)).toEqual(W.map((_, i) => decideQuestion(model, argmaxQuestion, i).decision.feasible));
          for (let i = 0; i < W.length; i++) for (let j = i + 1; j < W.length; j++) {
            const canTie = decideQuestion(model, tieForTopQuestion, [i, j]).decision.feasible;
            expect(tieSegment(Q, W, i, j, B, bias) !== null, `tie ${i},${j}`).toBe(canTie);
          }
        },
      ),
      fcParams(40),
    );
  });

  it('a bias moves the regions off the origin: W = e1, −e1 with b = (0, 2) has label 1 on x₁ < 1', () => {
    const W = [[rat(1), rat(0)], [rat(-1), rat(0)]];
    const bias = [rat(0), rat(2)];
    const [r0, r1] = argmaxRegions(Q, W, rat(3), bias);
    expect(r1.polygon!.map((p) => p.map((v) => Q.format(v)))).toContainEqual(['1', '3']);
    expect(r0.polygon!.every((p) => Q.compare(p[0], rat(1)) >= 0)).toBe(true);
    expect(tieSegment(Q, W, 0, 1, rat(3), bias)!.map((p) => p.map((v) => Q.format(v)))).toEqual([['1', '-3'], ['1', '3']]);
    expect(() => argmaxRegions(Q, W, rat(3), [rat(0)])).toThrow(/bias has 1 entries/);
  });
});
