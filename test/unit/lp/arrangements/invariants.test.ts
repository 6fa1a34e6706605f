/**
 * The exact invariants every enumeration asserts (lp/arrangements/invariants.ts): each
 * violation is an `Error`, and real enumerations pass them (Cover's bounds attained).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { assertRankingPatternInvariants, assertSignPatternInvariants } from '../../../../lp/arrangements/invariants.ts';
import { enumerateSignPatterns } from '../../../../lp/arrangements/sign-patterns.ts';
import { enumerateRankingPatterns } from '../../../../lp/arrangements/ranking-patterns.ts';
import type { Sign } from '../../../../lp/queries/sign-vector.ts';
import { cover1965, cover1967 } from '../../../../lp/arrangements/counting/cover.ts';
import { fcParams } from '../../../../properties/settings.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const signs = (...s: string[]): Sign[][] => s.map((t) => [...t].map((c) => (c === '+' ? 1 : -1)));

describe('sign-pattern invariants', () => {
  const W = M([[1, 0], [0, 1], [1, 1]]); // rank 2, Cover 1965: 6 regions
  const all = enumerateSignPatterns(Q, W);
  const ok = (patterns: Sign[][], witnesses: Rational[][] | undefined, complete: boolean) =>
    () => assertSignPatternInvariants(Q, W, { patterns, witnesses, complete }, 'test');
  it('pass on the real enumeration, which attains Cover 1965 here', () => {
    expect(BigInt(all.patterns.length)).toBe(cover1965(3, 2));
    expect(ok(all.patterns, all.witnesses, true)).not.toThrow();
  });
  it('more patterns than Cover 1965 allows for the rank (not the column count)', () => {
    const W1 = M([[1, 2], [2, 4], [-1, -2]]); // rank 1: at most 2 sign patterns
    expect(() => assertSignPatternInvariants(Q, W1, { patterns: signs('+++', '---', '++-'), complete: false }, 'test')).toThrow(/\|S\(W\)\| = 3 exceeds Cover's bound 2 for k = 3 vectors of rank 1/);
    expect(() => assertSignPatternInvariants(Q, W1, { patterns: signs('++-', '--+'), complete: true }, 'test')).not.toThrow();
  });
  it('a pattern that is not k signs ±1, or reported twice', () => {
    expect(ok([[1, 1]], undefined, false)).toThrow(/not a vector of 3 signs/);
    expect(ok([[1, 0, 1] as Sign[]], undefined, false)).toThrow(/not a vector of 3 signs/);
    expect(ok(signs('+++', '+++'), undefined, false)).toThrow(/reported twice/);
  });
  it('a witness that does not realise its pattern exactly (or is missing, or has the wrong length)', () => {
    const x = all.witnesses[0];
    expect(ok([all.patterns[0]], [x], false)).not.toThrow();
    expect(ok([all.patterns[1]], [x], false)).toThrow(/witness of pattern 0/);
    expect(ok(all.patterns.slice(0, 2), [x], false)).toThrow(/witness of pattern 1/);
    expect(ok([all.patterns[0]], [[...x, Q.one]], false)).toThrow(/witness of pattern 0/);
    // a witness on a hyperplane (sign 0) is not a witness: (1, -1) has w_2·x = 0
    expect(ok(signs('+-+'), M([[1, -1]]), false)).toThrow(/witness of pattern 0/);
  });
  it('S(W) = -S(W) is asserted only for a complete enumeration', () => {
    const half = all.patterns.filter((s) => s[0] === 1);
    expect(ok(half, undefined, true)).toThrow(/its negation is not/);
    expect(ok(half, undefined, false)).not.toThrow();
  });
});

describe('ranking-pattern invariants', () => {
  const W = M([[0, 0], [1, 0], [0, 1]]); // 3 points in the plane: all 6 rankings
  const all = enumerateRankingPatterns(Q, W);
  const ok = (patterns: number[][], witnesses: Rational[][] | undefined, complete: boolean, V = W) =>
    () => assertRankingPatternInvariants(Q, V, { patterns, witnesses, complete }, 'test');
  it('pass on the real enumeration, which attains Cover 1967 here', () => {
    expect(BigInt(all.rankings.length)).toBe(cover1967(3, 2));
    expect(ok(all.rankings, all.witnesses, true)).not.toThrow();
  });
  it('more rankings than Cover 1967 allows for the rank of the differences', () => {
    // collinear points (differences of rank 1, although d = 2): 2 rankings at most
    const L = M([[0, 1], [1, 2], [2, 3]]);
    expect(ok([[0, 1, 2], [2, 1, 0], [1, 0, 2]], undefined, false, L)).toThrow(/\|R\(W\)\| = 3 exceeds Cover's bound 2 .* rank 1/);
    expect(ok([[0, 1, 2], [2, 1, 0]], undefined, true, L)).not.toThrow();
    expect(() => assertRankingPatternInvariants(Q, M([[1, 2]]), { patterns: [[0]], complete: true }, 'test')).not.toThrow();
  });
  it('a ranking that is not a permutation, or reported twice', () => {
    expect(ok([[0, 1]], undefined, false)).toThrow(/not a permutation/);
    expect(ok([[0, 1, 1]], undefined, false)).toThrow(/not a permutation/);
    expect(ok([[0, 1, 3]], undefined, false)).toThrow(/not a permutation/);
    expect(ok([[0, 1, 2], [0, 1, 2]], undefined, false)).toThrow(/reported twice/);
  });
  it('a witness that does not score the labels strictly in order', () => {
    const x = all.witnesses[0];
    expect(ok([all.rankings[0]], [x], false)).not.toThrow();
    expect(ok([all.rankings[1]], [x], false)).toThrow(/witness of ranking 0/);
    expect(ok(all.rankings.slice(0, 2), [x], false)).toThrow(/witness of ranking 1/);
    // x = (1, 1) ties labels 1 and 2 (scores 0, 1, 1): no strict order
    expect(ok([[1, 2, 0]], M([[1, 1]]), false)).toThrow(/witness of ranking 0/);
    expect(ok([[2, 1, 0]], M([[1, 2]]), false)).not.toThrow();
  });
  it('closure under reversal is asserted only for a complete enumeration', () => {
    const some = all.rankings.filter((r) => r[0] === 0);
    expect(ok(some, undefined, true)).toThrow(/reversal is not/);
    expect(ok(some, undefined, false)).not.toThrow();
  });
});

describe('no false alarm: real enumerations of rank-deficient matrices pass the invariants (property)', () => {
  it('random rank-deficient integer matrices', () => {
    const entry = fc.integer({ min: -3, max: 3 });
    fc.assert(fc.property(fc.integer({ min: 2, max: 5 }), fc.array(fc.tuple(entry, entry), { minLength: 2, maxLength: 5 }), (d, uv) => {
      // rows in the span of two vectors: rank ≤ 2 although d may be 5
      const W = uv.map(([a, b]) => Array.from({ length: d }, (_, j) => rat(a * (j + 1) + b * ((j * j) % 3))));
      const S = enumerateSignPatterns(Q, W);
      const R = enumerateRankingPatterns(Q, W);
      expect(S.complete && R.complete).toBe(true);
    }), fcParams(30));
  });
});
