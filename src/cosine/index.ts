/** Exact cosines (sign and square), cosine matrices and their text forms (Def. 5.2; App. C). */
export * from './exact-cosine.ts';
export * from './cosine-matrix.ts';
export * from './cosine-text.ts';
