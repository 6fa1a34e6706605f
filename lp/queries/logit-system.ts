/**
 * Questions about a classifier as data over its labels: every strict row and
 * every equation of a question's system is a linear form of the logits
 * z = Wx + b — the difference z_a − z_b of two labels' logits (argmax, ties,
 * rankings, top-m prefixes) or a signed logit ±z_i (sign vectors). A
 * `LogitSystem` says only which labels, in size independent of k where it
 * can: the compact block `dominates` {top, except} stands for the k − 1 − |except|
 * rows z_top − z_l of "label top beats every label outside a set", so argmax,
 * ties and top-m prefixes are O(1)-size data whatever the vocabulary.
 *
 * ONE type serves both engines:
 * - the exact engine: `logitSystemMatrices` is the ONE function that turns a
 *   system, for a `Model` with or without bias, into the exact matrices
 *   {A x > 0, B x = 0} of `decideStrictSystem` (the block expanded in
 *   increasing l, after the listed strict forms);
 * - the scale engine (`lp/scale/`) never expands the block: it evaluates the
 *   same system from the logits of a dense float W (filtered, re-decided exactly).
 *
 * Row order (the order of A, of certificates and of `decide --json`): the
 * `strict` forms as listed, then the block's rows z_top − z_l in increasing l,
 * then, with a bias, the row (0, …, 0, 1) for t > 0; equations in `equal` order.
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

/** The compact block z_top − z_l > 0 for every label l ∉ {top} ∪ except ("top beats all other labels"). */
export interface DominatesBlock {
  readonly top: number;
  readonly except: readonly number[];
}

/**
 * A strict system on the logits: every `strict` form > 0, every row of the
 * `dominates` block > 0 and every `equal` form = 0 (row order: see the module doc).
 */
