/**
 * The one error type for user-facing input errors of the CLI: a missing or
 * malformed file, a bad option value, a label index out of range, a zero row
 * where a cosine is needed ... `runCli` prints its message as ONE line on
 * stderr and exits with code 2 (never a stack trace).
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The file the error is about, when there is one. */
  readonly file?: string;
  /** 0-based row (label) index, when the error is about one. */
  readonly row?: number;
  /** 0-based column index, when the error is about one. */
  readonly column?: number;

  /**
   * @param message one line; when `where.file` is given and the message does not already name it,
   *   the message is prefixed with `<file>: `.
   */
  constructor(message: string, where: { file?: string; row?: number; column?: number } = {}) {
    const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
    super(where.file !== undefined && !oneLine.includes(where.file) ? `${where.file}: ${oneLine}` : oneLine);
    this.file = where.file;
    this.row = where.row;
    this.column = where.column;
  }
}

/**
 * Runs `f` and turns the input errors thrown by the library's parsers and validators
 * (`RangeError`, `SyntaxError`, `TypeError`, whose messages name the row and column)
 * into an `InputError` about `file`. Anything else is re-thrown unchanged.
 * Use it ONLY around parsing and validation of user input, never around computations,
 * so that a bug in a computation is not reported as bad input.
 */
export function asInputError<R>(file: string | undefined, f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw toInputError(e, file);
  }
}

/** The `InputError` for a parser's `RangeError`/`SyntaxError`/`TypeError` (others are returned unchanged). */
export function toInputError(e: unknown, file: string | undefined): unknown {
  if (e instanceof InputError) return e;
  if (e instanceof RangeError || e instanceof SyntaxError || e instanceof TypeError) {
    return new InputError(e.message, { file });
  }
  return e;
}
