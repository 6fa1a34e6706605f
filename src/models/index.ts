/** Softmax and sigmoid classifiers with an unembedding W (notes §1): exact logits, float64 probabilities, exact equivalence. */
export * from './logits.ts';
export * from './softmax.ts';
export * from './sigmoid.ts';
export * from './equivalence.ts';
export * from './model.ts';
