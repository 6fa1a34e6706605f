import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../src/field/rational.ts';
import { cosine } from '../../src/cosine/exact-cosine.ts';
import { cosineToText } from '../../src/cosine/cosine-text.ts';
import { translateRows } from '../../src/linalg/scaling.ts';
import { softmaxEquivalent } from '../../src/models/equivalence.ts';
import { extremeCosineModels } from '../../src/lemmas/extreme-cosine-models.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimC1 } from '../../properties/claims/C.1.ts';

describe('C.1 Fig. 1: cosine 4/5, −1 and +1 in equivalent models', () => {
  it('the claim check reproduces every number of App. C.1', () => {
    const r = claimC1.run();
    expect(r.detail).toBe('every number of App. C.1 reproduced exactly');
    expect(r.verified).toBe(true);
    expect(r.cases).toBe(9);
    expect(r.certificates).toBe(11);
  });

  it('states the key facts directly', () => {
    const ex = loadExamples()['C.1'];
    const W = ex.W;
    expect(cosineToText(Q, cosine(Q, W[0], W[1]))).toBe('4/5');
    const m = extremeCosineModels(Q, W, 0, 1);
    expect(m.minusOne.v.map((x) => Q.format(x))).toEqual(['-3/4', '-3/4']);
    expect(m.plusOne.v.map((x) => Q.format(x))).toEqual(['-5/4', '-1/4']);
    expect(cosineToText(Q, m.minusOne.cosine)).toBe('-1');
    expect(cosineToText(Q, m.plusOne.cosine)).toBe('1');
    const B = translateRows(Q, W, ex.vPlusOne);
    expect(B[1].map((x, c) => Q.equals(x, Q.mul(Q.fromRational(3), B[0][c])))).toEqual([true, true]);
    expect(softmaxEquivalent(Q, translateRows(Q, W, ex.vMinusOne), B)).toBe(true);
  });
});
