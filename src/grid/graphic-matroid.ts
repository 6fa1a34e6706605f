/**
 * Exact zero minors of D_n W predicted combinatorially: the rows w_i − w_j
 * of the braid matrix times W are the edges {i, j} of the complete graph
 * K_n, and any edge set containing a cycle is linearly dependent (the signed
 * edges around a cycle sum to zero). For generic W in R^d (here: random
 * float draws; checked against the exact minors, not assumed) the
 * dependencies among at most d rows are exactly these, i.e. the rows of
 * D_n W form the graphic matroid of K_n truncated to rank d (Oxley, Matroid
 * Theory, §1.3 and §7.3). Then the non-zero maximal minors of D_n W are the
 * d-edge forests of K_n, and there are n^{n−2} of them for d = n − 1
 * (Cayley's formula).
 */
import { braidPairs } from '../linalg/braid.ts';
import { combinations } from '../linalg/minors.ts';

/**
 * Number of d-edge forests (acyclic edge sets) of K_n, edges in braid-row
 * order, counted by union–find over all C(C(n,2), d) subsets. Throws
 * `RangeError` unless n ≥ 1 and d ≥ 0 are integers.
 */
export function forestCount(n: number, d: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`forest count: n must be a positive integer, got ${n}`);
  if (!Number.isInteger(d) || d < 0) throw new RangeError(`forest count: d must be a non-negative integer, got ${d}`);
  const edges = braidPairs(n);
  let count = 0;
  const parent = new Array<number>(n);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const subset of combinations(edges.length, d)) {
    for (let i = 0; i < n; i++) parent[i] = i;
    let acyclic = true;
    for (const e of subset) {
      const a = find(edges[e][0]);
      const b = find(edges[e][1]);
      if (a === b) { acyclic = false; break; }
      parent[a] = b;
    }
    if (acyclic) count++;
  }
  return count;
}
