import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { float64Parts, integerMatrixFromFloat64 } from '../../src/grid/dyadic-integers.ts';
import { fcParams } from '../../properties/settings.ts';

describe('float64 → mantissa · 2^exponent, exactly', () => {
  it('known values (Python: Fraction(0.1) = 3602879701896397/2**55)', () => {
    expect(float64Parts(0.1)).toEqual({ mantissa: 3602879701896397n, exponent: -55 });
    expect(float64Parts(-1.5)).toEqual({ mantissa: -3n, exponent: -1 });
    expect(float64Parts(5e-324)).toEqual({ mantissa: 1n, exponent: -1074 });
    expect(float64Parts(-0)).toEqual({ mantissa: 0n, exponent: 0 });
    expect(float64Parts(2 ** 60)).toEqual({ mantissa: 1n, exponent: 60 });
    expect(float64Parts(Number.MAX_VALUE)).toEqual({ mantissa: 2n ** 53n - 1n, exponent: 971 });
  });

  it('rejects NaN and infinities, naming the place', () => {
    expect(() => float64Parts(NaN, 'W[1][2]')).toThrow(RangeError);
    expect(() => integerMatrixFromFloat64([[1, 2], [3, Infinity]])).toThrow(/W\[1\]\[1\]: Infinity is not a finite float64/);
    expect(() => integerMatrixFromFloat64([[1, 2], [3]])).toThrow(/W: row 1 has 1 entries, row 0 has 2/);
  });

  it('mantissa · 2^exponent is the double, the mantissa odd', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const { mantissa, exponent } = float64Parts(x);
        expect(Number(mantissa) * 2 ** exponent).toBe(x === 0 ? 0 : x);
        if (mantissa !== 0n) expect(mantissa % 2n !== 0n).toBe(true);
      }),
      fcParams(300),
    );
  });

  it('W = 2^e · M entry by entry, with M integer and not all even', () => {
    const row = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (W) => {
        const { M, exponent } = integerMatrixFromFloat64(W);
        M.forEach((r, i) =>
          r.forEach((m, j) => {
            const p = float64Parts(W[i][j]);
            // m · 2^e = p.mantissa · 2^p.exponent (p.exponent ≥ e for every non-zero entry)
            if (p.mantissa === 0n) expect(m).toBe(0n);
            else expect(m).toBe(p.mantissa * 2n ** BigInt(p.exponent - exponent));
          }),
        );
        if (W.flat().some((x) => x !== 0)) expect(M.flat().some((m) => m % 2n !== 0n)).toBe(true);
      }),
      fcParams(200),
    );
  });
});
