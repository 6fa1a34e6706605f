/**
 * Reading the bytes of input files, with every error naming the path: whole
 * files (text, small containers) and byte ranges at an offset (a tensor inside a
 * large safetensors, TF.js or `.npy` file, read without reading the rest).
 * Ranges are read into a fresh `ArrayBuffer` of exactly their length, so a typed
 * array over it is aligned and costs no second copy.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** A byte range of a file: `length` bytes from `offset`. */
export interface ByteRange {
  readonly file: string;
  readonly offset: number;
  readonly length: number;
}

/** One-line reason for a file-system error code. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read the file (${code ?? (e as Error).message})`;
}

/**
 * The size in bytes of the regular file `path`. Throws `RangeError` naming the
 * path when it is missing (`no such file`), a directory (`is a directory, not
 * a file`), another kind of file, or not accessible.
 * @example fileSize('model.safetensors') // 548105171
 */
export function fileSize(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new RangeError(`${path}: ${reason(e)}`);
  }
  if (st.isDirectory()) throw new RangeError(`${path}: is a directory, not a file`);
  if (!st.isFile()) throw new RangeError(`${path}: not a regular file`);
  return st.size;
}

/** Runs `f` on an open descriptor of `path` (read only), closing it afterwards; errors name the path. */
function withFile<R>(path: string, f: (fd: number, size: number) => R): R {
  fileSize(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new RangeError(`${path}: ${reason(e)}`);
  }
  try {
    return f(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

/** Fills `out` from `fd` at `offset`; `RangeError` naming `path` when the file ends first. */
function readFully(fd: number, out: Uint8Array, offset: number, path: string): void {
  let done = 0;
  while (done < out.length) {
    let n: number;
    try {
      n = readSync(fd, out, done, Math.min(out.length - done, 1 << 30), offset + done);
    } catch (e) {
      throw new RangeError(`${path}: ${reason(e)}`);
    }
    if (n === 0) throw new RangeError(`${path}: truncated (the file ends at byte ${offset + done}, ${out.length - done} bytes short of byte ${offset + out.length})`);
    done += n;
  }
}

/**
 * The whole content of the file `path`. Throws `RangeError` naming the path
 * (see `fileSize`) when it is missing, a directory or unreadable.
 * @example readFileBytes('W.json').length
 */
export function readFileBytes(path: string): Uint8Array {
  return withFile(path, (fd, size) => {
    const out = new Uint8Array(size);
    readFully(fd, out, 0, path);
    return out;
  });
}

/**
 * The first `n` bytes of `path` (fewer when the file is shorter), and the file's size.
 * Throws `RangeError` naming the path as `fileSize` does.
 * @example readFileHead('model.safetensors', 16).bytes
 */
export function readFileHead(path: string, n: number): { bytes: Uint8Array; size: number } {
  return withFile(path, (fd, size) => {
    const bytes = new Uint8Array(Math.min(n, size));
    readFully(fd, bytes, 0, path);
    return { bytes, size };
  });
}

/**
 * The bytes of the given ranges, concatenated in order, in ONE fresh buffer of
 * exactly their total length (offset 0, so a typed array over it is aligned).
 * Each file is opened once per range and read only within its range. Throws
 * `RangeError` naming the file when a range lies beyond its end (`truncated`),
 * or when the file is missing, a directory or unreadable.
 * @example readByteRanges([{ file: 'model.bin', offset: 20736, length: 64512 }])
 */
export function readByteRanges(ranges: readonly ByteRange[]): Uint8Array {
  const total = ranges.reduce((s, r) => s + r.length, 0);
  const out = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const r of ranges) {
    withFile(r.file, (fd) => readFully(fd, out.subarray(at, at + r.length), r.offset, r.file));
    at += r.length;
  }
  return out;
}

/** True when this machine stores typed-array elements little endian (every common platform). */
export const NATIVE_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Reverses the byte order of every `itemSize`-byte element of `bytes`, in place
 * (for big-endian data on a little-endian machine and vice versa). Throws
 * `RangeError` when the length is not a multiple of `itemSize`.
 * @example swapBytesInPlace(new Uint8Array([1, 2, 3, 4]), 2) // [2, 1, 4, 3]
 */
export function swapBytesInPlace(bytes: Uint8Array, itemSize: number): Uint8Array {
  if (bytes.length % itemSize !== 0) throw new RangeError(`${bytes.length} bytes are not a whole number of ${itemSize}-byte items`);
  for (let start = 0; start < bytes.length; start += itemSize) {
    for (let a = start, b = start + itemSize - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
  return bytes;
}
