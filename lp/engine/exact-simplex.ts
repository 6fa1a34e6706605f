import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import type { Certificate } from './certificate.ts';
import { systemColumns } from './certificate.ts';

/** Result of `simplexStandardForm` for min cᵀx s.t. A x = b, x ≥ 0 (all exact over F). */
export type SimplexResult<T> =
  /** x optimal; y dual optimal: Aᵀy ≤ c, bᵀy = cᵀx = value. */
  | { readonly status: 'optimal'; readonly x: T[]; readonly y: T[]; readonly value: T; readonly pivots: number }
  /** No x ≥ 0 with A x = b; Farkas certificate f: Aᵀf ≤ 0 and bᵀf > 0. */
  | { readonly status: 'infeasible'; readonly farkas: T[]; readonly pivots: number }
  /** x feasible and a ray r ≥ 0 with A r = 0, cᵀr < 0: the objective is unbounded below. */
  | { readonly status: 'unbounded'; readonly x: T[]; readonly ray: T[]; readonly pivots: number };

/** Column i of the m × m identity over F: the artificial variable of row i. */
const basisColumn = <T>(F: OrderedField<T>, m: number, i: number): T[] =>
  Array.from({ length: m }, (_, k) => (k === i ? F.one : F.zero));

/**
 * Exact dense two-phase primal simplex over any ordered field F, with
 * Bland's rule (smallest index enters, ties in the ratio test broken by the
 * smallest basic index), so it terminates on degenerate problems.
 *
 * Solves min cᵀx subject to A x = b, x ≥ 0 with A m × n, b of length m, c of
 * length n. Phase I starts from artificial variables (rows with b_i < 0 are
 * negated first); its dual gives the Farkas certificate when infeasible.
 * Artificial variables left basic at level zero (redundant rows) stay in
 * the basis but never re-enter. The duals y = c_Bᵀ B⁻¹ are read from the
 * artificial columns of the final tableau.
 * Throws `RangeError` on mismatched shapes (naming them).
 * Source: Dantzig's simplex method; Bland (1977), "New finite pivoting rules".
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * // min x0 + 2 x1 subject to x0 + x1 = 1, x ≥ 0: x = (1, 0), value 1
 * const r = simplexStandardForm(Q, M([[1, 1]]), M([[1]])[0], M([[1, 2]])[0]);
 * r.status === 'optimal' && [r.x.map((v) => Q.format(v)), Q.format(r.value)]
 * // => [['1', '0'], '1']
 * simplexStandardForm(Q, M([[1, 1]]), M([[-1]])[0], M([[1, 1]])[0]).status
 * // => 'infeasible'
 * ```
 */
