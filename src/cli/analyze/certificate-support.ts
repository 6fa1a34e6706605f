/**
 * Gordan / Motzkin certificates printed sparsely: only the rows with y_t ≠ 0 (the support),
 * each by its index in the system's row order (`lp/queries/logit-system.ts`: the listed
 * strict forms, the `dominates` block in increasing l, with a bias the row t > 0) and by
 * its form (`w_2 − w_0`). A certificate of an argmax question on 50 257 labels has at most
 * d + 1 non-zero entries (Carathéodory); its dense y has 50 256.
 */
import type { OrderedField } from '../../field/ordered-field.ts';
import { sparseCertificateJSON, type ScaleCertificate } from '../../../lp/scale/scale-certificate.ts';
import { difference, formText, strictRowCount, type LogitForm, type LogitSystem } from '../../../lp/queries/logit-system.ts';
import { groupDigits } from '../budget.ts';

/** One row of the support of y: its index in the system's row order, its form, its multiplier (exact string). */
export interface SupportEntry {
  readonly row: number;
  /** `w_2 − w_0`, `w_1`, `−w_3`, or `t` (the row (0, …, 0, 1) of t > 0 with a bias). */
  readonly form: string;
  readonly y: string;
}

/**
 * The form of row `index` of system s on k labels (the inverse of `rowIndex` of
 * `lp/scale/scale-certificate.ts`), `'t'` for the row t > 0 that follows the strict rows
 * with a bias. Throws `RangeError` for an index past them.
 *
 * @example
 * rowForm({ strict: [], equal: [], dominates: { top: 2, except: [4] } }, 2, 6) // => difference(2, 3)
 */
export function rowForm(s: LogitSystem, index: number, k: number): LogitForm | 't' {
  if (index < s.strict.length) return s.strict[index];
  const n = strictRowCount(s, k);
  if (index === n) return 't';
  const b = s.dominates;
  if (b === undefined || index > n) throw new RangeError(`row ${index}: the system has ${n} strict rows`);
  const skipped = [...new Set([b.top, ...b.except])].filter((l) => l >= 0 && l < k).sort((x, y) => x - y);
  let l = index - s.strict.length;
  for (const x of skipped) if (x <= l) l++;
  return difference(b.top, l);
}

/** The text of row `index` of s (`w_2 − w_0`, or `t`). */
function rowText(s: LogitSystem, index: number, k: number): string {
  const f = rowForm(s, index, k);
  return f === 't' ? 't' : formText(f);
}

/** The support of a dense y of the exact engine (its non-zero entries, in row order). */
export function exactSupport<T>(F: OrderedField<T>, s: LogitSystem, k: number, y: readonly T[]): SupportEntry[] {
  return y.flatMap((v, row) => (F.isZero(v) ? [] : [{ row, form: rowText(s, row, k), y: F.format(v) }]));
}

/** The support of a scale certificate (`sparseCertificateJSON`: rows by index, in row order). */
export function scaleSupport(s: LogitSystem, k: number, c: ScaleCertificate & { kind: 'infeasible' }): SupportEntry[] {
  const j = sparseCertificateJSON(s, c, k);
  if (j.kind !== 'infeasible') return [];
  return j.rows.flatMap((row, t) => (/^-?0+$/.test(j.y[t]) ? [] : [{ row, form: rowText(s, row, k), y: j.y[t] }]));
}

/**
 * The text lines of an infeasibility certificate: `Gordan certificate y = {w_0: 33, w_1: 12}
 * (the support: 2 of 5 rows; y_t = 0 on every other row)`, with the equations' z (Motzkin's)
 * and the line saying what was checked.
 *
 * @example
 * certificateLines([{ row: 0, form: 'w_0', y: '33' }], 5, null)[0] // => 'Gordan certificate y = {w_0: 33} (the support: 1 of 5 rows; y_t = 0 on every other row)'
 */
export function certificateLines(support: readonly SupportEntry[], rows: number, z: { readonly form: string; readonly z: string }[] | null): string[] {
  const y = `{${support.map((e) => `${e.form}: ${e.y}`).join(', ')}} (the support: ${groupDigits(support.length)} of ${groupDigits(rows)} rows; y_t = 0 on every other row)`;
  if (z === null || z.length === 0) {
    return [`Gordan certificate y = ${y}`, '(y ≥ 0, y ≠ 0 and Σ_t y_t·row_t = 0, checked exactly: no x has every row·x > 0)'];
  }
  return [
    `Motzkin certificate y = ${y}, z = {${z.map((e) => `${e.form}: ${e.z}`).join(', ')}}`,
    '(y ≥ 0, y ≠ 0 and Σ_t y_t·row_t + Σ_s z_s·eq_s = 0, checked exactly: no x has every row·x > 0 and every eq·x = 0)',
  ];
}

/** The equations' multipliers z with their forms (`w_2 − w_4`), in `equal` order. */
export function equationMultipliers(s: LogitSystem, z: readonly string[]): { form: string; z: string }[] {
  return s.equal.map((f, e) => ({ form: formText(f), z: z[e] }));
}
