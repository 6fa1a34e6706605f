/**
 * A claim of the paper as a runnable check: the unit that `npm test`, the
 * `verify` command and the HTML report all share. Each claim module under
 * `properties/claims/` exports one `ClaimCheck` named after its claim id.
 */

/** Settings of one run of a claim check. */
export interface ClaimRunOptions {
  /** fast-check runs (or random cases) for randomized parts; each claim has its own default. */
  runs?: number;
  /** Seed for randomized parts (default: `seedFromEnv()` of `properties/settings.ts`). */
  seed?: number;
  /** Called as work advances, for progress bars: `done` of `total` units. */
  onProgress?: (done: number, total: number) => void;
}

/** What a run of a claim check established. */
export interface ClaimOutcome {
  /** True only when every case was checked and held (or, for a falsification claim, the counterexample was found and certified). */
  verified: boolean;
  /** Number of cases examined (examples, random models, enumerated patterns ...). */
  cases: number;
  /** Number of exact certificates (witnesses, Gordan/Motzkin certificates, constructions) that were checked. */
  certificates: number;
  /** One line on what was found, e.g. the counterexample or the first failure. */
  detail?: string;
}

/** One claim of the paper, by its id in `shared/paper/notes.md`. */
export interface ClaimCheck {
  /** Claim id as in the notes: `L3.1`, `T5.6`, `TH.1`, `Cover1965`, `C.2`, ... */
  readonly id: string;
  /** The statement in one line. */
  readonly statement: string;
  /** How it is checked: `exact construction`, `enumeration`, `property over N cases`, `certified counterexample`, ... */
  readonly method: string;
  /** Runs the check. Never throws for a failed claim: it returns `verified: false` with a detail. */
  run(opts?: ClaimRunOptions): ClaimOutcome;
}
