/**
 * The stronger check the authors could not make (issue item 3): enumerate
 * the sign patterns S(M) and S(L) with the LP engine and confirm they are
 * equal, each pattern with an exact witness x (sign(Mx) = s, checked here
 * again in exact arithmetic; the engine certifies the patterns it rules out
 * with Gordan/Motzkin certificates).
 *
 * Exact matrices handed to the engine, rescaled only in ways that keep S:
 * - M as W' = M·2^e (the exact float values of W, or of D_n W): a positive
 *   scalar, so the same sign vectors.
 * - L as its integer core G[:, P] with each column divided by a power of two
 *   (x ↦ Dx with D positive diagonal is a change of variables, so S is
 *   unchanged); for cosine cases L_C = N⁻¹·G[:, P]·N_P⁻¹ differs from the core
 *   by a positive row scaling (keeps every sign of Lx) and a positive column
 *   scaling (a change of variables): S(L_C) = S(core) exactly (L5.3, App. F).
 * Size is estimated first with Cover's 1965 bound 2·Σ_{i<r} C(m−1, i), an
 * upper bound on the number of regions of m central hyperplanes in R^r
 * (exact in general position); bigger cases are skipped.
 */
import { RationalField } from '../field/rational.ts';
import type { Rational } from '../field/rational.ts';
import { bitLength } from '../field/integers.ts';
import { enumerateSignPatterns } from '../../lp/arrangements/sign-patterns.ts';
import { signVectorRows } from '../../lp/queries/sign-vector.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { formatSignVector } from '../../lp/queries/sign-vector.ts';
import type { SignVector } from '../../lp/queries/sign-vector.ts';
import { cover1965 } from '../../lp/arrangements/counting/cover.ts';
import type { CaseMatrices } from './case-matrices.ts';

/** Default: enumerate only when Cover's bound is at most this (issue: |S(M)| ≤ 10^5). */
export const DEFAULT_MAX_PATTERNS = 100_000;

/** Outcome of the pattern check of one case. */
export type PatternCheckResult =
  | {
      readonly status: 'checked';
      /** Cover's 1965 bound for m rows of rank r. */
      readonly coverBound: string;
      readonly sizeM: number;
      readonly sizeL: number;
      /** S(M) = S(L) as sets (both sorted). */
      readonly equal: boolean;
      /** Witnesses re-checked exactly here: always |S(M)| + |S(L)| (a failing one throws). */
      readonly witnessesVerified: number;
      /** LPs the engine solved for both enumerations. */
      readonly lps: number;
      readonly seconds: number;
    }
  | { readonly status: 'skipped'; readonly coverBound: string; readonly reason: string };

/** The core of L with column c divided by 2^(bits of its largest entry): exact, entries below 1 in size. */
function normalisedColumns(L: readonly (readonly bigint[])[]): Rational[][] {
  const cols = L.length === 0 ? 0 : L[0].length;
  const shifts = Array.from({ length: cols }, (_, c) => L.reduce((b, row) => Math.max(b, bitLength(row[c])), 0));
  return L.map((row) => row.map((x, c) => RationalField.fromRational(x, 1n << BigInt(shifts[c]))));
}

/** Exact check that sign(A x) = s in every row (witness of s ∈ S(A)), by `checkCertificate` on the rows s_i·a_i. */
function witnessHolds(A: readonly (readonly Rational[])[], s: SignVector, x: Rational[]): boolean {
  return checkCertificate(RationalField, signVectorRows(RationalField, A, s), undefined, { kind: 'witness', x });
}

/**
 * Enumerates S(M) and S(L) of a case with `enumerateSignPatterns` over Q
 * (see the module docstring for the exact rescalings) when Cover's bound is
 * at most `maxPatterns`, re-checks every witness exactly, and compares the
 * two sorted lists. Returns `status: 'skipped'` with the reason for bigger
 * cases, for a cosine case with a zero row (cosine undefined), and when an
 * enumeration stops incomplete. Throws `Error` if a witness of the engine
 * fails its exact re-check (an internal bug: never reported as a result).
 * Source: Def. 5.1, L5.3; Cover (1965).
 */
export function patternCheck(cm: CaseMatrices, opts: { maxPatterns?: number } = {}): PatternCheckResult {
  const max = opts.maxPatterns ?? DEFAULT_MAX_PATTERNS;
  const m = cm.M.length;
  const r = cm.pivots.length;
  const bound = cover1965(m, r);
  const coverBound = bound.toString();
  if (bound > BigInt(max)) return { status: 'skipped', coverBound, reason: `Cover bound ${bound} > ${max} patterns` };
  if (cm.spec.cosine && cm.zeroRows.length > 0) return { status: 'skipped', coverBound, reason: 'cosine undefined (zero row)' };
  const start = performance.now();
  const scale = cm.exponent >= 0 ? [1n << BigInt(cm.exponent), 1n] : [1n, 1n << BigInt(-cm.exponent)];
  const A = cm.M.map((row) => row.map((x) => RationalField.fromRational(x * scale[0], scale[1])));
  const B = normalisedColumns(cm.L);
  const sm = enumerateSignPatterns(RationalField, A, { limit: max + 1 });
  const sl = enumerateSignPatterns(RationalField, B, { limit: max + 1 });
  if (!sm.complete || !sl.complete) return { status: 'skipped', coverBound, reason: `enumeration stopped at the limit ${max + 1}` };
  let witnessesVerified = 0;
  const verify = (X: readonly (readonly Rational[])[], name: string, s: SignVector, x: Rational[]): void => {
    if (!witnessHolds(X, s, x)) throw new Error(`pattern check: the witness of ${formatSignVector(s)} ∈ S(${name}) fails the exact check (internal error)`);
    witnessesVerified++;
  };
  sm.patterns.forEach((s, t) => verify(A, 'M', s, sm.witnesses[t]));
  sl.patterns.forEach((s, t) => verify(B, 'L', s, sl.witnesses[t]));
  const textM = sm.patterns.map(formatSignVector);
  const textL = sl.patterns.map(formatSignVector);
  const equal = textM.length === textL.length && textM.every((s, t) => s === textL[t]);
  return {
    status: 'checked', coverBound, sizeM: textM.length, sizeL: textL.length, equal, witnessesVerified,
    lps: sm.lps + sl.lps, seconds: (performance.now() - start) / 1000,
  };
}
