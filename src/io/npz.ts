/**
 * Reader for NumPy `.npz` archives (`numpy.savez`, stored, and
 * `numpy.savez_compressed`, deflated): a zip archive with one `KEY.npy`
 * member per array (NumPy writes zip64 headers). The zip is read with
 * `fflate` (`unzipSync`, which inflates only the members a filter selects);
 * each member is read by the `.npy` reader (`npy.ts`), so every dtype, shape
 * and validation rule of `.npy` applies, and errors name the path and the key.
 *
 * Memory: the archive is read whole (a zip's directory is at its end and
 * deflated members cannot be read at an offset), plus the one member asked
 * for; for a large single tensor prefer safetensors or `.npy`, which are read
 * at an offset. A zip holding `…/data.pkl` is a PyTorch checkpoint and is
 * refused with the conversion line of `unsupported-formats.ts`.
 *
 * Not checked: the members' CRC-32 (`unzipSync` does not verify it); a
 * damaged member is caught only when its `.npy` header or length is wrong.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { readFileBytes } from './file-bytes.ts';
import { npyInfo, parseNpy, type NpyArray } from './npy.ts';
import type { TensorInfo } from './tensor.ts';
import { pytorchMessage } from './unsupported-formats.ts';

/** True when `head` starts a zip archive (a local file header, or the end record of an empty archive). */
export function hasZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** `unzipSync` with errors naming the path. */
function unzip(path: string, bytes: Uint8Array, filter: (f: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (e) {
    throw new SyntaxError(`${path}: not a readable zip archive (${(e as Error).message})`);
  }
}

/** The `.npy` member names of an archive; refuses PyTorch checkpoints and archives without `.npy` members. */
function npyMembers(path: string, bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzip(path, bytes, (f) => {
    names.push(f.name);
    return false;
  });
  if (names.some((n) => n === 'data.pkl' || n.endsWith('/data.pkl'))) throw new TypeError(pytorchMessage(path));
  const members = names.filter((n) => n.endsWith('.npy'));
  if (members.length === 0) {
    const some = names.slice(0, 5).map((n) => JSON.stringify(n)).join(', ');
    throw new TypeError(`${path}: a zip archive without .npy members, so not an .npz (${names.length === 0 ? 'it is empty' : `it holds ${some}${names.length > 5 ? ', ...' : ''}`})`);
  }
  return members;
}

/** The bytes of one member (inflated when deflated). */
function memberBytes(path: string, bytes: Uint8Array, member: string): Uint8Array {
  return unzip(path, bytes, (f) => f.name === member)[member];
}

/** An archive member name → its key (`W.npy` → `W`). */
const keyOf = (member: string): string => member.slice(0, -'.npy'.length);

/**
 * The arrays of the `.npz` archive `path`: key, dtype (`F64`, `F32`, `F16`, or
 * the `.npy` descr when not read, e.g. `<i8`) and shape, from each member's
 * header (members are inflated one at a time). Throws `RangeError` naming the
 * path when it is missing or a directory, `SyntaxError` for a damaged zip or
 * `.npy` header, `TypeError` for a zip without `.npy` members or a PyTorch
 * checkpoint.
 * @example listNpz('weights.npz') // [{ name: 'W', dtype: 'F64', shape: [3, 2] }, { name: 'b', ... }]
 */
export function listNpz(path: string): TensorInfo[] {
  const bytes = readFileBytes(path);
  return npyMembers(path, bytes).map((m) => npyInfo(memberBytes(path, bytes, m), path, keyOf(m)));
}

/**
 * The array `key` of the `.npz` archive `path` (its member `key.npy`; `key`
 * may also be given with the `.npy` suffix), read exactly as `parseNpy` reads
 * a `.npy` file, with errors naming the path and the key. Throws as `listNpz`,
 * plus `RangeError` listing the archive's keys when there is no such key.
 * @example readNpzTensor('weights.npz', 'W').shape // [3, 2]
 */
export function readNpzTensor(path: string, key: string): NpyArray {
  const bytes = readFileBytes(path);
  const members = npyMembers(path, bytes);
  const member = members.find((m) => m === key || keyOf(m) === key);
  if (member === undefined) {
    throw new RangeError(`${path}: no tensor ${JSON.stringify(key)}; the archive holds ${members.map((m) => JSON.stringify(keyOf(m))).join(', ')}`);
  }
  return parseNpy(memberBytes(path, bytes, member), path, keyOf(member));
}
