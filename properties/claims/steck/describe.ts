/**
 * Exact text of the Steck claims' models for failure details and
 * counterexamples (display only; nothing here decides anything).
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { formatExactMatrix, formatExactVector } from '../../fuzz/format.ts';

/** A model's data: X, V, σ and the named scalars / vectors in `extra` (λ, k, d …), as exact text over Q. */
export function describeModel(m: { readonly X: Matrix<Rational>; readonly V: Matrix<Rational>; readonly sigma: readonly Rational[] }, extra: Record<string, Rational | number | readonly Rational[]> = {}): string {
  const parts = Object.entries(extra).map(([name, x]) => `${name} = ${typeof x === 'number' ? String(x) : Array.isArray(x) ? formatExactVector(Q, x as readonly Rational[]) : Q.format(x as Rational)}`);
  return [formatExactMatrix(Q, m.X, 'X'), formatExactMatrix(Q, m.V, 'V'), [`σ = ${formatExactVector(Q, m.sigma)}`, ...parts].join(', ')].join('\n');
}
