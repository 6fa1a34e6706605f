/** The paper's worked examples (App. C.1–C.3, H.1, H.2) as exact matrices. */
export * from './examples.ts';
