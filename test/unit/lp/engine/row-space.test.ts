import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { reduceToRowSpace, liftCertificate } from '../../../../lp/engine/row-space.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { argmaxableRows, decideArgmaxable } from '../../../../lp/queries/argmax.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));

/** A rank-r k × d rational matrix U·V/7 from a seeded LCG. */
function lowRank(k: number, d: number, r: number, seed: number): Rational[][] {
  let s = seed;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return Math.floor((s / 2147483648) * 21) - 10; };
  const U = Array.from({ length: k }, () => Array.from({ length: r }, rnd));
  const V = Array.from({ length: r }, () => Array.from({ length: d }, rnd));
  return U.map((u) => V[0].map((_, c) => rat(u.reduce((acc, x, t) => acc + x * V[t][c], 0), 7)));
}

describe('reduceToRowSpace', () => {
  it('keeps r pivot columns of a rank-r system and nothing of a full-rank one', () => {
    expect(reduceToRowSpace(Q, M([[1, 2], [2, 4]]), [], 2)?.columns).toEqual([0]);
    expect(reduceToRowSpace(Q, M([[0, 3, 1], [0, 6, 2]]), [], 3)?.columns).toEqual([1]);
    expect(reduceToRowSpace(Q, M([[1, 0], [0, 1]]), [], 2)).toBeNull();
    expect(reduceToRowSpace(Q, M([[1, 2]]), M([[3, 1]]), 2)).toBeNull(); // B counts
    const W = lowRank(40, 9, 3, 5);
    expect(reduceToRowSpace(Q, W, [], 9)?.columns).toHaveLength(3);
  });
  it('lifts a witness by zeros off the kept columns; leaves a Gordan certificate unchanged', () => {
    const lifted = liftCertificate(Q, { kind: 'witness', x: [rat(2), rat(-1)] }, [1, 3], 4);
    expect(lifted.kind === 'witness' && lifted.x.map((v) => Q.format(v))).toEqual(['0', '2', '0', '-1']);
    const g = { kind: 'infeasible' as const, y: [rat(1)], z: [] };
    expect(liftCertificate(Q, g, [0], 3)).toBe(g);
  });
  it('a rank that collapses modulo the prime is caught by the exact check on the full system', () => {
    // rows (1, 0) and (0, 65521): rank 2 over Q, rank 1 mod 65521; x = (1, 1) is a witness
    const A = M([[1, 0], [0, 65521]]);
    expect(reduceToRowSpace(Q, A, [], 2)?.columns).toEqual([0]);
    const dec = decideStrictSystem(Q, A);
    expect(dec.feasible).toBe(true);
    expect(checkCertificate(Q, A, undefined, dec.certificate)).toBe(true);
  });
});

describe('rank-deficient argmax decisions (issue 10 item 7)', () => {
  it('rank-4 300 × 16: every decision certified on the full system, each well under a second', () => {
    const W = lowRank(300, 16, 4, 7);
    const b = W.map((_, i) => rat((i * 37) % 10, 3));
    for (const i of [0, 1, 2, 3, 4, 5]) {
      for (const bias of [undefined, b]) {
        const t0 = performance.now();
        const dec = decideArgmaxable(Q, W, i, bias);
        const ms = performance.now() - t0;
        expect(checkCertificate(Q, argmaxableRows(Q, W, i, bias), undefined, dec.certificate)).toBe(true);
        expect(ms).toBeLessThan(5000); // 77–94 s per decision before the reduction (issue 10)
      }
    }
  });
  it('agrees with the exact simplex on small rank-deficient systems', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const W = lowRank(9, 5, 2, seed);
      for (let i = 0; i < W.length; i++) {
        const A = argmaxableRows(Q, W, i);
        expect(decideStrictSystem(Q, A).feasible).toBe(decideStrictSystem(Q, A, undefined, { exactOnly: true }).feasible);
      }
    }
  });
});
