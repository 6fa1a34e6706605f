/**
 * Plain-text tables for the CLI (display only): columns padded to the widest cell,
 * separated by two spaces, a dashed rule under the header.
 */

/** Alignment of one column: `l` left (default) or `r` right (numbers). */
export type Align = 'l' | 'r';

/**
 * The lines of a table with `header` and `rows` (every row has `header.length` cells;
 * throws `RangeError` naming the row otherwise). `align[c]` aligns column c.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  rows.forEach((r, i) => {
    if (r.length !== header.length) throw new RangeError(`table row ${i} has ${r.length} cells, the header has ${header.length}`);
  });
  const width = header.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]].length)));
  const pad = (s: string, c: number): string => {
    const fill = ' '.repeat(width[c] - [...s].length);
    return align[c] === 'r' ? fill + s : s + fill;
  };
  const line = (cells: readonly string[]): string => cells.map(pad).join('  ').trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** Names up to this length head the columns of a labelled matrix; longer ones only label the rows. */
const COLUMN_NAME_WIDTH = 10;

/**
 * A labelled square matrix of display strings over the labels `indices` (default 0 … n−1):
 * a header row of column labels and each row prefixed with its label (right-aligned cells).
 * With `names` (one per label of W), rows read `2 fear` and columns the name when every
 * shown name is at most 10 characters, else the index.
 */
export function formatLabelledMatrix(cells: readonly (readonly string[])[], indices?: readonly number[], names?: readonly string[]): string[] {
  const idx = indices ?? cells.map((_, i) => i);
  const shortNames = names !== undefined && idx.every((i) => [...names[i]].length <= COLUMN_NAME_WIDTH);
  const header = ['', ...idx.map((i) => (shortNames ? names![i] : String(i)))];
  const rows = cells.map((r, t) => [names === undefined ? String(idx[t]) : `${idx[t]} ${names[idx[t]]}`, ...r]);
  const lines = formatTable(header, rows, [names === undefined ? 'r' : 'l', ...idx.map((): Align => 'r')]);
  return [lines[0], ...lines.slice(2)];
}

/** Seconds with 2 decimals for display (`0.42 s`). Not exact (timing). */
export function formatSeconds(s: number): string {
  return `${s.toFixed(2)} s`;
}
