import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import { checkCertificate, type Certificate } from '../../../../lp/engine/certificate.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalArb } from '../../../../properties/arbitraries/rational.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const V = (xs: (number | string)[]): Rational[] => xs.map((v) => rat(v));

describe('checkCertificate', () => {
  const A = M([[1, 0], [-1, 1], [0, -1]]);
  it('accepts a Gordan certificate and rejects corrupted ones', () => {
    const good: Certificate<Rational> = { kind: 'infeasible', y: V([1, 1, 1]), z: [] };
    expect(checkCertificate(Q, A, undefined, good)).toBe(true);
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y: V([1, 1, -1]), z: [] })).toBe(false); // flipped sign
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y: V([1, 1, 2]), z: [] })).toBe(false); // Aᵀy ≠ 0
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y: V([0, 0, 0]), z: [] })).toBe(false); // y = 0
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y: V([1, 1]), z: [] })).toBe(false); // wrong length
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y: V([1, 1, 1]), z: V([0]) })).toBe(false); // z without B
    // Aᵀy = 0 but y has a negative entry: not a certificate ({(1,0), (2,0)} is feasible)
    const A1 = M([[1, 0], [2, 0]]);
    expect(checkCertificate(Q, A1, undefined, { kind: 'infeasible', y: V([2, -1]), z: [] })).toBe(false);
  });
  it('accepts a Motzkin certificate and rejects a wrong z', () => {
    const A2 = M([[1, 0], [-1, 1], [1, 1]]);
    const B = M([[1, -1]]);
    expect(checkCertificate(Q, A2, B, { kind: 'infeasible', y: V([0, 1, 0]), z: V([1]) })).toBe(true);
    expect(checkCertificate(Q, A2, B, { kind: 'infeasible', y: V([0, 1, 0]), z: V([-1]) })).toBe(false);
    expect(checkCertificate(Q, A2, B, { kind: 'infeasible', y: V([0, 1, 0]), z: [] })).toBe(false);
  });
  it('accepts a witness and rejects a perturbed one', () => {
    const A2 = M([[1, 0], [-1, 1], [1, 1]]);
    expect(checkCertificate(Q, A2, undefined, { kind: 'witness', x: V([1, 2]) })).toBe(true);
    expect(checkCertificate(Q, A2, undefined, { kind: 'witness', x: V([1, 1]) })).toBe(false); // row 1 = 0, not > 0
    expect(checkCertificate(Q, A2, M([[2, -1]]), { kind: 'witness', x: V([1, 2]) })).toBe(true);
    expect(checkCertificate(Q, A2, M([[2, -1]]), { kind: 'witness', x: V(['1', '2000001/1000000']) })).toBe(false); // B x ≠ 0
    expect(checkCertificate(Q, A2, undefined, { kind: 'witness', x: V([1, 2, 0]) })).toBe(false); // wrong length
  });
  it('works in Q(√2): a √2 perturbation is caught exactly', () => {
    const F = quadraticField(2);
    const P = (rows: string[][]) => rows.map((r) => r.map((s) => F.parse(s)));
    const A3 = P([['1', '0'], ['0', '1'], ['-1', '-sqrt(2)']]);
    expect(checkCertificate(F, A3, undefined, { kind: 'infeasible', y: [F.one, F.parse('sqrt(2)'), F.one], z: [] })).toBe(true);
    expect(checkCertificate(F, A3, undefined, { kind: 'infeasible', y: [F.one, F.parse('1.4142'), F.one], z: [] })).toBe(false);
  });
  it('throws on shapes that do not fit and on non-certificates', () => {
    expect(() => checkCertificate(Q, A, M([[1, 2, 3]]), { kind: 'witness', x: V([1, 2]) })).toThrow(RangeError);
    expect(() => checkCertificate(Q, A, undefined, { kind: 'nope' } as unknown as Certificate<Rational>)).toThrow(TypeError);
  });
  it('property: every engine certificate checks, and perturbing it breaks it', () => {
    const entry = rationalArb({ maxNumerator: 5, maxDenominator: 4 });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.nat(), (Ab, pick) => {
        const dec = decideStrictSystem(Q, Ab);
        if (!checkCertificate(Q, Ab, undefined, dec.certificate)) return false;
        const c = dec.certificate;
        if (c.kind === 'infeasible') {
          // flip the sign of a positive y entry: y ≥ 0 fails
          const pos = c.y.map((v, i) => [v, i] as const).filter(([v]) => Q.sign(v) > 0);
          const i = pos[pick % pos.length][1];
          const y = c.y.slice();
          y[i] = Q.neg(y[i]);
          return !checkCertificate(Q, Ab, undefined, { kind: 'infeasible', y, z: [] });
        }
        // move x onto the boundary of row `r`: x − (a_r·x / a_r·a_r) a_r has a_r·x = 0
        const r = pick % Ab.length;
        const ar = Ab[r];
        const dot = (u: readonly Rational[], v: readonly Rational[]) => u.reduce((s, t, j) => s.add(t.mul(v[j])), rat(0));
        const f = dot(ar, c.x).div(dot(ar, ar));
        const x = c.x.map((v, j) => v.sub(f.mul(ar[j])));
        return !checkCertificate(Q, Ab, undefined, { kind: 'witness', x });
      }),
      fcParams(200),
    );
  });
});
