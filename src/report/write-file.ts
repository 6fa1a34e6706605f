import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (UTF-8) to `path` atomically: into a temporary file next to it, then
 * renamed over it, so that a reader sees the old file or the whole new one, never a part.
 * The folder is created when missing. Throws `RangeError` naming the path (and the
 * system's reason) when it cannot be written; the temporary file is removed then.
 */
export function writeFileAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the temporary file could not be made either
    }
    const err = e as NodeJS.ErrnoException;
    throw new RangeError(`${path}: cannot write the page (${err.code ?? err.message})`);
  }
}
