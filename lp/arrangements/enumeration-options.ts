import type { FloatSolvers } from '../engine/float-solvers.ts';

/** Options of the pattern enumerations (`enumerateSignPatterns`, `enumerateRankingPatterns`, their model forms). */
export interface EnumerationOptions {
  /** Stop once this many patterns are found (`complete: false`); a positive integer. */
  readonly limit?: number;
  /** Called with the number found after each new pattern. */
  readonly onProgress?: (found: number) => void;
  /**
   * The float solvers whose answers the engine certifies (default Wolfe's
   * nearest point and glpk; see `FloatSolvers`): a wrong answer costs time,
   * never correctness. The fault-injection tests pass faulty ones.
   */
  readonly solvers?: FloatSolvers;
}
