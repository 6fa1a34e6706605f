/**
 * Faulty float solvers for the fault-injection tests (issue 13, item 1): each wraps or
 * replaces a real one (`solveMaxMarginLP`, `wolfeNearestPoint`) and lies in one way a float
 * solver can — a wrong witness, a wrong dual, a failure status, NaN or infinite values, a
 * throw (as on a time limit), an answer of the wrong shape. The engine must answer exactly as
 * without them, with a certificate that checks.
 */
import { solveMaxMarginLP } from '../../lp/engine/max-margin-lp.ts';
import { wolfeNearestPoint } from '../../lp/engine/nearest-point.ts';
import type { MaxMarginSolver, NearestPointSolver } from '../../lp/engine/float-solvers.ts';

const OPTIMAL = 5;

/** Max-margin solvers that lie, by name. */
export const MAX_MARGIN_FAULTS: Record<string, MaxMarginSolver> = {
  'a wrong witness (x = 1, margin 1/2, no dual)': (A, _B, d) => ({ optimal: true, status: OPTIMAL, margin: 0.5, x: new Array<number>(d).fill(1), y: A.map(() => 0) }),
  'the witness negated, margin claimed 1/2': (A, B, d) => {
    const r = solveMaxMarginLP(A, B, d);
    return { ...r, optimal: true, margin: 0.5, x: r.x.map((v) => -v) };
  },
  'a wrong dual (uniform weights, margin 0)': (A, _B, d) => ({ optimal: true, status: OPTIMAL, margin: 0, x: new Array<number>(d).fill(0), y: A.map(() => 1 / A.length) }),
  'the dual reversed (a wrong support)': (A, B, d) => {
    const r = solveMaxMarginLP(A, B, d);
    return { ...r, margin: 0, y: [...r.y].reverse() };
  },
  'a failure status with a plausible answer': (A, B, d) => ({ ...solveMaxMarginLP(A, B, d), optimal: false, status: 1 }),
  'NaN everywhere': (A, _B, d) => ({ optimal: true, status: OPTIMAL, margin: NaN, x: new Array<number>(d).fill(NaN), y: A.map(() => NaN) }),
  'infinite margin and witness': (A, _B, d) => ({ optimal: true, status: OPTIMAL, margin: Infinity, x: new Array<number>(d).fill(Infinity), y: A.map(() => Infinity) }),
  'a throw (time limit)': () => { throw new Error('glpk: time limit exceeded'); },
  'a witness one entry short and a dual one entry long': (A, B, d) => {
    const r = solveMaxMarginLP(A, B, d);
    return { ...r, margin: 0.5, x: r.x.slice(1), y: [...r.y, 1] };
  },
  'the witness off in the 9th digit': (A, B, d) => {
    const r = solveMaxMarginLP(A, B, d);
    return { ...r, x: r.x.map((v, j) => v * (1 + (j % 2 === 0 ? 1e-9 : -1e-9))) };
  },
};

/** Nearest-point solvers that lie, by name. */
export const NEAREST_POINT_FAULTS: Record<string, NearestPointSolver> = {
  'the point negated': (P) => {
    const r = wolfeNearestPoint(P);
    return r && { ...r, x: r.x.map((v) => -v) };
  },
  'the first row as the point, support of row 0 only': (P) => ({ x: [...P[0]], support: [0] }),
  'support out of range': (P) => ({ x: [...P[0]], support: [P.length, -1] }),
  'NaN point': (P) => ({ x: P[0].map(() => NaN), support: P.map((_, i) => i) }),
  'a throw': () => { throw new Error('nearest point: no convergence'); },
  'gives up (null)': () => null,
  'a point one entry too long': (P) => ({ x: [...P[0], 1], support: [0] }),
};
