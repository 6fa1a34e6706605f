/**
 * The rows of logit forms (`lp/queries/logit-system.ts`) on a dense float
 * unembedding W (k × d, rows are labels, optional bias b; `src/dense/`), one
 * at a time: the scale path never builds all k rows of a system. A form
 * z_plus − z_minus has the row w_plus − w_minus in x and, with a bias,
 * b_plus − b_minus in the coordinate t (the homogenised input (x, t), t > 0).
 */
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../src/field/dyadic.ts';
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { formTerms, type LogitForm } from '../queries/logit-system.ts';

/**
 * The number of columns of a system on W: d, or d + 1 with a bias (the coordinate t).
 *
 * @example
 * ```ts
 * scaleColumns(denseMatrix(new Float64Array([1, 2, 3, 4]), 2, 2, new Float64Array([0, 1])))
 * // => 3
 * ```
 */
export function scaleColumns(W: DenseMatrix): number {
  return W.d + (W.bias ? 1 : 0);
}

/**
 * The float64 row of a form in (x, t): w_plus − w_minus (and b_plus − b_minus).
 * NOT exact (a difference of floats, rounded): for LPs and float hints only.
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float64Array([1, 2, 3, 4]), 2, 2);
 * floatRow(W, difference(1, 0))
 * // => [2, 2]
 * floatRow(W, signedLogit(0, -1))
 * // => [-1, -2]
 * ```
 */
export function floatRow(W: DenseMatrix, f: LogitForm): number[] {
  const { d, data, bias } = W;
  const [plus, minus] = formTerms(f);
  const row = new Array<number>(scaleColumns(W)).fill(0);
  for (let c = 0; c < d; c++) row[c] = (plus >= 0 ? data[plus * d + c] : 0) - (minus >= 0 ? data[minus * d + c] : 0);
  if (bias) row[d] = (plus >= 0 ? bias[plus] : 0) - (minus >= 0 ? bias[minus] : 0);
  return row;
}

/**
 * The exact row of a form in (x, t): w_plus − w_minus and, with a bias,
 * b_plus − b_minus, each entry the exact difference of the dyadic rationals
 * the floats denote.
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float32Array([0.1, 0, 0, 1]), 2, 2, new Float32Array([0, 0.5]));
 * exactRow(W, difference(1, 0)).map((v) => Q.format(v))
 * // => ['-13421773/134217728', '1', '1/2']
 * ```
 */
export function exactRow(W: DenseMatrix, f: LogitForm): Rational[] {
  const [plus, minus] = formTerms(f);
  const entry = (l: number, c: number): Rational => (l < 0 ? Q.zero : rationalFromFloat64(W.data[l * W.d + c]));
  const row: Rational[] = [];
  for (let c = 0; c < W.d; c++) row.push(entry(plus, c).sub(entry(minus, c)));
  if (W.bias) {
    const b = (l: number) => (l < 0 ? Q.zero : rationalFromFloat64(W.bias![l]));
    row.push(b(plus).sub(b(minus)));
  }
  return row;
}
