/**
 * `cosine-verify argmax`: verdicts agree with the exact engine (`decideArgmaxable` over Q)
 * on small vocabulary-shaped matrices with planted midpoint rows, with and without bias;
 * every certificate passes an independent BigInt check; the header's fingerprint; resume
 * after a truncated file redoes exactly the missing labels; an OUT of another model or
 * range is refused with one line; Ctrl-C keeps what was decided; a matrix too large for
 * memory is one line.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../src/field/dyadic.ts';
import { decideArgmaxable } from '../../lp/queries/argmax.ts';
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { npyFile } from '../unit/io/write-files.ts';
import { tempDir } from '../unit/io/write-files.ts';
import { independentArgmaxCheck } from '../unit/lp/scale/helpers.ts';
import { writeVocabMatrix } from './helpers/vocab-matrix.ts';
import { jsonLines, readJsonl, run, verdicts, writeVocab } from './helpers/scale-files.ts';

const tmp = tempDir('cosine-verify-cli-argmax-');
afterAll(() => tmp.remove());

/** The exact engine's verdict for every label of W (rationals from the float bits). */
function exactVerdicts(W: DenseMatrix): Map<number, boolean> {
  const rows = Array.from({ length: W.k }, (_, i) => Array.from(W.data.subarray(i * W.d, (i + 1) * W.d), rationalFromFloat64));
  const bias = W.bias === undefined ? undefined : Array.from(W.bias, rationalFromFloat64);
  return new Map(rows.map((_, i) => [i, decideArgmaxable(Q, rows, i, bias).feasible]));
}

