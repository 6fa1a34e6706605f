/**
 * Sign vectors in {±1}^k, the elements of a sign pattern S(W) (notes §4,
 * Def. 5.1), written as strings over `+`/`-` in row order.
 */

/** One strict sign. */
export type Sign = 1 | -1;
/** A sign vector in {±1}^k: entry i is the sign of (Wx)_i. */
export type SignVector = Sign[];

/**
 * The text of a sign vector, one character per entry: `+` for 1, `-` for −1
 * (e.g. `[1, -1, 1]` → `"+-+"`). Throws `TypeError` naming the position of
 * an entry that is neither 1 nor −1.
 */
export function formatSignVector(s: readonly Sign[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === 1) out += '+';
    else if (s[i] === -1) out += '-';
    else throw new TypeError(`sign vector: entry ${i} is ${String(s[i])}, expected 1 or -1`);
  }
  return out;
}

/**
 * Parses a sign vector of length k from a string over `+`/`-` (inverse of
 * `formatSignVector`). Throws `RangeError` when k is not a non-negative
 * integer or the string does not have k characters, and `SyntaxError` naming
 * the first character (and its position) that is not `+` or `-`.
 */
export function parseSignVector(text: string, k: number): SignVector {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`sign vector: length k must be a non-negative integer, got ${k}`);
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '+' && chars[i] !== '-') {
      throw new SyntaxError(`sign vector ${JSON.stringify(text)}: character ${JSON.stringify(chars[i])} at position ${i} is not '+' or '-'`);
    }
  }
  if (chars.length !== k) throw new RangeError(`sign vector ${JSON.stringify(text)}: has ${chars.length} entries, expected k = ${k}`);
  return chars.map((c) => (c === '+' ? 1 : -1));
}
