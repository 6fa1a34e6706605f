/**
 * The breadth-first region search shared by the sign-pattern and the
 * ranking-pattern enumerations (`lp/sign-patterns.ts`, `lp/ranking-patterns.ts`).
 *
 * Regions are states S (a sign vector over hyperplane classes, a ranking);
 * from each region found, every candidate neighbour not yet known is decided
 * once: skipped without an LP when a Gordan certificate stored earlier
 * refutes it, else by one certified decision (`decide`) whose witness makes
 * it a region and whose Gordan certificate is stored for later refutations
 * (`patterns-refutations.ts`). The region graph of an arrangement is
 * connected, so the search reaches every region (Edelsbrunner, Algorithms in
 * Combinatorial Geometry, §7; Ferrez, Fukuda & Liebling 2005).
 */
import type { Certificate } from '../../engine/certificate.ts';
import type { Sign } from '../../queries/sign-vector.ts';
import { newRefutations, storeRefutation, type Refutations } from './refutations.ts';

/** How one kind of region is searched. T is the field's element type. */
export interface RegionSearchSpec<T, S> {
  /** A first region and an exact witness x of it. */
  readonly start: S;
  readonly startWitness: T[];
  /** A key identifying the state (equal states, equal keys). */
  key(state: S): string;
  /** The candidate neighbours of a region found. */
  neighbours(state: S): Iterable<S>;
  /** Number of coordinates (hyperplane classes or label pairs) the stored refutations range over. */
  readonly coordinates: number;
  /** True when a refutation in `store` rules `state` out (no LP needed). */
  refuted(store: Refutations, state: S): boolean;
  /** A certified decision of the state's strict system: a witness, or a Gordan certificate y. */
  decide(state: S): Certificate<T>;
  /** The coordinates and signs that the Gordan certificate y of `state` refutes. */
  refutation(state: S, y: readonly T[]): { support: number[]; signs: Sign[] };
}

/** The regions found (in discovery order, each with its witness), the LPs solved, and whether the search ran to the end. */
export interface RegionSearchResult<T, S> {
  readonly regions: { state: S; x: T[] }[];
  readonly lps: number;
  readonly complete: boolean;
}

/**
 * Runs the search of `spec`; stops once `limit` regions are found
 * (`complete: false`), calling `onProgress(found)` after each new region.
 */
export function regionSearch<T, S>(
  spec: RegionSearchSpec<T, S>,
  limit: number,
  onProgress?: (found: number) => void,
): RegionSearchResult<T, S> {
  const found = new Map<string, { state: S; x: T[] }>();
  const infeasible = new Set<string>();
  const queue: string[] = [];
  const add = (state: S, key: string, x: T[]): void => {
    found.set(key, { state, x });
    queue.push(key);
    onProgress?.(found.size);
  };
  add(spec.start, spec.key(spec.start), spec.startWitness);
  const store = newRefutations(spec.coordinates);
  let lps = 0;
  let complete = true;
  search: for (let q = 0; q < queue.length; q++) {
    for (const next of spec.neighbours(found.get(queue[q])!.state)) {
      const key = spec.key(next);
      if (found.has(key) || infeasible.has(key)) continue;
      if (found.size >= limit) { complete = false; break search; }
      if (spec.refuted(store, next)) { infeasible.add(key); continue; }
      lps++;
      const cert = spec.decide(next);
      if (cert.kind === 'witness') { add(next, key, cert.x); continue; }
      infeasible.add(key);
      const { support, signs } = spec.refutation(next, cert.y);
      storeRefutation(store, support, signs);
    }
  }
  return { regions: [...found.values()], lps, complete };
}