describe('argmax agrees with the exact engine', () => {
  for (const withBias of [false, true]) {
    it(`on a 48 × 3 vocabulary matrix with 6 planted midpoints${withBias ? ', with bias' : ''}`, async () => {
      const m = writeVocab(tmp.write, `agree${withBias}`, 48, 3, 7, 6, withBias);
      const out = `${tmp.dir}/agree${withBias}.jsonl`;
      const argv = ['argmax', m.w, '--kernel', 'js', '--jsonl', out, ...(m.b ? ['--bias', m.b] : [])];
      const r = await run(argv);
      expect(r.code, r.err).toBe(0);
      const lines = readJsonl(out);
      expect(lines[0]).toMatchObject({ cosineVerify: 'argmax', k: 48, d: 3, dtype: 'float32', bias: withBias, range: '0:48' });
      expect(lines[0].fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(lines.length).toBe(49);
      const got = verdicts(lines.slice(1));
      expect(got).toEqual(exactVerdicts(m.W));
      if (!withBias) for (const p of m.planted) expect(got.get(p)).toBe(false);
      for (const l of lines.slice(1)) expect(independentArgmaxCheck(m.W, l.label, l.certificate), `label ${l.label}`).toBe(true);
      const no = [...got].filter(([, v]) => !v).length;
      expect(r.err).toContain(`decided 48 of 48 labels`);
      expect(r.err).toContain(`${48 - no} argmaxable, ${no} not argmaxable: `);
      expect(r.out).toBe('');
    });
  }
});

describe('argmax output', () => {
  const m = writeVocab(tmp.write, 'out', 30, 3, 3, 3);
  it('without --jsonl: the header and the lines on stdout, names with --labels, --range as a list', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `tok${i}`).join(',');
    const r = await run(['argmax', m.w, '--kernel', 'js', '--range', `${m.planted[0]},tok1,4`, '--labels', names]);
    expect(r.code, r.err).toBe(0);
    const lines = jsonLines(r.out);
    expect(lines[0]).toMatchObject({ cosineVerify: 'argmax', range: `${m.planted[0]},1,4` });
    expect(lines.slice(1).map((l) => l.label).sort((a, b) => a - b)).toEqual([m.planted[0], 1, 4].sort((a, b) => a - b));
    expect(lines.find((l) => l.label === 1)!.name).toBe('tok1');
    expect(r.err).toContain(`${m.planted[0]} (tok${m.planted[0]})`);
  });
  it('--json adds the summary as the last stdout line; a terminal gets a progress bar on stderr', async () => {
    const r = await run(['argmax', m.w, '--kernel', 'js', '--json']);
    const lines = jsonLines(r.out);
    const { summary } = lines.at(-1)!;
    expect(summary).toMatchObject({ question: 'argmax', asked: 30, decided: 30, undecided: [], stopped: null });
    expect(summary.notArgmaxable).toEqual(lines.slice(1, -1).filter((l) => !l.argmaxable).map((l) => l.label));
    expect(summary.argmaxable + summary.notArgmaxable.length).toBe(30);
    const io = collectingIO(true);
    expect(await runCli(['argmax', m.w, '--kernel', 'js', '--range', '0:10'], io)).toBe(0);
    expect(io.err()).toMatch(/argmax \[[^\]]*\] \d+\/10 \(\d+ in constraint generation\)/);
  });
  it('the fingerprint depends on the bias and the values, not on the range', async () => {
    const a = jsonLines((await run(['argmax', m.w, '--kernel', 'js', '--range', '0:2'])).out)[0];
    const b = jsonLines((await run(['argmax', m.w, '--kernel', 'js', '--range', '2:4'])).out)[0];
    const bias = tmp.write('out.zero-bias.npy', npyFile('<f4', [30], new Uint8Array(120)));
    const c = jsonLines((await run(['argmax', m.w, '--kernel', 'js', '--range', '0:2', '--bias', bias])).out)[0];
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });
  it('bad --range and --kernel are one line, exit 2', async () => {
    for (const [flag, value, msg] of [['--range', '5:3', 'need a:b'], ['--range', '0:31', 'need a:b'], ['--range', '2,2', 'given twice'], ['--kernel', 'gpu', '--kernel must be']]) {
      const r = await run(['argmax', m.w, flag, value]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('argmax --jsonl resume', () => {
  const m = writeVocab(tmp.write, 'resume', 40, 3, 11, 4);
  it('after a truncated file redoes exactly the missing labels and keeps the rest', async () => {
    const out = `${tmp.dir}/resume.jsonl`;
    expect((await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out])).code).toBe(0);
    const full = readFileSync(out, 'utf8');
    const lines = full.split('\n').filter((l) => l !== '');
    // keep the header and 30 records, then half of the next line (a killed run)
    const kept = lines.slice(0, 31).join('\n') + '\n';
    writeFileSync(out, kept + lines[31].slice(0, 20));
    const r = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('cut short');
    expect(r.err).toContain('resuming: 30 of 40 labels already decided');
    expect(r.err).toContain('decided 10 of 10 labels');
    const after = readFileSync(out, 'utf8');
    expect(after.startsWith(kept)).toBe(true);
    const again = jsonLines(after.slice(kept.length)).map((l) => l.label).sort((a, b) => a - b);
    const missing = lines.slice(31).map((l) => JSON.parse(l).label).sort((a: number, b: number) => a - b);
    expect(again).toEqual(missing);
    expect(verdicts(readJsonl(out))).toEqual(verdicts(lines.map((l) => JSON.parse(l))));
    // a complete file: nothing to do
    const done = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out]);
    expect(done.err).toContain('resuming: 40 of 40 labels already decided');
    expect(readFileSync(out, 'utf8')).toBe(after);
  });
  it('refuses an OUT of another model, of another range, or not ours, with one line', async () => {
    const out = `${tmp.dir}/other.jsonl`;
    expect((await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out, '--range', '0:5'])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const other = writeVocab(tmp.write, 'other', 40, 3, 12, 4);
    const cases: [string[], string][] = [
      [['argmax', other.w, '--jsonl', out, '--range', '0:5'], 'written for another model'],
      [['argmax', m.w, '--jsonl', out, '--range', '0:6'], 'written for --range 0:5'],
    ];
    for (const [argv, msg] of cases) {
      const r = await run([...argv, '--kernel', 'js']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(out, 'utf8')).toBe(before);
    }
    const foreign = tmp.write('foreign.jsonl', '{"section": "argmax"}\n');
    const r = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', foreign]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a cosine-verify argmax JSONL file');
    appendFileSync(out, 'not json\n{"label": 4}\n');
    const bad = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out, '--range', '0:5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('line 7 is not JSON');
  });
  it('--budget keeps what was decided, says how many labels remain, exit 1; a second run resumes the rest', async () => {
    const big = `${tmp.dir}/W2000x3.npy`;
    writeVocabMatrix(big, 2000, 3, 1, 5);
    const out = `${tmp.dir}/budget.jsonl`;
    const r = await run(['argmax', big, '--kernel', 'js', '--budget', '0.3', '--jsonl', out]);
    expect(r.code, r.err).toBe(1);
    const left = /not decided: ([\d ]+) labels left when the 0.3 s budget ran out; run the same command again to resume/.exec(r.err);
    expect(left, r.err).not.toBeNull();
    const first = readJsonl(out).length - 1;
    expect(first + Number(left![1].replace(/ /g, ''))).toBe(2000);
    const again = await run(['argmax', big, '--kernel', 'js', '--budget', '0.3', '--jsonl', out]);
    expect(again.err).toContain(`resuming: ${first} of 2 000 labels already decided`);
    const second = /decided ([\d ]+) of ([\d ]+) labels/.exec(again.err)!;
    expect(Number(second[2].replace(/ /g, ''))).toBe(2000 - first);
    const labels = readJsonl(out).slice(1).map((l) => l.label);
    expect(labels.length).toBe(first + Number(second[1].replace(/ /g, '')));
    expect(new Set(labels).size).toBe(labels.length);
  });
  it('Ctrl-C keeps what was decided (here: nothing), says what remains, exit 130; the next run completes it', async () => {
    const out = `${tmp.dir}/interrupted.jsonl`;
    const stop = new AbortController();
    stop.abort();
    const r = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out], stop.signal);
    expect(r.code).toBe(130);
    expect(r.err).toContain('not decided: 40 labels left when the run was interrupted (Ctrl-C); run the same command again to resume');
    expect(readJsonl(out)).toHaveLength(1);
    const again = await run(['argmax', m.w, '--kernel', 'js', '--jsonl', out]);
    expect(again.code).toBe(0);
    expect(readJsonl(out)).toHaveLength(41);
  });
});

describe('argmax on a matrix too large for memory', () => {
  it('is one line from the header alone (the data is never read)', async () => {
    const huge = tmp.write('huge.npy', npyFile('<f4', [50_000_000, 100_000], new Uint8Array(64)));
    const r = await run(['argmax', huge]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*huge\.npy: W is 50000000 × 100000 F32 \(20000\.0 GB as floats\); the scale path needs about 1\.5 × that/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('--max-memory lowers the limit', async () => {
    const m = writeVocab(tmp.write, 'small', 1000, 256, 1, 0);
    const r = await run(['argmax', m.w, '--max-memory', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('more than the 0.001 GB of --max-memory');
  });
});
