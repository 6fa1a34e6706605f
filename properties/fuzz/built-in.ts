/**
 * The registry of built-in conjectures (`cosine-verify fuzz --list`), in a
 * fixed order: first the papers' false statements (the fuzzer must refute
 * each; Nielsen & Grivas, then Steck, Ekanadham & Kallus), then the theorems
 * (expected: true).
 */
import type { AnyConjecture } from './conjecture.ts';
import cosineTieForTop from './conjectures/cosine-tie-for-top.ts';
import centeredCosineTieForTop from './conjectures/centered-cosine-tie-for-top.ts';
import unitCenteredCosineTieForTop from './conjectures/unit-centered-cosine-tie-for-top.ts';
import cosineDeterminesArgmaxable from './conjectures/cosine-determines-argmaxable.ts';
import cosineDeterminesRankingPattern from './conjectures/cosine-determines-ranking-pattern.ts';
import signPatternDeterminesRankingPattern from './conjectures/sign-pattern-determines-ranking-pattern.ts';
import cosineDeterminesSignPattern from './conjectures/cosine-determines-sign-pattern.ts';
import braidCosineDeterminesRankingPattern from './conjectures/braid-cosine-determines-ranking-pattern.ts';
import argmaxableIffHullVertex from './conjectures/argmaxable-iff-hull-vertex.ts';
import itemCosinesDeterminedByPredictions from './conjectures/item-cosines-determined-by-predictions.ts';
import weightDecayCosinesIndependentOfLambda from './conjectures/weight-decay-cosines-independent-of-lambda.ts';

/** Every built-in conjecture, false ones first; names are unique and kebab-case. */
export const builtInConjectures: readonly AnyConjecture[] = [
  cosineTieForTop,
  centeredCosineTieForTop,
  unitCenteredCosineTieForTop,
  cosineDeterminesArgmaxable,
  cosineDeterminesRankingPattern,
  signPatternDeterminesRankingPattern,
  itemCosinesDeterminedByPredictions,
  weightDecayCosinesIndependentOfLambda,
  cosineDeterminesSignPattern,
  braidCosineDeterminesRankingPattern,
  argmaxableIffHullVertex,
];

/**
 * The built-in conjecture called `name`. Throws `RangeError` naming the
 * unknown name and listing the known ones.
 */
export function findBuiltInConjecture(name: string): AnyConjecture {
  const c = builtInConjectures.find((x) => x.name === name);
  if (c === undefined) throw new RangeError(`unknown conjecture ${JSON.stringify(name)}; built-in conjectures: ${builtInConjectures.map((x) => x.name).join(', ')}`);
  return c;
}

/** One line per built-in conjecture: `name  [expected]  source — description` (for `fuzz --list`). */
export function listBuiltInConjectures(): string[] {
  return builtInConjectures.map((c) => `${c.name}  [${c.expected === undefined ? 'open' : c.expected}]  ${c.source} — ${c.description}`);
}
