import type { OrderedField } from './ordered-field.ts';
import { RationalField, type Rational } from './rational.ts';
import { quadraticField, splitRootTerms, type Quadratic, type QuadraticField } from './quadratic.ts';
import { rationalFromShortestDecimal } from './decimal.ts';
import { rationalFromFloat64 } from './dyadic.ts';
import { embedQuadratic } from './field-kind.ts';

/**
 * Reading matrices and vectors of exact entries (as in `examples.json`, JSON
 * files and the CLI) into the smallest field that holds them: Q, or Q(√n)
 * when some entry has a sqrt(n) term.
 *
 * An entry is a JS number, a bigint, or an exact string: an integer, a
 * decimal (`"0.95"`), a fraction (`"19/20"`), or terms with one square root
 * (`"-5/2*sqrt(2)"`, `"1/20*sqrt(39)"`, `"-8/sqrt(185)"`, `"1+sqrt(2)/2"`;
 * see `splitRootTerms`). An entry whose root coefficient is zero
 * (`"sqrt(2)-sqrt(2)"`) is rational and does not decide the field.
 *
 * JS numbers are read one of two ways (`NumberReading`):
 * - `'decimal'` (default, for JSON written by people or by `JSON.stringify`):
 *   the exact rational of the number's shortest decimal text `String(x)`, so
 *   0.1 → 1/10 (what the writer meant). Integers above 2^53 have already
 *   lost digits when JSON is parsed: write such entries as strings.
 * - `'float64'` (for float data, e.g. a trained model's weights): the exact
 *   binary value of the double, a dyadic rational, so 0.1 →
 *   3602879701896397/36028797018963968.
 *
 * Every bad input throws ONE error naming `where` and the position:
 * `TypeError` (not an array, a row that is not an array, booleans, null,
 * objects), `RangeError` (empty matrix/vector/row, ragged rows, NaN or
 * Infinity as number or string, two different square roots, an entry not in
 * a forced field, zero denominators) or `SyntaxError` (a string that is not an
 * exact number).
 */

/** A matrix W (k × d, rows are labels) together with the field of its entries. */
export interface FieldMatrix<T> {
  readonly F: OrderedField<T>;
  readonly W: T[][];
}

/** A matrix over Q or over some Q(√n), as returned by `parseEntryMatrix`. */
export type AnyFieldMatrix = FieldMatrix<Rational> | FieldMatrix<Quadratic>;

/** A vector v (e.g. the biases of k labels, one per row of W) together with the field of its entries. */
export interface FieldVector<T> {
  readonly F: OrderedField<T>;
  readonly v: T[];
}

/** A vector over Q or over some Q(√n), as returned by `parseEntryVector`. */
export type AnyFieldVector = FieldVector<Rational> | FieldVector<Quadratic>;

/** The fields entries are read into: Q (`RationalField`) or `quadraticField(n)`. */
export type AnyField = OrderedField<Rational> | QuadraticField;

/** How JS numbers are read: as their shortest decimal text, or as the exact double. */
export type NumberReading = 'decimal' | 'float64';

/**
 * Options of `parseEntryMatrix` / `parseEntryVector`. `F` is the type of the
 * forced field: `AnyField` for a concrete Q / Q(√n), `OrderedField<T>` in
 * generic code.
 */
export interface EntryOptions<F = AnyField> {
  /** How JS numbers are read (default `'decimal'`). */
  numbers?: NumberReading;
  /**
   * Read into this field instead of the smallest one, e.g. `quadraticField(2)`
   * so that two matrices share Q(√2), the field of W for its bias vector, or the
   * result of `entryField` for several arrays at once. An entry with a root the
   * field does not hold is a `RangeError`.
   */
  field?: F;
}

/** One entry split into rational part + coeff·sqrt(radicand); radicand 0 (and coeff 0) when rational. */
interface Scalar {
  readonly rational: Rational;
  readonly coeff: Rational;
  readonly radicand: number;
}

/** An entry read, with its position text for error messages. */
interface Cell {
  readonly scalar: Scalar;
  readonly raw: unknown;
  /** Position, e.g. `row 2, column 0`. */
  readonly pos: string;
  /** `where: pos`, the prefix of error messages. */
  readonly at: string;
}

