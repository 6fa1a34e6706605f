/**
 * `checkCertificate` and `systemColumns` on malformed input: what is refused (false), what is
 * an error (TypeError, RangeError naming the matrix).
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { checkCertificate, systemColumns, type Certificate } from '../../../../lp/engine/certificate.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const A = M([[1, 0], [-1, 0]]);
const B = M([[0, 1]]);

describe('checkCertificate refuses malformed certificates', () => {
  it('TypeError for something that is not a certificate object, naming an unknown kind', () => {
    for (const c of [null, undefined, 5, 'witness']) {
      expect(() => checkCertificate(Q, A, undefined, c as unknown as Certificate<Rational>)).toThrow(/not a certificate object/);
    }
    expect(() => checkCertificate(Q, A, undefined, { kind: 'proof' } as unknown as Certificate<Rational>)).toThrow(/unknown certificate kind "proof"/);
  });
  it('false for y or z that are not arrays or have the wrong length', () => {
    const y = [Q.one, Q.one];
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y, z: [Q.zero] })).toBe(true);
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y, z: [] })).toBe(false);
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y, z: 0 as unknown as Rational[] })).toBe(false);
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y: 1 as unknown as Rational[], z: [Q.zero] })).toBe(false);
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y: [Q.one], z: [Q.zero] })).toBe(false);
    expect(checkCertificate(Q, A, undefined, { kind: 'infeasible', y, z: [Q.zero] })).toBe(false);
    // array-likes of the right length are not arrays either
    const like = (v: Rational[]) => ({ ...v, length: v.length }) as unknown as Rational[];
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y: like(y), z: [Q.zero] })).toBe(false);
    expect(checkCertificate(Q, A, B, { kind: 'infeasible', y, z: like([Q.zero]) })).toBe(false);
  });
});

describe('systemColumns', () => {
  it('names the ragged matrix', () => {
    const ragged = [[rat(1), rat(2)], [rat(1)]];
    expect(() => systemColumns(ragged, undefined)).toThrow(/\bA\b/);
    expect(() => systemColumns(M([[1, 2]]), ragged)).toThrow(/\bB\b/);
    expect(() => checkCertificate(Q, M([[1, 2]]), ragged, { kind: 'witness', x: [Q.one, Q.one] })).toThrow(RangeError);
  });
  it('takes d from A when B is empty, from B when A is empty', () => {
    expect(systemColumns(M([[1, 2, 3]]), [])).toBe(3);
    expect(systemColumns([], M([[1, 2]]))).toBe(2);
    expect(systemColumns([], [])).toBeUndefined();
  });
});
