import type { OrderedField } from './ordered-field.ts';
import { RationalField } from './rational.ts';
import { quadraticField, isSquareFree, type QuadraticField } from './quadratic.ts';

/**
 * Which concrete field F is, for the engine's BigInt fast paths: 'Q' for
 * `RationalField`, the `QuadraticField` itself for a cached `quadraticField(n)`,
 * and 'other' for any other implementation (which then uses its own exact
 * operations).
 */
export function fieldKind<T>(F: OrderedField<T>): 'Q' | QuadraticField | 'other' {
  if ((F as unknown) === RationalField) return 'Q';
  const n = (F as unknown as { n?: unknown }).n;
  if (typeof n === 'number' && isSquareFree(n) && (quadraticField(n) as unknown) === F) return F as unknown as QuadraticField;
  return 'other';
}
