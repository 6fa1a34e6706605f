/**
 * Browser test of `analyze FILE --report OUT.html` (issue 11, item 5): pages written by the
 * CLI (App. C.3: d = 2, with its decision regions) and by the library (a 15-label model with
 * names, of which the heat maps show the default 12; the emotion classifier's head,
 * 7 × 2304, with its label names and facts decided by the library), opened in headless
 * Chromium and checked: self-contained (no console error, no request), the three heat maps
 * side by side with the right number of cells and the exact values' texts, the names on the
 * axes, the facts, the 2-D regions with no two labels overlapping, no temporary file left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { matrixHeatmaps, writeMatrixReport, type MatrixFacts } from '../../src/report/matrix-report.ts';
import { HEATMAP_CELL_MARK } from '../../src/report/heatmap.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import {
  RationalField as Q, loadMatrixFile, readVectorEntries, parseEntryVector, surveyQuestion, argmaxQuestion, tieForTopQuestion, rank, homogenise, braidDifferences,
  cover1965, cover1967, type Model, type Rational,
} from '../../src/index.ts';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const EMOTION = '../shared/real-models/emotion/emotion.json';
const EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];

let browser: Browser;
let dir: string;
const pages: Record<string, Page> = {};
const problems: string[] = [];
let cli = { code: -1, err: '' };

/** Facts of a model decided with the library (what `analyze` states), for pages built without the CLI. */
function libraryFacts(model: Model<Rational>, source: string): MatrixFacts {
  const a = surveyQuestion(model, argmaxQuestion);
  const t = surveyQuestion(model, tieForTopQuestion);
  // |S| and |R| as analyze states them at its default budget (Cover's counts of the homogenised rows; not enumerated above 5000)
  const rows = homogenise(model).rows;
  const [rS, rR] = [rank(Q, rows), rank(Q, braidDifferences(Q, rows))];
  const count = (bound: bigint, dim: number) => ({ count: null, enumerated: false, coverBound: bound.toString(), boundDimension: dim, lps: 0 });
  return {
    source, field: 'Q', rank: rank(Q, model.W), centered: false, argmaxable: a.feasible,
    canTieForTop: t.arguments.filter((_, i) => t.feasible[i]),
    signPattern: count(cover1965(model.W.length, rS), rS), rankingPattern: count(cover1967(model.W.length, rR), rR),
  };
}

async function open(name: string, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${name}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`${name}: request ${r.url()}`); });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  pages[name] = page;
}

