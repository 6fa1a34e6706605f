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
