/**
 * Built-in conjecture (true, Grivas et al. 2022): label i is argmaxable iff
 * w_i is a vertex of the convex hull of the rows and no other row equals it.
 * The check is the ArgmaxVertex claim's: a certified decision against a
 * separate exact convex-combination LP, per label.
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { rationalMatrixArb } from '../../arbitraries/index.ts';
import { checkArgmaxVertex } from '../../claims/ArgmaxVertex.ts';
import { defineConjecture, holds, refutedBy } from '../conjecture.ts';

const size = { k: { min: 1, max: 7 }, d: { min: 1, max: 3 } };

export default defineConjecture<Rational[][], string>({
  name: 'argmaxable-iff-hull-vertex',
  description: 'Label i can be the top label (softmax, no bias) iff w_i is a vertex of conv(w_0 … w_{k−1}) and no other row equals it.',
  source: 'Grivas, Bogoychev & Lopez (ACL 2022); notes §5',
  expected: 'true',
  arbitrary: fc.oneof(rationalMatrixArb(size), rationalMatrixArb({ ...size, degenerate: true })),
  runs: 60,
  check(W) {
    const r = checkArgmaxVertex(Q, W);
    return r.ok ? holds() : refutedBy(r.detail ?? 'failed');
  },
  format: (_W, detail) => detail,
});
