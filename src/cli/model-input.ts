/**
 * The model a command works on: an unembedding W (k × d, rows are labels) from a file
 * (JSON / CSV / .npy, `src/io/matrix-file.ts`) or from the shipped worked examples
 * (`examples:C.2`, `examples:H.1/W2`, `examples:H.2/A`), and an optional bias vector b
 * (one entry per label), both exact and in ONE field (Q or Q(√n)). Every bad input is an
 * `InputError` naming the file, row and column.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import { embedRational, type Rational } from '../field/rational.ts';
import { fieldKind } from '../field/field-kind.ts';
import type { Quadratic } from '../field/quadratic.ts';
import { parseEntryVector, type AnyField, type AnyFieldMatrix, type AnyFieldVector } from '../field/entry-matrix.ts';
import { loadMatrixFile, readVectorEntries } from '../io/matrix-file.ts';
import { listExampleMatrices } from '../examples/examples.ts';
import { InputError, asInputError } from './input-error.ts';
import type { Model } from '../models/model.ts';

/** A model read from the command line: a `Model` (W k × d, optional bias b of k entries, over F) and where W came from. */
export interface LoadedModel<T> extends Model<T> {
  /** Where W came from (a path or `examples:KEY/NAME`), for messages. */
  readonly source: string;
  readonly W: T[][];
  readonly bias?: T[];
}

/** A model over Q or over some Q(√n). */
export type AnyLoadedModel = LoadedModel<Rational> | LoadedModel<Quadratic>;

/** Runs generic code on a loaded model, whatever its field. */
export function withModel<R>(m: AnyLoadedModel, f: <T>(model: LoadedModel<T>) => R): R {
  return f(m as LoadedModel<unknown>);
}

/** Prefix of a matrix taken from the shipped worked examples (`src/examples/`). */
export const EXAMPLES_PREFIX = 'examples:';

/**
 * Every matrix of the shipped examples as a spec for the CLI, in file order:
 * `examples:C.1`, `examples:C.2`, `examples:C.3`, `examples:H.1/W1`, `examples:H.1/W2`,
 * `examples:H.2/A`, `examples:H.2/B` (`listExampleMatrices` of `src/examples/examples.ts`).
 */
export function exampleMatrixSpecs(): string[] {
  return listExampleMatrices().map((m) => EXAMPLES_PREFIX + m.name);
}

/** The matrix of `examples:NAME`; `InputError` listing the known names otherwise (and for `examples:H.1` without `/W1`). */
function exampleMatrix(spec: string): AnyFieldMatrix {
  const name = spec.slice(EXAMPLES_PREFIX.length);
  const all = listExampleMatrices();
  const hit = all.find((m) => m.name === name);
  if (hit) return hit.matrix;
  const parts = all.filter((m) => m.name.startsWith(name + '/')).map((m) => EXAMPLES_PREFIX + m.name);
  if (parts.length > 0) throw new InputError(`${spec} has ${parts.length} matrices: name one of ${parts.join(', ')}`);
  throw new InputError(`unknown example ${JSON.stringify(spec)}; known: ${exampleMatrixSpecs().join(', ')}`);
}

/** W over Q read into the field F ⊇ Q (entry by entry, exactly). */
function liftRationalMatrix<T>(F: OrderedField<T>, W: readonly (readonly Rational[])[]): T[][] {
  return W.map((row) => row.map((x) => embedRational(F, x)));
}

/**
 * Loads W from `spec` (a JSON / CSV / .npy file, or `examples:NAME`) and, when `opts.bias`
 * is given, a bias vector with one entry per label, both in one field: the smallest field
 * holding every entry of W and b. Throws `InputError` (naming the file, row and column) for
 * every bad input listed in `src/io/matrix-file.ts`, for fewer than `minLabels` rows
 * (default 2: k ≥ 2), for a bias of the wrong length and for W and b needing two different
 * square roots.
 */
export function loadModel(spec: string, opts: { bias?: string; minLabels?: number } = {}): AnyLoadedModel {
  const minLabels = opts.minLabels ?? 2;
  let m: AnyFieldMatrix = spec.startsWith(EXAMPLES_PREFIX) ? exampleMatrix(spec) : asInputError(spec, () => loadMatrixFile(spec));
  const k = m.W.length;
  if (k < minLabels) {
    throw new InputError(`${spec}: W has ${k} row${k === 1 ? '' : 's'} (labels); at least ${minLabels} labels are needed`);
  }
  if (opts.bias === undefined) return { source: spec, F: m.F, W: m.W } as AnyLoadedModel;
  const biasPath = opts.bias;
  const raw = asInputError(biasPath, () => readVectorEntries(biasPath));
  // The smallest field of the bias alone; then W and b in the larger of the two fields.
  const own = asInputError(biasPath, () => parseEntryVector(raw.entries, biasPath, raw.numbers));
  let b: AnyFieldVector = own;
  if ((own.F as unknown) !== m.F) {
    if (fieldKind(own.F as OrderedField<unknown>) === 'Q') {
      const field = m.F as AnyField;
      b = asInputError(biasPath, () => parseEntryVector(raw.entries, biasPath, { numbers: raw.numbers, field }));
    } else if (fieldKind(m.F as OrderedField<unknown>) === 'Q') {
      m = { F: own.F, W: liftRationalMatrix(own.F as OrderedField<unknown>, m.W as Rational[][]) } as AnyFieldMatrix;
    } else {
      throw new InputError(`${biasPath}: the bias lies in ${own.F.name} but W (${spec}) lies in ${m.F.name}; one model needs one field`);
    }
  }
  if (b.v.length !== k) {
    throw new InputError(`${biasPath}: the bias has ${b.v.length} entries but W has ${k} rows (one bias entry per label)`);
  }
  return { source: spec, F: m.F, W: m.W, bias: b.v } as AnyLoadedModel;
}

/**
 * Throws `InputError` naming the first zero row of W (as `row i`) — for computations that
 * need a cosine (Def. 5.2: the cosine of a zero vector is undefined). `what` says why.
 */
export function assertNonZeroRows<T>(F: OrderedField<T>, W: readonly (readonly T[])[], source: string, what: string): void {
  const i = W.findIndex((row) => row.every((x) => F.isZero(x)));
  if (i >= 0) throw new InputError(`${source}: row ${i} is zero, so ${what} is undefined (the cosine of a zero vector)`, { row: i });
}
