import { describe, expect, it, vi } from 'vitest';
import { buildCaseMatrices } from '../../src/grid/case-matrices.ts';
import { patternCheck } from '../../src/grid/pattern-check.ts';
import { RationalField as Q } from '../../src/field/rational.ts';

// The engine's enumeration, with a switch that corrupts the first witness it returns
// (negates it: sign(Mx) becomes −s), to see that the grid's re-check acts on a failure.
const corrupt = vi.hoisted(() => ({ on: false }));
vi.mock('../../lp/arrangements/sign-patterns.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lp/arrangements/sign-patterns.ts')>();
  return {
    ...real,
    enumerateSignPatterns: ((...args: Parameters<typeof real.enumerateSignPatterns>) => {
      const out = real.enumerateSignPatterns(...args);
      if (!corrupt.on || out.witnesses.length === 0) return out;
      const [first, ...rest] = out.witnesses;
      return { ...out, witnesses: [first.map((v) => Q.neg(v as never)), ...rest] };
    }) as typeof real.enumerateSignPatterns,
  };
});

const W = [[0.5, -1.25, 2], [1.75, 0.25, -0.5], [-1, 1.5, 0.75], [0.125, -2, -1.5], [2.5, 0.375, 1]];

describe('patternCheck re-checks every witness of the engine exactly', () => {
  it('counts them all when they hold, and throws (never reports "equal") when one fails', () => {
    const cm = buildCaseMatrices(W, { n: 5, d: 3, seed: 0, braid: false, cosine: false });
    corrupt.on = false;
    const ok = patternCheck(cm);
    expect(ok.status).toBe('checked');
    if (ok.status === 'checked') expect(ok.witnessesVerified).toBe(ok.sizeM + ok.sizeL);
    corrupt.on = true;
    try {
      expect(() => patternCheck(cm)).toThrow(/fails the exact check \(internal error\)/);
    } finally {
      corrupt.on = false;
    }
  });
});
