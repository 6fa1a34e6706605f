/**
 * The conjecture fuzzer (issue 4, item 3): runs a `Conjecture` through
 * fast-check's `fc.check`, and returns either a refutation — the shrunk exact
 * counterexample, its evidence re-checked by the conjecture's `certify`, a
 * readable text, and the seed and path that replay it — or "not refuted in N
 * runs" with the seed.
 *
 * Replay: `fuzzConjecture(c, { seed, path })` (or `cosine-verify fuzz NAME
 * --seed S --path P`) goes straight to the recorded counterexample.
 */
import fc from 'fast-check';
import { runsFromEnv, seedFromEnv } from '../settings.ts';
import { assertConjecture, type Conjecture } from './conjecture.ts';

/** Settings of one fuzzing campaign. */
export interface FuzzOptions {
  /** Number of generated models (default: the conjecture's `runs` or 100, times `COSINE_VERIFY_RUNS_FACTOR`). */
  runs?: number;
  /** fast-check seed (default: `COSINE_VERIFY_SEED` or the fixed default of `properties/settings.ts`). */
  seed?: number;
  /** A `counterexamplePath` of an earlier refutation: replays that counterexample directly (needs its `seed`). */
  path?: string;
  /** Called after each generated model (not during shrinking): `done` of `total` runs. */
  onProgress?: (done: number, total: number) => void;
  /** How the replay line names the conjecture after `cosine-verify fuzz` (default: its name; pass the module file for user modules). */
  replayAs?: string;
  /** Who states the conjecture's `expected` verdict in the report: `'the paper says'` (default, the built-in ones) or e.g. `'expected'` for a user's conjecture. */
  expectedBy?: string;
  /** Stop generating models after this many seconds (wall clock; fast-check's `interruptAfterTimeLimit`): the result says how many runs were made. */
  timeLimitSeconds?: number;
}

/** A refuted conjecture: the shrunk counterexample and how to replay it. */
export interface FuzzRefuted<M, E> {
  readonly status: 'refuted';
  readonly conjecture: string;
  /** The shrunk model on which the conjecture fails. */
  readonly counterexample: M;
  /** The conjecture's exact evidence for that model. */
  readonly evidence: E;
  /** True when the conjecture has a `certify` and it accepted the evidence (else the evidence is `check`'s word only). */
  readonly certified: boolean;
  /** Readable report: the conjecture, the counterexample (`format`), and the replay line. */
  readonly text: string;
  readonly seed: number;
  /** fast-check's `counterexamplePath`: pass it back as `path` with the same `seed` to replay. */
  readonly path: string;
  /** Models generated until the first failure. */
  readonly runs: number;
  /** Successful shrink steps. */
  readonly shrinks: number;
}

/** A conjecture that held on every generated model. */
export interface FuzzNotRefuted {
  readonly status: 'not-refuted';
  readonly conjecture: string;
  readonly runs: number;
  readonly seed: number;
  /** `"<name>: not refuted in N runs (seed S)"`. */
  readonly text: string;
  /** Present when `timeLimitSeconds` stopped the campaign: the runs asked for (`runs` were made). */
  readonly requested?: number;
}

/** Outcome of `fuzzConjecture`. */
export type FuzzResult<M, E> = FuzzRefuted<M, E> | FuzzNotRefuted;

const PATH = /^\d+(:\d+)*$/;

/**
 * Fuzzes conjecture `c`: generates up to `runs` models with `c.arbitrary`
 * (seeded), checks each with `c.check`, and on the first failure lets
 * fast-check shrink it; the shrunk model is checked again, its evidence
 * certified with `c.certify` (when present) and formatted with `c.format`.
 *
 * Throws `TypeError`/`SyntaxError` for a malformed conjecture,
 * `RangeError` for a non-positive `runs` or a non-integer `seed`,
 * `SyntaxError` for a malformed `path`, and `Error` when `c.check` throws on
 * a model (a bug of the conjecture; the message carries the seed and path of
 * that model), when it is not deterministic, or when `certify` rejects the
 * evidence — never a refutation that is not backed by its evidence.
 */
