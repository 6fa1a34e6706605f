/**
 * Sparse certificates of the scale path and their exact, independent check.
 *
 * - witness: x (d exact strings) and, with a bias, t > 0: every strict form
 *   of the system is positive at (x, t);
 * - infeasible (Gordan / Motzkin): multipliers y ≥ 0 on a few rows of the
 *   system, named sparsely — a number j is the row ℓ_top − ℓ_j of the
 *   dominates block, a pair [a, b] the strict form ℓ_a − ℓ_b — and, with a
 *   bias, yT ≥ 0 on the row t > 0; not all zero; and Σ y_r·row_r + yT·e_t = 0
 *   exactly. At most d + 1 rows (d + 2 with the bias row) are ever needed
 *   (Carathéodory). Values are exact strings "p/q".
 * Source: Gordan (1873), Motzkin (1936); notes §5.
 */
import { RationalField as Q, formatRational, parseRational, type Rational } from '../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../src/field/dyadic.ts';
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { commonExponent } from '../../src/dense/exact-integers.ts';
import { inBlock, type LogitForm, type LogitSystem } from './logit-system.ts';

/** A row of a system named sparsely: j (dominates block, ℓ_top − ℓ_j) or [a, b] (strict form ℓ_a − ℓ_b). */
export type RowRef = number | readonly [number, number];

/** A sparse certificate (JSON-ready: exact strings). */
export type ScaleCertificate =
  | { readonly kind: 'witness'; readonly x: readonly string[]; readonly t?: string }
  | { readonly kind: 'infeasible'; readonly rows: readonly RowRef[]; readonly y: readonly string[]; readonly yT?: string };

/** The form of a row reference in system s, or null when s has no such row. */
export function formOf(s: LogitSystem, r: RowRef): LogitForm | null {
  if (typeof r === 'number') return s.dominates && inBlock(s, r) ? { plus: s.dominates.top, minus: r } : null;
  const [a, b] = r;
  return s.strict.some((f) => f.plus === a && f.minus === b) ? { plus: a, minus: b } : null;
}

/** The exact value of entry (l, c) of W (0 for l = −1). */
function entry(W: DenseMatrix, l: number, c: number): Rational {
  return l < 0 ? Q.zero : rationalFromFloat64(W.data[l * W.d + c]);
}

/** The exact row of a form in (x, t): w_plus − w_minus and, with a bias, b_plus − b_minus. */
export function exactRow(W: DenseMatrix, f: LogitForm): Rational[] {
  const row: Rational[] = [];
  for (let c = 0; c < W.d; c++) row.push(entry(W, f.plus, c).sub(entry(W, f.minus, c)));
  if (W.bias) {
    const b = (l: number) => (l < 0 ? Q.zero : rationalFromFloat64(W.bias![l]));
    row.push(b(f.plus).sub(b(f.minus)));
  }
  return row;
}

/**
 * Exact strings of a float vector: entry c is "n_c/2^s" with ONE s for the
 * whole vector (`commonExponent`), so n_c = x_c·2^s is an integer; fractions
 * are not reduced (still exact). Falls back to `formatRational` per entry
 * when the integers leave the safe range.
 * @example
 * exactStrings([0.5, -0.75, 3]); // ['2/4', '-3/4', '12/4']
 */
export function exactStrings(v: ArrayLike<number>): string[] {
  const E = commonExponent(v);
  const out = new Array<string>(v.length);
  const scale = 2 ** -E;
  const q = E < 0 ? `/${1n << BigInt(-E)}` : '';
  for (let c = 0; c < v.length; c++) {
    const n = v[c] * scale;
    out[c] = E < 0 && E >= -1000 && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? `${n}${q}` : formatRational(rationalFromFloat64(v[c]));
  }
  return out;
}

/**
 * Checks a sparse certificate for system s on W (k × d, optional bias)
 * EXACTLY, with fraction.js rationals only:
 * - witness: x has d entries (and t > 0 with a bias); every strict form and
 *   every row of the dominates block is positive (k exact logits: O(k·d));
 * - infeasible: every row exists in s and appears once, y ≥ 0 (and yT ≥ 0),
 *   not all zero, Σ y_r·row_r + yT·e_t = 0 (O(|rows|·d)).
 * Returns false for a wrong certificate; throws `SyntaxError` for an entry
 * that is not an exact rational, `TypeError` for an unknown kind.
 * @example
 * const W = denseMatrix(new Float64Array([0, 0, 2, 0, 1, 0]), 3, 2);
 * checkScaleCertificate(W, argmaxSystem(2), { kind: 'infeasible', rows: [0, 1], y: ['1', '1'] }); // true: 2w_2 = w_0 + w_1
 */
export function checkScaleCertificate(W: DenseMatrix, s: LogitSystem, c: ScaleCertificate): boolean {
  if (c.kind === 'witness') {
    if (c.x.length !== W.d) return false;
    const x = c.x.map(parseRational);
    const t = W.bias ? (c.t === undefined ? null : parseRational(c.t)) : Q.zero;
    if (t === null || (W.bias && Q.sign(t) <= 0)) return false;
    const logit = (l: number): Rational => {
      if (l < 0) return Q.zero;
      let v = W.bias ? rationalFromFloat64(W.bias[l]).mul(t) : Q.zero;
      for (let col = 0; col < W.d; col++) v = v.add(entry(W, l, col).mul(x[col]));
      return v;
    };
    for (const f of s.strict) if (Q.sign(logit(f.plus).sub(logit(f.minus))) <= 0) return false;
    if (s.dominates) {
      const top = logit(s.dominates.top);
      for (let l = 0; l < W.k; l++) if (inBlock(s, l) && Q.sign(top.sub(logit(l))) <= 0) return false;
    }
    return true;
  }
  if (c.kind === 'infeasible') {
    if (c.rows.length !== c.y.length || (c.yT !== undefined && !W.bias)) return false;
    const seen = new Set<string>();
    const sum = new Array<Rational>(W.d + (W.bias ? 1 : 0)).fill(Q.zero);
    let positive = false;
    for (let r = 0; r < c.rows.length; r++) {
      const f = formOf(s, c.rows[r]);
      const key = JSON.stringify(c.rows[r]);
      if (f === null || seen.has(key)) return false;
      seen.add(key);
      const y = parseRational(c.y[r]);
      if (Q.sign(y) < 0) return false;
      if (Q.sign(y) > 0) positive = true;
      exactRow(W, f).forEach((v, col) => { sum[col] = sum[col].add(v.mul(y)); });
    }
    if (c.yT !== undefined) {
      const yT = parseRational(c.yT);
      if (Q.sign(yT) < 0) return false;
      if (Q.sign(yT) > 0) positive = true;
      sum[W.d] = sum[W.d].add(yT);
    }
    return positive && sum.every((v) => Q.isZero(v));
  }
  throw new TypeError(`checkScaleCertificate: unknown certificate kind ${JSON.stringify((c as { kind?: unknown }).kind)}`);
}
