#!/usr/bin/env node
// The cosine-verify binary: registers tsx's ESM loader, then runs the TypeScript CLI
// (src/cli/main.ts) on the process streams (Ctrl-C, closed pipes: see runCliProcess)
// and sets the exit code it returns.
import { register } from 'tsx/esm/api';

register();
const { runCliProcess } = await import('../src/cli/main.ts');
process.exitCode = await runCliProcess(process.argv.slice(2));