const NON_FINITE_TEXT = /^[+-]?(nan|inf|infinity)$/i;

/** Short description of a bad value for an error message. */
function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'undefined') return 'undefined (a missing entry)';
  return `${typeof x} ${String(x)}`;
}

/** Adds `at` to an error's message, keeping its class. */
function located(e: unknown, at: string): Error {
  const msg = e instanceof Error ? e.message : String(e);
  // splitRootTerms throws only these two classes
  return e instanceof RangeError ? new RangeError(`${at}: ${msg}`) : new SyntaxError(`${at}: ${msg}`);
}

function readNumbersOption(numbers: unknown, where: string): NumberReading {
  const reading = numbers ?? 'decimal';
  if (reading !== 'decimal' && reading !== 'float64') {
    throw new RangeError(`${where}: numbers must be 'decimal' or 'float64', got ${describe(numbers)}`);
  }
  return reading;
}

/** Reads one entry; throws one located error for anything that is not a finite exact number. */
function readScalar(x: unknown, numbers: NumberReading, at: string): Scalar {
  const rationalScalar = (r: Rational): Scalar => ({ rational: r, coeff: RationalField.zero, radicand: 0 });
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new RangeError(`${at}: ${x} is not a finite number`);
    return rationalScalar(numbers === 'float64' ? rationalFromFloat64(x) : rationalFromShortestDecimal(x));
  }
  if (typeof x === 'bigint') return rationalScalar(RationalField.fromRational(x));
  if (typeof x === 'string') {
    if (NON_FINITE_TEXT.test(x.trim())) throw new RangeError(`${at}: ${JSON.stringify(x)} is not a finite number`);
    let s: Scalar;
    try {
      s = splitRootTerms(x);
    } catch (e) {
      throw located(e, at);
    }
    return RationalField.isZero(s.coeff) ? rationalScalar(s.rational) : s;
  }
  throw new TypeError(`${at}: expected a number or an exact string, got ${describe(x)}`);
}

/**
 * The one radicand of all cells (0 when all are rational); `RangeError`
 * naming both positions when two cells have different roots.
 */
function commonRadicand(cells: readonly Cell[], where: string): number {
  let first: Cell | undefined;
  for (const c of cells) {
    const r = c.scalar.radicand;
    if (r === 0) continue;
    if (first === undefined) first = c;
    else if (first.scalar.radicand !== r) {
      throw new RangeError(
        `${where}: two different square roots, sqrt(${first.scalar.radicand}) at ${first.pos} and ` +
          `sqrt(${r}) at ${c.pos}; all entries must lie in one field Q(sqrt(n))`,
      );
    }
  }
  return first === undefined ? 0 : first.scalar.radicand;
}

/** The cells as elements of F (`embedQuadratic`); `RangeError` at the first entry whose root is not in F. */
function cellsIn<T>(F: OrderedField<T>, cells: readonly Cell[]): T[] {
  return cells.map((c) => {
    const { rational, coeff, radicand } = c.scalar;
    try {
      return embedQuadratic(F, rational, coeff, radicand);
    } catch {
      throw new RangeError(`${c.at}: ${describe(c.raw)} has sqrt(${radicand}), which is not in ${F.name}`);
    }
  });
}

/** Q or Q(√r). */
function fieldOfRadicand(r: number): AnyField {
  return r === 0 ? RationalField : quadraticField(r);
}

/** Checks the shape of a matrix of entries and reads its cells in row order. */
function matrixCells(entries: unknown, where: string, numbers: NumberReading): { k: number; d: number; cells: Cell[] } {
  if (!Array.isArray(entries)) throw new TypeError(`${where}: expected an array of rows, got ${describe(entries)}`);
  if (entries.length === 0) throw new RangeError(`${where}: empty matrix (no rows)`);
  const k = entries.length;
  let d = 0;
  const cells: Cell[] = [];
  for (let i = 0; i < k; i++) {
    const row: unknown = entries[i];
    if (!Array.isArray(row)) throw new TypeError(`${where}: row ${i} is not an array (got ${describe(row)})`);
    if (row.length === 0) throw new RangeError(`${where}: row ${i} is empty`);
    if (i === 0) d = row.length;
    else if (row.length !== d) throw new RangeError(`${where}: ragged rows: row ${i} has ${row.length} entries but row 0 has ${d}`);
    for (let j = 0; j < d; j++) {
      const pos = `row ${i}, column ${j}`;
      const at = `${where}: ${pos}`;
      cells.push({ scalar: readScalar(row[j], numbers, at), raw: row[j], pos, at });
    }
  }
  return { k, d, cells };
}