export interface LogitSystem {
  readonly strict: readonly LogitForm[];
  readonly equal: readonly LogitForm[];
  readonly dominates?: DominatesBlock;
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
 * The two terms of a form's value z_plus − z_minus, −1 standing for the zero
 * logit: difference(a, b) → [a, b], signedLogit(i, 1) → [i, −1],
 * signedLogit(i, −1) → [−1, i]. The scale engine evaluates forms this way.
 *
 * @example
 * ```ts
 * formTerms(difference(2, 0))
 * // => [2, 0]
 * formTerms(signedLogit(3, -1))
 * // => [-1, 3]
 * ```
 */
export function formTerms(f: LogitForm): readonly [number, number] {
  if (f.kind === 'difference') return [f.above, f.below];
  return f.sign === 1 ? [f.label, -1] : [-1, f.label];
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
 * Whether label l has a row z_top − z_l in the system's `dominates` block
 * (l is a label, not the top, not excepted).
 *
 * @example
 * ```ts
 * const s = { strict: [], equal: [], dominates: { top: 2, except: [0] } };
 * [0, 1, 2, 3].map((l) => inDominates(s, l))
 * // => [false, true, false, true]
 * ```
 */
export function inDominates(system: LogitSystem, l: number): boolean {
  const b = system.dominates;
  return b !== undefined && l !== b.top && l >= 0 && !b.except.includes(l);
}

/**
 * The labels l of the `dominates` block for k labels, in increasing l (its rows z_top − z_l);
 * `[]` without a block.
 *
 * @example
 * ```ts
 * dominatedLabels({ strict: [], equal: [], dominates: { top: 1, except: [3] } }, 5)
 * // => [0, 2, 4]
 * ```
 */
export function dominatedLabels(system: LogitSystem, k: number): number[] {
  if (system.dominates === undefined) return [];
  const out: number[] = [];
  for (let l = 0; l < k; l++) if (inDominates(system, l)) out.push(l);
  return out;
}

/**
 * Every strict row of the system for k labels as a form, in row order: the
 * `strict` forms as listed, then the block's rows z_top − z_l in increasing l
 * (the bias row t > 0 is not a form; `logitSystemMatrices` appends it).
 *
 * @example
 * ```ts
 * strictForms({ strict: [difference(0, 2)], equal: [], dominates: { top: 2, except: [0] } }, 4).map(formText)
 * // => ['w_0 − w_2', 'w_2 − w_1', 'w_2 − w_3']
 * ```
 */
export function strictForms(system: LogitSystem, k: number): LogitForm[] {
  const top = system.dominates?.top ?? -1;
  return [...system.strict, ...dominatedLabels(system, k).map((l) => difference(top, l))];
}

/**
 * The number of strict rows of the system for k labels (the listed forms plus
 * the block's rows), without the bias row; computed without expanding the block.
 *
 * @example
 * ```ts
 * strictRowCount({ strict: [difference(0, 2)], equal: [], dominates: { top: 2, except: [0] } }, 50257)
 * // => 50256
 * ```
 */
export function strictRowCount(system: LogitSystem, k: number): number {
  const b = system.dominates;
  if (b === undefined) return system.strict.length;
  const excepted = new Set(b.except.filter((l) => l !== b.top && l >= 0 && l < k)).size;
  return system.strict.length + k - 1 - excepted;
}

/**
 * Throws `RangeError` unless every label the system names is a label of a
 * model with k labels (an integer in 0 … k−1), naming the label and k, or
 * when a form is identically zero (z_a − z_a).
 *
 * @example
 * ```ts
 * assertLogitSystem({ strict: [difference(0, 1)], equal: [], dominates: { top: 1, except: [] } }, 2)
 * // => undefined
 * assertLogitSystem({ strict: [], equal: [], dominates: { top: 4, except: [] } }, 3)
 * // throws RangeError: label 4 is not a label of the model (k = 3
 * assertLogitSystem({ strict: [difference(1, 1)], equal: [], }, 3)
 * // throws RangeError: is zero
 * ```
 */
export function assertLogitSystem(system: LogitSystem, k: number): void {
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`logit system: label ${i} is not a label of the model (k = ${k}; valid 0 … ${k - 1})`);
  };
  for (const f of [...system.strict, ...system.equal]) {
    if (f.kind === 'difference') {
      check(f.above);
      check(f.below);
      if (f.above === f.below) throw new RangeError(`logit system: the form ${formText(f)} is zero`);
    } else check(f.label);
  }
  if (system.dominates !== undefined) {
    check(system.dominates.top);
    system.dominates.except.forEach(check);
  }
}

/**
 * The exact matrices of a logit system on a model (W k × d over F, optional
 * bias b): each strict row (`strictForms`: the listed forms, then the block
 * in increasing l) becomes a row of the homogenisation `homogenise(model)` —
 * a difference (w_a − w_b), a signed logit s·w_i; with a bias the same on
 * [W | b], i.e. (w_a − w_b, b_a − b_b) and (s·w_i, s·b_i) — in order into A,
 * then (with a bias) the row (0, …, 0, 1) as the last row of A; equations
 * into B. `columns` is d, or d + 1 with a bias.
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
 * logitSystemMatrices({ F: Q, W }, { strict: [], equal: [], dominates: { top: 1, except: [] } }).A.map((r) => r.map((v) => Q.format(v)))
 * // => [['-1', '1']]
 * logitSystemMatrices({ F: Q, W }, { strict: [difference(0, 5)], equal: [] })
 * // throws RangeError: label 5
 * ```
 */
export function logitSystemMatrices<T>(model: Model<T>, system: LogitSystem): StrictSystem<T> {
  const { F } = model;
  const { rows, positive, columns } = homogenise(model);
  const k = rows.length;
  assertLogitSystem(system, k);
  const row = (f: LogitForm): T[] => {
    if (f.kind === 'difference') {
      const [a, b] = [rows[f.above], rows[f.below]];
      return a.map((v, c) => F.sub(v, b[c]));
    }
    const r = rows[f.label];
    return f.sign === 1 ? r.slice() : r.map((v) => F.neg(v));
  };
  return { A: [...strictForms(system, k).map(row), ...positive], B: system.equal.map(row), columns };
}
