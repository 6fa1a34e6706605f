/**
 * The report's section on Steck, Ekanadham & Kallus (2024): one model of
 * objective (1) — the closed form (Â, B̂) of Eq. 5 on the notes' exact data
 * (√λ = 12, σ = 35, 16, 9, 5; n = 5 users, p = 4 items, full rank k = 4) —
 * under three choices of the gauge D, and the item–item cosine matrix of
 * each rescaling (Â D, B̂ D⁻¹) side by side as heat maps. Every statement the
 * section makes is a `FigureFact` decided exactly (gradients, predictions and
 * cosines as sign and square over Q); the heat maps are drawn from decimals
 * correctly rounded from the exact cosines.
 */
import { RationalField as Q, type Rational } from '../field/rational.ts';
import { matEquals, matMul, type Matrix } from '../linalg/matrix.ts';
import { cosineEquals, type ExactCosine } from '../cosine/exact-cosine.ts';
import { cosineMatrix, cosineMatrixEquals } from '../cosine/cosine-matrix.ts';
import { cosineToText, formatCosine } from '../cosine/cosine-text.ts';
import { closedForm1, gradient1, isStationary, predictions, rationalSquareRoot, rescale, shrinkage1, type Factorisation } from '../models/matrix-factorisation.ts';
import { objective1Example } from '../../properties/claims/steck/examples.ts';
import type { FigureFact, ReportFigure } from './figures.ts';
import type { HeatmapData } from './heatmap.ts';

/** The Steck section: a `ReportFigure` (id `fig-steck`, title, caption, exact facts) whose panels are three heat maps. */
export type SteckFigure = Omit<ReportFigure, 'panels'> & { readonly panels: readonly HeatmapData[] };

/** The exact value when it is short (`0`, `1`, `-1/2`), else the decimal with 2 digits, correctly rounded from the exact cosine. */
function cellText(c: ExactCosine<Rational>): string {
  const exact = cosineToText(Q, c);
  return exact.length <= 5 ? exact : formatCosine(Q, c, 2);
}

/** The heat map of an exact cosine matrix (cell texts from `cellText`, colours from 6-digit decimals). */
function heatmap(title: string, subtitle: readonly string[], C: readonly (readonly ExactCosine<Rational>[])[]): HeatmapData {
  return {
    title,
    subtitle,
    labels: C.map((_, i) => `i${i}`),
    cells: C.map((row) => row.map((c) => ({ value: Number(formatCosine(Q, c, 6)), text: cellText(c) }))),
  };
}

/** Off-diagonal entries (i < j) where two cosine matrices differ. */
function differingPairs(C1: readonly (readonly ExactCosine<Rational>[])[], C2: readonly (readonly ExactCosine<Rational>[])[]): number {
  let n = 0;
  for (let i = 0; i < C1.length; i++) for (let j = i + 1; j < C1.length; j++) if (!cosineEquals(Q, C1[i][j], C2[i][j])) n++;
  return n;
}

/** The Steck section from the notes' data (exact; see the module comment). */
export function steckFigure(): SteckFigure {
  const e = objective1Example();
  const p = e.sigma.length;
  const f = closedForm1(Q, e.V, e.sigma, e.lambda, p);
  const roots = shrinkage1(Q, e.sigma, e.lambda).map((x) => rationalSquareRoot(Q, x));
  const choices: { name: string; d: Rational[]; subtitle: string }[] = [
    { name: 'D = I', d: roots.map(() => Q.one), subtitle: 'item embeddings B̂ = V·dMat^{1/2} (Â = B̂)' },
    { name: 'D = dMat^{1/2}', d: roots, subtitle: 'item embeddings B̂D⁻¹ = V' },
    { name: 'D = dMat^{−1/2}', d: roots.map((r) => Q.div(Q.one, r)), subtitle: 'item embeddings B̂D⁻¹ = V·dMat' },
  ];
  const models: Factorisation<Rational>[] = choices.map((c) => rescale(Q, f, c.d));
  const C = models.map((m) => cosineMatrix(Q, m.B));
  const P = models.map((m) => predictions(Q, e.X, m.A, m.B));
  const offDiagonal = (p * (p - 1)) / 2;
  const pairs = [[0, 1], [0, 2], [1, 2]] as const;
  const differ = pairs.map(([a, b]) => differingPairs(C[a], C[b]));
  const users = (m: Factorisation<Rational>): Matrix<Rational> => matMul(Q, e.X, m.A);
  const facts: FigureFact[] = [
    {
      text: `(Â, B̂) = V·dMat(σ_i²/(σ_i² + λ))^{1/2} for √λ = 12, σ = (35, 16, 9, 5), so dMat^{1/2} = dMat(${roots.map((r) => Q.format(r)).join(', ')}); (Â, B̂) and its two rescalings are stationary points of objective (1): every gradient is exactly zero`,
      holds: models.every((m) => isStationary(Q, gradient1(Q, e.X, m.A, m.B, e.lambda))),
    },
    { text: 'the predictions X(ÂD)(B̂D⁻¹)ᵀ (5 users × 4 items) are identical for the three choices of D, exactly', holds: P.every((x) => matEquals(Q, x, P[0])) },
    {
      text: 'D = dMat^{1/2}: B̂D⁻¹ = V and every off-diagonal item–item cosine is exactly 0 (cosine matrix I: every item "dissimilar" to every other)',
      holds: matEquals(Q, models[1].B, e.V) && C[1].every((row, i) => row.every((c, j) => (i === j ? c.sign === 1 : c.sign === 0))),
    },
    {
      text: 'D = dMat^{−1/2}: the user embeddings X(ÂD) = XV have the cosines of the rows of X, exactly',
      holds: matEquals(Q, users(models[2]), matMul(Q, e.X, e.V)) && cosineMatrixEquals(Q, users(models[2]), e.X),
    },
    {
      text: `the three item–item cosine matrices differ pairwise: ${pairs.map(([a, b], t) => `${choices[a].name} vs ${choices[b].name}: ${differ[t]} of ${offDiagonal} cosines`).join('; ')} (exact sign and square)`,
      holds: differ.every((n) => n > 0),
    },
  ];
  return {
    id: 'fig-steck',
    title: 'Steck, Ekanadham & Kallus (2024) — one model, three item–item cosine matrices (Steck.Eq3, Eq4, Eq5)',
    caption:
      'The closed-form solution of objective (1), ‖X − XABᵀ‖² + λ‖ABᵀ‖², on exact data X = UΣVᵀ (rational orthogonal U, V from the Cayley transform), rescaled to (ÂD, B̂D⁻¹) with three diagonal matrices D. ' +
      'All three are solutions with the same predictions, yet the cosines between the item embeddings (rows of B̂D⁻¹) are different: with D = dMat^{1/2} every pair of items has cosine 0. Cell texts are exact (0, 1) or correctly rounded from the exact cosines.',
    panels: choices.map((c, t) => heatmap(c.name, [c.subtitle], C[t])),
    facts,
  };
}
