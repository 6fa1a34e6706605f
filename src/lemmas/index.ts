/** Section 3 of the paper (L3.1–L3.3, T3.4, App. D) as exact constructions that report what they verified. */
export * from './label-pair.ts';
export * from './translation-invariance.ts';
export * from './cosine-minus-one.ts';
export * from './cosine-plus-one.ts';
export * from './extreme-cosine-models.ts';
export * from './other-measures.ts';