export function simplexStandardForm<T>(F: OrderedField<T>, A: Matrix<T>, b: readonly T[], c: readonly T[]): SimplexResult<T> {
  assertRectangular(A, 'simplex: A');
  const [m, n0] = shape(A);
  const n = m === 0 ? c.length : n0;
  if (b.length !== m) throw new RangeError(`simplex: A is ${m} × ${n} but b has ${b.length} entries`);
  if (c.length !== n) throw new RangeError(`simplex: A is ${m} × ${n} but c has ${c.length} entries`);
  const width = n + m + 1; // original columns, artificials, right-hand side
  const rhs = n + m;
  const flip = b.map((v) => F.sign(v) === -1);
  const T: T[][] = A.map((row, i) => [
    ...row.map((v) => (flip[i] ? F.neg(v) : v)),
    ...basisColumn(F, m, i),
    flip[i] ? F.neg(b[i]) : b[i],
  ]);
  const basis = Array.from({ length: m }, (_, i) => n + i);
  let pivots = 0;

  // Reduced-cost row for costs `cost` (length n + m): r_j = cost_j − Σ_i cost_{B_i} T[i][j]; r[rhs] = −objective.
  const reducedCosts = (cost: readonly T[]): T[] =>
    Array.from({ length: width }, (_, j) => {
      let s = j < n + m ? cost[j] : F.zero;
      for (let i = 0; i < m; i++) s = F.sub(s, F.mul(cost[basis[i]], T[i][j]));
      return s;
    });
  // s − f·x; the product is skipped when a factor is 0 (most tableau entries are)
  // equivalent mutants (ConditionalExpression): `false` drops the shortcut; F.sub(s, F.mul(f, x)) is s when f or x is 0 (`true` is killed)
  // Stryker disable next-line LogicalOperator: a shortcut, F.sub(s, F.mul(f, x)) is s when f or x is 0
  const subProduct = (s: T, f: T, x: T): T => (F.isZero(f) || F.isZero(x) ? s : F.sub(s, F.mul(f, x)));
  const pivot = (row: number, col: number, r: T[]) => {
    const inv = F.div(F.one, T[row][col]);
    const pr = T[row].map((v) => F.mul(v, inv));
    T[row] = pr;
    for (let i = 0; i < m; i++) {
      if (i === row) continue;
      const f = T[i][col];
      const ti = T[i];
      for (let j = 0; j < width; j++) ti[j] = subProduct(ti[j], f, pr[j]);
    }
    const f = r[col];
    for (let j = 0; j < width; j++) r[j] = subProduct(r[j], f, pr[j]);
    basis[row] = col;
    pivots++;
  };
  // Runs Bland's rule on reduced-cost row r with entering columns < `enterLimit`.
  // Returns -1 when optimal, else the entering column with no positive entry (unbounded).
  const run = (r: T[], enterLimit: number): number => {
    for (;;) {
      let enter = -1;
      for (let j = 0; j < enterLimit; j++) if (F.sign(r[j]) < 0) { enter = j; break; }
      if (enter < 0) return -1;
      let leave = -1;
      let best: T | undefined;
      for (let i = 0; i < m; i++) {
        if (F.sign(T[i][enter]) <= 0) continue;
        const ratio = F.div(T[i][rhs], T[i][enter]);
        const cmp = best === undefined ? -1 : F.compare(ratio, best);
        // equivalent mutants (EqualityOperator): `<=` for `<` between basis[i] and basis[leave], never equal (the basic variables of two rows differ)
        if (cmp < 0 || (cmp === 0 && basis[i] < basis[leave])) { leave = i; best = ratio; }
      }
      if (leave < 0) return enter;
      pivot(leave, enter, r);
    }
  };
  const duals = (cost: readonly T[]): T[] =>
    Array.from({ length: m }, (_, k) => {
      let s = F.zero;
      for (let i = 0; i < m; i++) s = F.add(s, F.mul(cost[basis[i]], T[i][n + k]));
      return flip[k] ? F.neg(s) : s;
    });

  // Phase I: minimise the sum of the artificials.
  const cost1 = Array.from({ length: n + m }, (_, j) => (j < n ? F.zero : F.one));
  const r1 = reducedCosts(cost1);
  run(r1, n + m);
  if (F.sign(r1[rhs]) !== 0) {
    // −r1[rhs] = phase-I optimum > 0: infeasible; the phase-I duals are the Farkas certificate.
    return { status: 'infeasible', farkas: duals(cost1), pivots };
  }
  // Drive artificials out of the basis where possible (they are at level 0).
  for (let i = 0; i < m; i++) {
    if (basis[i] < n) continue;
    let col = -1;
    for (let j = 0; j < n; j++) if (!F.isZero(T[i][j])) { col = j; break; }
    if (col >= 0) pivot(i, col, r1);
  }
  // Phase II on the original costs; artificials cost 0 and never enter.
  const cost2 = Array.from({ length: n + m }, (_, j) => (j < n ? c[j] : F.zero));
  const r2 = reducedCosts(cost2);
  const unboundedCol = run(r2, n);
  const x: T[] = Array.from({ length: n }, () => F.zero);
  basis.forEach((bv, i) => { if (bv < n) x[bv] = T[i][rhs]; });
  if (unboundedCol >= 0) {
    const ray: T[] = Array.from({ length: n }, () => F.zero);
    ray[unboundedCol] = F.one;
    basis.forEach((bv, i) => { if (bv < n) ray[bv] = F.neg(T[i][unboundedCol]); });
    return { status: 'unbounded', x, ray, pivots };
  }
  return { status: 'optimal', x, y: duals(cost2), value: F.neg(r2[rhs]), pivots };
}

