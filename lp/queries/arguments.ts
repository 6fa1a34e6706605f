/**
 * Parsers of the label arguments of questions, from text as typed on a
 * command line (labels are 0-based): one label (`"2"`), a list (`"2,0,1"`),
 * a list of distinct labels, a ranking (a permutation of all k labels), a
 * pair. Every error is a `RangeError` or `SyntaxError` naming the bad item
 * and its position; callers prefix the option (`--ranking: …`).
 */

/**
 * A label index in 0 … k−1 from `text` (decimal digits, surrounding blanks
 * ignored). Throws `SyntaxError` for anything but digits, `RangeError` naming
 * the valid range otherwise.
 *
 * @example
 * ```ts
 * parseLabelIndex(' 3 ', 5)
 * // => 3
 * parseLabelIndex('5', 5)
 * // throws RangeError: label index 5 is out of range (labels are 0 … 4)
 * parseLabelIndex('-1', 5)
 * // throws SyntaxError: label index must be a non-negative integer
 * ```
 */
export function parseLabelIndex(text: string, k: number): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new SyntaxError(`label index must be a non-negative integer, got ${JSON.stringify(text)}`);
  const i = Number(t);
  if (!Number.isSafeInteger(i) || i >= k) throw new RangeError(`label index ${t} is out of range (labels are 0 … ${k - 1})`);
  return i;
}

/**
 * A comma-separated list of label indices (`"2,0,1"`), each in 0 … k−1.
 * Throws `SyntaxError`/`RangeError` naming the bad item (position from 0).
 *
 * @example
 * ```ts
 * parseLabelList('2,0,1', 3)
 * // => [2, 0, 1]
 * parseLabelList('2,x', 3)
 * // throws SyntaxError: item 1 ("x") is not a label index
 * ```
 */
export function parseLabelList(text: string, k: number): number[] {
  return text.split(',').map((s, pos) => {
    const t = s.trim();
    if (!/^\d+$/.test(t)) throw new SyntaxError(`item ${pos} (${JSON.stringify(s)}) is not a label index; expected comma-separated integers like 2,0,1`);
    const i = Number(t);
    if (!Number.isSafeInteger(i) || i >= k) throw new RangeError(`item ${pos}: label index ${t} is out of range (labels are 0 … ${k - 1})`);
    return i;
  });
}

/** `label l appears at positions p and q` for the first repeated label of r, or null. */
function repeatedLabel(r: readonly number[]): string | null {
  const seen = new Map<number, number>();
  for (let pos = 0; pos < r.length; pos++) {
    const first = seen.get(r[pos]);
    if (first !== undefined) return `label ${r[pos]} appears at positions ${first} and ${pos}`;
    seen.set(r[pos], pos);
  }
  return null;
}

/**
 * A list of distinct labels (`parseLabelList`); throws `RangeError` naming a
 * repeated label and both its positions.
 *
 * @example
 * ```ts
 * parseDistinctLabels('3,1', 4)
 * // => [3, 1]
 * parseDistinctLabels('0,1,1', 4)
 * // throws RangeError: labels must differ: label 1 appears at positions 1 and 2
 * ```
 */
export function parseDistinctLabels(text: string, k: number): number[] {
  const r = parseLabelList(text, k);
  const repeat = repeatedLabel(r);
  if (repeat !== null) throw new RangeError(`labels must differ: ${repeat}`);
  return r;
}

/**
 * A ranking of all k labels, top first (`"2,0,1"`): every label exactly
 * once. Throws `RangeError` naming the repeated or the missing labels.
 *
 * @example
 * ```ts
 * parseRanking('2,0,1', 3)
 * // => [2, 0, 1]
 * parseRanking('0,1,1', 3)
 * // throws RangeError: not a permutation: label 1 appears at positions 1 and 2
 * parseRanking('0,1', 3)
 * // throws RangeError: 2 given, missing 2
 * ```
 */
export function parseRanking(text: string, k: number): number[] {
  const r = parseLabelList(text, k);
  const repeat = repeatedLabel(r);
  if (repeat !== null) throw new RangeError(`not a permutation: ${repeat}`);
  if (r.length !== k) {
    const missing = Array.from({ length: k }, (_, i) => i).filter((i) => !r.includes(i));
    throw new RangeError(`not a permutation of the ${k} labels: ${r.length} given, missing ${missing.join(', ')}`);
  }
  return r;
}

/**
 * A pair `i,j` of distinct labels. Throws `RangeError` unless there are
 * exactly two different labels.
 *
 * @example
 * ```ts
 * parseLabelPair('3,1', 4)
 * // => [3, 1]
 * parseLabelPair('2,2', 4)
 * // throws RangeError: the two labels must differ
 * ```
 */
export function parseLabelPair(text: string, k: number): [number, number] {
  const r = parseLabelList(text, k);
  if (r.length !== 2) throw new RangeError(`expected two label indices i,j, got ${JSON.stringify(text)}`);
  if (r[0] === r[1]) throw new RangeError(`the two labels must differ, got ${r[0]} twice`);
  return [r[0], r[1]];
}
