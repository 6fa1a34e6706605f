import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { solve } from '../../../src/linalg/echelon.ts';
import { RationalField as Q, denominatorLcm, scaledToInteger, type Rational } from '../../../src/field/rational.ts';
import { primitiveVector } from '../../../src/field/integers.ts';
import type { Quadratic, QuadraticField } from '../../../src/field/quadratic.ts';
import type { Infeasibility } from '../certificate.ts';
import { fieldKind } from '../../../src/field/field-kind.ts';
import { solveIntegerSystem } from '../../../src/linalg/integer-elimination.ts';
import { quadraticSignOf } from '../../../src/field/quadratic.ts';

/**
 * Solves A_Sᵀ y_S + Bᵀ z = 0, Σ y_S = 1 exactly on a support S of rows of A
 * (A m × d, B p × d over F) and returns the Motzkin certificate (y zero off
 * S), or null when that system is inconsistent or its solution (free
 * unknowns 0) has some y_i < 0. The result still has to be checked.
 * Over Q the system is integerised column by column and solved fraction-free
 * (an integer certificate, a positive multiple of the rational one); over
 * Q(√n) it is split into rational and √n parts (a rational system of twice
 * the size, equivalent because 1, √n are independent over Q) and solved the
 * same way; other fields use `solve` from `src/linalg/echelon.ts`.
 */
export function dualOnSupport<T>(F: OrderedField<T>, A: Matrix<T>, B: Matrix<T>, S: readonly number[], d: number): Infeasibility<T> | null {
  const kind = fieldKind(F);
  if (kind === 'Q') return rationalSupport(A as unknown as Matrix<Rational>, B as unknown as Matrix<Rational>, S, d) as unknown as Infeasibility<T> | null;
  // equivalent mutants (ConditionalExpression): Q(√n) sent to the generic exact solve (`solve` over the field) gets a certificate of the same system exactly, only slower; any other field sent to quadraticSupport is killed by the generic-field tests
  if (kind !== 'other') return quadraticSupport(kind, A as unknown as Matrix<Quadratic>, B as unknown as Matrix<Quadratic>, S, d) as unknown as Infeasibility<T> | null;
  const p = B.length;
  const unknowns = S.length + p;
  const M: T[][] = [];
  for (let j = 0; j < d; j++) {
    // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written below
    const row: T[] = new Array(unknowns);
    S.forEach((i, t) => { row[t] = A[i][j]; });
    for (let l = 0; l < p; l++) row[S.length + l] = B[l][j];
    M.push(row);
  }
  M.push(Array.from({ length: unknowns }, (_, t) => (t < S.length ? F.one : F.zero)));
  const u = solve(F, M, Array.from({ length: d + 1 }, (_, j) => (j === d ? F.one : F.zero)));
  if (!u) return null;
  const y = Array.from({ length: A.length }, () => F.zero);
  for (let t = 0; t < S.length; t++) {
    if (F.sign(u[t]) < 0) return null;
    y[S[t]] = u[t];
  }
  return { kind: 'infeasible', y, z: u.slice(S.length) };
}

function rationalSupport(A: Matrix<Rational>, B: Matrix<Rational>, S: readonly number[], d: number): Infeasibility<Rational> | null {
  const cols = [...S.map((i) => A[i]), ...B];
  const c = cols.map((row) => denominatorLcm(row));
  const M: bigint[][] = [];
  for (let j = 0; j < d; j++) M.push(cols.map((row, t) => scaledToInteger(row[j], c[t])));
  M.push(c.map((ct, t) => (t < S.length ? ct : 0n)));
  const sol = solveIntegerSystem(M, Array.from({ length: d + 1 }, (_, j) => (j === d ? 1n : 0n)));
  if (!sol) return null;
  const u = primitiveVector(sol.num.map((v, t) => v * c[t]));
  // equivalent mutants (ConditionalExpression): primitiveVector is null only for the zero vector, and the row Σ y_S = 1 makes the solution non-zero
  if (u === null) return null;
  const y = Array.from({ length: A.length }, () => Q.zero);
  for (let t = 0; t < S.length; t++) {
    if (u[t] < 0n) return null;
    y[S[t]] = Q.fromRational(u[t]);
  }
  return { kind: 'infeasible', y, z: u.slice(S.length).map((v) => Q.fromRational(v)) };
}

function quadraticSupport(F: QuadraticField, A: Matrix<Quadratic>, B: Matrix<Quadratic>, S: readonly number[], d: number): Infeasibility<Quadratic> | null {
  const n = BigInt(F.n);
  const cols = [...S.map((i) => A[i]), ...B];
  const N = cols.length;
  const c = cols.map((row) => denominatorLcm(row.flatMap((v) => [v.a, v.b])));
  // Unknowns (u_a[0..N), u_b[0..N)), u_t = c_t (u_a[t] + √n u_b[t]).
  // Rows: rational parts of the d column equations and of Σ y = 1, then their √n parts.
  const M: bigint[][] = [];
  const rhs: bigint[] = [];
  for (let j = 0; j <= d; j++) {
    // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written below
    const ra: bigint[] = new Array(2 * N);
    // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written below
    const rb: bigint[] = new Array(2 * N);
    for (let t = 0; t < N; t++) {
      const e: Quadratic = j < d ? cols[t][j] : t < S.length ? F.one : F.zero;
      const ea = scaledToInteger(e.a, c[t]);
      const eb = scaledToInteger(e.b, c[t]);
      // (ea + √n eb)(ua + √n ub) = (ea ua + n eb ub) + √n (eb ua + ea ub)
      ra[t] = ea;
      ra[N + t] = n * eb;
      rb[t] = eb;
      rb[N + t] = ea;
    }
    M.push(ra, rb);
    rhs.push(j === d ? 1n : 0n, 0n);
  }
  const sol = solveIntegerSystem(M, rhs);
  if (!sol) return null;
  const u = primitiveVector([...sol.num.slice(0, N).map((v, t) => v * c[t]), ...sol.num.slice(N).map((v, t) => v * c[t])]);
  // equivalent mutants (ConditionalExpression): primitiveVector is null only for the zero vector, and the row Σ y_S = 1 makes the solution non-zero
  if (u === null) return null;
  // Stryker disable next-line MethodExpression: only ua[0..N) is read
  const ua = u.slice(0, N);
  const ub = u.slice(N);
  const el = (t: number) => F.of(Q.fromRational(ua[t]), Q.fromRational(ub[t]));
  const y = Array.from({ length: A.length }, () => F.zero);
  for (let t = 0; t < S.length; t++) {
    if (quadraticSignOf(ua[t], 1n, ub[t], 1n, n) < 0) return null;
    y[S[t]] = el(t);
  }
  return { kind: 'infeasible', y, z: Array.from({ length: B.length }, (_, l) => el(S.length + l)) };
}
