import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../src/field/rational.ts';
import { cosine } from '../../src/cosine/exact-cosine.ts';
import { cosineMatrix } from '../../src/cosine/cosine-matrix.ts';
import { cosineToText, formatCosine } from '../../src/cosine/cosine-text.ts';
import { isCentered } from '../../src/linalg/centering.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimC2, cosineNeighbours } from '../../properties/claims/C.2.ts';

describe('C.2 Fig. 2 left: centered cosines 12/37, −8/√185, 4/5', () => {
  it('the claim check reproduces every cosine fact of App. C.2', () => {
    const r = claimC2.run();
    expect(r.detail).toBe('every cosine fact of App. C.2 reproduced exactly');
    expect(r.verified).toBe(true);
    expect(r.cases).toBe(9);
    expect(r.certificates).toBe(9);
  });

  it('states the key facts directly', () => {
    const W = loadExamples()['C.2'].W;
    expect(isCentered(Q, W)).toBe(true);
    expect(cosineToText(Q, cosine(Q, W[0], W[1]))).toBe('12/37');
    expect(cosineToText(Q, cosine(Q, W[1], W[2]))).toBe('-8/sqrt(185)');
    expect(Q.format(cosine(Q, W[1], W[2]).square)).toBe('64/185');
    expect(cosineToText(Q, cosine(Q, W[2], W[4]))).toBe('4/5');
    expect(formatCosine(Q, cosine(Q, W[0], W[1]), 3)).toBe('0.324');
    expect(formatCosine(Q, cosine(Q, W[1], W[2]), 3)).toBe('-0.588');
    expect(cosineNeighbours(Q, cosineMatrix(Q, W), 2)).toEqual([3, 4, 1, 0]);
    expect(cosineToText(Q, cosine(Q, W[2], W[3]))).toBe('3/sqrt(10)');
  });
});
