/**
 * The public entry of `properties/`: exact arbitraries, run settings, the
 * paper's §5 claims as runnable checks, and the conjecture fuzzer.
 * (The full ordered claim registry used by `verify` is `properties/claims/index.ts`.)
 */
export * from './arbitraries/index.ts';
export { DEFAULT_SEED, seedFromEnv, runsFromEnv, fcParams } from './settings.ts';
export type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claims/claim.ts';
export { claimArgmaxVertex } from './claims/ArgmaxVertex.ts';
export * from './fuzz/index.ts';
