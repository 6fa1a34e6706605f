import { describe, expect, it } from 'vitest';
import { parsePositiveInt, parseInteger } from '../../src/cli/options.ts';
import { InputError, asInputError } from '../../src/cli/input-error.ts';
import * as args from '../../lp/queries/arguments.ts';
import { formatTable } from '../../src/cli/table.ts';
import { startProgress } from '../../src/cli/progress.ts';
import { collectingIO } from '../../src/cli/io.ts';

/** The message of the InputError thrown by `f`. */
function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

// The label parsers of lp/queries/arguments.ts as the CLI uses them: errors become InputErrors naming the option.
const parseRanking = (text: string, k: number) => asInputError('--ranking', () => args.parseRanking(text, k));
const parseLabelIndex = (text: string, k: number, option: string) => asInputError(option, () => args.parseLabelIndex(text, k));
const parseLabelPair = (text: string, k: number, option: string) => asInputError(option, () => args.parseLabelPair(text, k));

describe('CLI option values', () => {
  it('rankings must be permutations of the k labels', () => {
    expect(parseRanking('2,0,1', 3)).toEqual([2, 0, 1]);
    expect(parseRanking(' 1 , 0 ', 2)).toEqual([1, 0]);
    expect(message(() => parseRanking('0,1,1', 3))).toMatch(/not a permutation: label 1 appears at positions 1 and 2/);
    expect(message(() => parseRanking('0,1', 3))).toMatch(/2 given, missing 2/);
    expect(message(() => parseRanking('0,3,1', 3))).toMatch(/item 1: label index 3 is out of range \(labels are 0 … 2\)/);
    expect(message(() => parseRanking('0,a,1', 3))).toMatch(/item 1 \("a"\) is not a label index/);
    expect(message(() => parseRanking('0,-1,1', 3))).toMatch(/item 1/);
  });

  it('label indices and pairs are range-checked', () => {
    expect(parseLabelIndex('4', 5, '--argmax')).toBe(4);
    expect(message(() => parseLabelIndex('5', 5, '--argmax'))).toMatch(/--argmax: label index 5 is out of range \(labels are 0 … 4\)/);
    expect(message(() => parseLabelIndex('1.5', 5, '--argmax'))).toMatch(/non-negative integer/);
    expect(parseLabelPair('3,1', 4, '--pair')).toEqual([3, 1]);
    expect(message(() => parseLabelPair('1,1', 4, '--pair'))).toMatch(/must differ/);
    expect(message(() => parseLabelPair('1,2,3', 4, '--pair'))).toMatch(/two label indices/);
  });

  it('run counts and seeds', () => {
    expect(parsePositiveInt('12', '--runs')).toBe(12);
    expect(message(() => parsePositiveInt('0', '--runs'))).toMatch(/--runs must be at least 1/);
    expect(message(() => parsePositiveInt('ten', '--runs'))).toMatch(/--runs must be a non-negative integer, got "ten"/);
    expect(parseInteger('-7', '--seed')).toBe(-7);
    expect(message(() => parseInteger('1e3', '--seed'))).toMatch(/--seed must be an integer/);
  });
});

describe('CLI output helpers', () => {
  it('tables pad columns and align numbers right', () => {
    const lines = formatTable(['id', 'n'], [['a', '5'], ['long', '123']], ['l', 'r']);
    expect(lines).toEqual(['id      n', '----  ---', 'a       5', 'long  123']);
    expect(() => formatTable(['a'], [['1', '2']])).toThrow(/row 0 has 2 cells/);
  });

  it('progress bars draw on a terminal only', () => {
    const piped = collectingIO(false);
    const p = startProgress(piped, 'work');
    p.update(1, 2, 'x');
    p.stop();
    expect(piped.err()).toBe('');
    const tty = collectingIO(true);
    const q = startProgress(tty, 'work');
    q.update(1, 4, 'claim');
    q.update(3, 4, 'claim');
    q.stop();
    expect(tty.err()).toContain('work');
    expect(tty.err()).toContain('3/4');
    expect(tty.out()).toBe('');
  });
});
