/**
 * The conjecture family "a higher cosine similarity between two labels means
 * they can tie for the top" (App. C.2, C.3; refuted there), for any cosine
 * (plain, centered, centered with unit-length rows): the exact search for a
 * counterexample in one model, its independent certification and its text,
 * and `tieForTopConjecture` which makes a fuzzer conjecture of it.
 *
 * Formal statement checked on a model W (k × d, rows are labels) with cosine
 * matrix C: for all label pairs p, q, if C_p > C_q and the labels of q can
 * tie for the highest probability, then so can the labels of p. A
 * counterexample is a pair p that cannot tie (Motzkin certificate) with a
 * strictly higher cosine than a pair q that can (witness x).
 */
import type fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField, type Rational } from '../../src/field/rational.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { braidPairs } from '../../src/linalg/braid.ts';
import { compareCosines, cosineEquals, type ExactCosine } from '../../src/cosine/index.ts';
import { checkCertificate, type Infeasibility, type Witness } from '../../lp/engine/certificate.ts';
import { decideTieForTop } from '../../lp/queries/tie-for-top.ts';
import { defineConjecture, holds, refutedBy, type Conjecture } from './conjecture.ts';
import { formatCertificate, formatExactCosine, formatExactMatrix } from './format.ts';

/** A counterexample to "higher cosine ⇒ can tie for the top" in one model. */
export interface TieForTopEvidence<T> {
  /** The pair with the higher cosine that can NOT tie, its cosine and Motzkin certificate. */
  readonly higher: { readonly pair: [number, number]; readonly cosine: ExactCosine<T>; readonly certificate: Infeasibility<T> };
  /** The pair with the lower cosine that CAN tie, its cosine and witness x. */
  readonly lower: { readonly pair: [number, number]; readonly cosine: ExactCosine<T>; readonly certificate: Witness<T> };
}

/**
 * The Motzkin system of "labels i and j can tie for the highest probability"
 * (notes §3), rebuilt here from its definition for independent certification:
 * A = rows w_i − w_l for l ∉ {i, j} in increasing l, B = [w_i − w_j].
 */
export function tieForTopSystem<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number): { A: T[][]; B: T[][] } {
  const diff = (l: number) => W[i].map((x, c) => F.sub(x, W[l][c]));
  return { A: W.flatMap((_, l) => (l === i || l === j ? [] : [diff(l)])), B: [diff(j)] };
}

/**
 * Searches W (k × d, k ≥ 2) for a counterexample, given its cosine matrix C
 * (k × k, the cosine the conjecture is about): decides every pair with
 * `decideTieForTop` (C(k, 2) certified decisions), takes the non-tying pair
 * of highest cosine and the tying pair of lowest cosine (first in
 * lexicographic order on equal cosines), and returns them when the first
 * cosine is strictly higher; `null` when the conjecture holds on W.
 * Exact over F. Throws `RangeError` when C is not k × k.
 * Source: App. C.2, C.3.
 */
export function findTieForTopCounterexample<T>(F: OrderedField<T>, W: Matrix<T>, C: readonly (readonly ExactCosine<T>[])[]): TieForTopEvidence<T> | null {
  const k = W.length;
  if (C.length !== k || C.some((row) => row.length !== k)) throw new RangeError(`tie for top: the cosine matrix must be ${k} × ${k} for W with ${k} rows`);
  let higher: TieForTopEvidence<T>['higher'] | null = null;
  let lower: TieForTopEvidence<T>['lower'] | null = null;
  for (const pair of braidPairs(k)) {
    const cosine = C[pair[0]][pair[1]];
    const d = decideTieForTop(F, W, pair[0], pair[1]);
    if (d.certificate.kind === 'infeasible') {
      if (higher === null || compareCosines(F, cosine, higher.cosine) > 0) higher = { pair, cosine, certificate: d.certificate };
    } else if (lower === null || compareCosines(F, cosine, lower.cosine) < 0) {
      lower = { pair, cosine, certificate: d.certificate };
    }
  }
  if (higher === null || lower === null || compareCosines(F, higher.cosine, lower.cosine) <= 0) return null;
  return { higher, lower };
}

