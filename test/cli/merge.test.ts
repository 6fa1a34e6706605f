/**
 * `cosine-verify merge`: two shards merge to what one full run writes; equal duplicates
 * are kept once; missing labels are reported as ranges with exit code 1 (0 with
 * `--allow-gaps`); shards of different models, conflicting verdicts and files that are
 * not shards are refused with one line; `--check` catches a corrupted certificate.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/io/write-files.ts';
import { readJsonl, run, verdicts, writeVocab } from './helpers/scale-files.ts';

const tmp = tempDir('cosine-verify-cli-merge-');
afterAll(() => tmp.remove());

const m = writeVocab(tmp.write, 'W', 36, 3, 5, 4, true);
const bias = ['--bias', m.b!];

/** Runs argmax on a range into a shard file; returns its path. */
async function shard(range: string, name = `shard-${range.replace(/\W/g, '_')}.jsonl`, w = m.w, b = bias): Promise<string> {
  const out = `${tmp.dir}/${name}`;
  const r = await run(['argmax', w, ...b, '--kernel', 'js', '--range', range, '--jsonl', out]);
  expect(r.code, r.err).toBe(0);
  return out;
}

describe('merge', () => {
  it('two shards merge to the verdicts of one full run, sorted by label, with one header', async () => {
    const full = await shard('0:36', 'full.jsonl');
    const [a, b] = [await shard('0:20'), await shard('20:36')];
    const out = `${tmp.dir}/merged.jsonl`;
    const r = await run(['merge', out, b, a]);
    expect(r.code, r.err).toBe(0);
    const merged = readJsonl(out);
    expect(merged[0]).toMatchObject({ cosineVerify: 'argmax', k: 36, bias: true, range: '0:36', fingerprint: readJsonl(full)[0].fingerprint });
    expect(merged.slice(1).map((l) => l.label)).toEqual(Array.from({ length: 36 }, (_, i) => i));
    expect(verdicts(merged)).toEqual(verdicts(readJsonl(full)));
    expect(r.err).toContain('decided: 36 of 36 labels');
    expect(r.err).toContain('missing: none');
    expect(r.err).toContain('certificates: not re-checked (merge trusts the shards');
  });
  it('keeps equal duplicates once; reports gaps as ranges, exit 1 unless --allow-gaps', async () => {
    const [a, b, c] = [await shard('0:10'), await shard('5:12'), await shard('30:36')];
    const out = `${tmp.dir}/gaps.jsonl`;
    const r = await run(['merge', out, a, b, c]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing: 12:30 (18 labels)');
    expect(r.err).toContain('5 duplicate lines with equal verdicts kept once');
    expect(readJsonl(out).slice(1).map((l) => l.label)).toEqual([...Array.from({ length: 12 }, (_, i) => i), 30, 31, 32, 33, 34, 35]);
    const ok = await run(['merge', out, a, b, c, '--allow-gaps']);
    expect(ok.code).toBe(0);
    // the merged file with gaps is a resumable argmax file of all labels
    const resumed = await run(['argmax', m.w, ...bias, '--kernel', 'js', '--jsonl', out]);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toContain('resuming: 18 of 36 labels already decided');
    expect((await run(['merge', `${tmp.dir}/filled.jsonl`, out])).code).toBe(0);
  });
  it('refuses shards of another model, conflicting verdicts and files that are not shards, with one line (exit 2)', async () => {
    const a = await shard('0:6');
    const other = writeVocab(tmp.write, 'other', 36, 3, 6, 4, true);
    const o = await shard('6:12', 'other.jsonl', other.w, ['--bias', other.b!]);
    const noBias = await shard('6:12', 'nobias.jsonl', m.w, []);
    const lines = readFileSync(a, 'utf8').split('\n');
    const flipped = JSON.parse(lines[2]);
    flipped.argmaxable = !flipped.argmaxable;
    const conflict = tmp.write('conflict.jsonl', [lines[0], JSON.stringify(flipped), ''].join('\n'));
    const cases: [string, string][] = [
      [o, `${o}: written for another model`],
      [noBias, `${noBias}: written for another model`],
      [conflict, `label ${flipped.label} is decided twice with different verdicts`],
      [tmp.write('text.jsonl', 'hello\n'), 'text.jsonl: line 1 is not JSON'],
      [tmp.write('label.jsonl', [lines[0], JSON.stringify({ ...flipped, label: 36 }), ''].join('\n')), 'label.jsonl: line 2: 36 is not a label index (k = 36)'],
      [tmp.write('verdict.jsonl', [lines[0], JSON.stringify({ ...flipped, argmaxable: 'yes' }), ''].join('\n')), 'verdict.jsonl: line 2: "argmaxable" is not true or false'],
    ];
    for (const [file, msg] of cases) {
      const r = await run(['merge', `${tmp.dir}/refused.jsonl`, a, file]);
      expect(r.code, file).toBe(2);
      expect(r.err).toContain(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
  it('--check re-verifies every certificate exactly and catches a corrupted one', async () => {
    const a = await shard('0:36', 'check.jsonl');
    const good = await run(['merge', `${tmp.dir}/checked.jsonl`, a, '--check', '--matrix', m.w, ...bias]);
    expect(good.code, good.err).toBe(0);
    expect(good.err).toContain('certificates: all 36 re-checked exactly against');
    const lines = readFileSync(a, 'utf8').split('\n');
    const corrupt = (pick: (r: any) => boolean, change: (r: any) => void, name: string): [string, number] => {
      const t = lines.findIndex((l, i) => i > 0 && l !== '' && pick(JSON.parse(l)));
      const r = JSON.parse(lines[t]);
      change(r.certificate);
      return [tmp.write(name, lines.map((l, i) => (i === t ? JSON.stringify(r) : l)).join('\n')), t + 1];
    };
    const broken = [
      corrupt((r) => !r.argmaxable, (c) => { c.y[0] = `${c.y[0]}1`; }, 'bad-y.jsonl'),
      corrupt((r) => r.argmaxable, (c) => { c.x = c.x.map((v: string) => (v.startsWith('-') ? v.slice(1) : `-${v}`)); }, 'bad-x.jsonl'),
      corrupt((r) => r.argmaxable, (c) => { c.kind = 'infeasible'; c.rows = [0]; c.y = ['0']; }, 'bad-kind.jsonl'),
      (() => { // a valid certificate under the wrong verdict
        const t = lines.findIndex((l, i) => i > 0 && l !== '' && JSON.parse(l).argmaxable);
        const r = { ...JSON.parse(lines[t]), argmaxable: false };
        return [tmp.write('bad-verdict.jsonl', lines.map((l, i) => (i === t ? JSON.stringify(r) : l)).join('\n')), t + 1] as [string, number];
      })(),
    ];
    for (const [file, line] of broken) {
      expect((await run(['merge', `${tmp.dir}/unchecked.jsonl`, file])).code, 'without --check merge trusts the shard').toBe(0);
      const r = await run(['merge', `${tmp.dir}/rejected.jsonl`, file, '--check', '--matrix', m.w, ...bias]);
      expect(r.code, file).toBe(2);
      expect(r.err).toContain(`${file}: line ${line}: the certificate of label`);
      expect(r.err).toContain('fails its exact check');
    }
    const wrongMatrix = await run(['merge', `${tmp.dir}/x.jsonl`, a, '--check', '--matrix', m.w]);
    expect(wrongMatrix.code).toBe(2);
    expect(wrongMatrix.err).toContain('another model than the shards');
    const noMatrix = await run(['merge', `${tmp.dir}/x.jsonl`, a, '--check']);
    expect(noMatrix.code).toBe(2);
    expect(noMatrix.err).toContain('--check needs --matrix');
  });
});
