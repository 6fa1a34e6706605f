import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Certificate } from './certificate.ts';

/**
 * A certificate as plain JSON with exact values as strings (`F.format`):
 * `"p/q"` over Q, `"a+b*sqrt(n)"` over Q(√n), so that an outside checker
 * can verify it without this code (witness: every row a·x > 0 and b·x = 0;
 * infeasible: y ≥ 0, y ≠ 0, Σ y_i a_i + Σ z_l b_l = 0).
 */
export type CertificateJSON = { kind: 'witness'; x: string[] } | { kind: 'infeasible'; y: string[]; z: string[] };

/**
 * The JSON form of a certificate over F (exact strings, see `CertificateJSON`).
 * Throws `TypeError` for an unknown certificate kind.
 * Source: Gordan / Motzkin certificates (notes §5).
 *
 * @example
 * ```ts
 * certificateToJSON(Q, { kind: 'witness', x: [rat(1, 2), rat(-3)] })
 * // => { kind: 'witness', x: ['1/2', '-3'] }
 * certificateToJSON(quadraticField(2), { kind: 'infeasible', y: [quadraticField(2).parse('1+sqrt(2)')], z: [] })
 * // => { kind: 'infeasible', y: ['1+1*sqrt(2)'], z: [] }
 * ```
 */
export function certificateToJSON<T>(F: OrderedField<T>, c: Certificate<T>): CertificateJSON {
  const fmt = (v: readonly T[]) => v.map((t) => F.format(t));
  if (c.kind === 'witness') return { kind: 'witness', x: fmt(c.x) };
  if (c.kind === 'infeasible') return { kind: 'infeasible', y: fmt(c.y), z: fmt(c.z) };
  throw new TypeError(`certificateToJSON: unknown certificate kind ${JSON.stringify((c as { kind?: unknown }).kind)}`);
}

/**
 * Parses a `CertificateJSON` value (already `JSON.parse`d) into a certificate
 * over F with `F.parse`. Throws `TypeError` when the value is not an object of
 * the right kind or a field is not an array of strings (naming the field),
 * and `SyntaxError` naming the field and index of an entry F cannot parse.
 * The result is not checked against any system: use `checkCertificate`.
 *
 * @example
 * ```ts
 * const c = certificateFromJSON(Q, { kind: 'infeasible', y: ['1', '2/3'], z: [] });
 * certificateToJSON(Q, c)
 * // => { kind: 'infeasible', y: ['1', '2/3'], z: [] }
 * certificateFromJSON(Q, { kind: 'witness', x: ['1', 'x'] })
 * // throws SyntaxError: x[1]
 * certificateFromJSON(Q, { kind: 'maybe' })
 * // throws TypeError: "kind" must be "witness" or "infeasible"
 * ```
 */
export function certificateFromJSON<T>(F: OrderedField<T>, json: unknown): Certificate<T> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new TypeError('certificate JSON: expected an object');
  const o = json as Record<string, unknown>;
  const entries = (key: string): T[] => {
    const v = o[key];
    if (!Array.isArray(v)) throw new TypeError(`certificate JSON: "${key}" must be an array of strings`);
    return v.map((s, t) => {
      if (typeof s !== 'string') throw new TypeError(`certificate JSON: ${key}[${t}] must be a string, got ${typeof s}`);
      try {
        return F.parse(s);
      } catch (e) {
        throw new SyntaxError(`certificate JSON: ${key}[${t}]: ${(e as Error).message}`);
      }
    });
  };
  const allowed = o.kind === 'witness' ? ['kind', 'x'] : o.kind === 'infeasible' ? ['kind', 'y', 'z'] : null;
  if (allowed === null) throw new TypeError(`certificate JSON: "kind" must be "witness" or "infeasible", got ${JSON.stringify(o.kind)}`);
  for (const key of Object.keys(o)) if (!allowed.includes(key)) throw new TypeError(`certificate JSON: unexpected field "${key}" for kind ${o.kind}`);
  if (o.kind === 'witness') return { kind: 'witness', x: entries('x') };
  return { kind: 'infeasible', y: entries('y'), z: entries('z') };
}
