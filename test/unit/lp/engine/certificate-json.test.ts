import { describe, expect, it } from 'vitest';
import FractionModule from 'fraction.js';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import { certificateToJSON, certificateFromJSON, type CertificateJSON } from '../../../../lp/engine/certificate-json.ts';
import { checkCertificate, type Certificate } from '../../../../lp/engine/certificate.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';

const Fraction = FractionModule;
type Fr = InstanceType<typeof Fraction>;
const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));

/**
 * An OUTSIDE checker over Q: reads the system and the certificate as strings
 * with fraction.js alone (none of this package's code) and checks
 * row·x > 0 for every row, or y ≥ 0, y ≠ 0 and Σ_t y_t row_t = 0.
 */
function outsideCheckQ(rows: string[][], json: unknown): boolean {
  const A = rows.map((r) => r.map((s) => new Fraction(s)));
  const c = JSON.parse(JSON.stringify(json)) as { kind: string; x?: string[]; y?: string[]; z?: string[] };
  if (c.kind === 'witness') {
    const x = c.x!.map((s) => new Fraction(s));
    return A.every((r) => r.reduce((acc: Fr, v, j) => acc.add(v.mul(x[j])), new Fraction(0)).compare(0) > 0);
  }
  const y = c.y!.map((s) => new Fraction(s));
  if (y.some((v) => v.compare(0) < 0) || y.every((v) => v.compare(0) === 0) || y.length !== A.length) return false;
  return A[0].every((_, j) => A.reduce((acc: Fr, r, t) => acc.add(r[j].mul(y[t])), new Fraction(0)).compare(0) === 0);
}

/** Outside parser for "a+b*sqrt(n)" strings (fraction.js only): returns [a, b]. */
function parseRoot(s: string, n: number): [Fr, Fr] {
  const m = new RegExp(`^(?:(-?[0-9/]+)(?=[+-]|$))?(?:([+-]?[0-9/]*)\\*?sqrt\\(${n}\\))?$`).exec(s.replace(/\s+/g, ''));
  if (!m) throw new SyntaxError(s);
  const b = m[2] === undefined ? '0' : m[2] === '' || m[2] === '+' ? '1' : m[2] === '-' ? '-1' : m[2];
  return [new Fraction(m[1] ?? '0'), new Fraction(b)];
}

/** Outside Gordan check over Q(√n): Σ y_t row_t = 0 (both parts) and y_t ≥ 0 by comparing squares. */
function outsideGordanQsqrt(rows: string[][], json: { y: string[] }, n: number): boolean {
  const A = rows.map((r) => r.map((s) => parseRoot(s, n)));
  const y = json.y.map((s) => parseRoot(s, n));
  const nonNeg = ([a, b]: [Fr, Fr]) =>
    (a.compare(0) >= 0 && b.compare(0) >= 0) ||
    (a.compare(0) >= 0 && a.mul(a).compare(b.mul(b).mul(n)) >= 0) ||
    (b.compare(0) >= 0 && b.mul(b).mul(n).compare(a.mul(a)) >= 0);
  if (!y.every(nonNeg) || y.every(([a, b]) => a.compare(0) === 0 && b.compare(0) === 0)) return false;
  return A[0].every((_, j) => {
    let ra = new Fraction(0);
    let rb = new Fraction(0);
    A.forEach((r, t) => {
      const [a, b] = r[j];
      const [c, d] = y[t];
      ra = ra.add(a.mul(c)).add(b.mul(d).mul(n));
      rb = rb.add(a.mul(d)).add(b.mul(c));
    });
    return ra.compare(0) === 0 && rb.compare(0) === 0;
  });
}

