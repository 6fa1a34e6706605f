/** Built-in conjecture (false, T5.5): equal cosine matrices give equal ranking patterns. */
import { scaledRotatedPairArb } from '../model-pairs.ts';
import { cosineDeterminesConjecture } from '../cosine-determines.ts';

export default cosineDeterminesConjecture({
  name: 'cosine-determines-ranking-pattern',
  description: "C(W) = C(W') implies R(W) = R(W') (softmax rankings); tried on W' = ΛW with non-uniform positive row scalings Λ.",
  source: 'T5.5 (proof App. H.1, Fig. 3)',
  expected: 'false',
  kind: 'ranking',
  pairs: scaledRotatedPairArb({ k: { min: 3, max: 5 }, d: 2, nonZeroRows: true, distinctRows: true, maxPad: 0, rotate: false }),
  runs: 100,
});
