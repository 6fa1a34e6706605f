/**
 * Browser test of `cosine-verify report` (issue 5, item 5): the page is generated to a temp
 * file by the CLI, opened in headless Chromium (playwright-core, executable from
 * $CHROMIUM_PATH or /usr/bin/chromium), and checked: no console errors and no network
 * requests (self-contained), every figure present with one <svg> per panel and exactly the
 * number of region paths the exact computation gives, the claim table filled in; a full-page
 * screenshot is written to out/report.png and checked to be a real PNG.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import { paperFigures } from '../../src/report/figures.ts';
import { steckFigure } from '../../src/report/steck-figure.ts';
import { HEATMAP_CELL_MARK } from '../../src/report/heatmap.ts';
import { claims, papers } from '../../properties/claims/index.ts';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = resolve('out/report.png');

let browser: Browser;
let page: Page;
let dir: string;
const consoleErrors: string[] = [];
const requests: string[] = [];
let cliCode = -1;
let cliOut = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cosine-verify-report-'));
  const file = join(dir, 'report.html');
  const io = collectingIO();
  cliCode = await runCli(['report', '--out', file], io); // default runs: few, but enough for the fuzzing parts of T5.5 and T H.1
  cliOut = io.out() + io.err();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report page in headless Chromium', () => {
  it('is written by the CLI with every fact holding and every claim verified', () => {
    expect(cliOut).toMatch(/^wrote .*report\.html: 4 figures/);
    expect(cliCode, cliOut).toBe(0);
  });

  it('loads without console errors and fetches nothing from the network', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows every figure with one svg per panel and the exact number of region paths', async () => {
    const figures = paperFigures();
    expect(figures.map((f) => f.id)).toEqual(['fig-1', 'fig-2', 'fig-3', 'fig-4']);
    for (const f of figures) {
      const fig = page.locator(`figure#${f.id}`);
      await expect(fig.count()).resolves.toBe(1);
      await expect(fig.locator('svg.marks').count()).resolves.toBe(f.panels.length);
      for (let t = 0; t < f.panels.length; t++) {
        const svg = fig.locator('svg.marks').nth(t);
        const paths = await svg.locator('g.mark-line.region path').count();
        expect(paths, `${f.id} panel ${t}`).toBe(f.panels[t].regions.length);
        // Drawn with a real size: the regions cover most of the plot area.
        const box = await svg.locator('g.mark-line.region path').first().boundingBox();
        expect(box !== null && box.width > 5 && box.height > 5).toBe(true);
      }
      await expect(fig.locator('figcaption').textContent()).resolves.toContain(f.title);
      await expect(fig.locator('ul.facts li.holds').count()).resolves.toBe(f.facts.length);
    }
    // Fig. 3: label 2 of W2 has no region, so the second panel has one region fewer than the first.
    const fig3 = page.locator('figure#fig-3 svg.marks');
    const [w1, w2] = [await fig3.nth(0).locator('g.mark-line.region path').count(), await fig3.nth(1).locator('g.mark-line.region path').count()];
    expect([w1, w2]).toEqual([7, 6]);
  });

  it('draws every region, tie and unembedding name with no two label boxes overlapping (rendered boxes, every panel)', async () => {
    for (const f of paperFigures()) {
      const svgs = page.locator(`figure#${f.id} svg.marks`);
      for (let t = 0; t < f.panels.length; t++) {
        const boxes = await svgs.nth(t).locator('g.mark-text.region-text text, g.mark-text.tie-text text, g.mark-text.vector-text text').evaluateAll((els) =>
          els.map((e) => { const r = e.getBoundingClientRect(); return { text: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; }));
        const p = f.panels[t];
        expect(boxes.length, `${f.id} panel ${t}`).toBe(p.regions.length + p.segments.length + p.vectors.length);
        expect(boxes.every((b) => b.w > 0 && b.h > 0)).toBe(true);
        for (let a = 0; a < boxes.length; a++) {
          for (let b = a + 1; b < boxes.length; b++) {
            const [u, v] = [boxes[a], boxes[b]];
            const overlap = Math.min(u.x + u.w, v.x + v.w) - Math.max(u.x, v.x) > 0.5 && Math.min(u.y + u.h, v.y + v.h) - Math.max(u.y, v.y) > 0.5;
            expect(overlap, `${f.id} panel ${t}: "${u.text}" and "${v.text}" overlap`).toBe(false);
          }
        }
      }
    }
  });

  it('Fig. 4 highlights the rankings only one configuration has: two red regions per panel, named in bold', async () => {
    const f = paperFigures().find((x) => x.id === 'fig-4')!;
    const svgs = page.locator('figure#fig-4 svg.marks');
    for (let t = 0; t < 2; t++) {
      const only = f.panels[t].regions.filter((r) => r.emphasis).map((r) => r.text);
      expect(only).toHaveLength(2);
      const highlights = svgs.nth(t).locator('g.mark-line.highlight path');
      await expect(highlights.count()).resolves.toBe(2);
      for (let h = 0; h < 2; h++) {
        const box = await highlights.nth(h).boundingBox();
        expect(box !== null && box.width > 50 && box.height > 3).toBe(true);
        await expect(highlights.nth(h).getAttribute('fill')).resolves.toBe('#d62728');
      }
      const bold = await svgs.nth(t).locator('g.mark-text.region-text text[font-weight="bold"]').allTextContents();
      expect(bold.sort()).toEqual([...only].sort());
    }
    expect(f.panels[0].regions.filter((r) => r.emphasis).map((r) => r.text).sort()).toEqual(['30214', '41203']);
    expect(f.panels[1].regions.filter((r) => r.emphasis).map((r) => r.text).sort()).toEqual(['03241', '14230']);
  });

  it('labels the exact cosines in the drawings', async () => {
    const fig1 = (await page.locator('figure#fig-1 svg.marks').allTextContents()).join(' ');
    expect(fig1).toContain('cos(w0, w1) = 4/5');
    expect(fig1).toContain('cos(w0, w1) = -1');
    expect(fig1).toContain('cos(w0, w1) = 1 ');
    const fig2 = (await page.locator('figure#fig-2 svg.marks').allTextContents()).join(' ');
    expect(fig2).toContain('cos(w1, w2) = -8/sqrt(185)');
    expect(fig2).toContain('cos(w0, w1) = -161/200');
  });

  it('shows the Steck section: three heat maps side by side, 16 cells each, the identity in the middle, every fact holding', async () => {
    const f = steckFigure();
    const fig = page.locator('section#steck figure#fig-steck');
    await expect(fig.count()).resolves.toBe(1);
    const svgs = fig.locator('svg.marks');
    await expect(svgs.count()).resolves.toBe(3);
    const boxes = [];
    for (let t = 0; t < 3; t++) {
      await expect(svgs.nth(t).locator(`g.mark-rect.${HEATMAP_CELL_MARK} path`).count()).resolves.toBe(16);
      boxes.push(await svgs.nth(t).boundingBox());
    }
    // side by side: one row, left to right, each drawn with a real size
    expect(boxes.every((b) => b !== null && b.width > 150 && b.height > 150)).toBe(true);
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width - 1);
    expect(boxes[2]!.x).toBeGreaterThan(boxes[1]!.x + boxes[1]!.width - 1);
    expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(2);
    const middle = (await svgs.nth(1).locator('g.mark-text.cell-text text').allTextContents()).join(',');
    expect(middle).toBe(f.panels[1].cells.flat().map((c) => c.text).join(','));
    expect(middle.split(',').filter((x) => x === '0')).toHaveLength(12);
    await expect(fig.locator('ul.facts li.holds').count()).resolves.toBe(f.facts.length);
    await expect(fig.locator('ul.facts li.fails').count()).resolves.toBe(0);
  });

  it('has the claim table with one verified row per claim, headed by paper', async () => {
    const rows = page.locator('table#claim-table tbody tr[data-claim]');
    await expect(rows.count()).resolves.toBe(claims.length);
    await expect(page.locator('table#claim-table tbody tr.verified').count()).resolves.toBe(claims.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')));
    expect(ids).toEqual(claims.map((c) => c.id));
    await expect(page.locator('table#claim-table tr.paper-heading').allTextContents()).resolves.toEqual(papers.map((p) => p.name));
  });

  it('takes a full-page screenshot that is a real PNG', async () => {
    mkdirSync(resolve('out'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(height).toBeGreaterThan(2000);
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
  });
});
