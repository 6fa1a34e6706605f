/**
 * Private helper of the pattern enumerations: Gordan certificates kept for
 * reuse. A certificate found for one sign vector s over some normals n_i —
 * y ≥ 0, y ≠ 0 with Σ_u y_u s_{i_u} n_{i_u} = 0, checked exactly when it was
 * found — only involves the rows of its support {i_u}, so the very same y
 * refutes every sign vector that agrees with s on that support (Gordan's
 * alternative; notes §5). Such a support with its signs is a signed circuit
 * of the normals conforming to the refuted vectors (Björner et al.,
 * Oriented Matroids, §3.7).
 */
import type { Sign } from '../../queries/sign-vector.ts';

/** One stored refutation: support indices and the signs the refuted vectors carry there. */
interface Refutation {
  readonly idx: readonly number[];
  readonly sgn: readonly Sign[];
}

/** Stored refutations, listed under every index of their support. */
export type Refutations = Refutation[][];

/** An empty store for sign vectors over n indices. */
export function newRefutations(n: number): Refutations {
  return Array.from({ length: n }, () => []);
}

/**
 * Stores the support `idx` and signs `sgn` of an exactly checked Gordan
 * certificate (y_u > 0 exactly on idx) of a sign vector.
 */
export function storeRefutation(store: Refutations, idx: readonly number[], sgn: readonly Sign[]): void {
  const r = { idx, sgn };
  for (const i of idx) store[i].push(r);
}

/**
 * True when a stored certificate refutes the sign vector `signAt` (index ↦
 * sign). Only certificates whose support meets `touched` are tried: the
 * caller passes the indices where the vector differs from a known feasible
 * one, and every certificate refuting it must use one of them.
 */
export function isRefuted(store: Refutations, touched: readonly number[], signAt: (i: number) => Sign): boolean {
  for (const h of touched) {
    for (const r of store[h]) {
      let all = true;
      for (let u = 0; u < r.idx.length; u++) if (signAt(r.idx[u]) !== r.sgn[u]) { all = false; break; }
      if (all) return true;
    }
  }
  return false;
}
