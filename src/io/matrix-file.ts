/**
 * Loading an unembedding matrix W (k × d, rows are labels) or a bias vector (k entries)
 * from a file, EXACTLY, in the field its entries need (Q, or Q(√n) when an entry has sqrt(n)):
 *
 * - JSON (`.json`, or any file starting with `[` / `{`): an array of rows, or an object
 *   `{"W": rows}`; entries are JSON numbers or exact strings as in `examples.json`
 *   (`"19/20"`, `"0.95"`, `"-5/2*sqrt(2)"`). A JSON number is read as its shortest decimal
 *   text (0.1 → 1/10), as typed by a person. A bias vector is an array, `{"b": [...]}`,
 *   or a k × 1 / 1 × k matrix.
 * - CSV (`.csv`, `.tsv`, `.txt`): one row per label, cells separated by `,`, `;` or tabs,
 *   exact strings as above; lines starting with `#` and empty lines are skipped; no header row.
 * - NumPy `.npy` (detected by its magic bytes): a 2-D float64/float32 array, every value
 *   converted EXACTLY to its dyadic rational (`rationalFromFloat64`), never through decimal text.
 *
 * Errors: one `RangeError` / `SyntaxError` / `TypeError` whose message starts with the path
 * and names the row and column where it applies — a missing or unreadable file, invalid
 * JSON, ragged rows, an empty matrix, non-numeric entries, NaN or Infinity, two different
 * square roots in one matrix, a `.npy` of another dtype or truncated. Never a wrong matrix.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseNpy, npyRows } from './npy.ts';
import { parseEntryMatrix, type AnyField, type AnyFieldMatrix } from '../field/entry-matrix.ts';

/** The file formats `readMatrixEntries` understands. */
export type MatrixFileFormat = 'json' | 'csv' | 'npy';

/** The raw entries of a matrix file before they are parsed into a field. */
export interface MatrixEntries {
  readonly format: MatrixFileFormat;
  /** Rows of JSON numbers or strings (not yet validated: `parseEntryMatrix` does that). */
  readonly rows: unknown;
  /** How JS numbers are read: `decimal` (JSON, shortest decimal text) or `float64` (.npy, exact dyadic value). */
  readonly numbers: 'decimal' | 'float64';
}

const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

/** The bytes of `path`; `RangeError` naming the path when it is missing, a directory or unreadable. */
function readBytes(path: string): Buffer {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new RangeError(`${path}: no such file`);
  }
  if (!isFile) throw new RangeError(`${path}: not a regular file`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new RangeError(`${path}: cannot read the file (${(e as Error).message})`);
  }
}

/** The format of a file: `.npy` by its magic bytes, JSON by extension or a leading `[`/`{`, else CSV. */
export function detectFormat(path: string, bytes: Uint8Array): MatrixFileFormat {
  if (NPY_MAGIC.every((b, i) => bytes[i] === b)) return 'npy';
  const ext = extname(path).toLowerCase();
  if (ext === '.npy') return 'npy'; // bad magic: the .npy reader says so
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  const head = Buffer.from(bytes.subarray(0, 256)).toString('utf8').trimStart();
  return head.startsWith('[') || head.startsWith('{') ? 'json' : 'csv';
}

/** Parses JSON text; `SyntaxError` naming the path (and the position, as the JSON parser gives it). */
function parseJsonText(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`${path}: invalid JSON (${(e as Error).message})`);
  }
}

/** CSV text as rows of trimmed strings (no header row; `#` comments and empty lines skipped). */
function parseCsvText(path: string, text: string): string[][] {
  try {
    return parseCsv(text, {
      trim: true,
      skip_empty_lines: true,
      comment: '#',
      relax_column_count: true,
      delimiter: [',', ';', '\t'],
    }) as string[][];
  } catch (e) {
    throw new SyntaxError(`${path}: invalid CSV (${(e as Error).message})`);
  }
}

/**
 * Reads the raw entries of a matrix file (format detected by `detectFormat`). JSON may be
 * an array of rows or an object with the rows under `key` (default `"W"`); a leading
 * UTF-8 byte order mark is skipped in JSON and CSV text.
 * Throws as described in the module docstring (the entries themselves are validated by
 * `parseEntryMatrix` in `loadMatrixFile`).
 */
export function readMatrixEntries(path: string, key = 'W'): MatrixEntries {
  const bytes = readBytes(path);
  const format = detectFormat(path, bytes);
  if (format === 'npy') return { format, rows: npyRows(parseNpy(bytes, path)), numbers: 'float64' };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, ''); // a UTF-8 byte order mark (Windows editors) is not content
  if (format === 'csv') return { format, rows: parseCsvText(path, text), numbers: 'decimal' };
  const json = parseJsonText(path, text);
  if (Array.isArray(json)) return { format, rows: json, numbers: 'decimal' };
  if (json !== null && typeof json === 'object' && key in json) {
    return { format, rows: (json as Record<string, unknown>)[key], numbers: 'decimal' };
  }
  throw new TypeError(`${path}: expected a JSON array of rows or an object {"${key}": rows}`);
}

/**
 * Loads an unembedding matrix W (k × d) exactly from `path` (JSON, CSV or .npy; see the
 * module docstring) in the smallest field holding every entry (Q or Q(√n)), or in `field`
 * when given (an entry outside it is a `RangeError`).
 * Throws `RangeError` / `SyntaxError` / `TypeError` naming the path, row and column.
 */
export function loadMatrixFile(path: string, field?: AnyField): AnyFieldMatrix {
  const { rows, numbers } = readMatrixEntries(path);
  return parseEntryMatrix(rows, path, { numbers, field });
}

/**
 * The entries of a bias vector file: a JSON array (or `{"b": [...]}`), or a matrix with
 * one row or one column (JSON, CSV, .npy). Throws `TypeError` naming the path when the
 * file holds a matrix with more than one row and more than one column.
 */
export function readVectorEntries(path: string): { entries: unknown; numbers: 'decimal' | 'float64' } {
  const { rows, numbers } = readMatrixEntries(path, 'b');
  if (!Array.isArray(rows) || rows.length === 0 || rows.every((r) => !Array.isArray(r))) return { entries: rows, numbers };
  if (rows.every((r) => Array.isArray(r))) {
    const arr = rows as unknown[][];
    if (arr.length === 1) return { entries: arr[0], numbers };
    if (arr.every((r) => r.length === 1)) return { entries: arr.map((r) => r[0]), numbers };
  }
  throw new TypeError(`${path}: a bias vector must be a list of entries, or a matrix with one row or one column`);
}

