import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples/index.ts';
import { RationalField as Q } from '../../src/field/rational.ts';
import { decideTieForTop, tieForTopPairs } from '../../lp/queries/tie-for-top.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';

/**
 * App. C.2 / Fig. 2 left: labels 0,1 and 1,2 can tie for the highest
 * probability, labels 2,4 cannot; the labels that can tie with label 2 are
 * 1 and 3 (not its cosine-nearest neighbours 3 and 4). Every answer is
 * certified, and each certificate is re-checked here against the system
 * rebuilt from the definition (A = w_i − w_l, l ∉ {i, j}; B = [w_i − w_j]).
 */
const ex = loadExamples()['C.2'];
const W = ex.W;
const diff = (a: number, b: number) => W[a].map((v, c) => Q.sub(v, W[b][c]));
const certified = (i: number, j: number) => {
  const dec = decideTieForTop(Q, W, i, j);
  const A = W.map((_, l) => l).filter((l) => l !== i && l !== j).map((l) => diff(i, l));
  expect(checkCertificate(Q, A, [diff(i, j)], dec.certificate)).toBe(true);
  return dec.feasible;
};

describe('C.2: which labels can tie for the top (certified)', () => {
  it('the pairs examples.json says can tie, can tie', () => {
    expect(ex.canTieForTop).toEqual([[0, 1], [1, 2]]);
    for (const [i, j] of ex.canTieForTop) expect(certified(i, j)).toBe(true);
  });
  it('the pairs it says cannot tie, cannot', () => {
    expect(ex.cannotTieForTop).toEqual([[2, 4]]);
    for (const [i, j] of ex.cannotTieForTop) expect(certified(i, j)).toBe(false);
  });
  it('the labels that can tie with label 2 are exactly {1, 3}, not its cosine-nearest {3, 4}', () => {
    const withTwo = W.map((_, l) => l).filter((l) => l !== 2 && certified(2, l));
    expect(withTwo).toEqual(ex.tieWith2);
    expect(withTwo).toEqual([1, 3]);
    expect(ex.cosineNearestTo2).toEqual([3, 4]);
    expect(tieForTopPairs(Q, W).filter(([i, j]) => i === 2 || j === 2).map(([i, j]) => (i === 2 ? j : i))).toEqual([1, 3]);
  });
});