const wide: Model<Rational> = {
  F: Q,
  W: Array.from({ length: 15 }, (_, i) => [i + 1, (i * 7) % 5 - 2, (i * 3) % 4 - 1].map((v) => Q.fromRational(v))),
  labels: Array.from({ length: 15 }, (_, i) => `token${i}`),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cosine-verify-matrix-report-'));
  const io = collectingIO();
  const c3 = join(dir, 'c3.html');
  cli = { code: await runCli(['analyze', 'examples:C.3', '--report', c3], io), err: io.err() };
  await writeMatrixReport(join(dir, 'wide.html'), wide, libraryFacts(wide, 'a 15-label model'));
  const W = loadMatrixFile(EMOTION, { tensor: 'unknown_43' }).W as Rational[][];
  const raw = readVectorEntries(EMOTION, { tensor: 'unknown_44' });
  const emotion: Model<Rational> = { F: Q, W, bias: parseEntryVector(raw.entries, EMOTION, { numbers: raw.numbers, field: Q }).v, labels: EMOTIONS };
  await writeMatrixReport(join(dir, 'emotion.html'), emotion, libraryFacts(emotion, EMOTION));
  browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  await open('c3', c3);
  await open('wide', join(dir, 'wide.html'));
  await open('emotion', join(dir, 'emotion.html'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The heat map SVGs of a page: their boxes and cell counts. */
async function heatmaps(page: Page) {
  const svgs = page.locator('figure#heatmaps svg.marks');
  const out = [];
  for (let t = 0; t < (await svgs.count()); t++) {
    out.push({ box: (await svgs.nth(t).boundingBox())!, cells: await svgs.nth(t).locator(`g.mark-rect.${HEATMAP_CELL_MARK} path`).count(), svg: svgs.nth(t) });
  }
  return out;
}

describe('analyze --report pages in headless Chromium', () => {
  it('are written (the CLI says where, exit 0), load without errors or requests, and leave no temporary file', () => {
    expect([cli.code, cli.err]).toEqual([0, `wrote ${join(dir, 'c3.html')}\n`]);
    expect(problems).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['c3.html', 'emotion.html', 'wide.html']);
  });

  it('C.3: three heat maps side by side (6 × 6, 6 × 6, 15 × 15 cells), texts from the exact cosines', async () => {
    const maps = await heatmaps(pages.c3);
    expect(maps.map((m) => m.cells)).toEqual([36, 36, 225]);
    for (let t = 1; t < 3; t++) {
      expect(Math.abs(maps[t].box.y - maps[0].box.y)).toBeLessThan(2);
      expect(maps[t].box.x).toBeGreaterThanOrEqual(maps[t - 1].box.x + maps[t - 1].box.width - 1);
    }
    const expected = matrixHeatmaps({ F: loadExamples()['C.3'].field, W: loadExamples()['C.3'].W }, [0, 1, 2, 3, 4, 5]);
    const texts = await maps[0].svg.locator('g.mark-text.cell-text text').allTextContents();
    expect(texts).toEqual(expected[0].cells.flat().map((c) => c.text));
    await expect(pages.c3.locator('ul#facts li.holds').count()).resolves.toBe(4);
    await expect(pages.c3.locator('ul#facts').textContent()).resolves.toContain('pairs that can tie for the top, certified: 0|1, 0|5, 1|2, 2|3, 3|4, 4|5');
  });

  it('C.3 (d = 2): the decision regions, one per argmaxable label, with no two label boxes overlapping', async () => {
    const svg = pages.c3.locator('figure#regions svg.marks');
    await expect(svg.count()).resolves.toBe(1);
    await expect(svg.locator('g.mark-line.region path').count()).resolves.toBe(6);
    const boxes = await svg.locator('g.mark-text.region-text text, g.mark-text.tie-text text, g.mark-text.vector-text text').evaluateAll((els) =>
      els.map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; }));
    expect(boxes).toHaveLength(6 + 6 + 6);
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
      const [u, v] = [boxes[a], boxes[b]];
      const overlap = Math.min(u.x + u.w, v.x + v.w) - Math.max(u.x, v.x) > 0.5 && Math.min(u.y + u.h, v.y + v.h) - Math.max(u.y, v.y) > 0.5;
      expect(overlap, `"${u.t}" and "${v.t}"`).toBe(false);
    }
  });

  it('a 15-label model: the heat maps show the default 12 labels by name (66 pairs for C(DW)) and say so', async () => {
    const maps = await heatmaps(pages.wide);
    expect(maps.map((m) => m.cells)).toEqual([144, 144, 66 * 66]);
    await expect(pages.wide.locator('header').textContent()).resolves.toContain('The heat maps show 12 of the 15 labels (token0, token1');
    const axis = await maps[0].svg.locator('g.role-axis text').allTextContents();
    expect(axis).toContain('token11');
    expect(axis).not.toContain('token12');
    await expect(pages.wide.locator('figure#regions').count()).resolves.toBe(0); // d = 3
  });

  it('the emotion head (7 × 2304): names on the axes, every cosine of two labels negative, 21 × 21 C(DW), every label argmaxable with the bias', async () => {
    const maps = await heatmaps(pages.emotion);
    expect(maps.map((m) => m.cells)).toEqual([49, 49, 441]);
    const axis = await maps[0].svg.locator('g.role-axis text').allTextContents();
    for (const name of EMOTIONS) expect(axis).toContain(name);
    const texts = await maps[0].svg.locator('g.mark-text.cell-text text').allTextContents();
    // off the diagonal every cell is negative (happy–neutral, −0.0010, shows 3 decimals so that its sign shows)
    texts.forEach((v, t) => (Math.floor(t / 7) === t % 7 ? expect(v).toBe('1') : expect(v).toMatch(/^-0\.\d\d[1-9]?$/)));
    expect(texts).toContain('-0.001');
    await expect(pages.emotion.locator('ul#facts').textContent()).resolves.toContain(`argmaxable labels (of the model with its bias), certified: ${EMOTIONS.join(', ')}; not argmaxable: none`);
  });

  it('takes a screenshot of the emotion page', async () => {
    mkdirSync(resolve('out'), { recursive: true });
    const file = resolve('out/matrix-report.png');
    await pages.emotion.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });
});
