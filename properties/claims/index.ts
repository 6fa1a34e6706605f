/**
 * The registry of claim checks: every `ClaimCheck` that `cosine-verify verify` (and the
 * report) runs, grouped by paper (`papers`). First Nielsen & Grivas, in the order of the paper — Section 3 (L3.1, L3.2, L3.3, T3.4), App. D, the
 * worked examples (C.1, C.2, C.3), Section 5 (L5.3, T5.5, T5.6, T H.1), Cover's counts, and
 * the extra properties (Symmetries, ArgmaxVertex), ids as in `shared/paper/notes.md`; then
 * Steck, Ekanadham & Kallus (2024) (`steck/`: Steck.Eq3 … Steck.Remedy, ids as in
 * `shared/paper/steck-notes.md`).
 *
 * The C.2 and C.3 entries fold in the examples' tie facts ("labels i, j can / cannot tie for
 * the highest probability", App. C.2, C.3), decided with the LP engine: each fact is a
 * certified decision whose certificate is re-checked here against the Motzkin system rebuilt
 * from W (A = rows w_i − w_l for l ∉ {i, j}, B = [w_i − w_j]).
 */
import type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from './claim.ts';
import { claimL3_1 } from './L3.1.ts';
import { claimL3_2 } from './L3.2.ts';
import { claimL3_3 } from './L3.3.ts';
import { claimT3_4 } from './T3.4.ts';
import { claimD } from './D.ts';
import { claimC1 } from './C.1.ts';
import { claimC2 } from './C.2.ts';
import { claimC3 } from './C.3.ts';
import { claimL5_3 } from './L5.3.ts';
import { claimT5_5 } from './T5.5.ts';
import { claimT5_6 } from './T5.6.ts';
import { claimTH_1 } from './TH.1.ts';
import { claimCover1965 } from './Cover1965.ts';
import { claimCover1967 } from './Cover1967.ts';
import { claimSymmetries } from './Symmetries.ts';
import { claimArgmaxVertex } from './ArgmaxVertex.ts';
import { steckClaims } from './steck/index.ts';
import { loadExamples, type TieFacts } from '../../src/examples/examples.ts';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { decideTieForTop } from '../../lp/queries/tie-for-top.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { tieForTopSystem } from '../fuzz/tie-for-top.ts';

/** Outcome of checking the tie facts of one example. */
export interface TieFactsOutcome {
  readonly verified: boolean;
  /** Pairs decided. */
  readonly cases: number;
  /** Certificates re-checked exactly against the rebuilt system. */
  readonly certificates: number;
  readonly detail?: string;
}

/**
 * Checks the tie facts of W (k × d, rows are labels) over F: every pair of `canTieForTop`
 * can tie for the top and every pair of `cannotTieForTop` cannot (one certified decision
 * each, its certificate re-checked here), and, when `tieWith` is given as `{ label, others }`,
 * the labels that can tie with `label` are exactly `others`. Source: App. C.2, C.3.
 */
export function checkTieFacts<T>(
  F: OrderedField<T>,
  W: readonly (readonly T[])[],
  facts: TieFacts,
  tieWith?: { label: number; others: readonly number[] },
): TieFactsOutcome {
  let cases = 0;
  let certificates = 0;
  const canTie = (i: number, j: number): boolean | string => {
    const d = decideTieForTop(F, W, i, j);
    const { A, B } = tieForTopSystem(F, W, i, j);
    if (!checkCertificate(F, A, B, d.certificate)) return `the certificate for labels ${i}, ${j} does not check`;
    cases++;
    certificates++;
    return d.certificate.kind === 'witness'; // the verdict of the checked certificate
  };
  const fail = (detail: string): TieFactsOutcome => ({ verified: false, cases, certificates, detail });
  for (const [expected, pairs] of [[true, facts.canTieForTop], [false, facts.cannotTieForTop]] as const) {
    for (const [i, j] of pairs) {
      const r = canTie(i, j);
      if (typeof r === 'string') return fail(r);
      if (r !== expected) return fail(`labels ${i}, ${j} ${r ? 'can' : 'cannot'} tie for the top; the paper says they ${expected ? 'can' : 'cannot'}`);
    }
  }
  if (tieWith !== undefined) {
    const found: number[] = [];
    for (let l = 0; l < W.length; l++) {
      if (l === tieWith.label) continue;
      const r = canTie(tieWith.label, l);
      if (typeof r === 'string') return fail(r);
      if (r) found.push(l);
    }
    if (found.join(',') !== [...tieWith.others].sort((a, b) => a - b).join(',')) {
      return fail(`the labels that can tie with label ${tieWith.label} are ${found.join(', ')}; the paper says ${tieWith.others.join(', ')}`);
    }
  }
  return { verified: true, cases, certificates };
}

