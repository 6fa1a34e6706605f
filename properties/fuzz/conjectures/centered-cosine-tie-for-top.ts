/**
 * Built-in conjecture (false, App. C.2): a higher CENTERED cosine similarity
 * between two labels means they can tie for the top. Centering makes the
 * cosine translation invariant (L3.1) but does not rescue the conjecture.
 */
import { RationalField as Q } from '../../../src/field/rational.ts';
import { centerColumns } from '../../../src/linalg/centering.ts';
import { centeredCosineMatrix } from '../../../src/cosine/index.ts';
import { hasNonZeroRows, rationalMatrixArb } from '../../arbitraries/index.ts';
import { formatExactMatrix } from '../format.ts';
import { tieForTopConjecture } from '../tie-for-top.ts';

export default tieForTopConjecture({
  name: 'centered-cosine-tie-for-top',
  description:
    'A higher centered cosine (cosine of the rows of W − 1·meanᵀ) between two labels means they can tie for the top.',
  source: 'App. C.2 (Fig. 2 left; W there is centered), notes §2 "Centering"',
  arbitrary: rationalMatrixArb({ k: { min: 3, max: 6 }, d: { min: 2, max: 3 }, distinctRows: true }).filter((W) => hasNonZeroRows(Q, centerColumns(Q, W))),
  cosineName: 'centered cosine',
  cosines: centeredCosineMatrix,
  show: (W) => formatExactMatrix(Q, centerColumns(Q, W), 'centered W'),
});
