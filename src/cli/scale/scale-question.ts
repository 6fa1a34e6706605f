/**
 * The questions of the registry (`lp/queries/registry.ts`) that have a command on the
 * scale path, as data: the question, and how its argument and answer are written in a
 * JSONL line (`{"label": 17, "argmaxable": false, "certificate": …}`). The JSONL, resume
 * and merge machinery (`shard-file.ts`, `run-at-scale.ts`, `commands/merge.ts`) knows no
 * question by name; a new one is one entry here plus its command.
 */
import { argmaxQuestion } from '../../../lp/queries/argmax.ts';
import type { Question } from '../../../lp/queries/question.ts';
import { selectionLabels, type LabelSelection } from './label-range.ts';

/** A registry question on the scale path (see the module doc). */
export interface ScaleQuestion<A> {
  readonly question: Question<A>;
  /** The field of a JSONL line holding the argument (`"label"`). */
  readonly key: string;
  /** The field holding the answer, true when the system is feasible (`"argmaxable"`). */
  readonly verdict: string;
  /** What an argument is, in the plural (`"labels"`). */
  readonly units: string;
  /** The arguments a label selection (`--range`) asks about, in order. */
  argumentsOf(sel: LabelSelection): A[];
  /** The argument as JSON (a label index for argmax). */
  toJSON(a: A): number | number[];
  /** The argument of a JSON value read from a file for k labels; throws `RangeError` when it is not one. */
  fromJSON(v: unknown, k: number): A;
  /** The labels the argument names (for `"name"` in a line with `--labels`). */
  labelsOf(a: A): number[];
}

/** `argmax`: can label i be the top label? Lines `{"label", "name"?, "argmaxable", "certificate"}`. */
export const argmaxAtScale: ScaleQuestion<number> = {
  question: argmaxQuestion,
  key: 'label',
  verdict: 'argmaxable',
  units: 'labels',
  argumentsOf: selectionLabels,
  toJSON: (i) => i,
  fromJSON(v, k) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= k) throw new RangeError(`${JSON.stringify(v)} is not a label index (k = ${k})`);
    return v;
  },
  labelsOf: (i) => [i],
};

/** Every question with a scale command, by the name its JSONL header carries (`"cosineVerify": "argmax"`). */
export const SCALE_QUESTIONS: readonly ScaleQuestion<any>[] = [argmaxAtScale];
