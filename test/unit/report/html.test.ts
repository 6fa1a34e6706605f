import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, reportHtml, type RenderedFigure } from '../../../src/report/html.ts';
import { renderFigures } from '../../../src/report/build-report.ts';
import type { ReportFigure } from '../../../src/report/figures.ts';
import type { ClaimResult } from '../../../src/cli/commands/verify.ts';

/** A small figure (two panels, 3 and 2 regions) with one fact that holds and one that does not. */
const figure = (id: string, holds: boolean): ReportFigure => ({
  id,
  title: `Figure ${id} — a <test>`,
  caption: 'regions & vectors',
  panels: [3, 2].map((n, t) => ({
    title: `panel ${t}`,
    subtitle: [],
    halfWidth: 1,
    colourDomain: ['0', '1', '2'],
    regions: Array.from({ length: n }, (_, r) => ({
      id: `r${r}`,
      colourKey: String(r),
      text: `y${r}`,
      emphasis: false,
      points: [[0, 0], [1, r / n], [1, (r + 1) / n]] as [number, number][],
    })),
    vectors: [],
    vectorStyle: 'arrow' as const,
    segments: [],
  })),
  facts: [
    { text: 'cos(w0, w1) = 4/5', holds: true },
    { text: 'a < b', holds },
  ],
});

const claim = (id: string, status: 'verified' | 'failed', detail?: string): ClaimResult => ({
  id,
  statement: `statement of ${id}`,
  method: 'exact',
  status,
  cases: 3,
  certificates: 7,
  seconds: 0.25,
  ...(detail === undefined ? {} : { detail }),
});

let rendered: RenderedFigure[];
beforeAll(async () => {
  rendered = await renderFigures([figure('fig-1', true), figure('fig-2', true)]);
});

describe('reportHtml', () => {
  it('has one <figure id> per figure with its SVGs inline, the facts, and the claim table', () => {
    const html = reportHtml(rendered, [claim('L3.1', 'verified'), claim('T5.5', 'verified')], { seed: 7, runs: 5 });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const id of ['fig-1', 'fig-2']) {
      const m = new RegExp(`<figure id="${id}" class="paper-figure">([\\s\\S]*?)</figure>`).exec(html);
      expect(m, id).not.toBeNull();
      expect(m![1].match(/<svg /g)!.length).toBe(2);
      expect(m![1].match(/data-regions="(\d)"/g)).toEqual(['data-regions="3"', 'data-regions="2"']);
      expect(m![1]).toContain('<li class="holds">cos(w0, w1) = 4/5</li>');
    }
    expect(html.match(/<tr class="verified" data-claim="[^"]+">/g)!.length).toBe(2);
    expect(html).toContain('<p class="summary ok" id="summary">4 of 4 figure facts hold; 2 of 2 claims verified.</p>');
    expect(html).toContain('seed 7, 5 runs per randomized claim');
  });

  it('is self-contained: no script, stylesheet link, external source or URL fetch', () => {
    const html = reportHtml(rendered, [claim('L3.1', 'verified')], { seed: 1, runs: null });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|href="(?!#)|url\(/i);
  });

  it('escapes text and marks what fails: a failed fact, a failed claim with its detail, the summary', () => {
    const figs = [rendered[0], { figure: figure('fig-2', false), svgs: rendered[1].svgs }];
    const html = reportHtml(figs, [claim('L3.1', 'verified'), claim('L3.2', 'failed', 'v = <1/2> & "x"')], { seed: 1, runs: 2 });
    expect(html).toContain('Figure fig-1 — a &lt;test&gt;.');
    expect(html).toContain('<li class="fails">a &lt; b</li>');
    expect(html).toMatch(/<tr class="failed" data-claim="L3.2">.*v = &lt;1\/2&gt; &amp; &quot;x&quot;/);
    expect(html).toContain('<p class="summary failed" id="summary">3 of 4 figure facts hold; 1 of 2 claims verified.</p>');
  });

  it('throws a RangeError when a figure has a different number of SVGs than panels', () => {
    expect(() => reportHtml([{ figure: rendered[0].figure, svgs: rendered[0].svgs.slice(0, 1) }], [], { seed: 1, runs: 1 })).toThrow(/2 panels but 1 SVGs/);
  });

  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
