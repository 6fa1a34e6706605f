/**
 * The one model type of cosine-verify: a softmax / sigmoid classifier with
 * unembedding W (k × d, rows are labels), an optional bias b (k entries) and
 * optional label names, all exact over one ordered field F. The logits of an
 * input embedding x are Wx + b.
 *
 * A bias enters every question the same way, by homogenisation
 * (`homogenise`): the logits Wx + b are [W | b]·(x, t) at t = 1, and for
 * t > 0 the sign of every linear form of the logits is unchanged by dividing
 * by t. So a strict system on the logits of a model with a bias is the same
 * system on the rows of [W | b] (k × (d+1)) plus one last strict row
 * (0, …, 0, 1) asking t > 0; a witness (x, t) gives the input x/t.
 * Source: Grivas, Bogoychev & Lopez (ACL 2022) for the argmax question.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { assertUnembedding } from './logits.ts';

/** A classifier with logits Wx + b: W k × d (rows are labels), bias k entries, labels k names. */
export interface Model<T> {
  readonly F: OrderedField<T>;
  readonly W: Matrix<T>;
  readonly bias?: readonly T[];
  readonly labels?: readonly string[];
}

/**
 * Throws `RangeError` unless `m` is a usable model: W rectangular with k ≥ 1
 * rows and d ≥ 1 columns, a bias (when given) of k entries and label names
 * (when given) k distinct strings. `what` names the model in the messages.
 */
export function assertModel<T>(m: Model<T>, what = 'model'): void {
  assertUnembedding(m.W, `${what}: W`);
  const [k, d] = [m.W.length, m.W[0].length];
  if (m.bias !== undefined && m.bias.length !== k) throw new RangeError(`${what}: W is ${k} × ${d} but the bias has ${m.bias.length} entries (need ${k})`);
  if (m.labels !== undefined) {
    if (m.labels.length !== k) throw new RangeError(`${what}: W has ${k} rows but ${m.labels.length} label names are given`);
    const seen = new Set<string>();
    m.labels.forEach((name, i) => {
      if (seen.has(name)) throw new RangeError(`${what}: label name ${JSON.stringify(name)} is given twice (again for label ${i})`);
      seen.add(name);
    });
  }
}

/**
 * The homogenisation of a model: `rows`, the matrix whose linear forms the
 * strict systems use — W (k × d) without a bias, [W | b] (k × (d+1)) with
 * one — and `positive`, the extra strict rows: none, or the single row
 * (0, …, 0, 1) asking t > 0 for the homogenising coordinate t. `columns` is
 * the number of unknowns (d or d + 1). Throws `RangeError` as `assertModel`.
 * Source: the homogenisation of Grivas, Bogoychev & Lopez (2022), §3.
 */
export function homogenise<T>(m: Model<T>): { rows: T[][]; positive: T[][]; columns: number } {
  assertModel(m);
  const { F, W, bias } = m;
  if (bias === undefined) return { rows: W.map((r) => r.slice()), positive: [], columns: W[0].length };
  const columns = W[0].length + 1;
  const tRow = Array.from({ length: columns }, (_, c) => (c === columns - 1 ? F.one : F.zero));
  return { rows: W.map((r, i) => [...r, bias[i]]), positive: [tRow], columns };
}
