/**
 * Loading a user's conjecture module (for `cosine-verify fuzz FILE`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertConjecture, type AnyConjecture } from './conjecture.ts';

/**
 * Imports the module at `file` (a path, relative to the working directory;
 * `.ts` files need the tsx loader, which the CLI and vitest provide) and
 * returns its default export, checked to be a `Conjecture`.
 * Throws `RangeError` when the file does not exist, `TypeError` when the
 * module has no default export or it is not a conjecture (naming the file and
 * the bad field), and re-throws the import's own error (with the file named)
 * when the module fails to load.
 */
export async function loadConjectureModule(file: string): Promise<AnyConjecture> {
  const full = resolve(file);
  if (!existsSync(full)) throw new RangeError(`conjecture module ${file}: file not found`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`conjecture module ${file}: failed to load: ${(e as Error).message}`, { cause: e });
  }
  if (!('default' in mod) || mod.default === undefined) throw new TypeError(`conjecture module ${file}: no default export (export default a conjecture)`);
  assertConjecture(mod.default, `conjecture module ${file}`);
  return mod.default;
}
