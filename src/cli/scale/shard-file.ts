/**
 * The JSONL files of the scale path (`argmax --jsonl OUT`, the shards `merge` reads): one
 * header line `{"cosineVerify": QUESTION, "version", "fingerprint", "k", "d", "dtype",
 * "bias", "range"}`, then one line per decided argument, flushed as it is decided (a killed
 * run loses at most its last, partial line). Reading streams the file line by line (a shard
 * of 50 000 witnesses of 768 exact strings is larger than one JavaScript string may be);
 * a last line without its newline is a truncated write and is dropped; any other line that
 * is not JSON is refused with one line naming the file and line.
 */
import { closeSync, createReadStream, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dtypeOf, type DenseMatrix } from '../../dense/dense-matrix.ts';
import { InputError } from '../input-error.ts';
import { denseFingerprint } from './fingerprint.ts';

/** The first line of a file of the scale path. */
export interface ShardHeader {
  /** The question's registry name (`"argmax"`): says the file is ours and what it holds. */
  readonly cosineVerify: string;
  readonly version: string;
  /** `denseFingerprint` of the model (W and bias). */
  readonly fingerprint: string;
  readonly k: number;
  readonly d: number;
  readonly dtype: string;
  readonly bias: boolean;
  /** The labels asked about, as `--range` text (`"0:4096"`, `"3,17,40"`). */
  readonly range: string;
}

/**
 * The header of a run of question `name` on W for the labels `range`.
 * @example shardHeader('argmax', W, '0:100', '0.1.0').fingerprint // 'sha256:…'
 */
export function shardHeader(name: string, W: DenseMatrix, range: string, version: string): ShardHeader {
  return { cosineVerify: name, version, fingerprint: denseFingerprint(W), k: W.k, d: W.d, dtype: dtypeOf(W.data), bias: W.bias !== undefined, range };
}

/** One line of a shard after the header: the parsed record, its 1-based line number and its bytes in the file. */
export interface ShardLine {
  readonly record: Record<string, unknown>;
  readonly line: number;
  readonly offset: number;
  readonly length: number;
}

/** What `readShard` found: the header (null for an empty file), the bytes of complete lines, and whether a partial last line was dropped. */
export interface ShardRead {
  readonly header: ShardHeader | null;
  readonly completeBytes: number;
  readonly truncated: boolean;
}

/**
 * Streams the shard `path` of question `name` (or of any of the names of a list): checks its header and calls `visit` for
 * every complete record line (lines with a `"summary"` field, as `--json` prints, are
 * skipped), after `onHeader` with the header. Throws `InputError` naming the file (and line) when the first line is not the
 * header of a `name` file or a complete line is not a JSON object.
 * @example await readShard('shard0.jsonl', 'argmax', (l) => seen.add(l.record.label))
 */
export async function readShard(path: string, name: string | readonly string[], visit: (l: ShardLine) => void, onHeader?: (h: ShardHeader) => void): Promise<ShardRead> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  const names = typeof name === 'string' ? [name] : name;
  let header: ShardHeader | null = null;
  let offset = 0;
  let line = 0;
  let truncated = false;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const text of rl) {
    line++;
    const length = Buffer.byteLength(text) + 1;
    if (offset + length > size) {
      truncated = true; // no newline after it: a write cut short
      break;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      rl.close();
      throw new InputError(`${path}: line ${line} is not JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${path}: line ${line} is not a JSON object`);
    const record = value as Record<string, unknown>;
    if (line === 1) {
      if (!names.includes(record.cosineVerify as string) || typeof record.fingerprint !== 'string') {
        rl.close();
        throw new InputError(`${path}: not a cosine-verify ${names.join(' / ')} JSONL file (its first line is not a {"cosineVerify": "${names.join('|')}", "fingerprint": …} header)`);
      }
      header = record as unknown as ShardHeader;
      onHeader?.(header);
    } else if (!('summary' in record)) visit({ record, line, offset, length });
    offset += length;
  }
  if (header === null && size > 0) throw new InputError(`${path}: not a cosine-verify ${names.join(' / ')} JSONL file (no complete header line)`);
  return { header, completeBytes: offset, truncated };
}

/**
 * Throws `InputError` (one line naming `path`) unless `found` is a header of the same
 * question and model (fingerprint) as `expected`, and — with `sameRange` — of the same
 * `--range`.
 * @example assertSameModel('out.jsonl', read.header, header, true)
 */
export function assertSameModel(path: string, found: ShardHeader, expected: ShardHeader, sameRange: boolean): void {
  if (found.cosineVerify !== expected.cosineVerify) throw new InputError(`${path}: holds ${found.cosineVerify} results, not ${expected.cosineVerify}`);
  if (found.fingerprint !== expected.fingerprint) {
    throw new InputError(`${path}: written for another model (fingerprint ${found.fingerprint.slice(0, 19)}…, ${found.k} × ${found.d} ${found.dtype}${found.bias ? ' with bias' : ''}; this model ${expected.fingerprint.slice(0, 19)}…, ${expected.k} × ${expected.d} ${expected.dtype}${expected.bias ? ' with bias' : ''})`);
  }
  if (sameRange && found.range !== expected.range) throw new InputError(`${path}: written for --range ${found.range}, not ${expected.range}; use the same range to resume it, or another file`);
}

/** Lines appended to a shard, each written (and so flushed to the OS) as it comes. */
export interface ShardWriter {
  line(record: unknown): void;
  close(): void;
}

/**
 * Opens `path` for appending records: with `keepBytes` (a resume) the file is cut to its
 * complete lines first (dropping a partial last line) and appended to; without it a new
 * file is written, starting with `header`. Throws `InputError` naming the option and path
 * when it cannot be written.
 * @example const w = openShardWriter('out.jsonl', header, null); w.line({ label: 0, … }); w.close();
 */
export function openShardWriter(path: string, header: ShardHeader, keepBytes: number | null, option = '--jsonl'): ShardWriter {
  let fd: number;
  try {
    if (keepBytes !== null) truncateSync(path, keepBytes);
    fd = openSync(path, keepBytes === null ? 'w' : 'a');
  } catch (e) {
    throw new InputError(`${option} ${path}: cannot write: ${(e as Error).message}`);
  }
  const w: ShardWriter = {
    line: (record) => void writeSync(fd, JSON.stringify(record) + '\n'),
    close: () => closeSync(fd),
  };
  if (keepBytes === null || keepBytes === 0) w.line(header);
  return w;
}
