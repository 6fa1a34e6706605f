/**
 * The survey backend of `analyze` on the vocabulary-scale path (issue 10): the arguments of a
 * survey (every label for argmax, pairs for ties) decided in blocks by
 * `decideQuestionAtScale` on the dense float W (k × d, rows are labels; its bias when given),
 * each answer certified (witness against all k rows, or a sparse Gordan / Motzkin
 * certificate checked exactly), streamed as it is decided, stopped by the section's budget
 * share or Ctrl-C.
 */
import { decideQuestionAtScale } from '../../../lp/scale/question-at-scale.ts';
import type { StopReason } from '../budget.ts';
import type { SurveyBackend } from './sections.ts';

/** How often (ms) the budget is polled while the scale engine runs. */
const POLL_MS = 50;

/**
 * The scale backend, with the view's matrix kernel (`--kernel`: onnxruntime when it loads,
 * else our js loops). It refuses a view without a dense W (a text file, an exact example, an
 * integer tensor, or `--no-scale`).
 *
 * @example
 * surveySection(argmaxQuestion, [scaleBackend, exactBackend]) // argmax on the scale path when the view has a dense W
 */
export const scaleBackend: SurveyBackend = {
  name: 'scale',
  refuses: (view) => (view.dense === undefined ? 'the scale path was not taken (it reads the floats of a tensor file; --scale, --no-scale)' : null),
  async decideAll(view, q, args, budget, onResult) {
    const { W, kernel } = view.dense!;
    const ac = new AbortController();
    let stop: StopReason | null = budget.stop();
    const poll = () => {
      stop ??= budget.stop();
      if (stop !== null) ac.abort();
    };
    const timer = setInterval(poll, POLL_MS);
    try {
      if (stop !== null) return stop;
      const gen = decideQuestionAtScale(W, q, args, { kernel, budget: { signal: ac.signal }, onProgress: poll });
      for (;;) {
        const r = await gen.next();
        if (r.done) return r.value.stopped === null ? null : (stop ?? budget.stop() ?? { kind: 'budget', seconds: budget.seconds ?? 0 });
        onResult(r.value.argument, r.value.feasible);
        poll();
        if (stop !== null) {
          // stopped mid-round: the systems still pending are dropped (the engine stops only between rounds)
          await gen.return(undefined as never);
          return stop;
        }
      }
    } finally {
      clearInterval(timer);
    }
  },
};