/** The tie facts of C.2 (incl. "the labels that can tie with label 2 are 1 and 3") or C.3, from the shipped examples. */
function exampleTieFacts(id: 'C.2' | 'C.3'): TieFactsOutcome {
  const ex = loadExamples();
  if (id === 'C.2') {
    const e = ex['C.2'];
    return checkTieFacts(e.field, e.W, e, { label: 2, others: e.tieWith2 });
  }
  const e = ex['C.3'];
  return checkTieFacts(e.field, e.W, e);
}

/** `base` with the tie facts of its example folded in (cases and certificates add up; both parts must hold). */
function withTieFacts(base: ClaimCheck, id: 'C.2' | 'C.3'): ClaimCheck {
  return {
    id: base.id,
    statement: `${base.statement} Ties for the top as the paper states them.`,
    method: `${base.method}; ties: certified LP decisions (Motzkin)`,
    run(opts?: ClaimRunOptions): ClaimOutcome {
      const b = base.run(opts);
      let t: TieFactsOutcome;
      try {
        t = exampleTieFacts(id);
      } catch (e) {
        t = { verified: false, cases: 0, certificates: 0, detail: `tie facts threw: ${(e as Error).message}` };
      }
      const details = [b.detail, t.verified ? undefined : `ties: ${t.detail}`].filter((x): x is string => x !== undefined);
      return {
        verified: b.verified && t.verified,
        cases: b.cases + t.cases,
        certificates: b.certificates + t.certificates,
        ...(details.length > 0 ? { detail: details.join('; ') } : {}),
      };
    },
  };
}

/** A paper whose claims the registry checks: how tables and reports name it, and its claims in its order. */
export interface PaperClaims {
  /** Short name for section headings, e.g. `Nielsen & Grivas (2026)`. */
  readonly name: string;
  /** Title and arXiv id. */
  readonly reference: string;
  readonly claims: readonly ClaimCheck[];
}

/** The papers, in the order `verify` runs and prints them. */
export const papers: readonly PaperClaims[] = [
  {
    name: 'Nielsen & Grivas (2026)',
    reference: 'What Cosine Similarity of Label Representations Can and Cannot Tell us, arXiv:2603.29488',
    claims: [
      claimL3_1,
      claimL3_2,
      claimL3_3,
      claimT3_4,
      claimD,
      claimC1,
      withTieFacts(claimC2, 'C.2'),
      withTieFacts(claimC3, 'C.3'),
      claimL5_3,
      claimT5_5,
      claimT5_6,
      claimTH_1,
      claimCover1965,
      claimCover1967,
      claimSymmetries,
      claimArgmaxVertex,
    ],
  },
  {
    name: 'Steck, Ekanadham & Kallus (2024)',
    reference: 'Is Cosine-Similarity of Embeddings Really About Similarity?, arXiv:2403.05440',
    claims: steckClaims,
  },
];

/** Every claim check, paper after paper, in the order `verify` runs and prints them. */
export const claims: readonly ClaimCheck[] = papers.flatMap((p) => p.claims);

/** The paper of the claim with id `id`, or undefined for an id of no paper in the registry. */
export function paperOf(id: string): PaperClaims | undefined {
  return papers.find((p) => p.claims.some((c) => c.id === id));
}

/** The claim check with id `id` (e.g. `"T5.6"`); `RangeError` listing the known ids otherwise. */
export function claimById(id: string): ClaimCheck {
  const c = claims.find((x) => x.id === id);
  if (c === undefined) throw new RangeError(`unknown claim id ${JSON.stringify(id)}; known: ${claims.map((x) => x.id).join(', ')}`);
  return c;
}
