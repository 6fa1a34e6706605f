import { describe, expect, it } from 'vitest';
import { decodeText, detectTextEncoding } from '../../../src/io/text.ts';
import { expandExponent, jsonNumberEntry } from '../../../src/io/number-text.ts';
import { parseDelimitedText } from '../../../src/io/delimited-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('text encodings', () => {
  it('detects UTF-8/16/32 by byte order mark, else by the zero bytes of ASCII text', () => {
    expect(detectTextEncoding(bytes(0xef, 0xbb, 0xbf, 0x31))).toEqual({ encoding: 'UTF-8', bom: 3 });
    expect(detectTextEncoding(bytes(0xff, 0xfe, 0x31, 0))).toEqual({ encoding: 'UTF-16LE', bom: 2 });
    expect(detectTextEncoding(bytes(0xfe, 0xff, 0, 0x31))).toEqual({ encoding: 'UTF-16BE', bom: 2 });
    expect(detectTextEncoding(bytes(0xff, 0xfe, 0, 0))).toEqual({ encoding: 'UTF-32LE', bom: 4 });
    expect(detectTextEncoding(bytes(0, 0, 0xfe, 0xff))).toEqual({ encoding: 'UTF-32BE', bom: 4 });
    expect(detectTextEncoding(bytes(0x5b, 0, 0x31, 0))).toEqual({ encoding: 'UTF-16LE', bom: 0 });
    expect(detectTextEncoding(bytes(0, 0x5b, 0, 0x31))).toEqual({ encoding: 'UTF-16BE', bom: 0 });
    expect(detectTextEncoding(bytes(0x5b, 0, 0, 0))).toEqual({ encoding: 'UTF-32LE', bom: 0 });
    expect(detectTextEncoding(bytes(0, 0, 0, 0x5b))).toEqual({ encoding: 'UTF-32BE', bom: 0 });
    expect(detectTextEncoding(bytes(0x5b, 0x31, 0x5d))).toEqual({ encoding: 'UTF-8', bom: 0 });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x5b, 0, 0x5d), 'x')).toBe('[]');
  });

  it('names the start of the first invalid UTF-8 sequence: a stray continuation byte, a broken or unfinished character', () => {
    expect(message(() => decodeText(bytes(0x41, 0x80), 'x'))).toMatch(/^x: not UTF-8 text: the byte 0x80 at offset 1 \(line 1\)/);
    expect(message(() => decodeText(bytes(0xc3, 0xa9, 0x0a, 0x80), 'x'))).toMatch(/the byte 0x80 at offset 3 \(line 2\)/);
    expect(message(() => decodeText(bytes(0x31, 0x0a, 0xe2, 0x82, 0x41), 'x'))).toMatch(/the byte 0xe2 at offset 2 \(line 2\)/);
    expect(message(() => decodeText(bytes(0x31, 0xe9), 'x'))).toMatch(/the byte 0xe9 at offset 1 \(line 1\)/);
    expect(decodeText(bytes(0xc3, 0xa9, 0xe2, 0x82, 0xac), 'x')).toBe('é€');
  });

  it('invalid UTF-16 (a lone surrogate) is named', () => {
    expect(message(() => decodeText(bytes(0xff, 0xfe, 0x00, 0xd8, 0x31, 0x00), 'x'))).toBe('x: invalid UTF-16LE text (detected by its byte order mark); save the file as UTF-8');
  });
});

describe('number text', () => {
  it('exponent notation becomes the exact plain decimal', () => {
    const cases: [string, string | null][] = [
      ['1e-05', '0.00001'], ['-2.5E+03', '-2500'], ['1.000000000000000021e-01', '0.1000000000000000021'], ['+.5e1', '5'],
      ['5.e-1', '0.5'], ['0e0', '0'], ['12.5e1', '125'], ['1e0', '1'], ['0.1', null], ['1/2', null], ['e5', null], ['1e', null], ['sqrt(2)', null],
    ];
    for (const [text, plain] of cases) expect(expandExponent(text), text).toBe(plain);
    expect(() => expandExponent('1e10001')).toThrow(/exponent 10001 is beyond ±10000/);
    expect(expandExponent('1e-10000')).toHaveLength(10002);
  });

  it('a JSON literal stays a JS number only when its shortest decimal is the literal', () => {
    expect(jsonNumberEntry('0.1')).toBe(0.1);
    expect(jsonNumberEntry('1e-7')).toBe(1e-7);
    expect(jsonNumberEntry('9007199254740992')).toBe(9007199254740992);
    expect(jsonNumberEntry('9007199254740993')).toBe('9007199254740993');
    expect(jsonNumberEntry('1.0')).toBe('1.0');
    expect(jsonNumberEntry('-0')).toBe('-0');
    expect(jsonNumberEntry('1E2')).toBe('100');
  });

  it('delimited text: CSV when a line has , ; or tab (comments aside), else space-separated columns', () => {
    // one tab makes the file TSV: a space inside a cell is then part of it (the entry parser names that cell)
    expect(parseDelimitedText('# a, b header\n1 2\n3\t\t4\n', 'x')).toEqual([['1 2'], ['3', '', '4']]);
    expect(parseDelimitedText('# a, b header\n1  2 # note, here\n\n 3 4\r\n', 'x')).toEqual([['1', '2'], ['3', '4']]);
    expect(parseDelimitedText('1;2e1\n', 'x')).toEqual([['1', '20']]);
    expect(() => parseDelimitedText('1 2\n3 4e20000\n', 'x')).toThrow(/^x: row 1, column 1: "4e20000": exponent 20000 is beyond/);
    expect(() => parseDelimitedText('"1,2\n', 'x')).toThrow(/^x: invalid CSV/);
  });
});
