import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rationalArb } from '../../properties/arbitraries/rational.ts';
import { RationalField as Q, rat, type Rational } from '../../src/field/rational.ts';
import { defineConjecture, holds, refutedBy, type Conjecture } from '../../properties/fuzz/conjecture.ts';
import { fuzzConjecture } from '../../properties/fuzz/fuzz.ts';
import { loadConjectureModule } from '../../properties/fuzz/load.ts';

/** Toy, false: every rational with |p| ≤ 9, q ≤ 6 has x² < 10. Smallest counterexamples: ±4 (or any |x| ≥ √10). */
const squaresBelowTen: Conjecture<Rational, { square: Rational }> = defineConjecture({
  name: 'toy-squares-below-ten',
  description: 'x² < 10 for every generated rational x.',
  source: 'toy',
  expected: 'false',
  arbitrary: rationalArb({ maxNumerator: 9, maxDenominator: 2 }),
  runs: 200,
  check: (x) => {
    const square = Q.mul(x, x);
    return Q.compare(square, rat(10)) < 0 ? holds() : refutedBy({ square });
  },
  format: (x, e) => `x = ${Q.format(x)}, x² = ${Q.format(e.square)}`,
  certify: (x, e) => Q.equals(e.square, Q.mul(x, x)) && Q.compare(e.square, rat(10)) >= 0,
});

/** Toy, true: x² ≥ 0. */
const squaresNonNegative = defineConjecture<Rational, never>({
  name: 'toy-squares-non-negative',
  description: 'x² ≥ 0.',
  source: 'toy',
  expected: 'true',
  arbitrary: rationalArb(),
  check: (x) => (Q.sign(Q.mul(x, x)) >= 0 ? holds() : refutedBy(undefined as never)),
  format: () => '',
});

describe('conjecture fuzzer', () => {
  it('refutes a false conjecture with a shrunk, certified counterexample and replays it from seed and path', () => {
    const r = fuzzConjecture(squaresBelowTen, { seed: 7, runs: 200 });
    expect(r.status).toBe('refuted');
    if (r.status !== 'refuted') return;
    // recheck exactly in the test
    expect(Q.compare(Q.mul(r.counterexample, r.counterexample), rat(10))).toBeGreaterThanOrEqual(0);
    expect(r.certified).toBe(true);
    // shrunk: an integer (denominator shrinks to 1) of the smallest possible absolute value 4
    expect(Q.format(r.counterexample).replace('-', '')).toBe('4');
    expect(r.text).toContain('REFUTED');
    expect(r.text).toContain(`x = ${Q.format(r.counterexample)}`);
    expect(r.text).toContain(`--seed 7 --path ${r.path}`);
    expect(fuzzConjecture(squaresBelowTen, { seed: 7, runs: 200, replayAs: 'my/toy.ts' }).text).toContain(`(cosine-verify fuzz my/toy.ts --seed 7 --path ${r.path})`);
    const replay = fuzzConjecture(squaresBelowTen, { seed: r.seed, path: r.path });
    expect(replay.status).toBe('refuted');
    if (replay.status === 'refuted') expect(Q.equals(replay.counterexample, r.counterexample)).toBe(true);
  });

  it('reports a true conjecture as not refuted, with runs and seed', () => {
    const progress: number[] = [];
    const r = fuzzConjecture(squaresNonNegative, { seed: 3, runs: 50, onProgress: (done) => progress.push(done) });
    expect(r).toMatchObject({ status: 'not-refuted', runs: 50, seed: 3 });
    expect(r.text).toBe('toy-squares-non-negative: not refuted in 50 runs (seed 3)');
    expect(progress).toHaveLength(50);
  });

  it('refuses a refutation whose evidence does not certify, a check that throws, and a non-deterministic check', () => {
    const lying = { ...squaresBelowTen, name: 'toy-lying', certify: () => false };
    expect(() => fuzzConjecture(lying, { seed: 1, runs: 200 })).toThrow(/did not certify/);
    const throwing = { ...squaresBelowTen, name: 'toy-throwing', check: () => { throw new RangeError('boom'); } };
    expect(() => fuzzConjecture(throwing, { seed: 1, runs: 5 })).toThrow(/check threw on a generated model \(seed 1, path "[\d:]+"\): boom/);
    let calls = 0;
    const flaky: Conjecture<Rational, null> = { ...squaresNonNegative, name: 'toy-flaky', check: () => (++calls === 1 ? refutedBy(null) : holds()) };
    expect(() => fuzzConjecture(flaky, { seed: 1, runs: 5 })).toThrow(/not deterministic/);
  });

  it('rejects bad options and malformed conjectures with one clear error', () => {
    expect(() => fuzzConjecture(squaresBelowTen, { runs: 0 })).toThrow(RangeError);
    expect(() => fuzzConjecture(squaresBelowTen, { seed: 1.5 })).toThrow(RangeError);
    expect(() => fuzzConjecture(squaresBelowTen, { seed: 1, path: '1:x' })).toThrow(SyntaxError);
    expect(() => defineConjecture({ ...squaresBelowTen, name: 'Not Kebab' })).toThrow(SyntaxError);
    expect(() => defineConjecture({ ...squaresBelowTen, check: undefined as never })).toThrow(/field "check" must be a function/);
    expect(() => defineConjecture({ ...squaresBelowTen, arbitrary: {} as never })).toThrow(/fast-check Arbitrary/);
    expect(() => defineConjecture({ ...squaresBelowTen, expected: 'maybe' as never })).toThrow(/"expected"/);
  });
});

describe('loadConjectureModule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-fuzz-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('loads the README example module (default export) and fuzzes it', async () => {
    const c = await loadConjectureModule('examples/conjecture-example.ts');
    expect(c.name).toMatch(/^[a-z0-9-]+$/);
    const r = fuzzConjecture(c, { seed: 42 });
    expect(r.status).toBe(c.expected === 'false' ? 'refuted' : 'not-refuted');
    if (r.status === 'refuted') {
      expect(r.certified).toBe(true);
      expect(r.text).toMatch(/tie for the top at x = \{"kind":"witness","x":\[/);
    }
  });

  it('names the file and the problem for a missing file, a missing default export and a malformed conjecture', async () => {
    await expect(loadConjectureModule(join(dir, 'nope.mjs'))).rejects.toThrow(/nope\.mjs: file not found/);
    await expect(loadConjectureModule(file('no-default.mjs', 'export const x = 1;\n'))).rejects.toThrow(/no-default\.mjs: no default export/);
    await expect(loadConjectureModule(file('bad.mjs', 'export default { name: "bad-one", description: "d", source: "s" };\n'))).rejects.toThrow(
      /bad\.mjs: field "arbitrary" must be a fast-check Arbitrary/,
    );
    await expect(loadConjectureModule(file('broken.mjs', 'export default {;\n'))).rejects.toThrow(/broken\.mjs: failed to load/);
  });
});
