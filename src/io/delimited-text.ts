/**
 * Matrices as delimited text, one row per label: CSV (cells separated by `,`,
 * `;` or tabs, parsed by `csv-parse`) or, when no line has one of those,
 * columns separated by runs of spaces (numpy's `savetxt` default). Lines
 * starting with `#` (a `savetxt` header) and empty lines are skipped; there
 * is no header row. Cells in exponent notation (`1e-05`,
 * `1.000000000000000021e-01`) become the exact decimals they denote
 * (`expandExponent`); other cells are left as text for the entry parser
 * (integers, decimals, fractions, square roots). In a space-separated file a
 * cell holds no spaces (`1-sqrt(2)/2`, not `1 - sqrt(2)/2`).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { expandExponent } from './number-text.ts';

/** True when some line outside a `#` comment has a CSV delimiter. */
function hasCsvDelimiter(text: string): boolean {
  return text.split(/\r?\n/).some((line) => /[,;\t]/.test(line.replace(/#.*$/, '')));
}

/**
 * The cells of delimited text as rows of strings, exponent notation expanded
 * (see the module doc). Throws `SyntaxError` naming `path` for CSV that
 * `csv-parse` rejects (e.g. an unclosed quote), `RangeError` naming the row
 * and column of an exponent too large to expand.
 * @example parseDelimitedText('1.0e+00 -2.5e-01\n3 4\n', 'W.txt') // [['1', '-0.25'], ['3', '4']]
 */
export function parseDelimitedText(text: string, path: string): string[][] {
  let rows: string[][];
  if (hasCsvDelimiter(text)) {
    try {
      rows = parseCsv(text, { trim: true, skip_empty_lines: true, comment: '#', relax_column_count: true, delimiter: [',', ';', '\t'] }) as string[][];
    } catch (e) {
      throw new SyntaxError(`${path}: invalid CSV (${(e as Error).message})`);
    }
  } else {
    rows = text
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter((line) => line !== '')
      .map((line) => line.split(/\s+/));
  }
  return rows.map((row, i) =>
    row.map((cell, j) => {
      try {
        return expandExponent(cell) ?? cell;
      } catch (e) {
        throw new RangeError(`${path}: row ${i}, column ${j}: ${(e as Error).message}`);
      }
    }),
  );
}
