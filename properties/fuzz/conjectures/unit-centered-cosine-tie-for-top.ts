/**
 * Built-in conjecture (false, App. C.3): for centered unembeddings with
 * unit-length rows, a higher cosine between two labels means they can tie
 * for the top. Models: rational antipodal pairs of unit vectors
 * (`symmetricUnitMatrixArb`), the family of App. C.3's six labels.
 */
import { centeredCosineMatrix } from '../../../src/cosine/index.ts';
import { symmetricUnitMatrixArb } from '../symmetric-unit-matrix.ts';
import { tieForTopConjecture } from '../tie-for-top.ts';

export default tieForTopConjecture({
  name: 'unit-centered-cosine-tie-for-top',
  description:
    'For centered unembeddings with unit-length rows, a higher (centered) cosine between two labels means they can tie for the top.',
  source: 'App. C.3 (Fig. 2 right), notes §3',
  arbitrary: symmetricUnitMatrixArb({ pairs: { min: 2, max: 3 }, d: 2 }),
  cosineName: 'centered cosine (unit rows)',
  cosines: centeredCosineMatrix,
});
