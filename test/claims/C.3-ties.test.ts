import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples/index.ts';
import { decideTieForTop } from '../../lp/queries/tie-for-top.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';

/**
 * App. C.3 / Fig. 2 right, exact in Q(√39): labels 0,1 (cosine −0.805) can
 * tie for the highest probability, labels 1,3 (cosine +0.805) cannot. Each
 * answer carries a certificate solved and checked in Q(√39), re-checked here.
 */
const ex = loadExamples()['C.3'];
const F = ex.field;
const W = ex.W;
const diff = (a: number, b: number) => W[a].map((v, c) => F.sub(v, W[b][c]));
const certified = (i: number, j: number) => {
  const dec = decideTieForTop(F, W, i, j);
  const A = W.map((_, l) => l).filter((l) => l !== i && l !== j).map((l) => diff(i, l));
  expect(checkCertificate(F, A, [diff(i, j)], dec.certificate)).toBe(true);
  return dec.feasible;
};

describe('C.3: ties for the top in Q(√39) (certified)', () => {
  it('is exact data in Q(√39) with six labels', () => {
    expect(F.n).toBe(39);
    expect(W.length).toBe(6);
  });
  it('labels 0, 1 can tie for the top', () => {
    expect(ex.canTieForTop).toEqual([[0, 1]]);
    for (const [i, j] of ex.canTieForTop) expect(certified(i, j)).toBe(true);
  });
  it('labels 1, 3 cannot tie for the top', () => {
    expect(ex.cannotTieForTop).toEqual([[1, 3]]);
    for (const [i, j] of ex.cannotTieForTop) expect(certified(i, j)).toBe(false);
  });
});
