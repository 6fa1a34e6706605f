/**
 * compareModels (lp/arrangements/compare-models.ts): the paper's comparisons on its own
 * examples (App. H.1, H.2), every pattern difference re-certified independently, and each
 * way of deciding (enumeration, rank, rank-differs, implied by L5.3 / T5.6, skipped, an
 * undefined cosine) reached and checked.
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q, type Rational } from '../../../../src/field/rational.ts';
import { loadExamples } from '../../../../src/examples/examples.ts';
import { braidDifferences } from '../../../../src/linalg/braid.ts';
import { braidCosineMatrix, cosineMatrix } from '../../../../src/cosine/cosine-matrix.ts';
import { cosineEquals } from '../../../../src/cosine/exact-cosine.ts';
import { compareModels } from '../../../../lp/arrangements/compare-models.ts';
import { certifyModelPatternDifference } from '../../../../lp/arrangements/pattern-difference.ts';
import type { Model } from '../../../../src/models/model.ts';

const ex = loadExamples();
const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
const lift = (W: Rational[][]) => W.map((r) => [Q.one, ...r]);

describe('compareModels on the paper’s examples', () => {
  it('App. H.2 as point configurations [1 | A], [1 | B]: S equal, R differs in exactly four rankings, each certified', () => {
    const models: [Model<Rational>, Model<Rational>] = [{ F: Q, W: lift(ex['H.2'].A) }, { F: Q, W: lift(ex['H.2'].B) }];
    const c = compareModels(...models);
    expect([c.sign.method, c.sign.equal, c.sign.counts]).toEqual(['enumerated', true, [20n, 20n]]);
    expect([c.ranking.method, c.ranking.equal, c.ranking.counts]).toEqual(['enumerated', false, [14n, 14n]]);
    expect(c.ranking.comparison!.onlyIn).toEqual([['3,0,2,1,4', '4,1,2,0,3'], ['0,3,2,4,1', '1,4,2,3,0']]);
    const diffs = c.ranking.comparison!.differences;
    expect(diffs.map((d) => [d.pattern, d.presentIn])).toEqual([['3,0,2,1,4', 0], ['4,1,2,0,3', 0], ['0,3,2,4,1', 1], ['1,4,2,3,0', 1]]);
    for (const d of diffs) {
      expect(certifyModelPatternDifference(models, d)).toBe(true);
      expect(certifyModelPatternDifference([models[1], models[0]], d)).toBe(false);
    }
    expect(c.braidCosine.equal).toBe(false); // T5.6: R differs, so C(DW) must differ
  });

  it('App. H.2 as vector configurations A, B in R²: the sign patterns differ too (the paper’s equal S is of [1 | A], [1 | B])', () => {
    const c = compareModels({ F: Q, W: ex['H.2'].A }, { F: Q, W: ex['H.2'].B });
    expect(c.sign.equal).toBe(false);
    expect(c.sign.comparison!.onlyIn.map((x) => x.length)).toEqual([6, 6]);
    expect(c.ranking.comparison!.onlyIn).toEqual([['3,0,2,1,4', '4,1,2,0,3'], ['0,3,2,4,1', '1,4,2,3,0']]);
  });

  it('App. H.1 (T5.5): equal C(W), equal S, different C(DW) and R (16 against 28 rankings)', () => {
    const h = ex['H.1'];
    const c = compareModels({ F: h.field, W: h.W1 }, { F: h.field, W: h.W2 });
    expect([c.cosine.status, c.cosine.equal, c.cosine.entries, c.cosine.differing]).toEqual(['compared', true, 21, 0]);
    expect([c.braidCosine.equal, c.braidCosine.entries]).toEqual([false, 210]);
    expect(c.braidCosine.differences.length).toBe(20);
    expect([c.sign.equal, c.ranking.equal, c.ranking.counts]).toEqual([true, false, [16n, 28n]]);
    expect(c.ranking.comparison!.differences.length).toBe(20); // capped by maxDifferences, all 28 listed
    expect(c.ranking.comparison!.onlyIn.map((x) => x.length)).toEqual([8, 20]);
  });
});

describe('compareModels: budgets and the other ways of deciding', () => {
  const h = ex['H.1'];
  const H1 = [{ F: h.field, W: h.W1 }, { F: h.field, W: h.W2 }] as const;

  it('over the region budget: S implied equal by L5.3 (equal C, no bias), R skipped (C(DW) differs)', () => {
    const c = compareModels(...H1, { maxRegions: 0 });
    expect([c.sign.method, c.sign.equal]).toEqual(['implied', true]);
    expect(c.sign.reason).toMatch(/L5\.3/);
    expect([c.ranking.method, c.ranking.equal]).toEqual(['skipped', null]);
    expect(c.ranking.reason).toMatch(/not compared/);
  });

  it('with a bias nothing is implied; over the cosine budget nothing is compared', () => {
    const bias = h.W1.map(() => h.field.one);
    expect(compareModels({ ...H1[0], bias }, { ...H1[1], bias }, { maxRegions: 0 }).sign.method).toBe('skipped');
    const c = compareModels(...H1, { maxRegions: 0, maxCosines: 20 });
    expect([c.cosine.status, c.braidCosine.status, c.sign.method]).toEqual(['skipped', 'skipped', 'skipped']);
  });

  it('by rank: both realise all k! rankings and 2^k sign vectors without enumerating', () => {
    const a = { F: Q, W: M([[1, 0, 0], [0, 1, 0], [0, 0, 1]]) };
    const b = { F: Q, W: M([[2, 1, 0], [0, 3, 0], [1, 0, 5]]) };
    const c = compareModels(a, b, { maxRegions: 0 });
    expect([c.sign.method, c.sign.equal, c.sign.counts]).toEqual(['rank', true, [8n, 8n]]);
    expect([c.ranking.method, c.ranking.equal, c.ranking.counts]).toEqual(['rank', true, [6n, 6n]]);
  });

  it('one realises every ranking by rank, the other not: different without enumerating; enumerated within budget', () => {
    const a = { F: Q, W: M([[1, 0], [0, 1], [0, 0]]) };
    const b = { F: Q, W: M([[0, 0], [1, 0], [2, 0]]) };
    const c = compareModels(a, b, { maxRegions: 0 });
    expect([c.ranking.method, c.ranking.equal, c.ranking.counts]).toEqual(['rank-differs', false, [6n, null]]);
    const e = compareModels(a, b);
    expect([e.ranking.method, e.ranking.counts, e.ranking.comparison!.onlyIn[0].length]).toEqual(['enumerated', [6n, 2n], 4]);
  });

  it('a zero row makes C(W) undefined (named), equal rows make C(DW) undefined; the patterns are still compared', () => {
    const a = { F: Q, W: M([[1, 0], [0, 0], [0, 1]]) };
    const c = compareModels(a, a);
    expect([c.cosine.status, c.cosine.equal]).toEqual(['undefined', null]);
    expect(c.cosine.reason).toMatch(/model A: .*row 1/);
    expect([c.sign.equal, c.ranking.equal]).toEqual([true, true]);
    const twin = { F: Q, W: M([[1, 0], [1, 0], [0, 1]]) };
    expect(compareModels(twin, twin).braidCosine.reason).toMatch(/rows 0 and 1 are equal/);
  });

  it('refuses different numbers of labels and bad budgets', () => {
    expect(() => compareModels({ F: Q, W: M([[1]]) }, { F: Q, W: M([[1], [2]]) })).toThrow(/1 and 2 labels/);
    expect(() => compareModels(...H1, { maxRegions: -1 })).toThrow(RangeError);
  });
});

describe('braidCosineMatrix', () => {
  it('equals the cosine matrix of DW on every example matrix (exact)', () => {
    for (const [F, W] of [[Q, ex['C.2'].W], [ex['H.1'].field, ex['H.1'].W2], [Q, ex['H.2'].A]] as const) {
      const direct = cosineMatrix(F as typeof Q, braidDifferences(F as typeof Q, W as Rational[][]));
      const fromGram = braidCosineMatrix(F as typeof Q, W as Rational[][]);
      expect(fromGram.every((row, i) => row.every((c, j) => cosineEquals(F as typeof Q, c, direct[i][j])))).toBe(true);
    }
  });
});
