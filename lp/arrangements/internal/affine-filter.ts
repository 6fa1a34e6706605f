import type { Model } from '../../../src/models/model.ts';
import { decideQuestion, type Question } from '../../queries/question.ts';
import type { FloatSolvers } from '../../engine/float-solvers.ts';

/**
 * The candidates (patterns of the homogenised [W | b]) that the model with a
 * bias realises, each re-decided as question `q` on the model (with the row
 * (0, …, 0, 1) asking t > 0), with their witnesses (x, t), in candidate order.
 */
export function realisedWithBias<T, A>(model: Model<T>, q: Question<A>, candidates: readonly A[], solvers?: FloatSolvers): { kept: A[]; witnesses: T[][] } {
  const kept: A[] = [];
  const witnesses: T[][] = [];
  for (const c of candidates) {
    const cert = decideQuestion(model, q, c, { solvers }).decision.certificate;
    if (cert.kind !== 'witness') continue;
    kept.push(c);
    witnesses.push(cert.x);
  }
  return { kept, witnesses };
}
