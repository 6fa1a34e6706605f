/**
 * Label names (one per row of W, in row order) from a vocabulary file or a
 * comma-separated list, and their check against W.
 *
 * A vocabulary file is read by its content (UTF-8 or UTF-16, `text.ts`):
 * - a JSON list of strings (`["angry", "disgust", ...]`);
 * - a JSON object mapping each name to its row index, as a Hugging Face
 *   `vocab.json` does (`{"the": 0, "a": 1, ...}`): the indices must be
 *   0..n−1, each once;
 * - otherwise one name per line, exactly as written (only the line break,
 *   `\n` or `\r\n`, is removed; a final line break does not start another name).
 * `readLabelFile` returns the list as written; `checkLabels` (at wiring time)
 * refuses a count different from k, empty names and duplicates.
 */
import { readFileBytes } from './file-bytes.ts';
import { decodeText } from './text.ts';

/** A JSON vocabulary (list or name → index object) as a list in index order. */
function jsonLabels(json: unknown, path: string): string[] {
  if (Array.isArray(json)) {
    const bad = json.findIndex((x) => typeof x !== 'string');
    if (bad >= 0) throw new TypeError(`${path}: label ${bad} is not a string (got ${JSON.stringify(json[bad])})`);
    return json as string[];
  }
  if (json === null || typeof json !== 'object') throw new TypeError(`${path}: expected a JSON list of label names or an object {name: index}`);
  const entries = Object.entries(json as Record<string, unknown>);
  const labels = new Array<string>(entries.length);
  for (const [name, index] of entries) {
    if (!Number.isSafeInteger(index) || (index as number) < 0 || (index as number) >= entries.length) {
      throw new RangeError(`${path}: label ${JSON.stringify(name)} has index ${JSON.stringify(index)}; the indices must be 0..${entries.length - 1}`);
    }
    const i = index as number;
    if (labels[i] !== undefined) throw new RangeError(`${path}: labels ${JSON.stringify(labels[i])} and ${JSON.stringify(name)} both have index ${i}`);
    labels[i] = name;
  }
  return labels;
}

/**
 * The label names in the vocabulary file `path` (see the module doc), in row
 * order, as written. Throws `RangeError` naming the path when it is missing or
 * a directory, `TypeError` / `SyntaxError` naming it for text in an encoding
 * that is not read, invalid JSON, a list entry that is not a string, and
 * `RangeError` for object indices that are not 0..n−1 each once.
 * @example readLabelFile('labels.txt') // ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral']
 */
export function readLabelFile(path: string): string[] {
  const text = decodeText(readFileBytes(path), path);
  const head = text.trimStart();
  if (head.startsWith('[') || head.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(`${path}: invalid JSON (${(e as Error).message})`);
    }
    return jsonLabels(json, path);
  }
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The names of a comma-separated list (`--labels angry,disgust,fear`), each
 * trimmed of surrounding spaces.
 * @example parseLabelList('angry, disgust,fear') // ['angry', 'disgust', 'fear']
 */
export function parseLabelList(text: string): string[] {
  return text.split(',').map((s) => s.trim());
}

/**
 * Checks label names against a W of k rows: exactly k names, none empty, no
 * name twice. Throws `RangeError` naming `where` (the label file or option)
 * and the positions (labels are counted from 0, as rows).
 * @example checkLabels(readLabelFile('labels.txt'), 7, 'labels.txt')
 */
export function checkLabels(labels: readonly string[], k: number, where: string): void {
  if (labels.length !== k) throw new RangeError(`${where}: ${labels.length} label name${labels.length === 1 ? '' : 's'} for the ${k} rows of W (one name per label)`);
  const seen = new Map<string, number>();
  labels.forEach((name, i) => {
    if (name.trim() === '') throw new RangeError(`${where}: label ${i} has an empty name`);
    const first = seen.get(name);
    if (first !== undefined) throw new RangeError(`${where}: labels ${first} and ${i} are both named ${JSON.stringify(name)}`);
    seen.set(name, i);
  });
}
