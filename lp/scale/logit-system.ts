/**
 * Strict systems over the logits of a dense unembedding W (k × d, rows are
 * labels, optional bias b), as label-level data: the scale path never
 * materialises k rows per question.
 *
 * The logit of label l at (x, t) is ℓ_l = w_l·x + b_l·t (t = 1 is the input
 * x; without bias there is no t). A *logit form* is ℓ_plus − ℓ_minus, where
 * the index −1 stands for the zero logit (so {plus: i, minus: −1} is +ℓ_i and
 * {plus: −1, minus: i} is −ℓ_i, the rows of sign vectors). A system asks for
 * some (x, t), t > 0 with bias, making every strict form positive:
 *
 * - `strict`: forms listed one by one (the order of a top-m prefix, …);
 * - `dominates`: the compact block ℓ_top − ℓ_l > 0 for every label l ∉ {top} ∪ except
 *   ("all other labels"), held as two numbers and a short list.
 *
 * Argmax of i is `{ strict: [], dominates: { top: i, except: [] } }`; the top-m
 * prefix π_0 ≻ … ≻ π_{m−1} is `strict: [π_t − π_{t+1}]`, `dominates: { top: π_{m−1},
 * except: [π_0 … π_{m−2}] }`. Equality forms (ties: ℓ_i − ℓ_j = 0) are part
 * of the data model but not yet decided by the scale engine.
 * Source: Grivas, Bogoychev & Lopez (ACL 2022); notes §5 (Gordan / Motzkin).
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';

/** ℓ_plus − ℓ_minus (−1: the zero logit). */
export interface LogitForm {
  readonly plus: number;
  readonly minus: number;
}

/** The compact block ℓ_top − ℓ_l > 0 for all labels l ∉ {top} ∪ except. */
export interface DominatesBlock {
  readonly top: number;
  readonly except: readonly number[];
}

/** A strict system over the logits (see the module docstring). */
export interface LogitSystem {
  readonly strict: readonly LogitForm[];
  readonly dominates?: DominatesBlock;
  /** Equality forms (= 0); must be empty for the scale engine today. */
  readonly equal?: readonly LogitForm[];
}

/**
 * The system "label i is the unique argmax": ℓ_i − ℓ_j > 0 for every j ≠ i.
 * @example
 * argmaxSystem(3); // { strict: [], dominates: { top: 3, except: [] } }
 */
export function argmaxSystem(i: number): LogitSystem {
  return { strict: [], dominates: { top: i, except: [] } };
}

/**
 * The system "labels π_0 ≻ π_1 ≻ … ≻ π_{m−1} are the m most likely labels, in
 * this order": ℓ_{π_t} − ℓ_{π_{t+1}} > 0 (t < m − 1) and ℓ_{π_{m−1}} − ℓ_l > 0 for
 * every other label l. Throws `RangeError` for an empty or repeating prefix.
 * @example
 * topPrefixSystem([4, 1]); // strict [4 − 1], dominates { top: 1, except: [4] }
 */
export function topPrefixSystem(prefix: readonly number[]): LogitSystem {
  if (prefix.length === 0) throw new RangeError('top-m prefix: the prefix is empty');
  if (new Set(prefix).size !== prefix.length) throw new RangeError(`top-m prefix: labels repeat in [${prefix.join(', ')}]`);
  const strict = prefix.slice(0, -1).map((a, t) => ({ plus: a, minus: prefix[t + 1] }));
  return { strict, dominates: { top: prefix[prefix.length - 1], except: prefix.slice(0, -1) } };
}

/**
 * Throws `RangeError` unless every label of the system is an integer in
 * 0 … k−1 (or −1 in a form), naming the label and k; and when the system has
 * equality forms (not decided by the scale engine yet).
 */
export function assertSystem(W: DenseMatrix, s: LogitSystem): void {
  const ok = (l: number, zeroAllowed: boolean) => Number.isInteger(l) && l < W.k && (l >= 0 || (zeroAllowed && l === -1));
  const bad = (l: number) => new RangeError(`logit system: label ${l} is not a label of W (k = ${W.k}; valid 0 … ${W.k - 1})`);
  for (const f of s.strict) {
    if (!ok(f.plus, true)) throw bad(f.plus);
    if (!ok(f.minus, true)) throw bad(f.minus);
    if (f.plus === f.minus) throw new RangeError(`logit system: the form ℓ_${f.plus} − ℓ_${f.minus} is zero`);
  }
  if (s.dominates) {
    if (!ok(s.dominates.top, false)) throw bad(s.dominates.top);
    for (const l of s.dominates.except) if (!ok(l, false)) throw bad(l);
  }
  if (s.equal && s.equal.length > 0) throw new RangeError('logit system: equality forms (ties) are not decided by the scale path yet');
}

/** Whether label l has a row in the dominates block of s. */
export function inBlock(s: LogitSystem, l: number): boolean {
  const b = s.dominates;
  return b !== undefined && l !== b.top && l >= 0 && !b.except.includes(l);
}

/** The number of columns of the system: d, or d + 1 with a bias (the coordinate t). */
export function systemColumns(W: DenseMatrix): number {
  return W.d + (W.bias ? 1 : 0);
}

/**
 * The float64 row of a form in (x, t): w_plus − w_minus (and b_plus − b_minus).
 * NOT exact (a difference of floats, rounded): for the LP only.
 */
export function floatRow(W: DenseMatrix, f: LogitForm): number[] {
  const { d, data, bias } = W;
  const row = new Array<number>(systemColumns(W)).fill(0);
  for (let c = 0; c < d; c++) row[c] = (f.plus >= 0 ? data[f.plus * d + c] : 0) - (f.minus >= 0 ? data[f.minus * d + c] : 0);
  if (bias) row[d] = (f.plus >= 0 ? bias[f.plus] : 0) - (f.minus >= 0 ? bias[f.minus] : 0);
  return row;
}
