import fc from 'fast-check';
import type { Quadratic, QuadraticField } from '../../src/field/quadratic.ts';
import { rationalArb, type RationalArbOptions } from './rational.ts';

/**
 * Exact elements a + b√n of the given field Q(√n), with a, b drawn by
 * `rationalArb(opts)`. With `nonZero`, zero is excluded (a and b are not both 0).
 */
export function quadraticArb(F: QuadraticField, opts: RationalArbOptions = {}): fc.Arbitrary<Quadratic> {
  const part = rationalArb({ ...opts, nonZero: false });
  const arb = fc.tuple(part, part).map(([a, b]) => F.of(a, b));
  return opts.nonZero ? arb.filter((x) => !F.isZero(x)) : arb;
}
