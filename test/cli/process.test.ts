/**
 * The binary as a process (spawned: a few only, they are slow): Ctrl-C (SIGINT) prints
 * what was decided and exits 130; `… | head` (a closed stdout) exits quietly; a user's
 * conjecture `.ts` outside the repository loads (ES module) and is not called the paper's;
 * and the in-process pieces: atomic output files, label options, --list-tensors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { openAtomicFile, writeFileAtomic } from '../../src/cli/output-file.ts';
import { leBytes, safetensorsFile } from '../unit/io/write-files.ts';
import { writeVocabMatrix } from './helpers/vocab-matrix.ts';

const bin = fileURLToPath(new URL('../../bin/cosine-verify.js', import.meta.url));
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-process-'));
const big = join(dir, 'W2000x3.npy');
beforeAll(() => {
  writeVocabMatrix(big, 2000, 3, 1, 5);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('the binary as a process', () => {
  it('Ctrl-C: analyze prints what it decided, says what it did not, exits 130', async () => {
    const child = spawn(process.execPath, [bin, 'analyze', big, '--sections', 'argmax,ties', '--budget', '0'], { cwd: root });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    // interrupt once the run is deciding (its shape line is out)
    await new Promise<void>((ok) => {
      const poll = setInterval(() => {
        if (out.includes('shape:')) {
          clearInterval(poll);
          setTimeout(() => {
            child.kill('SIGINT');
            ok();
          }, 1500);
        }
      }, 100);
    });
    const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
    expect(code).toBe(130);
    expect(out).toMatch(/^argmaxable labels \(can be the top label\) \(of the \d+ decided\): /m);
    expect(out).toMatch(/^not computed: argmax: \d+ of 2 000 labels decided before the run was interrupted \(Ctrl-C\); the rest not computed$/m);
    expect(out).toMatch(/^not computed: ties: not computed: the run was interrupted \(Ctrl-C\)$/m);
  }, 60_000);

  it('Ctrl-C: argmax keeps every line it wrote (each complete), says how many labels remain, exits 130', async () => {
    const out = join(dir, 'argmax.jsonl');
    const child = spawn(process.execPath, [bin, 'argmax', big, '--kernel', 'js', '--jsonl', out], { cwd: root });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    await new Promise<void>((ok) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 3) {
          clearInterval(poll);
          child.kill('SIGINT');
          ok();
        }
      }, 100);
    });
    const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
    expect(code, err).toBe(130);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].cosineVerify).toBe('argmax');
    const left = /not decided: ([\d ]+) labels left when the run was interrupted \(Ctrl-C\); run the same command again to resume/.exec(err);
    expect(left, err).not.toBeNull();
    expect(Number(left![1].replace(/ /g, '')) + lines.length - 1).toBe(2000);
  }, 60_000);

  it('a closed stdout (| head) ends the run quietly; a conjecture .ts outside the repository loads', () => {
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" analyze examples:C.2 --list | head -1`], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(piped.stdout).toMatch(/^model: examples:C\.2\n/);
    expect(piped.stderr).toBe('');
    // a user's module in a folder without package.json, importing the package by absolute path (as docs/fuzzing.md shows)
    const mine = join(dir, 'my-conjecture.ts');
    const example = readFileSync(join(root, 'examples/conjecture-example.ts'), 'utf8').replace(/'\.\.\/(src|lp|properties)\//g, `'${root}/$1/`);
    writeFileSync(mine, example);
    const r = spawnSync(process.execPath, [bin, 'fuzz', mine, '--runs', '30'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Conjecture opposite-labels-never-tie REFUTED \(source: user example \(refuted by App\. C\.2\); its author expects: false\)/);
    expect(r.stdout).not.toMatch(/the paper says/);
  }, 60_000);
});

describe('output files are written atomically', () => {
  it('a file appears whole at commit; a discarded one leaves the old file', () => {
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old\n');
    const f = openAtomicFile(path, '--out');
    f.write('new ');
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    f.write('content\n');
    f.commit();
    expect(readFileSync(path, 'utf8')).toBe('new content\n');
    const g = openAtomicFile(path, '--out');
    g.write('half');
    g.discard();
    expect(readFileSync(path, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    writeFileAtomic(path, 'whole\n', '--out');
    expect(readFileSync(path, 'utf8')).toBe('whole\n');
    expect(() => writeFileAtomic(join(dir, 'no-such-dir', 'x'), '', '--out')).toThrow(/--out .*no-such-dir\/x: the directory .* does not exist/);
  });

  it('analyze --json OUT writes the object to OUT, not to stdout', async () => {
    const out = join(dir, 'a.json');
    const r = await run(['analyze', 'examples:C.2', '--sections', 'argmax', '--json', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toBe(`wrote ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).argmaxable).toEqual([true, true, true, true, true]);
  });
});

describe('model options: tensors and label names', () => {
  it('--list-tensors prints every tensor (name, dtype, shape); --tensor and --bias-tensor pick W and b from one container', async () => {
    const file = join(dir, 'model.safetensors');
    writeFileSync(
      file,
      safetensorsFile([
        { name: 'lm_head.weight', dtype: 'F32', shape: [3, 2], bytes: leBytes('F32', [1, 0, 0, 1, -1, -1]) },
        { name: 'lm_head.bias', dtype: 'F32', shape: [3], bytes: leBytes('F32', [0, 0, 5]) },
        { name: 'other', dtype: 'F64', shape: [2, 2], bytes: leBytes('F64', [1, 2, 3, 4]) },
      ]),
    );
    const list = await run(['decide', file, '--list-tensors']);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').slice(2, 5).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['lm_head.weight F32', 'lm_head.bias F32', 'other F64']);
    expect(list.out).toMatch(/lm_head\.weight\s+F32\s+\[3, 2\]/);
    const json = await run(['decide', file, '--tensor', 'lm_head.weight', '--bias-tensor', 'lm_head.bias', '--labels', 'cat,dog,fish', '--argmax', 'fish', '--json']);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.out);
    expect([d.argument, d.bias, d.feasible, d.labels, d.tensor]).toEqual(['2', true, true, ['cat', 'dog', 'fish'], 'tensor "lm_head.weight" F32 [3, 2]']);
    const text = await run(['decide', file, '--tensor', 'lm_head.weight', '--labels', 'cat,dog,fish', '--tie', 'cat,dog']);
    expect(text.out).toMatch(/^question: can labels 0 \(cat\) and 1 \(dog\) tie for the top\? rows w_0 − w_l/m);
    expect(text.out).toMatch(/^answer: labels 0 \(cat\) and 1 \(dog\) /m);
    const noTensors = await run(['analyze', join(root, 'test/fixtures/docs/ragged.json'), '--list-tensors']);
    expect(noTensors.code).toBe(2);
    expect(noTensors.err).toMatch(/holds no named tensors/);
  });

  it('label names from a list or a vocabulary file appear in analyze; a wrong count is one line, exit 2', async () => {
    const vocab = join(dir, 'labels.txt');
    writeFileSync(vocab, 'a\nb\nc\nd\ne\n');
    const r = await run(['analyze', 'examples:C.2', '--labels', vocab, '--sections', 'cosines,ties']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^labels: 0 \(a\), 1 \(b\), 2 \(c\), 3 \(d\), 4 \(e\)$/m);
    expect(r.out).toMatch(/^\s+a\s+b\s+c\s+d\s+e$/m);
    expect(r.out).toMatch(/^ {2}2 c\s+-0\.955779/m);
    expect(r.out).toMatch(/^ {2}1,2 \(b, c\)  cos -0\.588172/m);
    const j = JSON.parse((await run(['analyze', 'examples:C.2', '--labels', 'a,b,c,d,e', '--rows', 'c,a', '--sections', 'argmax', '--json'])).out);
    expect(j.labels).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(j.surveys.argmaxable.labels).toEqual([2, 0]);
    const bad = await run(['analyze', 'examples:C.2', '--labels', 'a,b']);
    expect(bad).toEqual({ code: 2, out: '', err: 'error: --labels: 2 label names for the 5 rows of W (one name per label)\n' });
  });

  it('the emotion model (TF.js) end to end: tensors by name, labels, every cosine of W negative', async () => {
    const emotion = join(root, '../shared/real-models/emotion/emotion.json');
    const names = 'angry,disgust,fear,happy,sad,surprise,neutral';
    const a = JSON.parse((await run(['analyze', emotion, '--tensor', 'unknown_43', '--bias-tensor', 'unknown_44', '--labels', names, '--sections', 'cosines', '--json'])).out);
    expect([a.k, a.d, a.rank, a.bias, a.tensor]).toEqual([7, 2304, 7, true, 'tensor "unknown_43" F32 [3, 3, 256, 7]']);
    expect(a.labels).toEqual(names.split(','));
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) if (i !== j) expect(a.cosineExact[i][j].startsWith('-')).toBe(true);
    expect(existsSync(emotion)).toBe(true);
  });
});
