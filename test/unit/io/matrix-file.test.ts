import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMatrixFile } from '../../../src/io/matrix-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-matrix-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const BOM = '\uFEFF';
const texts = (path: string): string[][] => {
  const m = loadMatrixFile(path);
  return (m.W as unknown[][]).map((row) => row.map((x) => (m.F.format as (v: unknown) => string)(x)));
};

describe('loadMatrixFile: text as saved by editors', () => {
  it('skips a UTF-8 byte order mark in JSON (with or without the .json extension) and CSV', () => {
    expect(texts(write('bom.json', `${BOM}[[1, "1/2"], [3, 4]]`))).toEqual([['1', '1/2'], ['3', '4']]);
    expect(texts(write('bom-noext', `${BOM}{"W": [[1, 2], [3, "-5/2*sqrt(2)"]]}`))).toEqual([['1', '2'], ['3', '-5/2*sqrt(2)']]);
    expect(texts(write('bom.csv', `${BOM}1,2\n3,4\n`))).toEqual([['1', '2'], ['3', '4']]);
  });
  it('a BOM is skipped only at the start: one inside the text is still an error naming the file', () => {
    const path = write('inner-bom.json', `[[1, 2], ${BOM}[3, 4]]`);
    expect(() => loadMatrixFile(path)).toThrow(SyntaxError);
    expect(() => loadMatrixFile(path)).toThrow(/inner-bom\.json: invalid JSON/);
  });
});
