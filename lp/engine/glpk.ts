import GLPK from 'glpk.js/node';

/**
 * The one glpk.js instance of the process (GLPK compiled to WebAssembly,
 * synchronous Node build), loaded once with a top-level await when this
 * module is first imported and reused by every LP. Floating point, NOT
 * exact: its answers are only hints that `lp/strict-system.ts` certifies.
 */
export const glpk = await GLPK();
