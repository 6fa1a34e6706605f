/**
 * Label names on the command line (`--labels a,b,…` or `--labels FILE`, `--rows i,j,…`)
 * and in output: a label is printed as its 0-based index followed by its name when the
 * model has names (`2 (fear)`), so indices stay available beside the names.
 */
import { existsSync, statSync } from 'node:fs';
import { checkLabels, parseLabelList, readLabelFile } from '../io/labels.ts';
import { InputError, asInputError } from './input-error.ts';

/**
 * The label names of `--labels VALUE` for a W of k rows: a vocabulary file when VALUE names
 * an existing file (JSON list, `{name: index}` object, or one name per line; `src/io/labels.ts`),
 * else a comma-separated list. Throws `InputError` naming the file or the option for a wrong
 * count, an empty name, a duplicate, or a value that is neither a file nor a list.
 * @example labelsOption('angry,disgust,fear', 3) // ['angry', 'disgust', 'fear']
 */
export function labelsOption(value: string, k: number): string[] {
  const isFile = existsSync(value) && statSync(value).isFile();
  if (!isFile && !value.includes(',')) {
    throw new InputError(`--labels ${value}: no such file, and not a comma-separated list of ${k} names`);
  }
  const where = isFile ? value : '--labels';
  const labels = asInputError(where, () => (isFile ? readLabelFile(value) : parseLabelList(value)));
  asInputError(where, () => checkLabels(labels, k, where));
  return labels;
}

/**
 * A label as printed: `2 (fear)` with names, `2` without.
 * @example labelText(['angry', 'fear'], 1) === '1 (fear)'
 */
export function labelText(labels: readonly string[] | undefined, i: number): string {
  return labels === undefined ? String(i) : `${i} (${labels[i]})`;
}

/**
 * `text` with every standalone integer (a label index) followed by its name, for the
 * wordings of the question registry whose numbers are all labels (`label 2 is …` →
 * `label 2 (fear) is …`). Unchanged without names.
 * @example withLabelNames('labels 1 and 2 can tie', ['a', 'b', 'c']) === 'labels 1 (b) and 2 (c) can tie'
 */
export function withLabelNames(text: string, labels: readonly string[] | undefined): string {
  if (labels === undefined) return text;
  return text.replace(/(?<![\w_{])(\d+)(?![\w}])/g, (m) => (Number(m) < labels.length ? labelText(labels, Number(m)) : m));
}

/**
 * A question's argument text with label names replaced by their indices (`--argmax fear`,
 * `--tie fear,happy`, `--ranking happy,sad,…`): every comma-separated item that is a label
 * name (and not an index) becomes its index. Unchanged without names.
 * @example namesToIndices('fear,1', ['angry', 'disgust', 'fear']) === '2,1'
 */
export function namesToIndices(text: string, labels: readonly string[] | undefined): string {
  if (labels === undefined) return text;
  return text
    .split(',')
    .map((item) => {
      const i = labels.indexOf(item.trim());
      return i >= 0 && !/^\s*\d+\s*$/.test(item) ? String(i) : item;
    })
    .join(',');
}

/**
 * The labels of `--rows i,j,…` (indices or names), distinct, in the order given. Throws
 * `InputError` naming the option and the item for an index out of range, an unknown name,
 * a repeated label or an empty list.
 * @example rowsOption('0,fear', 7, names) // [0, 2]
 */
export function rowsOption(value: string, k: number, labels: readonly string[] | undefined, option = '--rows'): number[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.length === 0 || items.every((s) => s === '')) throw new InputError(`${option}: no label given`);
  const out: number[] = [];
  items.forEach((item, t) => {
    let i: number;
    if (/^\d+$/.test(item)) i = Number(item);
    else if (labels !== undefined && labels.includes(item)) i = labels.indexOf(item);
    else throw new InputError(`${option}: item ${t} (${JSON.stringify(item)}) is not a label index${labels === undefined ? '' : ' or name'}`);
    if (i >= k) throw new InputError(`${option}: label index ${i} is out of range (labels are 0 … ${k - 1})`);
    if (out.includes(i)) throw new InputError(`${option}: label ${labelText(labels, i)} is given twice`);
    out.push(i);
  });
  return out;
}
