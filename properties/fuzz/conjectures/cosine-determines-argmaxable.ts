/** Built-in conjecture (false, Fig. 3): equal cosine matrices give the same argmaxable labels. */
import { scaledRotatedPairArb } from '../model-pairs.ts';
import { cosineDeterminesConjecture } from '../cosine-determines.ts';

export default cosineDeterminesConjecture({
  name: 'cosine-determines-argmaxable',
  description: "C(W) = C(W') implies that W and W' have the same argmaxable labels (labels that can be the top label); tried on W' = ΛW with non-uniform positive row scalings Λ.",
  source: 'T5.5, Fig. 3 (App. H.1: label 2 is argmaxable only in W1)',
  expected: 'false',
  kind: 'argmax',
  pairs: scaledRotatedPairArb({ k: { min: 3, max: 6 }, d: 2, nonZeroRows: true, distinctRows: true, maxPad: 0, rotate: false }),
  runs: 100,
});