/**
 * Decides the strict homogeneous system {A x > 0, B x = 0} exactly with the
 * simplex (the engine's exact fallback). A is m × d, B p × d (optional).
 *
 * It solves the Motzkin side as a feasibility LP with only d + 1 rows:
 *   [Aᵀ  Bᵀ  −Bᵀ; 1ᵀ 0 0] (y, z⁺, z⁻) = (0, 1),  y, z⁺, z⁻ ≥ 0.
 * Feasible: y ≥ 0, Σ y = 1 and z = z⁺ − z⁻ give Aᵀy + Bᵀz = 0 (Gordan's
 * certificate without B, Motzkin's with B). Infeasible: the Farkas vector
 * (f, f_t) has a_i·f + f_t ≤ 0 for every row of A, B f = 0 and f_t > 0, so
 * x = −f is a witness with A x ≥ f_t·1 > 0 and B x = 0.
 * The certificate is not checked here (`decideStrictSystem` checks it).
 * With no rows in A the witness is x = 0. Throws `RangeError` on mismatched shapes.
 * Source: Gordan (1873), Motzkin (1936); Farkas' lemma.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * decideStrictSystemExact(Q, M([[1, 0], [-1, 1]])).kind
 * // => 'witness'
 * const c = decideStrictSystemExact(Q, M([[1, 0], [-1, 0]]));
 * c.kind === 'infeasible' && c.y.map((v) => Q.format(v))
 * // => ['1/2', '1/2']
 * ```
 */
export function decideStrictSystemExact<T>(F: OrderedField<T>, A: Matrix<T>, B?: Matrix<T>): Certificate<T> {
  const d = systemColumns(A, B) ?? 0;
  const m = A.length;
  const Bm: Matrix<T> = B ?? [];
  const p = Bm.length;
  if (m === 0) return { kind: 'witness', x: Array.from({ length: d }, () => F.zero) };
  const M: T[][] = [];
  for (let j = 0; j < d; j++) {
    const row: T[] = [];
    for (let i = 0; i < m; i++) row.push(A[i][j]);
    for (let l = 0; l < p; l++) row.push(Bm[l][j]);
    for (let l = 0; l < p; l++) row.push(F.neg(Bm[l][j]));
    M.push(row);
  }
  M.push(Array.from({ length: m + 2 * p }, (_, t) => (t < m ? F.one : F.zero)));
  const rhs = Array.from({ length: d + 1 }, (_, j) => (j === d ? F.one : F.zero));
  const cost = Array.from({ length: m + 2 * p }, () => F.zero);
  const res = simplexStandardForm(F, M, rhs, cost);
  if (res.status === 'optimal') {
    return { kind: 'infeasible', y: res.x.slice(0, m), z: Array.from({ length: p }, (_, l) => F.sub(res.x[m + l], res.x[m + p + l])) };
  }
  // equivalent mutants (ConditionalExpression): `true`; with a zero objective the status is never 'unbounded', so it is 'infeasible' here (`false` is killed)
  if (res.status === 'infeasible') return { kind: 'witness', x: res.farkas.slice(0, d).map((v) => F.neg(v)) };
  // Stryker disable next-line StringLiteral: not reachable (see above)
  throw new Error('decideStrictSystemExact: a zero objective cannot be unbounded (internal error)');
}
