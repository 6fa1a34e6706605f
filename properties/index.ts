/**
 * The public entry of `properties/`: exact arbitraries, run settings, the
 * papers' claims as runnable checks (the ordered registry `claims` that
 * `verify` runs, grouped by paper in `papers`; the §5 claims of Nielsen &
 * Grivas and the Steck claims by name), and the conjecture fuzzer.
 */
export * from './arbitraries/index.ts';
export { DEFAULT_SEED, seedFromEnv, runsFromEnv, fcParams } from './settings.ts';
export type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claims/claim.ts';
export { claims, claimById, papers, paperOf, type PaperClaims } from './claims/index.ts';
export { claimL5_3 } from './claims/L5.3.ts';
export { claimT5_5 } from './claims/T5.5.ts';
export { claimT5_6 } from './claims/T5.6.ts';
export { claimTH_1 } from './claims/TH.1.ts';
export { claimSymmetries } from './claims/Symmetries.ts';
export { claimCover1965 } from './claims/Cover1965.ts';
export { claimCover1967 } from './claims/Cover1967.ts';
export { claimArgmaxVertex } from './claims/ArgmaxVertex.ts';
export { steckClaims, claimSteckEq3, claimSteckEq4, claimSteckEq5, claimSteckEq6, claimSteckRemedy } from './claims/steck/index.ts';
export * from './fuzz/index.ts';
