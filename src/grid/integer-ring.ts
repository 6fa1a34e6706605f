import type { OrderedField } from '../field/ordered-field.ts';
import { signOf } from '../field/ordered-field.ts';

/**
 * The integers Z as BigInt, in the shape of `OrderedField<bigint>` so that the
 * ring-only algorithms of `src/linalg` (`braidDifferences`, `gramMatrix`,
 * `matMul`, `dot`) run on integer matrices unchanged.
 *
 * Z is a ring, not a field: `div(a, b)` is EXACT division only and throws
 * `RangeError` when b does not divide a (or b = 0); `fromRational(p, q)` and
 * `parse` likewise accept integers only. Never pass `IntegerRing` to an
 * algorithm that divides (rref, solve, Gaussian determinant); the grid uses
 * fraction-free elimination (`src/linalg/integer-elimination.ts`) for those.
 */
export const IntegerRing: OrderedField<bigint> = {
  name: 'Z',
  zero: 0n,
  one: 1n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => {
    if (b === 0n) throw new RangeError('integer ring: division by zero');
    if (a % b !== 0n) throw new RangeError(`integer ring: ${b} does not divide ${a}`);
    return a / b;
  },
  neg: (a) => -a,
  sign: (a) => signOf(a),
  compare: (a, b) => signOf(a - b),
  equals: (a, b) => a === b,
  isZero: (a) => a === 0n,
  fromRational: (p, q = 1) => IntegerRing.div(BigInt(p), BigInt(q)),
  parse: (s) => {
    if (!/^[+-]?\d+$/.test(s.trim())) throw new SyntaxError(`not an integer: ${JSON.stringify(s)}`);
    return BigInt(s.trim());
  },
  format: (a) => a.toString(),
  toNumber: (a) => Number(a),
};
