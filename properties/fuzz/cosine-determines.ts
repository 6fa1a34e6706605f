/**
 * The conjecture family "C(W) = C(W') implies P(W) = P(W')" for a pattern P
 * (sign pattern: true, L5.3; ranking pattern: false, T5.5; argmaxable
 * labels: false, Fig. 3), checked on pairs W' = Λ[W 0]R, which have equal
 * cosine matrices by construction (L5.3's corollary; re-checked exactly).
 */
import type fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { defineConjecture, holds, refutedBy, type Conjecture } from './conjecture.ts';
import { formatScaledRotatedPair, scaledRotated, type ScaledRotatedPair } from './model-pairs.ts';
import { certifyPatternDifference, comparePatterns, formatPatternDifference, type PatternDifference, type PatternKind } from './pattern-difference.ts';

/** Evidence that W and W' = Λ[W 0]R (equal cosine matrices) differ in a pattern. */
export interface CosineDeterminesEvidence {
  /** W' = Λ[W 0]R. */
  readonly transformed: Rational[][];
  /** A pattern of one model that the other lacks, with both certificates. */
  readonly difference: PatternDifference<Rational>;
}

/** Settings of one conjecture of the family. */
export interface CosineDeterminesSpec {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly expected: 'true' | 'false';
  readonly kind: PatternKind;
  /** Pairs with non-zero rows (`scaledRotatedPairArb({ nonZeroRows: true, ... })`). */
  readonly pairs: fc.Arbitrary<ScaledRotatedPair>;
  readonly runs?: number;
}

/**
 * The check of the family on one pair: W' = Λ[W 0]R; throws `Error` if
 * C(W') ≠ C(W) (the construction would be broken), else compares the
 * `kind` patterns exactly (`comparePatterns`) and returns the first
 * certified difference, or `null` when they agree.
 */
export function cosineDeterminesCounterexample(kind: PatternKind, p: ScaledRotatedPair): CosineDeterminesEvidence | null {
  const transformed = scaledRotated(p);
  if (!cosineMatrixEquals(Q, p.W, transformed)) throw new Error("C(Λ[W 0]R) ≠ C(W): the L5.3 construction is broken");
  const cmp = comparePatterns(Q, kind, p.W, transformed);
  return cmp.same ? null : { transformed, difference: cmp.differences[0] };
}

/**
 * A fuzzer conjecture "C(W) = C(W') ⇒ P(W) = P(W')" for P = `spec.kind`:
 * `check` runs `cosineDeterminesCounterexample`, `certify` re-checks
 * C(W) = C(W') and both certificates of the difference, `format` prints W,
 * Λ, R, W' and the difference exactly.
 */
export function cosineDeterminesConjecture(spec: CosineDeterminesSpec): Conjecture<ScaledRotatedPair, CosineDeterminesEvidence> {
  return defineConjecture({
    name: spec.name,
    description: spec.description,
    source: spec.source,
    expected: spec.expected,
    arbitrary: spec.pairs,
    runs: spec.runs,
    check(p) {
      const e = cosineDeterminesCounterexample(spec.kind, p);
      return e === null ? holds() : refutedBy(e);
    },
    certify: (p, e) => cosineMatrixEquals(Q, p.W, e.transformed) && certifyPatternDifference(Q, [p.W, e.transformed], e.difference),
    format: (p, e) => [formatScaledRotatedPair(p), "C(W') = C(W) exactly (signs and squares of every cosine).", formatPatternDifference(Q, e.difference, ['W', "W'"])].join('\n'),
  });
}
