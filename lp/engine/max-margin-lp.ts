import { glpk } from './glpk.ts';

/** glpk's answer to the max-margin LP (floating point, NOT exact). */
export interface MaxMarginResult {
  /** True when glpk reports an optimal basic solution (status GLP_OPT). */
  readonly optimal: boolean;
  /** glpk's status code (5 = optimal), or `NON_FINITE_INPUT` when glpk was not called. */
  readonly status: number;
  /** Optimal t: the smallest row margin of the row-normalised system (≤ 1). */
  readonly margin: number;
  /** Primal x (d entries, in [−1, 1]). */
  readonly x: number[];
  /**
   * Dual multipliers of the rows of A, sign-corrected so that an infeasible
   * system gives y ≥ 0 with Σ y = 1 and Σ y_i â_i ≈ 0 for the
   * row-normalised rows â_i = a_i / max_j |a_ij| (one entry per row of A).
   */
  readonly y: number[];
}

const OPTIONS = { msglev: glpk.GLP_MSG_OFF, presol: false };

/** `status` of a `MaxMarginResult` whose input had a NaN or ±Infinity entry (glpk was not called). */
export const NON_FINITE_INPUT = -1;

/**
 * Solves, in floating point with glpk (NOT exact), the max-margin LP of the
 * strict system {A x > 0, B x = 0} (A m × d, B p × d, float approximations):
 *
 *   maximise t  subject to  â_i·x − t ≥ 0 (i < m),  b̂_l·x = 0 (l < p),
 *                           −1 ≤ x_j ≤ 1,  t ≤ 1,
 *
 * with each row scaled by its largest absolute entry (â, b̂; a positive
 * scaling, so the system is unchanged). The LP is always feasible (x = 0,
 * t = 0) and bounded; the strict system is solvable iff the optimum t > 0.
 * By LP duality an optimum t = 0 comes with y ≥ 0, Σ y = 1, Âᵀy + B̂ᵀz = 0:
 * the Motzkin certificate that `lp/strict-system.ts` recovers exactly.
 * The presolver is off so that glpk returns a basic (vertex) dual solution.
 * An entry that is not finite (an exact value beyond the float64 range) is
 * never passed to glpk, whose simplex can abort the whole WebAssembly module
 * on NaN: the result is then `optimal: false` with status `NON_FINITE_INPUT`
 * (the caller decides exactly instead).
 *
 * @example
 * ```ts
 * const r = solveMaxMarginLP([[1, 0], [0, 1]], [], 2);
 * [r.optimal, r.margin > 0]
 * // => [true, true]
 * solveMaxMarginLP([[1, 0], [-1, 0]], [], 2).margin
 * // => 0
 * solveMaxMarginLP([[NaN]], [], 1).status === NON_FINITE_INPUT
 * // => true
 * ```
 */
export function solveMaxMarginLP(A: readonly (readonly number[])[], B: readonly (readonly number[])[], d: number): MaxMarginResult {
  if (!A.every((row) => row.every(Number.isFinite)) || !B.every((row) => row.every(Number.isFinite))) {
    return { optimal: false, status: NON_FINITE_INPUT, margin: 0, x: new Array<number>(d).fill(0), y: A.map(() => 0) };
  }
  const cols: string[] = [];
  for (let j = 0; j < d; j++) cols.push(`x${j}`);
  const rowOf = (row: readonly number[], name: string, type: number, withT: boolean) => {
    let s = 0;
    for (const v of row) s = Math.max(s, Math.abs(v));
    const f = s > 0 ? 1 / s : 1;
    const vars: { name: string; coef: number }[] = [];
    for (let j = 0; j < d; j++) if (row[j] !== 0) vars.push({ name: cols[j], coef: row[j] * f });
    if (withT) vars.push({ name: 't', coef: -1 });
    return { name, vars, bnds: { type, lb: 0, ub: 0 } };
  };
  const subjectTo = [
    ...A.map((row, i) => rowOf(row, `a${i}`, glpk.GLP_LO, true)),
    ...B.map((row, l) => rowOf(row, `b${l}`, glpk.GLP_FX, false)),
  ];
  const bounds = cols.map((name) => ({ name, type: glpk.GLP_DB, lb: -1, ub: 1 }));
  bounds.push({ name: 't', type: glpk.GLP_UP, lb: 0, ub: 1 });
  const lp = {
    name: 'max-margin',
    objective: { direction: glpk.GLP_MAX, name: 'margin', vars: [{ name: 't', coef: 1 }] },
    subjectTo,
    bounds,
  };
  const { result } = glpk.solve(lp, OPTIONS);
  const x = cols.map((c) => result.vars[c] ?? 0);
  const dual = result.dual ?? {};
  const y = A.map((_, i) => -(dual[`a${i}`] ?? 0));
  return { optimal: result.status === glpk.GLP_OPT, status: result.status, margin: result.vars.t ?? result.z ?? 0, x, y };
}
