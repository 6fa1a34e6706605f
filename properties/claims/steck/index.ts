/**
 * The claims of Steck, Ekanadham & Kallus (2024), "Is Cosine-Similarity of
 * Embeddings Really About Similarity?" (arXiv:2403.05440), as `ClaimCheck`s in
 * the paper's order; ids as in `shared/paper/steck-notes.md`.
 */
import type { ClaimCheck } from '../claim.ts';
import { claimSteckEq3 } from './Steck.Eq3.ts';
import { claimSteckEq4 } from './Steck.Eq4.ts';
import { claimSteckEq5 } from './Steck.Eq5.ts';
import { claimSteckEq6 } from './Steck.Eq6.ts';
import { claimSteckRemedy } from './Steck.Remedy.ts';

export { claimSteckEq3, claimSteckEq4, claimSteckEq5, claimSteckEq6, claimSteckRemedy };

/** Steck.Eq3, Eq4, Eq5, Eq6, Remedy. */
export const steckClaims: readonly ClaimCheck[] = [claimSteckEq3, claimSteckEq4, claimSteckEq5, claimSteckEq6, claimSteckRemedy];
