/**
 * Helpers of the scale commands' tests (`argmax`, `merge`): a seeded vocabulary-shaped
 * matrix (planted midpoint rows) written as float32 `.npy` files, an in-process run of
 * the CLI, and the JSONL lines of a file or of stdout.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../../../src/cli/main.ts';
import { collectingIO } from '../../../src/cli/io.ts';
import type { DenseMatrix } from '../../../src/dense/dense-matrix.ts';
import { npyFile } from '../../unit/io/write-files.ts';
import { vocabMatrix } from '../../unit/lp/scale/helpers.ts';

/** W (and its bias) of `vocabMatrix(k, d, seed, planted, withBias)` written as W.npy (and b.npy) by `write`. */
export function writeVocab(write: (name: string, bytes: Uint8Array) => string, name: string, k: number, d: number, seed: number, planted: number, withBias = false): { W: DenseMatrix; w: string; b?: string; planted: number[] } {
  const m = vocabMatrix(k, d, seed, planted, withBias);
  const bytes = (a: Float32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const w = write(`${name}.npy`, npyFile('<f4', [k, d], bytes(m.W.data)));
  const b = m.W.bias === undefined ? undefined : write(`${name}.bias.npy`, npyFile('<f4', [k], bytes(m.W.bias)));
  return { W: m.W, w, ...(b === undefined ? {} : { b }), planted: m.planted.map((p) => p.label) };
}

/** Runs the CLI in-process (optionally with an interrupt signal). */
export async function run(argv: string[], signal?: AbortSignal): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false, signal);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** The JSON values of the lines of a JSONL text. */
export function jsonLines(text: string): Record<string, any>[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

/** The JSON values of the lines of a JSONL file. */
export function readJsonl(path: string): Record<string, any>[] {
  return jsonLines(readFileSync(path, 'utf8'));
}

/** label → verdict of the record lines (header and summary skipped). */
export function verdicts(records: readonly Record<string, any>[]): Map<number, boolean> {
  return new Map(records.filter((r) => 'label' in r).map((r) => [r.label as number, r.argmaxable as boolean]));
}
