/**
 * The shape of a conjecture for the fuzzer (issue 4, item 3): a predicate over
 * generated models, plain data. A conjecture says what it claims (`name`,
 * `description`, `source`), how to generate models (`arbitrary`), how to
 * decide one model exactly (`check`), how to print a counterexample
 * (`format`) and, optionally, how to re-verify the evidence of a
 * counterexample independently (`certify`).
 *
 * A conjecture module for `loadConjectureModule` / `cosine-verify fuzz FILE`
 * default-exports one `Conjecture`.
 */
import type fc from 'fast-check';

/** The result of checking one model: it holds, or it fails with exact evidence. */
export type ConjectureVerdict<E> = { readonly holds: true } | { readonly holds: false; readonly evidence: E };

/** A conjecture over models of type `M` whose counterexamples carry evidence of type `E`. */
export interface Conjecture<M, E = unknown> {
  /** Kebab-case name, unique among the built-ins (`cosine-tie-for-top`); used by `fuzz NAME`. */
  readonly name: string;
  /** The statement in one or two sentences. */
  readonly description: string;
  /** Where it comes from: a claim id of the notes (`T5.5`, `App. C.2`) or a reference. */
  readonly source: string;
  /** What the paper says about it, when it says something: `'true'` (a theorem) or `'false'` (refuted). */
  readonly expected?: 'true' | 'false';
  /** Generator of models (with its settings baked in); shrinking must keep the model valid. */
  readonly arbitrary: fc.Arbitrary<M>;
  /** Default number of runs in CI (before `COSINE_VERIFY_RUNS_FACTOR`); 100 when absent. */
  readonly runs?: number;
  /**
   * Decides the conjecture on one model, exactly. A failure carries the
   * evidence (certificates, labels, exact values). Must not throw for a
   * valid model: a throw is reported as a bug of the conjecture, not as a refutation.
   */
  check(model: M): ConjectureVerdict<E>;
  /** Readable exact text of a counterexample and its evidence (multi-line). */
  format(model: M, evidence: E): string;
  /**
   * Optional independent exact re-check of the evidence (e.g. every certificate
   * with `checkCertificate`, cosine equalities again). `fuzzConjecture` refuses
   * (throws) a refutation whose evidence does not certify.
   */
  certify?(model: M, evidence: E): boolean;
}

/** A conjecture of any model type (for registries and loaders). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyConjecture = Conjecture<any, any>;

/** `{ holds: true }`. */
export function holds(): ConjectureVerdict<never> {
  return { holds: true };
}

/** `{ holds: false, evidence }`. */
export function refutedBy<E>(evidence: E): ConjectureVerdict<E> {
  return { holds: false, evidence };
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks the shape of a conjecture and returns it unchanged (typed). Throws
 * `TypeError` naming the first missing or malformed field (`where` prefixes
 * the message, e.g. the module file), and `SyntaxError` for a name that is not
 * kebab-case. Use it to define conjectures: `export default defineConjecture({...})`.
 */
export function defineConjecture<M, E>(c: Conjecture<M, E>, where = 'conjecture'): Conjecture<M, E> {
  assertConjecture(c, where);
  return c;
}

/** Throws (as `defineConjecture`) unless `c` has the shape of a `Conjecture`. */
export function assertConjecture(c: unknown, where = 'conjecture'): asserts c is AnyConjecture {
  if (typeof c !== 'object' || c === null) throw new TypeError(`${where}: expected a conjecture object, got ${c === null ? 'null' : typeof c}`);
  const o = c as Record<string, unknown>;
  for (const key of ['name', 'description', 'source'] as const) {
    if (typeof o[key] !== 'string' || o[key] === '') throw new TypeError(`${where}: field "${key}" must be a non-empty string`);
  }
  if (!KEBAB.test(o.name as string)) throw new SyntaxError(`${where}: name ${JSON.stringify(o.name)} must be kebab-case (a-z, 0-9 and single dashes)`);
  if (o.expected !== undefined && o.expected !== 'true' && o.expected !== 'false') {
    throw new TypeError(`${where}: field "expected" must be 'true', 'false' or absent, got ${JSON.stringify(o.expected)}`);
  }
  const arb = o.arbitrary as Record<string, unknown> | undefined;
  if (typeof arb !== 'object' || arb === null || typeof arb.generate !== 'function' || typeof arb.shrink !== 'function') {
    throw new TypeError(`${where}: field "arbitrary" must be a fast-check Arbitrary`);
  }
  if (o.runs !== undefined && !(Number.isSafeInteger(o.runs) && (o.runs as number) > 0)) {
    throw new TypeError(`${where}: field "runs" must be a positive integer, got ${JSON.stringify(o.runs)}`);
  }
  for (const key of ['check', 'format'] as const) {
    if (typeof o[key] !== 'function') throw new TypeError(`${where}: field "${key}" must be a function`);
  }
  if (o.certify !== undefined && typeof o.certify !== 'function') throw new TypeError(`${where}: field "certify" must be a function or absent`);
}
