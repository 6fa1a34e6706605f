/**
 * Counters of the certified LP engine (`decideStrictSystem`), process-wide.
 *
 * - `decisions`: every call of `decideStrictSystem` that returned a decision;
 * - `glpk`: decisions whose certificate was recovered from glpk's floating
 *   point solution (rounded primal witness, or an exact solve on the support
 *   of its dual multipliers) and then checked exactly;
 * - `fallbacks`: decisions the exact simplex (`lp/exact-simplex.ts`) had to
 *   make, because glpk's answer could not be certified or glpk was skipped.
 * Trivial systems (no rows in A, a zero row in A) are decided exactly without
 * any LP and count only in `decisions`, so decisions ≥ glpk + fallbacks.
 */
const counters = { decisions: 0, glpk: 0, fallbacks: 0 };

/**
 * A snapshot of the engine counters (see module docs).
 *
 * @example
 * ```ts
 * resetEngineStats();
 * decideStrictSystem(Q, [[Q.one]]);
 * engineStats().decisions
 * // => 1
 * ```
 */
export function engineStats(): { decisions: number; glpk: number; fallbacks: number } {
  return { ...counters };
}

/**
 * Sets every engine counter back to zero.
 *
 * @example
 * ```ts
 * decideStrictSystem(Q, [[Q.one]]);
 * resetEngineStats();
 * engineStats()
 * // => { decisions: 0, glpk: 0, fallbacks: 0 }
 * ```
 */
export function resetEngineStats(): void {
  counters.decisions = 0;
  counters.glpk = 0;
  counters.fallbacks = 0;
}

/**
 * Internal: records one decision made by `method` ('trivial' counts only as a decision).
 *
 * @example
 * ```ts
 * resetEngineStats();
 * recordDecision('fallback');
 * recordDecision('trivial');
 * engineStats()
 * // => { decisions: 2, glpk: 0, fallbacks: 1 }
 * ```
 */
export function recordDecision(method: 'glpk' | 'fallback' | 'trivial'): void {
  counters.decisions++;
  if (method === 'glpk') counters.glpk++;
  else if (method === 'fallback') counters.fallbacks++;
}
