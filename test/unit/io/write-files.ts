/**
 * Test-side writers of model files, byte by byte and independent of the
 * readers under test (no numpy needed): `.npy`, safetensors, zip archives
 * (stored, or deflated with node:zlib; optionally with numpy's zip64 local
 * headers), TF.js manifests with shards; and an independent decoder of IEEE
 * binary floating-point bit patterns into exact rationals.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';

/** A fresh temporary directory, a writer into it, and its removal. */
export function tempDir(prefix: string): { dir: string; write: (name: string, bytes: string | Uint8Array) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The exact value of an IEEE 754 binary bit pattern with `e` exponent and `m`
 * mantissa bits, from the definition, with bigints; null for Infinity and NaN.
 */
export function decodeBits(bits: bigint, e: number, m: number): Rational | null {
  const E = BigInt(e);
  const M = BigInt(m);
  const bias = (1n << (E - 1n)) - 1n;
  const exponent = (bits >> M) & ((1n << E) - 1n);
  const mantissa = bits & ((1n << M) - 1n);
  const negative = (bits >> (E + M)) & 1n;
  if (exponent === (1n << E) - 1n) return null;
  const significand = exponent === 0n ? mantissa : mantissa + (1n << M);
  const power = (exponent === 0n ? 1n : exponent) - bias - M;
  const magnitude = power >= 0n ? Q.fromRational(significand << power) : Q.fromRational(significand, 1n << -power);
  return negative === 1n ? magnitude.neg() : magnitude;
}

/** Exponent and mantissa widths, and byte size, of the float formats. */
export const FLOAT_FORMATS = { F64: [11, 52, 8], F32: [8, 23, 4], F16: [5, 10, 2], BF16: [8, 7, 2] } as const;

/** The exact values of little-endian float data of a format (null for Infinity / NaN). */
export function decodeFloats(bytes: Uint8Array, format: keyof typeof FLOAT_FORMATS): (Rational | null)[] {
  const [e, m, size] = FLOAT_FORMATS[format];
  const out: (Rational | null)[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    let bits = 0n;
    for (let b = size - 1; b >= 0; b--) bits = (bits << 8n) | BigInt(bytes[at + b]);
    out.push(decodeBits(bits, e, m));
  }
  return out;
}

/** Little-endian (or big-endian) bytes of numbers as float64 / float32, or of 16-bit patterns (F16 / BF16 / U16), int32, uint8. */
export function leBytes(kind: 'F64' | 'F32' | 'U16' | 'I32' | 'U8', values: readonly number[], bigEndian = false): Uint8Array {
  const size = { F64: 8, F32: 4, U16: 2, I32: 4, U8: 1 }[kind];
  const view = new DataView(new ArrayBuffer(values.length * size));
  values.forEach((v, i) => {
    if (kind === 'F64') view.setFloat64(i * 8, v, !bigEndian);
    else if (kind === 'F32') view.setFloat32(i * 4, v, !bigEndian);
    else if (kind === 'U16') view.setUint16(i * 2, v, !bigEndian);
    else if (kind === 'I32') view.setInt32(i * 4, v, !bigEndian);
    else view.setUint8(i, v);
  });
  return new Uint8Array(view.buffer);
}

/** Concatenation of byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A `.npy` file (format `version`, default 1.0): header dict text as given or built from descr/shape, then `data`. */
export function npyFile(descr: string, shape: readonly number[], data: Uint8Array, opts: { fortran?: boolean; version?: 1 | 2; header?: string } = {}): Uint8Array {
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = opts.header ?? `{'descr': '${descr}', 'fortran_order': ${opts.fortran ? 'True' : 'False'}, 'shape': ${tuple}, }`;
  const prefix = opts.version === 2 ? 12 : 10;
  while ((prefix + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const head = new Uint8Array(prefix + header.length);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, opts.version ?? 1, 0]);
  const view = new DataView(head.buffer);
  if (opts.version === 2) view.setUint32(8, header.length, true);
  else view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) head[prefix + i] = header.charCodeAt(i);
  return concat([head, data]);
}

/** A safetensors file: the tensors' bytes back to back after a JSON header padded with spaces to 8 bytes. */
export function safetensorsFile(tensors: readonly { name: string; dtype: string; shape: readonly number[]; bytes: Uint8Array }[], metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = metadata ? { __metadata__: metadata } : {};
  let offset = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.bytes.length] };
    offset += t.bytes.length;
  }
  let text = JSON.stringify(header);
  while (text.length % 8 !== 0) text += ' ';
  const head = new Uint8Array(8 + text.length);
  new DataView(head.buffer).setBigUint64(0, BigInt(text.length), true);
  head.set(new TextEncoder().encode(text), 8);
  return concat([head, ...tensors.map((t) => t.bytes)]);
}

/** CRC-32 (IEEE, as zip uses). */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * A zip archive written by hand: members stored or deflated (node:zlib), local
 * headers, central directory, end record. `zip64` writes numpy's local headers
 * (sizes 0xFFFFFFFF and a zip64 extra field with the real sizes).
 */
export function zipFile(members: readonly { name: string; data: Uint8Array; deflate?: boolean }[], zip64 = false): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = new TextEncoder().encode(m.name);
    const body = m.deflate ? new Uint8Array(deflateRawSync(m.data)) : m.data;
    const crc = crc32(m.data);
    const extra = zip64 ? new Uint8Array(20) : new Uint8Array(0);
    if (zip64) {
      const x = new DataView(extra.buffer);
      x.setUint16(0, 1, true);
      x.setUint16(2, 16, true);
      x.setBigUint64(4, BigInt(m.data.length), true);
      x.setBigUint64(12, BigInt(body.length), true);
    }
    const local = new Uint8Array(30 + name.length + extra.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, zip64 ? 45 : 20, true);
    l.setUint16(8, m.deflate ? 8 : 0, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, zip64 ? 0xffffffff : body.length, true);
    l.setUint32(22, zip64 ? 0xffffffff : m.data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, extra.length, true);
    local.set(name, 30);
    local.set(extra, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, m.deflate ? 8 : 0, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, m.data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, members.length, true);
  e.setUint16(10, members.length, true);
  e.setUint32(12, dirSize, true);
  e.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/** A TF.js weight entry of a manifest. */
export interface TfjsWeight {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: Record<string, unknown>;
  bytes: Uint8Array;
}

/**
 * Writes a TF.js `model.json` (one weights group) and its shards (`shardSize`
 * bytes each, the last shorter) into `write`'s directory; returns the manifest path.
 * `manifestText` replaces the JSON text (for bad manifests).
 */
export function writeTfjsModel(
  write: (name: string, bytes: string | Uint8Array) => string,
  name: string,
  weights: readonly TfjsWeight[],
  shardSize = Number.POSITIVE_INFINITY,
): string {
  const data = concat(weights.map((w) => w.bytes));
  const paths: string[] = [];
  for (let at = 0, i = 1; at < data.length || i === 1; at += shardSize, i++) {
    const shard = `${name}-shard${i}.bin`;
    write(shard, data.subarray(at, Math.min(data.length, at + shardSize)));
    paths.push(shard);
    if (!Number.isFinite(shardSize)) break;
  }
  const manifest = {
    format: 'layers-model',
    modelTopology: {},
    weightsManifest: [{ paths, weights: weights.map(({ bytes: _bytes, ...w }) => w) }],
  };
  return write(`${name}.json`, JSON.stringify(manifest));
}
