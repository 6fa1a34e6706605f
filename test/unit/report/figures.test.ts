import { beforeAll, describe, expect, it } from 'vitest';
import { loadExamples, parseExamples, readExamplesText } from '../../../src/examples/examples.ts';
import { figure1, figure2, figure3, paperFigures, type ReportFigure } from '../../../src/report/figures.ts';
import { boxHalfWidth, rankingText } from '../../../src/report/exact-panels.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';

let figures: ReportFigure[];
beforeAll(() => {
  figures = paperFigures();
});

/** The examples with one entry of examples.json changed by `edit`. */
function editedExamples(edit: (json: Record<string, any>) => void) {
  const json = JSON.parse(readExamplesText());
  edit(json);
  return parseExamples(json);
}

describe('paperFigures', () => {
  it('builds Fig. 1–4 in order, each with its panels', () => {
    expect(figures.map((f) => f.id)).toEqual(['fig-1', 'fig-2', 'fig-3', 'fig-4']);
    expect(figures.map((f) => f.panels.length)).toEqual([3, 2, 2, 2]);
  });

  it('every fact of every figure holds (exact cosines, certified decisions, exact region checks)', () => {
    for (const f of figures) {
      expect(f.facts.length).toBeGreaterThan(3);
      for (const fact of f.facts) expect(fact.holds, `${f.id}: ${fact.text}`).toBe(true);
    }
  });

  it('draws one region per argmaxable label, none for label 2 of H.1 W2, and one per ranking for H.2', () => {
    const counts = figures.map((f) => f.panels.map((p) => p.regions.length));
    expect(counts).toEqual([[5, 5, 5], [5, 6], [7, 6], [14, 14]]);
    const w2 = figures[2].panels[1];
    expect(w2.regions.map((r) => r.id)).not.toContain('label-2');
    expect(w2.vectors.map((v) => v.text)).toContain('w2'); // the unembedding is drawn, its region is absent
    expect(w2.subtitle.join(' ')).toContain('label 2 can be the top label: no');
  });

  it('labels the exact cosines: 4/5, −1, +1 in Fig. 1; −8/√185 and −161/200 in Fig. 2', () => {
    expect(figures[0].panels.map((p) => p.subtitle[0])).toEqual([
      'cos(w0, w1) = 4/5 ≈ 0.8000',
      'cos(w0, w1) = -1 ≈ -1.0000',
      'cos(w0, w1) = 1 ≈ 1.0000',
    ]);
    expect(figures[1].panels[0].subtitle).toContain('cos(w1, w2) = -8/sqrt(185) ≈ -0.5882');
    expect(figures[1].panels[1].subtitle).toContain('cos(w0, w1) = -161/200 ≈ -0.8050');
  });

  it('draws a tie segment for each pair that can tie for the top (C.2 has 2|4 not among them)', () => {
    const segs = figures[1].panels[0].segments.map((s) => s.text);
    expect(segs).toContain('0|1');
    expect(segs).toContain('1|2');
    expect(segs).not.toContain('2|4');
  });

  it('outlines in Fig. 4 exactly the rankings the other configuration lacks', () => {
    const [a, b] = figures[3].panels;
    const keys = (p: typeof a) => new Set(p.regions.map((r) => r.text));
    const [ka, kb] = [keys(a), keys(b)];
    expect(a.regions.filter((r) => r.emphasis).map((r) => r.text)).toEqual([...ka].filter((r) => !kb.has(r)));
    expect(b.regions.filter((r) => r.emphasis).map((r) => r.text)).toEqual([...kb].filter((r) => !ka.has(r)));
    expect(a.regions.some((r) => r.emphasis)).toBe(true);
  });
});

describe('figure facts are computed, not copied from the paper', () => {
  it('a wrong printed cosine in C.1 makes its fact fail', () => {
    const ex = editedExamples((j) => (j['C.1'].facts['cos(0,1)'] = '3/5'));
    const f = figure1(ex);
    const fact = f.facts.find((x) => x.text.includes('paper: 3/5'))!;
    expect(fact.holds).toBe(false);
  });

  it('a wrong tie fact in C.2 makes its fact fail', () => {
    const ex = editedExamples((j) => (j['C.2'].facts.cannotTieForTop = [[1, 2]]));
    const fact = figure2(ex).facts.find((x) => x.text.startsWith('C.2: labels 1|2 cannot tie'))!;
    expect(fact.holds).toBe(false);
  });

  it('moving w2 of H.1 W2 back to length 5 gives label 2 a region, and the paper fact fails', () => {
    const ex = editedExamples((j) => (j['H.1'].W2[2] = ['0', '5']));
    const f = figure3(ex);
    expect(f.panels[1].regions.length).toBe(7);
    expect(f.facts.find((x) => x.text.startsWith('label 2 has an argmax region'))!.holds).toBe(false);
  });
});

describe('helpers', () => {
  it('boxHalfWidth is the smallest multiple of 1/2 at least 6/5 of the largest |entry|, decided exactly', () => {
    expect(Q.format(boxHalfWidth(Q, [[[rat(5, 4), rat(0)]]]))).toBe('3/2'); // 6/5 · 5/4 = 3/2 exactly
    expect(Q.format(boxHalfWidth(Q, [[[rat(0), rat(-2)]], [[rat(1), rat(1)]]]))).toBe('5/2'); // 12/5 → 5/2
    expect(Q.format(boxHalfWidth(Q, [[[rat(0), rat(0)]]]))).toBe('1/2');
    const K = loadExamples()['H.1'].field;
    expect(K.format(boxHalfWidth(K, [loadExamples()['H.1'].W1]))).toBe('6');
    expect(() => boxHalfWidth(Q, [])).toThrow(RangeError);
  });

  it('rankingText writes rankings top first', () => {
    expect(rankingText([1, 0, 2, 4, 3])).toBe('10243');
    expect(rankingText([10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('10>0>1>2>3>4>5>6>7>8>9');
  });
});
