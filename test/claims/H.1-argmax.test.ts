import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples/index.ts';
import { argmaxableRows, decideArgmaxable } from '../../lp/queries/argmax.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';

/**
 * T5.5 / App. H.1 / Fig. 3, exact in Q(√2): the two models have the same
 * cosine matrix, but label 2 (the paper's third unembedding, angle π/2) can
 * be the top label in W1 (length 5) and not in W2 (length 2: it lies inside
 * the convex hull of the others). Both answers certified and re-checked here.
 */
const ex = loadExamples()['H.1'];
const F = ex.field;

describe('H.1 (Fig. 3): label 2 is argmaxable in W1 only (certified, Q(√2))', () => {
  it('examples.json says label 2 is argmaxable in W1 only', () => {
    expect(ex.label2ArgmaxableIn).toEqual(['W1']);
    expect(F.n).toBe(2);
  });
  for (const [name, W, expected] of [['W1', ex.W1, true], ['W2', ex.W2, false]] as const) {
    it(`${name}: label 2 ${expected ? 'can' : 'cannot'} be the top label`, () => {
      const dec = decideArgmaxable(F, W, 2);
      expect(dec.feasible).toBe(expected);
      expect(dec.feasible).toBe(ex.label2ArgmaxableIn.includes(name));
      expect(checkCertificate(F, argmaxableRows(F, W, 2), undefined, dec.certificate)).toBe(true);
      if (dec.certificate.kind === 'witness') {
        // independent reading: label 2's score is strictly the largest
        const x = dec.certificate.x;
        const score = W.map((w) => w.reduce((s, v, c) => F.add(s, F.mul(v, x[c])), F.zero));
        expect(score.every((s, l) => l === 2 || F.compare(score[2], s) > 0)).toBe(true);
      }
    });
  }
});
