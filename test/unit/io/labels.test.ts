import { afterAll, describe, expect, it } from 'vitest';
import { checkLabels, parseLabelList, readLabelFile } from '../../../src/io/labels.ts';
import { tempDir } from './write-files.ts';

const tmp = tempDir('cosine-verify-labels-');
afterAll(tmp.remove);
const EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];

describe('label names', () => {
  it('one name per line (LF or CRLF, a final line break or none), a JSON list, a {name: index} vocabulary', () => {
    expect(readLabelFile(tmp.write('l.txt', EMOTIONS.join('\n') + '\n'))).toEqual(EMOTIONS);
    expect(readLabelFile(tmp.write('crlf.txt', EMOTIONS.join('\r\n')))).toEqual(EMOTIONS);
    expect(readLabelFile(tmp.write('spaces.txt', ' a b\n\nc \n'))).toEqual([' a b', '', 'c ']);
    expect(readLabelFile(tmp.write('l.json', JSON.stringify(EMOTIONS)))).toEqual(EMOTIONS);
    expect(readLabelFile(tmp.write('vocab.json', '{"b": 1, "a": 2, "\\u0120the": 0}'))).toEqual(['\u0120the', 'b', 'a']);
    expect(parseLabelList('angry, disgust,fear')).toEqual(['angry', 'disgust', 'fear']);
  });

  it('bad files name the path and the entry', () => {
    expect(() => readLabelFile(tmp.write('num.json', '["a", 2]'))).toThrow(new TypeError(`${tmp.dir}/num.json: label 1 is not a string (got 2)`));
    expect(() => readLabelFile(tmp.write('gap.json', '{"a": 0, "b": 2}'))).toThrow(/gap\.json: label "b" has index 2; the indices must be 0\.\.1/);
    expect(() => readLabelFile(tmp.write('twice.json', '{"a": 0, "b": 0}'))).toThrow(/twice\.json: labels "a" and "b" both have index 0/);
    expect(() => readLabelFile(tmp.write('bad.json', '["a",'))).toThrow(/bad\.json: invalid JSON/);
    expect(() => readLabelFile(tmp.dir)).toThrow(`${tmp.dir}: is a directory, not a file`);
  });

  it('checkLabels: k names, none empty, none twice', () => {
    expect(() => checkLabels(EMOTIONS, 7, 'l.txt')).not.toThrow();
    expect(() => checkLabels(EMOTIONS, 6, 'l.txt')).toThrow(new RangeError('l.txt: 7 label names for the 6 rows of W (one name per label)'));
    expect(() => checkLabels(['a', ' ', 'b'], 3, '--labels')).toThrow(new RangeError('--labels: label 1 has an empty name'));
    expect(() => checkLabels(['a', 'b', 'a'], 3, '--labels')).toThrow(new RangeError('--labels: labels 0 and 2 are both named "a"'));
  });
});
