/**
 * The page of `analyze --report` (src/report/matrix-report.ts): the labels shown, exact
 * cells (undefined for a zero row), the facts, the 2-D regions, the atomic write, and the
 * CLI option with its errors. The page in a browser: test/browser/matrix-report.browser.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { cosineMatrix, centeredCosineMatrix, braidCosineMatrix, formatCosine } from '../../../src/cosine/index.ts';
import { defaultReportLabels, matrixHeatmaps, matrixReportHtml, parseReportLabels, type MatrixFacts } from '../../../src/report/matrix-report.ts';
import { writeFileAtomically } from '../../../src/report/write-file.ts';
import { runCli } from '../../../src/cli/main.ts';
import { collectingIO } from '../../../src/cli/io.ts';
import { loadExamples } from '../../../src/examples/examples.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-matrix-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
const facts = (k: number): MatrixFacts => ({
  source: 'test', field: 'Q', rank: 2, centered: false, argmaxable: Array.from({ length: k }, () => true), canTieForTop: [[0, 1]],
  signPattern: { count: 6, enumerated: true, coverBound: '6', boundDimension: 2, lps: 4 },
  rankingPattern: { count: null, enumerated: false, coverBound: '720', boundDimension: 2, lps: 0 },
});

describe('which labels the heat maps show', () => {
  it('all up to 12, else the first 12; --report-labels takes a count, indices or names', () => {
    expect(defaultReportLabels(5)).toEqual([0, 1, 2, 3, 4]);
    expect(defaultReportLabels(50)).toHaveLength(12);
    expect(parseReportLabels('3', 10)).toEqual([0, 1, 2]);
    expect(parseReportLabels('4,0,2', 10)).toEqual([4, 0, 2]);
    expect(parseReportLabels('sad, 0', 3, ['happy', 'neutral', 'sad'])).toEqual([2, 0]);
    expect(() => parseReportLabels('0', 10)).toThrow(/count must be 1 … 10/);
    expect(() => parseReportLabels('11', 10)).toThrow(RangeError);
    expect(() => parseReportLabels('1,1', 10)).toThrow(/given twice/);
    expect(() => parseReportLabels('angry', 3, ['happy', 'neutral', 'sad'])).toThrow(/"angry" is neither/);
  });
});

describe('matrixHeatmaps', () => {
  it('C(W), the centered cosines and C(DW) of the labels shown, cells from the exact cosines', () => {
    const W = loadExamples()['C.2'].W;
    const [c, centered, braid] = matrixHeatmaps({ F: Q, W }, [0, 2, 4]);
    expect([c.labels, braid.labels]).toEqual([['0', '2', '4'], ['0−2', '0−4', '2−4']]);
    const C = cosineMatrix(Q, W);
    expect(c.cells.map((r) => r.map((x) => x.value))).toEqual([0, 2, 4].map((i) => [0, 2, 4].map((j) => Number(formatCosine(Q, C[i][j], 6)))));
    expect(c.cells[1][2].text).toBe('4/5');
    const CC = centeredCosineMatrix(Q, W); // centering uses every label, also the ones not shown
    expect(centered.cells[0][1].value).toBe(Number(formatCosine(Q, CC[0][2], 6)));
    const D = braidCosineMatrix(Q, [W[0], W[2], W[4]]);
    expect(braid.cells.map((r) => r.map((x) => x.value))).toEqual(D.map((r) => r.map((x) => Number(formatCosine(Q, x, 6)))));
  });

  it('a zero row gives undefined cells (—) instead of an error, and names come from the model', () => {
    const [c] = matrixHeatmaps({ F: Q, W: M([[1, 0], [0, 0], [0, 1]]), labels: ['a', 'z', 'b'] }, [0, 1, 2]);
    expect(c.labels).toEqual(['a', 'z', 'b']);
    expect(c.cells[0].map((x) => [x.value, x.text])).toEqual([[1, '1'], [null, '—'], [0, '0']]);
  });
});

describe('matrixReportHtml', () => {
  it('shows the facts and, for d = 2, the regions; for d ≠ 2 no regions; refuses facts of another model', async () => {
    const html = await matrixReportHtml({ F: Q, W: M([[1, 0], [0, 1], [-1, -1]]), labels: ['cat', 'dog', 'eel'] }, facts(3));
    expect(html).toContain('id="regions"');
    expect(html).toContain('pairs that can tie for the top, certified: cat|dog');
    expect(html).toContain('|R(W)| ranking patterns (Def. 5.4): not enumerated');
    expect(html).not.toMatch(/<script|href="http/);
    expect(await matrixReportHtml({ F: Q, W: M([[1, 0, 0], [0, 1, 0], [0, 0, 1]]) }, facts(3))).not.toContain('id="regions"');
    await expect(matrixReportHtml({ F: Q, W: M([[1, 0], [0, 1]]) }, facts(3))).rejects.toThrow(/3 labels, the model has 2/);
  });
});

describe('writeFileAtomically', () => {
  it('writes the whole text, creates the folder, leaves no temporary file, and names the path when it cannot write', () => {
    const target = join(dir, 'new/sub/page.html');
    writeFileAtomically(target, 'hello');
    expect(readFileSync(target, 'utf8')).toBe('hello');
    writeFileAtomically(target, 'again');
    expect(readFileSync(target, 'utf8')).toBe('again');
    expect(readdirSync(join(dir, 'new/sub'))).toEqual(['page.html']);
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    expect(() => writeFileAtomically(join(blocker, 'page.html'), 'x')).toThrow(new RegExp(`${blocker}/page.html: cannot write the page`));
  });
});

describe('analyze --report', () => {
  async function run(argv: string[]) {
    const io = collectingIO(false);
    const code = await runCli(argv, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('writes the page beside the usual output and says where on stderr', async () => {
    const out = join(dir, 'c2.html');
    const r = await run(['analyze', 'examples:C.2', '--report', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).k).toBe(5);
    expect(r.err).toBe(`wrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('argmaxable labels, certified: 0, 1, 2, 3, 4; not argmaxable: none');
    expect(html).toContain('pairs that can tie for the top, certified: 0|1, 0|4, 1|2, 2|3, 3|4');
  });

  it('bad --report-labels and an unwritable --report are input errors (exit 2, one line, nothing written)', async () => {
    const out = join(dir, 'bad.html');
    const r = await run(['analyze', 'examples:C.2', '--report', out, '--report-labels', '9']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("error: --report-labels 9: the count must be 1 … 5\n");
    expect(existsSync(out)).toBe(false);
    const blocked = await run(['analyze', 'examples:C.2', '--report', join(dir, 'c2.html', 'x.html')]);
    expect(blocked.code).toBe(2);
    expect(blocked.err).toMatch(/^error: .*x\.html: cannot write the page/);
  });
});
