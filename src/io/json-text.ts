/**
 * JSON read without losing digits: numbers are parsed from their literal text
 * (`lossless-json`), so `9007199254740993` stays that integer and a
 * 300-digit number stays exact, where `JSON.parse` would round both to a
 * double without a word. Each number becomes an entry by `jsonNumberEntry`
 * (a JS number when that is exact as a decimal, else exact text). Duplicate
 * object keys are an error.
 */
import { parse } from 'lossless-json';
import { jsonNumberEntry } from './number-text.ts';

/** A number literal that `jsonNumberEntry` refused (an exponent too large), kept until its position is known. */
class RefusedNumber {
  constructor(readonly reason: string) {}
}

/** A position for messages: `entry i` (vectors), `row i, column j` (matrices), `entry [i][j][k]` deeper. */
function positionText(path: readonly number[]): string {
  if (path.length === 1) return `entry ${path[0]}`;
  if (path.length === 2) return `row ${path[0]}, column ${path[1]}`;
  return `entry ${path.map((i) => `[${i}]`).join('')}`;
}

/** Throws a `RangeError` naming `where` and the array position of the first refused number in `value`. */
function throwAtRefused(value: unknown, where: string): void {
  const walk = (x: unknown, path: number[]): void => {
    if (x instanceof RefusedNumber) throw new RangeError(`${where}: ${positionText(path)}: ${x.reason}`);
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
    else if (x !== null && typeof x === 'object') Object.values(x).forEach((y) => walk(y, path));
  };
  walk(value, []);
}

/**
 * Parses JSON text with every number read from its literal text as an exact
 * entry (`jsonNumberEntry`: a JS number when its shortest decimal is the
 * literal, else the literal as exact text, exponents expanded). Throws
 * `SyntaxError` naming `path` and the position for invalid JSON (duplicate
 * keys included), `RangeError` naming `path` and the array position
 * (`row i, column j`) of a number whose exponent is too large to expand.
 * @example parseJsonExact('[[9007199254740993, 0.5]]', 'W.json') // [['9007199254740993', 0.5]]
 */
export function parseJsonExact(text: string, path: string): unknown {
  let refused = false;
  let value: unknown;
  try {
    value = parse(text, undefined, (literal: string) => {
      try {
        return jsonNumberEntry(literal);
      } catch (e) {
        refused = true;
        return new RefusedNumber((e as Error).message);
      }
    });
  } catch (e) {
    throw new SyntaxError(`${path}: invalid JSON (${(e as Error).message})`);
  }
  if (refused) throwAtRefused(value, path);
  return value;
}
