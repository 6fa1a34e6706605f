/**
 * Output files of the CLI (`report --out`, `analyze --json OUT`, `--jsonl OUT`), written so
 * that no run leaves a half-written file in place of a complete one: everything goes to a
 * temporary file in the same folder (same file system), which is renamed over the target
 * only when the run has written all it will write. A run that dies before that leaves the
 * previous file untouched (and at most a `.NAME.tmp-PID` file beside it).
 */
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './input-error.ts';

/** A file being written: `write` appends, `commit` renames it into place, `discard` removes it. */
export interface AtomicFile {
  readonly path: string;
  write(text: string): void;
  commit(): void;
  discard(): void;
}

/**
 * Checks that `path` can be written by `option`: its folder exists and it is not a folder.
 * Throws `InputError` naming the option and the path.
 */
export function assertWritableTarget(path: string, option: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${option} ${path}: the directory ${dir} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError(`${option} ${path}: is a directory, not a file`);
}

/**
 * Opens a temporary file beside `path` for an atomic write (see the module doc). Throws
 * `InputError` naming `option` and the path when the folder is missing or not writable.
 * @example const f = openAtomicFile('out.jsonl', '--jsonl'); f.write('{}\n'); f.commit();
 */
export function openAtomicFile(path: string, option: string): AtomicFile {
  assertWritableTarget(path, option);
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.tmp-${process.pid}`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw new InputError(`${option} ${path}: cannot write: ${(e as Error).message}`);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    path,
    write(text) {
      writeSync(fd, text);
    },
    commit() {
      close();
      renameSync(tmp, path);
    },
    discard() {
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/**
 * Writes `content` to `path` atomically (temporary file + rename); throws `InputError`
 * naming `option` and the path when it cannot.
 * @example writeFileAtomic('report.html', html, '--out')
 */
export function writeFileAtomic(path: string, content: string, option: string): void {
  const f = openAtomicFile(path, option);
  try {
    f.write(content);
    f.commit();
  } catch (e) {
    f.discard();
    throw e instanceof InputError ? e : new InputError(`${option} ${path}: cannot write: ${(e as Error).message}`);
  }
}
