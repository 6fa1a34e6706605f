/**
 * The dense path of `analyze` for a W too large for exact objects when the scale path is not
 * taken (`--no-scale`, or a tensor that is not float; e.g. a 50 257 × 768
 * float32 vocabulary): the tensor is held once in its native dtype (`src/io/tensor.ts`, no
 * object per entry), and only the rows `analyze` needs (the labels of `--rows`) are turned
 * into exact dyadic rationals, entry by entry (`tensorEntryRational`). What needs every
 * row exactly (rank, centered cosines, argmax, ties, patterns) is skipped with the reason.
 */
import { RationalField as Q, type Rational } from '../../field/rational.ts';
import { readTensor } from '../../io/tensor-file.ts';
import { defaultLabelAxis } from '../../io/tensor-file.ts';
import { tensorEntryRational, tensorWhere, unembeddingTensor, type Tensor } from '../../io/tensor.ts';
import { asInputError, InputError } from '../input-error.ts';
import { labelsOption } from '../labels.ts';
import type { ModelTooLargeError } from '../model-input.ts';

/** A W read densely: its shape, where it came from, and exact rows on demand. */
export interface DenseModel {
  readonly source: string;
  readonly tensor: string;
  readonly k: number;
  readonly d: number;
  readonly labels?: readonly string[];
  /** Row i as exact rationals (the dyadic value of each float), made on demand and kept. */
  row(i: number): readonly Rational[];
}

/**
 * Reads the tensor of a `ModelTooLargeError` densely (see the module doc). Throws
 * `InputError` when the file is a text file (no dense reading: the error's own line) and
 * what the tensor readers throw, naming the path.
 */
export function loadDenseModel(path: string, tooLarge: ModelTooLargeError, labels?: string): { model: DenseModel; F: typeof Q } {
  const info = tooLarge.shape.tensor;
  if (info === undefined) throw tooLarge; // JSON / CSV: read as text or not at all
  const raw: Tensor = asInputError(path, () => readTensor(path, info.name));
  const t = asInputError(path, () => unembeddingTensor(raw, defaultLabelAxis(tooLarge.shape.format)));
  const [k, d] = [t.shape[0], t.shape[1]];
  const names = labels === undefined ? undefined : labelsOption(labels, k);
  const rows = new Map<number, Rational[]>();
  const row = (i: number): Rational[] => {
    let r = rows.get(i);
    if (r === undefined) {
      r = Array.from({ length: d }, (_, j) => {
        try {
          return tensorEntryRational(t, i * d + j);
        } catch (e) {
          throw new InputError(`${tensorWhere(t)}: row ${i}, column ${j}: ${(e as Error).message}`);
        }
      });
      rows.set(i, r);
    }
    return r;
  };
  const tensor = `${info.name === '' ? 'array' : `tensor ${JSON.stringify(info.name)}`} ${info.dtype} [${info.shape.join(', ')}]`;
  return { model: { source: path, tensor, k, d, ...(names === undefined ? {} : { labels: names }), row }, F: Q };
}
