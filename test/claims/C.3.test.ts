import { describe, expect, it } from 'vitest';
import { cosine } from '../../src/cosine/exact-cosine.ts';
import { cosineToText, formatCosine } from '../../src/cosine/cosine-text.ts';
import { isCentered } from '../../src/linalg/centering.ts';
import { squaredRowNorms } from '../../src/linalg/gram.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimC3 } from '../../properties/claims/C.3.ts';

describe('C.3 Fig. 2 right: unit length, centered, cosines ±161/200 in Q(sqrt(39))', () => {
  it('the claim check reproduces every cosine fact of App. C.3', () => {
    const r = claimC3.run();
    expect(r.detail).toBe('every cosine fact of App. C.3 reproduced exactly');
    expect(r.verified).toBe(true);
    expect(r.cases).toBe(8);
    expect(r.certificates).toBe(8);
  });

  it('states the key facts directly', () => {
    const { field: F, W } = loadExamples()['C.3'];
    expect(F.name).toBe('Q(sqrt(39))');
    expect(W).toHaveLength(6);
    expect(squaredRowNorms(F, W).every((n) => F.equals(n, F.one))).toBe(true);
    expect(isCentered(F, W)).toBe(true);
    expect(cosineToText(F, cosine(F, W[0], W[1]))).toBe('-161/200');
    expect(cosineToText(F, cosine(F, W[1], W[3]))).toBe('161/200');
    expect(formatCosine(F, cosine(F, W[0], W[1]), 3)).toBe('-0.805');
  });
});
