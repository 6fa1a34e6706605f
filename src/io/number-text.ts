/**
 * Number text from files, kept exact: a decimal in exponent notation
 * (`1e-05`, `-2.5E+03`, `1.000000000000000021e-01` as numpy's `savetxt`
 * writes) is the exact decimal it denotes, rewritten without the exponent
 * so that the entry parser (`parseEntryMatrix`, which reads plain decimals,
 * fractions and square roots) reads it exactly; and a JSON number literal is
 * kept as a JS number only when that loses nothing.
 */

/** A decimal in exponent notation: sign, integer digits, fraction digits, exponent. */
const EXPONENT_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/;

/** The largest |exponent| expanded (10^10000 has 10 001 digits; beyond, the text is refused, not rounded). */
export const MAX_DECIMAL_EXPONENT = 10_000;

/**
 * The plain decimal text of a number written in exponent notation, exactly
 * (`'1e-05'` → `'0.00001'`, `'-2.5E+03'` → `'-2500'`); `null` when `text` is
 * not in exponent notation (it is then left to the entry parser). Throws
 * `RangeError` for an exponent beyond ±`MAX_DECIMAL_EXPONENT`.
 * @example expandExponent('1.000000000000000021e-01') === '0.1000000000000000021'
 */
export function expandExponent(text: string): string | null {
  const m = EXPONENT_DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, sign, whole, fraction = ''] = m;
  if (whole === '' && fraction === '') return null;
  const exponent = Number(m[4]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DECIMAL_EXPONENT) {
    throw new RangeError(`${JSON.stringify(text)}: exponent ${m[4]} is beyond ±${MAX_DECIMAL_EXPONENT}, too large to expand exactly`);
  }
  const digits = whole + fraction;
  const point = whole.length + exponent; // digits before the decimal point
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (sign === '-' ? '-' : '') + (plain === '' ? '0' : plain);
}

/**
 * A JSON number literal as an entry that loses nothing: the JS number when
 * its shortest decimal text is the literal itself (`0.1`, `1e-7`, `42`: the
 * `'decimal'` number reading of `parseEntryMatrix` then gives exactly the
 * literal's value, as before), else the literal as exact text
 * (`9007199254740993`, a 300-digit integer, `0.1000000000000000000001`,
 * `1E5` → `'100000'`), which the entry parser reads exactly. Throws as
 * `expandExponent` for an absurd exponent.
 * @example jsonNumberEntry('9007199254740993') === '9007199254740993'; jsonNumberEntry('0.5') === 0.5
 */
export function jsonNumberEntry(literal: string): number | string {
  const x = Number(literal);
  if (Number.isFinite(x) && String(x) === literal) return x;
  return expandExponent(literal) ?? literal;
}
