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

/**
 * A labelled square or rectangular matrix of display strings: a header row of column
 * indices and each row prefixed with its index (right-aligned cells).
 */
export function formatLabelledMatrix(cells: readonly (readonly string[])[]): string[] {
  const cols = cells.length === 0 ? 0 : cells[0].length;
  const header = ['', ...Array.from({ length: cols }, (_, j) => String(j))];
  const rows = cells.map((r, i) => [String(i), ...r]);
  const lines = formatTable(header, rows, header.map(() => 'r'));
  return [lines[0], ...lines.slice(2)];
}

/** Seconds with 2 decimals for display (`0.42 s`). Not exact (timing). */
export function formatSeconds(s: number): string {
  return `${s.toFixed(2)} s`;
}
