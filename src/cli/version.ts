/** The package version, for `--version` and the header of the scale path's JSONL files. */
import { readFileSync } from 'node:fs';

/**
 * The package version (package.json): two folders up from this module in the source tree
 * (`src/cli/`), three in the compiled one (`dist/src/cli/`); `'unknown'` when not found.
 * @example packageVersion() // '0.1.0'
 */
export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cosine-verify') return pkg.version ?? 'unknown';
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}
