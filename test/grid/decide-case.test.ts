import { describe, expect, it } from 'vitest';
import { buildCaseMatrices } from '../../src/grid/case-matrices.ts';
import { decideCase, decideSameOrientedMatroid } from '../../src/grid/decide-case.ts';
import { evaluateGridCase } from '../../src/grid/run-grid.ts';
import { compareMaximalMinors } from '../../src/grid/minor-comparison.ts';
import { patternCheck } from '../../src/grid/pattern-check.ts';
import { cover1965 } from '../../lp/arrangements/counting/cover.ts';
import { sameChirotope } from '../../lp/arrangements/oriented-matroid/chirotope.ts';
import { RationalField as Q } from '../../src/field/rational.ts';

// A small generic W (5 labels in R^3), dyadic values, and the spec of a braid + cosine case.
const W = [[0.5, -1.25, 2], [1.75, 0.25, -0.5], [-1, 1.5, 0.75], [0.125, -2, -1.5], [2.5, 0.375, 1]];
const spec = { n: 5, d: 3, seed: 0, braid: true, cosine: true };

describe('one case decided exactly (in memory)', () => {
  it('M and the basis of its Gram / cosine column space: same, by a column-space certificate', () => {
    for (const braid of [false, true]) for (const cosine of [false, true]) {
      const cm = buildCaseMatrices(W, { ...spec, braid, cosine });
      expect(cm.M.length).toBe(braid ? 10 : 5);
      expect(cm.pivots.length).toBe(3);
      const dec = decideCase(cm);
      expect(dec.verdict).toBe('same');
      expect(dec.method).toBe('column-space certificate');
      // Cross-check by brute force: every maximal minor of L is σ times that of M.
      const cmp = compareMaximalMinors(cm.M, cm.L);
      expect(cmp.mismatches).toBe(0);
      expect(cmp.sigma).toBe(dec.sigma);
    }
  });

  it('cosine case: the integer core L has the chirotope of the true cosine basis N⁻¹·G[:, P]·N_P⁻¹ (checked exactly where the norms are rational)', () => {
    // rows with integer norms 5, 13, 17, 25, 29: the cosine matrix is rational, so C[:, P] can be built exactly in Q
    const Wp = [[3, 4], [5, 12], [8, 15], [-7, 24], [20, -21]];
    const norms = [5, 13, 17, 25, 29];
    const cm = buildCaseMatrices(Wp, { n: 5, d: 2, seed: 0, braid: false, cosine: true });
    expect(cm.rowNormsSquared).toEqual(norms.map((x) => BigInt(x * x)));
    const cosineBasis = cm.G.map((row, i) => cm.pivots.map((p) => Q.fromRational(row[p], BigInt(norms[i] * norms[p]))));
    const core = cm.L.map((row) => row.map((x) => Q.fromRational(x)));
    expect(sameChirotope(Q, cosineBasis, core)).toBe(true);
    expect(sameChirotope(Q, cosineBasis, Wp.map((row) => row.map((x) => Q.fromRational(x))))).toBe(true);
    expect(decideCase(cm).verdict).toBe('same');
    // a negative factor on one row of the true basis is seen (the check is not vacuous)
    expect(sameChirotope(Q, cosineBasis.map((row, i) => (i === 2 ? row.map((x) => Q.neg(x)) : row)), core)).toBe(false);
  });

  it('a row sign flipped in L only is reported as different (and flipped in both, as same)', () => {
    const cm = buildCaseMatrices(W, spec);
    for (let i = 0; i < cm.L.length; i++) {
      const flipped = cm.L.map((row, t) => (t === i ? row.map((x) => -x) : row));
      const dec = decideCase({ ...cm, L: flipped });
      expect(dec.verdict, `row ${i} flipped`).toBe('different');
      expect(dec.method).toBe('chirotope comparison');
      const both = decideSameOrientedMatroid(cm.M.map((row, t) => (t === i ? row.map((x) => -x) : row)), flipped);
      expect(both.verdict).toBe('same');
      expect(both.method).toBe('column-space certificate');
    }
  });

  it('the sign-pattern check sees the flipped row too: S(L) ≠ S(M), same size', () => {
    const cm = buildCaseMatrices(W, { ...spec, braid: false });
    const ok = patternCheck(cm);
    const cover = Number(cover1965(5, 3)); // W is generic: Cover (1965) counts S(W)
    expect(ok).toMatchObject({ status: 'checked', equal: true, sizeM: cover, sizeL: cover, witnessesVerified: 2 * cover });
    const flipped = patternCheck({ ...cm, L: cm.L.map((row, t) => (t === 1 ? row.map((x) => -x) : row)) });
    expect(flipped).toMatchObject({ status: 'checked', equal: false, sizeM: cover, sizeL: cover, witnessesVerified: 2 * cover });
    expect(patternCheck(cm, { maxPatterns: cover - 1 })).toMatchObject({ status: 'skipped', coverBound: String(cover) });
  });

  it('different column spaces with one oriented matroid: same, by comparing every minor', () => {
    const M = [[1n, 0n], [0n, 1n], [1n, 1n]];
    const L = [[1n, 0n], [0n, 1n], [1n, 2n]];
    const dec = decideSameOrientedMatroid(M, L);
    expect(dec.verdict).toBe('same');
    expect(dec.method).toBe('chirotope comparison');
    const L2 = [[1n, 0n], [0n, 1n], [1n, -1n]];
    expect(decideSameOrientedMatroid(M, L2).verdict).toBe('different');
  });

  it('different ranks: different', () => {
    const dec = decideSameOrientedMatroid([[1n, 0n], [0n, 1n], [1n, 1n]], [[1n, 0n], [2n, 0n], [3n, 0n]]);
    expect(dec).toMatchObject({ verdict: 'different', method: 'rank', rankM: 2, rankL: 1 });
  });

  it('a rank-deficient M (braid with d = n): decided on a column basis', () => {
    const W3 = [[1, 2, 0.5], [-1, 0.25, 3], [2, -1, 1]];
    const cm = buildCaseMatrices(W3, { n: 3, d: 3, seed: 0, braid: true, cosine: false });
    expect(cm.pivots.length).toBe(2);
    expect(decideCase(cm)).toMatchObject({ verdict: 'same', rankM: 2, rankL: 2 });
  });

  it('equal labels with the braid matrix: cosine undefined, reported with the pair', () => {
    const Weq = [W[0], W[1], W[0], W[3]];
    const r = evaluateGridCase(Weq, { n: 4, d: 3, seed: 0, braid: true, cosine: true, index: 0, matrix: 'memory' });
    expect(r.verdict).toBe('undefined');
    expect(r.reason).toMatch(/zero rows \(0-2: equal unembeddings\)/);
    // Without cosine the Gram case is still defined and decided.
    expect(evaluateGridCase(Weq, { n: 4, d: 3, seed: 0, braid: true, cosine: false, index: 0, matrix: 'memory' }).verdict).toBe('same');
  });

  it('rejects a W of the wrong shape and M, L with different row counts', () => {
    expect(() => buildCaseMatrices(W, { ...spec, d: 2 })).toThrow(/W is 5 × 3, expected 5 × 2/);
    expect(() => decideSameOrientedMatroid([[1n]], [[1n], [2n]])).toThrow(/M has 1 rows, L has 2/);
  });

  it('refuses an over-large fallback instead of guessing', () => {
    const M = [[1n, 0n], [0n, 1n], [1n, 1n]];
    expect(() => decideSameOrientedMatroid(M, [[1n, 0n], [0n, 1n], [1n, 2n]], { maxMinors: 2 })).toThrow(/C\(3, 2\) = 3 minors exceed the limit 2/);
  });
});
