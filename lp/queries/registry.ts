/**
 * The registry of questions (`Question`, one file each in `lp/queries/`), in
 * the order `decide --help` lists their options. `decide`, `analyze` and the
 * fuzzer's pattern comparisons iterate over it; a new question is one new
 * file plus its line here.
 */
import type { AnyQuestion } from './question.ts';
import { signVectorQuestion } from './sign-vector.ts';
import { rankingQuestion } from './ranking.ts';
import { argmaxQuestion } from './argmax.ts';
import { tieForTopQuestion } from './tie-for-top.ts';
import { topPrefixQuestion } from './top-prefix.ts';

/** Every question, in option order: `--sign`, `--ranking`, `--argmax`, `--tie`, `--top`. */
export const QUESTIONS: readonly AnyQuestion[] = [signVectorQuestion, rankingQuestion, argmaxQuestion, tieForTopQuestion, topPrefixQuestion];

/**
 * The question called `name` (`"sign"`, `"ranking"`, `"argmax"`, `"tie"`,
 * `"top"`); throws `RangeError` listing the known names otherwise.
 *
 * @example
 * ```ts
 * findQuestion('tie').option.flag
 * // => '--tie'
 * findQuestion('nope')
 * // throws RangeError: unknown question "nope"
 * ```
 */
export function findQuestion(name: string): AnyQuestion {
  const q = QUESTIONS.find((x) => x.name === name);
  if (q === undefined) throw new RangeError(`unknown question ${JSON.stringify(name)}; known: ${QUESTIONS.map((x) => x.name).join(', ')}`);
  return q;
}