export function fuzzConjecture<M, E>(c: Conjecture<M, E>, opts: FuzzOptions = {}): FuzzResult<M, E> {
  assertConjecture(c);
  const runs = opts.runs ?? runsFromEnv(c.runs ?? 100);
  const seed = opts.seed ?? seedFromEnv();
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`fuzz ${c.name}: runs must be a positive integer, got ${runs}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`fuzz ${c.name}: seed must be an integer, got ${seed}`);
  if (opts.path !== undefined && !PATH.test(opts.path)) {
    throw new SyntaxError(`fuzz ${c.name}: path must look like "3:0:1" (a fast-check counterexamplePath), got ${JSON.stringify(opts.path)}`);
  }
  let generated = 0;
  let shrinking = false;
  const property = fc.property(c.arbitrary, (m) => {
    const verdict = c.check(m);
    if (!shrinking) {
      generated++;
      opts.onProgress?.(Math.min(generated, runs), runs);
      if (!verdict.holds) shrinking = true;
    }
    return verdict.holds;
  });
  const limit = opts.timeLimitSeconds === undefined ? {} : { interruptAfterTimeLimit: Math.max(1, Math.round(opts.timeLimitSeconds * 1000)), markInterruptAsFailure: false };
  const out = fc.check(property, { seed, numRuns: runs, ...limit, ...(opts.path === undefined ? {} : { path: opts.path }) });
  if (!out.failed) {
    const text = `${c.name}: not refuted in ${out.numRuns} runs (seed ${seed})`;
    if (out.interrupted) {
      return { status: 'not-refuted', conjecture: c.name, runs: out.numRuns, seed, requested: runs, text: `${text}; the ${opts.timeLimitSeconds} s budget stopped it: ${runs - out.numRuns} of the ${runs} runs not made` };
    }
    return { status: 'not-refuted', conjecture: c.name, runs: out.numRuns, seed, text };
  }
  const path = out.counterexamplePath ?? '';
  const where = `seed ${seed}, path "${path}"`;
  if (out.counterexample === null) {
    throw new Error(`fuzz ${c.name}: fast-check failed without a counterexample (${where})`, { cause: out.errorInstance });
  }
  const model = out.counterexample[0];
  let verdict;
  try {
    verdict = c.check(model);
  } catch (e) {
    throw new Error(`fuzz ${c.name}: check threw on a generated model (${where}): ${(e as Error).message}`, { cause: e });
  }
  if (verdict.holds) throw new Error(`fuzz ${c.name}: check is not deterministic: the shrunk counterexample holds on a second check (${where})`);
  const evidence = verdict.evidence;
  const certified = c.certify !== undefined;
  if (certified && !c.certify!(model, evidence)) {
    throw new Error(`fuzz ${c.name}: the evidence of the counterexample did not certify (${where}); the conjecture's check is wrong`);
  }
  const text = [
    `Conjecture ${c.name} REFUTED (source: ${c.source}${c.expected ? `; ${opts.expectedBy ?? 'the paper says'}: ${c.expected}` : ''})`,
    `  ${c.description}`,
    `Counterexample (found after ${out.numRuns} runs, shrunk in ${out.numShrinks} steps):`,
    c.format(model, evidence),
    certified ? 'Evidence re-checked exactly: yes.' : 'Evidence re-checked exactly: no (the conjecture has no certify).',
    `Replay: seed ${seed}, path ${path}  (cosine-verify fuzz ${opts.replayAs ?? c.name} --seed ${seed} --path ${path})`,
  ].join('\n');
  return { status: 'refuted', conjecture: c.name, counterexample: model, evidence, certified, text, seed, path, runs: out.numRuns, shrinks: out.numShrinks };
}
