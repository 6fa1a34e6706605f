/**
 * Parsing of option values given on the command line; every error is an `InputError`
 * naming the option and the value (exit code 2).
 */
import { InputError } from './input-error.ts';

/** A non-negative safe integer from `text` (decimal digits only); `InputError` naming `option` otherwise. */
export function parseNonNegativeInt(text: string, option: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t) || !Number.isSafeInteger(Number(t))) {
    throw new InputError(`${option} must be a non-negative integer, got ${JSON.stringify(text)}`);
  }
  return Number(t);
}

/** A positive safe integer (≥ 1); `InputError` naming `option` otherwise. */
export function parsePositiveInt(text: string, option: string): number {
  const n = parseNonNegativeInt(text, option);
  if (n < 1) throw new InputError(`${option} must be at least 1, got ${JSON.stringify(text)}`);
  return n;
}

/** A safe integer, possibly negative (seeds); `InputError` naming `option` otherwise. */
export function parseInteger(text: string, option: string): number {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t) || !Number.isSafeInteger(Number(t))) {
    throw new InputError(`${option} must be an integer, got ${JSON.stringify(text)}`);
  }
  return Number(t);
}

/**
 * A label index in 0 … k−1 from `text`; `InputError` naming `option`, the value and the
 * valid range otherwise (0-based, as every index in cosine-verify).
 */
export function parseLabelIndex(text: string, k: number, option: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new InputError(`${option}: label index must be a non-negative integer, got ${JSON.stringify(text)}`);
  const i = Number(t);
  if (!Number.isSafeInteger(i) || i >= k) {
    throw new InputError(`${option}: label index ${t} is out of range (labels are 0 … ${k - 1})`);
  }
  return i;
}

/**
 * A comma-separated list of label indices (`"2,0,1"`), each in 0 … k−1;
 * `InputError` naming `option` and the bad item (position counted from 0) otherwise.
 */
export function parseLabelList(text: string, k: number, option: string): number[] {
  const items = text.split(',');
  return items.map((s, pos) => {
    const t = s.trim();
    if (!/^\d+$/.test(t)) {
      throw new InputError(`${option}: item ${pos} (${JSON.stringify(s)}) is not a label index; expected comma-separated integers like 2,0,1`);
    }
    const i = Number(t);
    if (!Number.isSafeInteger(i) || i >= k) {
      throw new InputError(`${option}: item ${pos}: label index ${t} is out of range (labels are 0 … ${k - 1})`);
    }
    return i;
  });
}

/**
 * A ranking of k labels (top first) from `"2,0,1"`: every label 0 … k−1 exactly once.
 * `InputError` naming the repeated or missing label, or the wrong length, otherwise.
 */
export function parseRanking(text: string, k: number, option = '--ranking'): number[] {
  const r = parseLabelList(text, k, option);
  const seen = new Map<number, number>();
  r.forEach((label, pos) => {
    const first = seen.get(label);
    if (first !== undefined) throw new InputError(`${option}: not a permutation: label ${label} appears at positions ${first} and ${pos}`);
    seen.set(label, pos);
  });
  if (r.length !== k) {
    const missing = Array.from({ length: k }, (_, i) => i).filter((i) => !seen.has(i));
    throw new InputError(`${option}: not a permutation of the ${k} labels: ${r.length} given, missing ${missing.join(', ')}`);
  }
  return r;
}

/** A pair `i,j` of distinct label indices; `InputError` naming `option` otherwise. */
export function parseLabelPair(text: string, k: number, option: string): [number, number] {
  const r = parseLabelList(text, k, option);
  if (r.length !== 2) throw new InputError(`${option}: expected two label indices i,j, got ${JSON.stringify(text)}`);
  if (r[0] === r[1]) throw new InputError(`${option}: the two labels must differ, got ${r[0]} twice`);
  return [r[0], r[1]];
}
