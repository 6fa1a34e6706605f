/**
 * Which labels a run of the scale path decides (`--range a:b`, a shard of labels
 * a … b−1, or `--range 3,17,40`, a list), written back as the text of the JSONL
 * header, and the labels a set of results misses, as compact ranges (`3:5, 9`).
 * Labels are 0-based; `a:b` is half-open (b excluded), as Python slices.
 */
import { InputError } from '../input-error.ts';
import { rowsOption } from '../labels.ts';

/** A half-open range of labels or a list of labels (in the order given). */
export type LabelSelection = { readonly from: number; readonly to: number } | readonly number[];

/**
 * The labels of `--range TEXT` for W of k rows: `a:b` (0 ≤ a < b ≤ k) or a list of
 * distinct indices (names with `labels`); undefined text: every label (`0:k`).
 * Throws `InputError` naming `--range` otherwise.
 * @example parseLabelRange('2:5', 10) // { from: 2, to: 5 }
 * @example parseLabelRange('3,1', 10) // [3, 1]
 */
export function parseLabelRange(text: string | undefined, k: number, labels?: readonly string[]): LabelSelection {
  if (text === undefined) return { from: 0, to: k };
  const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(text);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from >= to || to > k) throw new InputError(`--range ${text}: need a:b with 0 ≤ a < b ≤ k = ${k} (labels a … b−1)`);
    return { from, to };
  }
  return rowsOption(text, k, labels, '--range');
}

/**
 * The selection as `--range` text: `a:b` or `i,j,…`.
 * @example selectionText({ from: 0, to: 4 }) // '0:4'
 */
export function selectionText(sel: LabelSelection): string {
  return isRange(sel) ? `${sel.from}:${sel.to}` : sel.join(',');
}

/**
 * The labels of a selection, in order.
 * @example selectionLabels({ from: 2, to: 4 }) // [2, 3]
 */
export function selectionLabels(sel: LabelSelection): number[] {
  return isRange(sel) ? Array.from({ length: sel.to - sel.from }, (_, t) => sel.from + t) : [...sel];
}

function isRange(sel: LabelSelection): sel is { readonly from: number; readonly to: number } {
  return !Array.isArray(sel);
}

/**
 * Labels as compact text: runs of consecutive labels as half-open `a:b`, single labels
 * as themselves, sorted (`[3, 4, 9]` → `3:5, 9`); `none` for no label.
 * @example rangesText([9, 3, 4]) // '3:5, 9'
 */
export function rangesText(labels: Iterable<number>): string {
  const sorted = [...new Set(labels)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let s = 0; s < sorted.length; ) {
    let e = s;
    while (e + 1 < sorted.length && sorted[e + 1] === sorted[e] + 1) e++;
    parts.push(e === s ? String(sorted[s]) : `${sorted[s]}:${sorted[e] + 1}`);
    s = e + 1;
  }
  return parts.length === 0 ? 'none' : parts.join(', ');
}
