import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RationalField as Q } from '../field/rational.ts';
import { EXAMPLES_JSON_URL, fieldFromName, listExampleMatrices, loadExamples, parseExamples, readExamplesText } from './examples.ts';

/** `../shared/paper/examples.json` relative to the repository root (two levels above src/examples/). */
const SHARED = fileURLToPath(new URL('../../../shared/paper/examples.json', import.meta.url));

describe('worked examples loader (src/examples)', () => {
  it('the shipped copy equals shared/paper/examples.json when that file exists, and is always valid JSON', () => {
    const shipped = readExamplesText();
    expect(() => JSON.parse(shipped)).not.toThrow();
    expect(existsSync(EXAMPLES_JSON_URL)).toBe(true);
    if (existsSync(SHARED)) expect(shipped).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('loads every example into its field with the right shapes', () => {
    const ex = loadExamples();
    expect([ex['C.1'].field.name, ex['C.2'].field.name, ex['C.3'].field.name, ex['H.1'].field.name, ex['H.2'].field.name]).toEqual([
      'Q',
      'Q',
      'Q(sqrt(39))',
      'Q(sqrt(2))',
      'Q',
    ]);
    expect(ex['C.1'].W.map((r) => r.map((x) => Q.format(x)))).toEqual([['1', '1/2'], ['1/2', '1'], ['-1', '2/5'], ['-4/5', '-4/5'], ['9/10', '-6/5']]);
    expect(ex['C.3'].field.format(ex['C.3'].W[0][1])).toBe('1/20*sqrt(39)');
    expect(ex['H.1'].field.format(ex['H.1'].W1[1][0])).toBe('5/2*sqrt(2)');
    expect(ex['H.1'].W2[2].map((x) => ex['H.1'].field.format(x))).toEqual(['0', '2']);
    expect(ex['H.2'].A[2].map((x) => Q.format(x))).toEqual(['11/20', '-1/2']);
    expect(ex['C.2'].cannotTieForTop).toEqual([[2, 4]]);
    expect(ex['C.2'].tieWith2).toEqual([1, 3]);
    expect(ex['H.1'].label2ArgmaxableIn).toEqual(['W1']);
    expect(ex['H.2'].sameRankingPattern).toBe(false);
    expect(listExampleMatrices().map((m) => `${m.name}:${m.matrix.F.name}:${m.matrix.W.length}x${m.matrix.W[0].length}`)).toEqual([
      'C.1:Q:5x2',
      'C.2:Q:5x2',
      'C.3:Q(sqrt(39)):6x2',
      'H.1/W1:Q(sqrt(2)):7x2',
      'H.1/W2:Q(sqrt(2)):7x2',
      'H.2/A:Q:5x2',
      'H.2/B:Q:5x2',
    ]);
  });

  it('refuses damaged input with one clear error naming where', () => {
    const good = () => JSON.parse(readExamplesText());
    const j1 = good();
    delete j1['C.2'].facts.tieWith2;
    expect(() => parseExamples(j1)).toThrow(/examples.json\["C.2"\].facts: missing key "tieWith2"/);
    const j2 = good();
    j2['C.3'].field = 'Q';
    expect(() => parseExamples(j2)).toThrow(/C.3"\].field: expected Q\(sqrt\(39\)\)/);
    const j3 = good();
    j3['C.1'].W[1][0] = 'one half';
    expect(() => parseExamples(j3)).toThrow(SyntaxError);
    expect(() => parseExamples(j3)).toThrow(/C.1"\].W: row 1, column 0/);
    const j4 = good();
    j4['C.2'].facts.canTieForTop = [[0, 9]];
    expect(() => parseExamples(j4)).toThrow(/canTieForTop\[0\]: expected a pair of label indices in 0 … 4/);
    const j5 = good();
    j5['C.2'].facts['cos(1,2)'] = '-9/sqrt(5)';
    expect(() => parseExamples(j5)).toThrow(/cos\(1,2\).*exceeds 1/);
    expect(() => parseExamples([])).toThrow(TypeError);
    expect(() => fieldFromName('R')).toThrow(SyntaxError);
  });
});
