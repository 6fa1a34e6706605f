/** Softmax and sigmoid classifiers with an unembedding W (notes §1): exact logits, float64 probabilities, exact equivalence; linear matrix factorisation (Steck et al. 2024). */
export * from './logits.ts';
export * from './softmax.ts';
export * from './sigmoid.ts';
export * from './equivalence.ts';
export * from './matrix-factorisation.ts';
export * from './model.ts';
