#!/usr/bin/env node
// The cosine-verify binary: registers tsx's ESM loader, then runs the TypeScript CLI
// (src/cli/main.ts) with the process streams and sets the exit code it returns.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
});
