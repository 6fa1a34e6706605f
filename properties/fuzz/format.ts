/**
 * Text helpers for counterexamples: exact matrices, cosines (exact and
 * decimal) and certificates in the exact JSON string form
 * (`lp/engine/certificate-json.ts`). Display only; nothing here decides anything.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { shape } from '../../src/linalg/matrix.ts';
import { cosineToText, formatCosine, type ExactCosine } from '../../src/cosine/index.ts';
import type { Certificate } from '../../lp/engine/certificate.ts';
import { certificateToJSON } from '../../lp/engine/certificate-json.ts';

/**
 * A matrix W (k × d, rows are labels) over F as indented exact text, one row
 * per line, columns right-aligned, headed `name (F, k × d):`; rows are
 * prefixed by their label index.
 */
export function formatExactMatrix<T>(F: OrderedField<T>, W: Matrix<T>, name: string, indent = '  '): string {
  const [k, d] = shape(W);
  const cells = W.map((row) => row.map((x) => F.format(x)));
  const widths = Array.from({ length: d }, (_, c) => Math.max(0, ...cells.map((row) => row[c].length)));
  const labelWidth = String(Math.max(0, k - 1)).length;
  const lines = cells.map((row, i) => `${indent}${String(i).padStart(labelWidth)}: [ ${row.map((s, c) => s.padStart(widths[c])).join('  ')} ]`);
  return [`${name} (${F.name}, ${k} × ${d}):`, ...lines].join('\n');
}

/** An exact cosine as `exact ≈ decimal`, e.g. `-8/sqrt(185) ≈ -0.588172`. */
export function formatExactCosine<T>(F: OrderedField<T>, c: ExactCosine<T>, digits = 6): string {
  return `${cosineToText(F, c)} ≈ ${formatCosine(F, c, digits)}`;
}

/** A certificate as its exact JSON string form (`certificateToJSON`), on one line. */
export function formatCertificate<T>(F: OrderedField<T>, c: Certificate<T>): string {
  return JSON.stringify(certificateToJSON(F, c));
}

/** A vector of exact entries as `(a, b, c)`. */
export function formatExactVector<T>(F: OrderedField<T>, v: readonly T[]): string {
  return `(${v.map((x) => F.format(x)).join(', ')})`;
}
