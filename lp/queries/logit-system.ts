/**
 * Questions about a classifier as data over its labels: every strict row and
 * every equation of a question's system is a linear form of the logits
 * z = Wx + b — the difference z_a − z_b of two labels' logits (argmax, ties,
 * rankings, top-m prefixes) or a signed logit ±z_i (sign vectors). A
 * `LogitSystem` says only which labels; `logitSystemMatrices` is the ONE
 * function that turns it, for a `Model` with or without bias, into the exact
 * matrices {A x > 0, B x = 0} of `decideStrictSystem`. An engine that never
 * builds rows (a float engine at scale) can evaluate the same system from the
 * logits alone.
 */
import type { Model } from '../../src/models/model.ts';
import { homogenise } from '../../src/models/model.ts';

/** z_above − z_below: label `above` scores higher than label `below` (strict), or ties with it (equation). */
export interface LogitDifference {
  readonly kind: 'difference';
  readonly above: number;
  readonly below: number;
}

/** sign·z_label: the logit of `label` is positive (sign 1) or negative (sign −1). */
export interface SignedLogit {
  readonly kind: 'logit';
  readonly label: number;
  readonly sign: 1 | -1;
}

/** A linear form of the logits. */
export type LogitForm = LogitDifference | SignedLogit;

/** A strict system on the logits: every `strict` form > 0 and every `equal` form = 0, in row order. */
export interface LogitSystem {
  readonly strict: readonly LogitForm[];
  readonly equal: readonly LogitForm[];
}

/** The exact strict system of a question on a model: A x > 0, B x = 0 with x of `columns` entries. */
export interface StrictSystem<T> {
  readonly A: T[][];
  readonly B: T[][];
  readonly columns: number;
}

/**
 * `z_above − z_below` as a form.
 *
 * @example
 * ```ts
 * difference(2, 0)
 * // => { kind: 'difference', above: 2, below: 0 }
 * ```
 */
export function difference(above: number, below: number): LogitDifference {
  return { kind: 'difference', above, below };
}

/**
 * `sign·z_label` as a form.
 *
 * @example
 * ```ts
 * signedLogit(1, -1)
 * // => { kind: 'logit', label: 1, sign: -1 }
 * ```
 */
export function signedLogit(label: number, sign: 1 | -1): SignedLogit {
  return { kind: 'logit', label, sign };
}

/**
 * The text of a form over the rows w of W: `w_2 − w_0`, `w_1`, `−w_3`.
 *
 * @example
 * ```ts
 * formText(difference(2, 0))
 * // => 'w_2 − w_0'
 * formText(signedLogit(3, -1))
 * // => '−w_3'
 * ```
 */
export function formText(f: LogitForm): string {
  return f.kind === 'difference' ? `w_${f.above} − w_${f.below}` : `${f.sign < 0 ? '−' : ''}w_${f.label}`;
}

/**
 * The exact matrices of a logit system on a model (W k × d over F, optional
 * bias b): each form becomes a row of the homogenisation `homogenise(model)`
 * — a difference (w_a − w_b), a signed logit s·w_i; with a bias the same on
 * [W | b], i.e. (w_a − w_b, b_a − b_b) and (s·w_i, s·b_i) — strict forms in
 * order into A, then (with a bias) the row (0, …, 0, 1) as the last row of
 * A; equations into B. `columns` is d, or d + 1 with a bias.
 * Throws `RangeError` when the model is malformed (`assertModel`) or a form
 * names a label outside 0 … k−1.
 * Source: notes §5 (strict systems), Grivas, Bogoychev & Lopez (2022) (bias).
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1]].map((r) => r.map((v) => Q.fromRational(v)));
 * const sys = { strict: [difference(0, 1)], equal: [] };
 * logitSystemMatrices({ F: Q, W }, sys).A.map((r) => r.map((v) => Q.format(v)))
 * // => [['1', '-1']]
 * const withBias = logitSystemMatrices({ F: Q, W, bias: [Q.one, Q.zero] }, sys);
 * withBias.A.map((r) => r.map((v) => Q.format(v)))
 * // => [['1', '-1', '1'], ['0', '0', '1']]
 * logitSystemMatrices({ F: Q, W }, { strict: [difference(0, 5)], equal: [] })
 * // throws RangeError: label 5
 * ```
 */
export function logitSystemMatrices<T>(model: Model<T>, system: LogitSystem): StrictSystem<T> {
  const { F } = model;
  const { rows, positive, columns } = homogenise(model);
  const k = rows.length;
  const label = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`logit system: label ${i} is not a label of the model (k = ${k}; valid 0 … ${k - 1})`);
    return rows[i];
  };
  const row = (f: LogitForm): T[] => {
    if (f.kind === 'difference') {
      const [a, b] = [label(f.above), label(f.below)];
      return a.map((v, c) => F.sub(v, b[c]));
    }
    const r = label(f.label);
    return f.sign === 1 ? r.slice() : r.map((v) => F.neg(v));
  };
  return { A: [...system.strict.map(row), ...positive], B: system.equal.map(row), columns };
}
