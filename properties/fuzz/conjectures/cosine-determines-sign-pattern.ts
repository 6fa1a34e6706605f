/** Built-in conjecture (true, L5.3): equal cosine matrices give equal sign patterns. */
import { scaledRotatedPairArb } from '../model-pairs.ts';
import { cosineDeterminesConjecture } from '../cosine-determines.ts';

export default cosineDeterminesConjecture({
  name: 'cosine-determines-sign-pattern',
  description: "C(W) = C(W') implies S(W) = S(W') (sigmoid decision regions), on W' = Λ[W 0]R with Λ positive diagonal, zero padding and R orthogonal.",
  source: 'L5.3 (proof App. F)',
  expected: 'true',
  kind: 'sign',
  pairs: scaledRotatedPairArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 }, nonZeroRows: true, maxPad: 1 }),
  runs: 30,
});
