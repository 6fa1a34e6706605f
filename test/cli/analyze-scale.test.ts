/**
 * `analyze` with the scale backend (issue 10 item 6): the argmax and ties sections decided by
 * `decideQuestionAtScale` on the dense floats agree with the exact backend (with and without
 * a bias, every label and every pair, and among --rows), stream their facts (--jsonl), and
 * say what a budget left undecided.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import type { AnalyzeJSON } from '../../src/cli/commands/analyze.ts';
import { leBytes, npyFile, tempDir } from '../unit/io/write-files.ts';
import { writeVocabMatrix } from './helpers/vocab-matrix.ts';

const tmp = tempDir('cosine-verify-analyze-scale-');
const W30 = tmp.dir + '/W30x3.npy';
const W2000 = tmp.dir + '/W2000x3.npy';
let bias = '';
beforeAll(() => {
  writeVocabMatrix(W30, 30, 3, 4, 4); // labels 2, 5, 8, 11: midpoints of the two rows before them
  writeVocabMatrix(W2000, 2000, 3, 1, 3);
  bias = tmp.write('b30.npy', npyFile('<f4', [30], leBytes('F32', Array.from({ length: 30 }, (_, i) => (i % 5 === 2 ? 1 : i % 7 === 0 ? -0.5 : 0)))));
});
afterAll(() => tmp.remove());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function json(argv: string[]): Promise<AnalyzeJSON> {
  const r = await run(argv);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as AnalyzeJSON;
}

describe('analyze: the scale backend agrees with the exact backend', () => {
  for (const withBias of [false, true]) {
    it(`every label and every pair of a 30 × 3 float matrix${withBias ? ', with a bias' : ''}`, async () => {
      const extra = withBias ? ['--bias', bias] : [];
      const exact = await json(['analyze', W30, '--sections', 'argmax,ties', '--no-scale', '--json', ...extra]);
      const scale = await json(['analyze', W30, '--sections', 'argmax,ties', '--scale', '--kernel', 'js', '--json', ...extra]);
      expect(exact.complete && scale.complete).toBe(true);
      expect(scale.argmaxable).toEqual(exact.argmaxable); // in label order, although the scale path decides out of order
      expect(scale.canTieForTop).toEqual(exact.canTieForTop);
      for (const key of ['argmaxable', 'canTieForTop']) expect({ ...scale.surveys[key], backend: 'exact' }).toEqual(exact.surveys[key]);
      const no = exact.argmaxable!.flatMap((yes, i) => (yes ? [] : [i]));
      if (!withBias) expect(no).toEqual(expect.arrayContaining([2, 5, 8, 11])); // the planted midpoints
      expect(exact.canTieForTop!.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('among --rows, streamed as JSON lines', async () => {
    const r = await run(['analyze', W30, '--sections', 'argmax,ties', '--rows', '0,1,2,7', '--scale', '--kernel', 'js', '--jsonl']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const argmax = lines.filter((l) => l.section === 'argmax');
    expect(argmax.map((l) => l.argument).sort()).toEqual(['0', '1', '2', '7']);
    expect(argmax.find((l) => l.argument === '2')).toMatchObject({ question: 'argmax', labels: [2], feasible: false });
    expect(lines.filter((l) => l.section === 'ties')).toHaveLength(6);
    expect(lines[lines.length - 1]).toEqual({ section: 'end', complete: true, skipped: 0 });
  });
});

describe('analyze: the scale backend within a budget', () => {
  it('stops the 1 999 000 pairs of a 2 000 × 3 matrix and says how many it decided, and that the rest was not computed', async () => {
    const t0 = performance.now();
    const j = await json(['analyze', W2000, '--sections', 'ties', '--budget', '1', '--kernel', 'js', '--json']);
    expect((performance.now() - t0) / 1000).toBeLessThan(30);
    expect(j.complete).toBe(false);
    const s = j.surveys.canTieForTop;
    expect(s).toMatchObject({ question: 'tie', total: 1999000, complete: false });
    expect(s.decided).toBe(s.yes.length + s.no.length);
    expect(s.decided).toBeLessThan(1999000);
    expect(j.canTieForTop).toBeNull();
    expect(j.skipped).toEqual([{ section: 'ties', reason: expect.stringMatching(new RegExp(`^ties: ${s.decided.toLocaleString('en').replace(/,/g, ' ')} of 1 999 000 pairs decided before (its [\\d.]+ s share of )?the 1 s budget ran out; the rest not computed$`)) }]);
  }, 60_000);

  it('a float tensor above 5 000 entries takes the scale path by default, --no-scale the exact engine: same answers', async () => {
    const args = ['analyze', W2000, '--sections', 'argmax,ties', '--rows', '0,1,2,5,8', '--kernel', 'js', '--budget', '0', '--json'];
    const scale = await json(args);
    const exact = await json([...args, '--no-scale']);
    expect([scale.surveys.argmaxable.backend, scale.surveys.canTieForTop.backend]).toEqual(['scale', 'scale']);
    expect([exact.surveys.argmaxable.backend, exact.surveys.canTieForTop.backend]).toEqual(['exact', 'exact']);
    const strip = (x: AnalyzeJSON['surveys'][string]) => ({ ...x, backend: undefined });
    expect(strip(scale.surveys.argmaxable)).toEqual(strip(exact.surveys.argmaxable));
    expect(strip(scale.surveys.canTieForTop)).toEqual(strip(exact.surveys.canTieForTop));
    expect(scale.surveys.argmaxable.no).toEqual(expect.arrayContaining(['2', '5', '8'])); // the planted midpoints
  }, 60_000);
});
