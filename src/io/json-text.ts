/**
 * JSON read without losing digits: numbers are parsed from their literal text
 * (`lossless-json`), so `9007199254740993` stays that integer and a
 * 300-digit number stays exact, where `JSON.parse` would round both to a
 * double without a word. Each number becomes an entry by `jsonNumberEntry`
 * (a JS number when that is exact as a decimal, else exact text). Duplicate
 * object keys are an error.
 */
import { isLosslessNumber, parse } from 'lossless-json';
import { jsonNumberEntry } from './number-text.ts';

/**
 * Parses JSON text with every number kept as its literal (a `LosslessNumber`,
 * see `exactJsonEntries`). Throws `SyntaxError` naming `path` and the position.
 * @example parseJsonLossless('[[9007199254740993, 1]]', 'W.json')
 */
export function parseJsonLossless(text: string, path: string): unknown {
  try {
    return parse(text);
  } catch (e) {
    throw new SyntaxError(`${path}: invalid JSON (${(e as Error).message})`);
  }
}

/** A position for messages: `entry i` (vectors), `row i, column j` (matrices), `entry [i][j][k]` deeper. */
function positionText(path: readonly number[]): string {
  if (path.length === 1) return `entry ${path[0]}`;
  if (path.length === 2) return `row ${path[0]}, column ${path[1]}`;
  return `entry ${path.map((i) => `[${i}]`).join('')}`;
}

/**
 * A parsed JSON value (from `parseJsonLossless`) with its numbers turned into
 * exact entries (`jsonNumberEntry`), walking arrays and objects; other values
 * are kept for the entry parser to judge. Throws `RangeError` naming `where`
 * and the position (`row i, column j`) of a number whose exponent is too large
 * to expand.
 * @example exactJsonEntries(parseJsonLossless('[[1e400]]', 'x'), 'x') // [['1000…0']]
 */
export function exactJsonEntries(value: unknown, where: string): unknown {
  const walk = (x: unknown, path: number[]): unknown => {
    if (isLosslessNumber(x)) {
      try {
        return jsonNumberEntry(x.value);
      } catch (e) {
        throw new RangeError(`${where}: ${positionText(path)}: ${(e as Error).message}`);
      }
    }
    if (Array.isArray(x)) return x.map((y, i) => walk(y, [...path, i]));
    if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, walk(y, path)]));
    return x;
  };
  return walk(value, []);
}
