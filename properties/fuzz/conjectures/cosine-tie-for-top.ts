/**
 * Built-in conjecture (false, App. C.2): a higher cosine similarity between
 * two labels means they can tie for the top.
 */
import { cosineMatrix } from '../../../src/cosine/index.ts';
import { rationalMatrixArb } from '../../arbitraries/index.ts';
import { tieForTopConjecture } from '../tie-for-top.ts';

export default tieForTopConjecture({
  name: 'cosine-tie-for-top',
  description:
    'A higher cosine similarity between two labels means they can tie for the top: if cos(w_a, w_b) > cos(w_c, w_d) and labels c, d can tie for the highest probability, so can a, b.',
  source: 'App. C.2 (Fig. 2 left), notes §3',
  arbitrary: rationalMatrixArb({ k: { min: 3, max: 6 }, d: { min: 2, max: 3 }, nonZeroRows: true, distinctRows: true }),
  cosineName: 'cosine',
  cosines: cosineMatrix,
});
