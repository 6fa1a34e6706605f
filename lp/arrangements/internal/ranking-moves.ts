/**
 * Private helpers of `lp/ranking-patterns.ts`.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { braidPairs } from '../../../src/linalg/braid.ts';
import type { Sign } from '../../queries/sign-vector.ts';
import { parallelClasses } from './parallel-classes.ts';

/** True when two rows of W are exactly equal (then those labels always tie and R(W) = ∅). */
export function hasEqualRows<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  const seen = new Set<string>();
  for (const row of W) {
    const key = row.map((v) => F.format(v)).join(',');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** For a sign vector over the pairs (i, j) of labels (+ = i above j): how many labels each label is above. */
export function scoresOf(k: number, pairs: readonly (readonly [number, number])[], s: readonly Sign[]): number[] {
  const wins = new Array<number>(k).fill(0);
  pairs.forEach(([i, j], r) => { wins[s[r] === 1 ? i : j]++; });
  return wins;
}

/**
 * The hyperplanes of the ranking arrangement as tie groups: `groups[h]` lists
 * the label sets that tie on hyperplane h (pairs (i, j) whose differences
 * w_i − w_j are parallel to h's normal join i and j; the relation is
 * transitive, so the sets are its classes of size ≥ 2), and `classOf[i][j]`
 * is the hyperplane of the pair {i, j}. `DW` is braidDifferences(F, W) with no
 * zero row (W has distinct rows).
 */
export interface TieGroups {
  readonly groups: number[][][];
  readonly classOf: number[][];
}

/** Builds the `TieGroups` of the k labels from DW (C(k,2) × d, no zero row), exactly. */
export function tieGroups<T>(F: OrderedField<T>, k: number, DW: Matrix<T>): TieGroups {
  const pairs = braidPairs(k);
  const classOf = Array.from({ length: k }, () => new Array<number>(k).fill(-1));
  const groups = parallelClasses(F, DW).classes.map((c, h) => {
    const root = Array.from({ length: k }, (_, i) => i);
    const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
    for (const r of c.members) {
      const [i, j] = pairs[r];
      classOf[i][j] = classOf[j][i] = h;
      root[find(i)] = find(j);
    }
    const byRoot = new Map<number, number[]>();
    for (const r of c.members) for (const l of pairs[r]) {
      const g = byRoot.get(find(l)) ?? [];
      if (!g.includes(l)) g.push(l);
      byRoot.set(find(l), g);
    }
    return [...byRoot.values()];
  });
  return { groups, classOf };
}

/** A neighbouring ranking and the labels whose order it reverses (its tie groups). */
export interface Crossing {
  readonly ranking: number[];
  readonly groups: readonly (readonly number[])[];
}

/**
 * The rankings across the hyperplanes of the adjacent pairs of π: for the
 * hyperplane h of each pair (π_t, π_{t+1}) (each h once), if every tie group
 * of h is a contiguous block of π, the ranking with each such block reversed.
 * At most k − 1 rankings; in general position exactly the k − 1 adjacent
 * transpositions.
 */
export function crossings(ranking: readonly number[], ties: TieGroups): Crossing[] {
  const k = ranking.length;
  const pos = new Array<number>(k);
  ranking.forEach((l, t) => { pos[l] = t; });
  const seen = new Set<number>();
  const out: Crossing[] = [];
  for (let t = 0; t + 1 < k; t++) {
    const h = ties.classOf[ranking[t]][ranking[t + 1]];
    if (seen.has(h)) continue;
    seen.add(h);
    const blocks: [number, number][] = [];
    let contiguous = true;
    for (const g of ties.groups[h]) {
      let lo = k;
      let hi = -1;
      for (const l of g) { lo = Math.min(lo, pos[l]); hi = Math.max(hi, pos[l]); }
      if (hi - lo + 1 !== g.length) { contiguous = false; break; }
      blocks.push([lo, hi]);
    }
    if (!contiguous) continue;
    const next = ranking.slice();
    for (const [lo, hi] of blocks) for (let a = lo, b = hi; a < b; a++, b--) [next[a], next[b]] = [next[b], next[a]];
    out.push({ ranking: next, groups: ties.groups[h] });
  }
  return out;
}