describe('certificate JSON', () => {
  const infeasible = [['1', '0'], ['-1', '1/3'], ['0', '-2/7']];
  const feasible = [['1', '0'], ['-1', '1/3'], ['1', '5/2']];

  it('round-trips witnesses and Gordan certificates over Q, and an outside checker verifies them', () => {
    for (const rows of [infeasible, feasible]) {
      const A = rows.map((r) => r.map((s) => Q.parse(s)));
      const dec = decideStrictSystem(Q, A);
      const json = certificateToJSON(Q, dec.certificate);
      const text = JSON.stringify(json);
      const back = certificateFromJSON(Q, JSON.parse(text));
      expect(certificateToJSON(Q, back)).toEqual(json);
      expect(checkCertificate(Q, A, undefined, back)).toBe(true);
      expect(outsideCheckQ(rows, JSON.parse(text))).toBe(true);
    }
  });
  it('the outside checker rejects a corrupted certificate', () => {
    const A = infeasible.map((r) => r.map((s) => Q.parse(s)));
    const json = certificateToJSON(Q, decideStrictSystem(Q, A).certificate) as Extract<CertificateJSON, { kind: 'infeasible' }>;
    const bad = { ...json, y: json.y.map((s, i) => (i === 0 ? `-${s}` : s)) };
    expect(outsideCheckQ(infeasible, bad)).toBe(false);
    const wit = certificateToJSON(Q, decideStrictSystem(Q, feasible.map((r) => r.map((s) => Q.parse(s)))).certificate) as Extract<CertificateJSON, { kind: 'witness' }>;
    expect(outsideCheckQ(feasible, { kind: 'witness', x: wit.x.map(() => '0') })).toBe(false);
  });
  it('Motzkin certificates keep z', () => {
    const A = M([[1, 0], [-1, 1], [1, 1]]);
    const B = M([[1, -1]]);
    const dec = decideStrictSystem(Q, A, B);
    const json = certificateToJSON(Q, dec.certificate);
    expect(json.kind).toBe('infeasible');
    expect(json.kind === 'infeasible' && json.z.length).toBe(1);
    expect(checkCertificate(Q, A, B, certificateFromJSON(Q, json))).toBe(true);
  });
  it('Q(√39): "a+b*sqrt(39)" strings round-trip and an outside checker verifies the Gordan certificate', () => {
    const F = quadraticField(39);
    const rows = [['19/20', '1/20*sqrt(39)'], ['0', '1'], ['-1', '-sqrt(39)']]; // y ∝ (1, 9√39/10, 19/20)
    const A = rows.map((r) => r.map((s) => F.parse(s)));
    const dec = decideStrictSystem(F, A);
    expect(dec.feasible).toBe(false);
    const json = JSON.parse(JSON.stringify(certificateToJSON(F, dec.certificate)));
    expect(checkCertificate(F, A, undefined, certificateFromJSON(F, json))).toBe(true);
    expect(json.y.some((s: string) => s.includes('sqrt(39)'))).toBe(true);
    const outsideRows = rows.map((r) => r.map((s) => F.format(F.parse(s))));
    expect(outsideGordanQsqrt(outsideRows, json, 39)).toBe(true);
    // and the outside checker is not vacuous: a y with an irrational error fails
    const badY = { y: json.y.map((s: string, i: number) => (i === 0 ? F.format(F.add(F.parse(s), F.parse('1/1000*sqrt(39)'))) : s)) };
    expect(outsideGordanQsqrt(outsideRows, badY, 39)).toBe(false);
  });
  it('rejects malformed JSON with clear errors', () => {
    expect(() => certificateFromJSON(Q, null)).toThrow(TypeError);
    expect(() => certificateFromJSON(Q, { kind: 'maybe' })).toThrow(/kind/);
    expect(() => certificateFromJSON(Q, { kind: 'witness' })).toThrow(/"x" must be an array/);
    expect(() => certificateFromJSON(Q, { kind: 'witness', x: ['1', 2] })).toThrow(/x\[1\] must be a string/);
    expect(() => certificateFromJSON(Q, { kind: 'witness', x: ['1', 'abc'] })).toThrow(SyntaxError);
    expect(() => certificateFromJSON(Q, { kind: 'infeasible', y: ['1'] })).toThrow(/"z"/);
    expect(() => certificateFromJSON(Q, { kind: 'witness', x: ['1'], y: ['1'] })).toThrow(/unexpected field "y"/);
    expect(() => certificateFromJSON(quadraticField(2), { kind: 'witness', x: ['sqrt(3)'] })).toThrow(/x\[0\]/);
  });
  it('certificateToJSON rejects an unknown kind', () => {
    expect(() => certificateToJSON(Q, { kind: 'other' } as unknown as Certificate<Rational>)).toThrow(TypeError);
  });
});