/**
 * Independent exact re-check of a `TieForTopEvidence` on W with cosine matrix
 * C: the two cosines are C's entries, the first is strictly higher, the
 * Motzkin certificate and the witness both pass `checkCertificate` against
 * systems rebuilt by `tieForTopSystem`. Exact over F.
 */
export function certifyTieForTopEvidence<T>(F: OrderedField<T>, W: Matrix<T>, C: readonly (readonly ExactCosine<T>[])[], e: TieForTopEvidence<T>): boolean {
  const { higher, lower } = e;
  const sameCosine = (p: [number, number], c: ExactCosine<T>) => cosineEquals(F, C[p[0]][p[1]], c);
  if (!sameCosine(higher.pair, higher.cosine) || !sameCosine(lower.pair, lower.cosine)) return false;
  if (compareCosines(F, higher.cosine, lower.cosine) <= 0) return false;
  if (higher.certificate.kind !== 'infeasible' || lower.certificate.kind !== 'witness') return false;
  const h = tieForTopSystem(F, W, ...higher.pair);
  const l = tieForTopSystem(F, W, ...lower.pair);
  return checkCertificate(F, h.A, h.B, higher.certificate) && checkCertificate(F, l.A, l.B, lower.certificate);
}

/** Readable exact text of a `TieForTopEvidence` (the matrix is printed by the caller). */
export function formatTieForTopEvidence<T>(F: OrderedField<T>, e: TieForTopEvidence<T>, cosineName: string): string {
  const { higher: h, lower: l } = e;
  return [
    `labels ${h.pair[0]} and ${h.pair[1]}: ${cosineName} ${formatExactCosine(F, h.cosine)}, CANNOT tie for the top;`,
    `  Motzkin certificate (A = rows w_${h.pair[0]} − w_l, l ∉ {${h.pair}}, B = [w_${h.pair[0]} − w_${h.pair[1]}]): ${formatCertificate(F, h.certificate)}`,
    `labels ${l.pair[0]} and ${l.pair[1]}: ${cosineName} ${formatExactCosine(F, l.cosine)} (lower), CAN tie for the top;`,
    `  witness x: ${formatCertificate(F, l.certificate)}`,
  ].join('\n');
}

/** Settings of one conjecture of the family, over rational models. */
export interface TieForTopConjectureSpec {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  /** Models W (k ≥ 2 rows) on which `cosines` is defined (non-zero rows where needed). */
  readonly arbitrary: fc.Arbitrary<Rational[][]>;
  /** `'cosine'`, `'centered cosine'`, ...: the name printed beside the values. */
  readonly cosineName: string;
  /** The cosine matrix the conjecture is about, exact (e.g. `cosineMatrix`, `centeredCosineMatrix`). */
  readonly cosines: (F: OrderedField<Rational>, W: Matrix<Rational>) => ExactCosine<Rational>[][];
  /** Extra matrices to print before the evidence (e.g. the centered W). */
  readonly show?: (W: Matrix<Rational>) => string;
  readonly runs?: number;
}

/**
 * The fuzzer conjecture "a higher <cosine> between two labels means they
 * can tie for the top" over rational models (expected: false, App. C.2/C.3):
 * `check` runs `findTieForTopCounterexample`, `certify` runs
 * `certifyTieForTopEvidence` with the cosine matrix recomputed, `format`
 * prints W, `show(W)` and the evidence exactly.
 */
export function tieForTopConjecture(spec: TieForTopConjectureSpec): Conjecture<Rational[][], TieForTopEvidence<Rational>> {
  const Q = RationalField;
  return defineConjecture({
    name: spec.name,
    description: spec.description,
    source: spec.source,
    expected: 'false',
    arbitrary: spec.arbitrary,
    runs: spec.runs,
    check(W) {
      const e = findTieForTopCounterexample(Q, W, spec.cosines(Q, W));
      return e === null ? holds() : refutedBy(e);
    },
    certify: (W, e) => certifyTieForTopEvidence(Q, W, spec.cosines(Q, W), e),
    format: (W, e) =>
      [formatExactMatrix(Q, W, 'W'), ...(spec.show ? [spec.show(W)] : []), formatTieForTopEvidence(Q, e, spec.cosineName), `so a higher ${spec.cosineName} does not mean the labels can tie for the top.`].join('\n'),
  });
}