/** Checks a vector of entries and reads its cells. */
function vectorCells(entries: unknown, where: string, numbers: NumberReading): Cell[] {
  if (!Array.isArray(entries)) throw new TypeError(`${where}: expected an array of entries, got ${describe(entries)}`);
  if (entries.length === 0) throw new RangeError(`${where}: empty vector`);
  return entries.map((x: unknown, i) => {
    const pos = `entry ${i}`;
    const at = `${where}: ${pos}`;
    return { scalar: readScalar(x, numbers, at), raw: x, pos, at };
  });
}

function toRows<T>(flat: T[], k: number, d: number): T[][] {
  return Array.from({ length: k }, (_, i) => flat.slice(i * d, (i + 1) * d));
}

/** True for an `OrderedField` (as opposed to an options object). */
function isField(x: unknown): x is OrderedField<unknown> {
  const f = x as Partial<OrderedField<unknown>> | null | undefined; // a primitive has none of these methods
  return typeof f?.parse === 'function' && typeof f.fromRational === 'function' && typeof f.compare === 'function';
}

/** Reads the third argument of the parse functions: a number reading, a field, or `{ numbers, field }`. */
function readOptions(options: unknown, where: string): { numbers: NumberReading; field?: OrderedField<unknown> } {
  if (options === undefined || typeof options === 'string') return { numbers: readNumbersOption(options, where) };
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: the options must be 'decimal', 'float64', a field or { numbers, field }, got ${describe(options)}`);
  }
  if (isField(options)) return { numbers: readNumbersOption(undefined, where), field: options };
  const { numbers, field } = options as EntryOptions<unknown>;
  if (field !== undefined && !isField(field)) {
    throw new TypeError(`${where}: options.field is not an ordered field (got ${describe(field)})`);
  }
  return { numbers: readNumbersOption(numbers, where), field: field as OrderedField<unknown> | undefined };
}

/**
 * Parses a matrix of exact entries: `entries` is an array of k ≥ 1 rows, each
 * an array of d ≥ 1 entries (W is k × d, rows are labels). The field is Q, or
 * Q(√n) when some entry has a sqrt(n) term, unless a field is forced.
 * @param entries e.g. `examples["C.3"].W`.
 * @param where name used in error messages (default `"matrix"`).
 * @param options `'decimal'` (default) or `'float64'`: how JS numbers are read
 *   (see the module doc); or a field to read into (e.g. `quadraticField(2)`, or
 *   the F of a `withField` callback, which gives a typed `FieldMatrix<T>`); or
 *   both as `{ numbers, field }`.
 * @throws TypeError / RangeError / SyntaxError naming `where`, the row and the
 *   column (see the module doc for which).
 * Source: input format of `shared/paper/examples.json`.
 *
 * @example
 * ```ts
 * const m = parseEntryMatrix([['1', '-5/2*sqrt(2)'], [0.5, 3]]);
 * [m.F.name, m.W.map((r) => r.map((v) => m.F.format(v)))]
 * // => ['Q(sqrt(2))', [['1', '-5/2*sqrt(2)'], ['1/2', '3']]]
 * Q.format(parseEntryMatrix([[0.1]], 'W', 'float64').W[0][0] as Rational)
 * // => '3602879701896397/36028797018963968'
 * parseEntryMatrix([[1, 2], [3]], 'W')
 * // throws RangeError: W: ragged rows
 * ```
 */
export function parseEntryMatrix<T>(entries: unknown, where: string, options: OrderedField<T> | (EntryOptions<OrderedField<T>> & { field: OrderedField<T> })): FieldMatrix<T>;
export function parseEntryMatrix(entries: unknown, where?: string, options?: NumberReading | AnyField | EntryOptions): AnyFieldMatrix;
export function parseEntryMatrix(entries: unknown, where = 'matrix', options?: unknown): FieldMatrix<unknown> {
  const { numbers, field } = readOptions(options, where);
  const { k, d, cells } = matrixCells(entries, where, numbers);
  const F = field ?? (fieldOfRadicand(commonRadicand(cells, where)) as OrderedField<unknown>);
  return { F, W: toRows(cellsIn(F, cells), k, d) };
}

/**
 * Parses a vector of k ≥ 1 exact entries (e.g. the biases b of k labels), into
 * the smallest field Q or Q(√n), or into a forced field (e.g. the field of W).
 * Same third argument, entry rules and errors as `parseEntryMatrix`; positions
 * are named `entry i`.
 * @param entries array of entries.
 * @param where name used in error messages (default `"vector"`).
 * Source: input format of `shared/paper/examples.json`.
 *
 * @example
 * ```ts
 * const b = parseEntryVector(['1/2', 2], 'b', quadraticField(3));
 * [b.F.name, b.v.map((x) => b.F.format(x))]
 * // => ['Q(sqrt(3))', ['1/2', '2']]
 * parseEntryVector(['sqrt(2)'], 'b', Q)
 * // throws RangeError: b: entry 0
 * ```
 */
export function parseEntryVector<T>(entries: unknown, where: string, options: OrderedField<T> | (EntryOptions<OrderedField<T>> & { field: OrderedField<T> })): FieldVector<T>;
export function parseEntryVector(entries: unknown, where?: string, options?: NumberReading | AnyField | EntryOptions): AnyFieldVector;
export function parseEntryVector(entries: unknown, where = 'vector', options?: unknown): FieldVector<unknown> {
  const { numbers, field } = readOptions(options, where);
  const cells = vectorCells(entries, where, numbers);
  const F = field ?? (fieldOfRadicand(commonRadicand(cells, where)) as OrderedField<unknown>);
  return { F, v: cellsIn(F, cells) };
}

/**
 * The smallest field, Q or Q(√n), holding every entry of a nested array of
 * entries of any depth — pass several arrays at once (`entryField([W1, W2, b])`)
 * to get the one field they must share, then read each with it as the third
 * argument of `parseEntryMatrix` / `parseEntryVector`. Checks every entry
 * (same errors as `parseEntryMatrix`, positions as `entry [i][j]...`) but not
 * shapes. Throws `RangeError` naming both positions when two roots differ.
 * Source: input format of `shared/paper/examples.json`.
 *
 * @example
 * ```ts
 * entryField([[['1', 'sqrt(2)']], ['2']]).name
 * // => 'Q(sqrt(2))'
 * entryField(['sqrt(2)', 'sqrt(3)'])
 * // throws RangeError: two different square roots
 * ```
 */
export function entryField(entries: unknown, where = 'entries'): AnyField {
  const cells: Cell[] = [];
  const walk = (x: unknown, path: number[]): void => {
    if (Array.isArray(x)) {
      x.forEach((y: unknown, i) => walk(y, [...path, i]));
      return;
    }
    const pos = `entry ${path.map((i) => `[${i}]`).join('')}`;
    const at = `${where}: ${pos}`;
    // Stryker disable next-line StringLiteral: only each entry's radicand is kept here, and it does not depend on how a JS number is read
    cells.push({ scalar: readScalar(x, 'decimal', at), raw: x, pos, at });
  };
  walk(entries, []);
  return fieldOfRadicand(commonRadicand(cells, where));
}

/**
 * Runs generic code on a parsed matrix: `f(F, W)` with F the matrix's field
 * (Q or Q(√n)) and W its k × d entries (rows are labels). Lets one call site
 * serve Q and every Q(√n); never throws by itself.
 *
 * @example
 * ```ts
 * withField(parseEntryMatrix([['1', '2'], ['3', '4']]), (F, W) => F.format(F.add(W[0][0], W[1][1])))
 * // => '5'
 * ```
 */
export function withField<R>(m: AnyFieldMatrix, f: <T>(F: OrderedField<T>, W: T[][]) => R): R {
  const g = m as FieldMatrix<unknown>;
  return f(g.F, g.W);
}
