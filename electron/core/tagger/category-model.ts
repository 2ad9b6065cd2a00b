/**
 * The category model: complement naive Bayes (Rennie et al. 2003) over hashed word-stem
 * and character n-gram features. Its state is a sum of feature weights per category, so
 * learning from one saved article (or forgetting its previous version) is one pass over
 * that article's features: no retraining, no nightly job.
 */
import { FEATURE_SPACE, type FeatureVector } from './text-features.js';

/** Fewer categorised examples than this and the model declines to rank the category. */
export const MIN_EXAMPLES_PER_CATEGORY = 5;

export interface CategoryScore {
  label: string;
  /** 0..1, summing to 1 over the ranked categories. */
  confidence: number;
  score: number;
}

export interface ModelOptions {
  /** Additive smoothing of feature weights. */
  alpha: number;
  /** How sharply scores turn into confidences (calibrated by log-loss on a held-out split). */
  sharpness: number;
  /** Use complement classes (CNB) or the class itself (multinomial NB). */
  complement: boolean;
  /** Scale each feature of the text by its inverse document frequency before scoring. */
  idf: boolean;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  alpha: 0.01,
  sharpness: 1.2,
  complement: true,
  idf: true,
};

interface ClassState {
  weights: Float32Array;
  total: number;
  docs: number;
}

export class CategoryModel {
  private readonly classes = new Map<string, ClassState>();
  private readonly documentFrequency = new Float32Array(FEATURE_SPACE);
  private readonly allWeights = new Float64Array(FEATURE_SPACE);
  private allTotal = 0;
  private docs = 0;

  constructor(readonly options: ModelOptions = DEFAULT_MODEL_OPTIONS) {}

  /** Adds (sign 1) or removes (sign -1) one labelled example. */
  learn(label: string, vector: FeatureVector, sign: 1 | -1 = 1): void {
    let state = this.classes.get(label);
    if (!state) {
      if (sign < 0) return;
      state = { weights: new Float32Array(FEATURE_SPACE), total: 0, docs: 0 };
      this.classes.set(label, state);
    }
    const { indices, values } = vector;
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i] as number;
      const value = (values[i] as number) * sign;
      state.weights[index] = (state.weights[index] as number) + value;
      this.allWeights[index] = (this.allWeights[index] as number) + value;
      this.documentFrequency[index] = (this.documentFrequency[index] as number) + sign;
      state.total += value;
      this.allTotal += value;
    }
    state.docs += sign;
    this.docs += sign;
    if (state.docs <= 0) this.classes.delete(label);
  }

  /** Examples learned per label. */
  examples(): Map<string, number> {
    return new Map([...this.classes].map(([label, state]) => [label, state.docs]));
  }

  get size(): number {
    return this.docs;
  }

  /** Labels with enough examples to be ranked. */
  readyLabels(): string[] {
    return [...this.classes]
      .filter(([, state]) => state.docs >= MIN_EXAMPLES_PER_CATEGORY)
      .map(([label]) => label);
  }

  /** Ranks the ready labels for a text's features, best first. */
  rank(vector: FeatureVector): CategoryScore[] {
    const labels = this.readyLabels();
    if (labels.length === 0) return [];
    const { alpha, complement, idf, sharpness } = this.options;
    const { indices, values } = vector;
    const weighted = new Float64Array(values.length);
    for (let i = 0; i < indices.length; i++) {
      const df = this.documentFrequency[indices[i] as number] as number;
      weighted[i] =
        (values[i] as number) * (idf ? Math.log((this.docs + 1) / (Math.max(df, 0) + 1)) + 1 : 1);
    }
    const denominatorAlpha = alpha * FEATURE_SPACE;
    const scores = labels.map((label) => {
      const state = this.classes.get(label) as ClassState;
      let score = 0;
      if (complement) {
        const total = this.allTotal - state.total + denominatorAlpha;
        for (let i = 0; i < indices.length; i++) {
          const index = indices[i] as number;
          const rest = (this.allWeights[index] as number) - (state.weights[index] as number);
          score -= (weighted[i] as number) * Math.log((Math.max(rest, 0) + alpha) / total);
        }
      } else {
        const total = state.total + denominatorAlpha;
        for (let i = 0; i < indices.length; i++) {
          const index = indices[i] as number;
          score +=
            (weighted[i] as number) *
            Math.log((Math.max(state.weights[index] as number, 0) + alpha) / total);
        }
      }
      return { label, score };
    });
    // Scores are relative: centre them before turning them into confidences.
    const best = Math.max(...scores.map((s) => s.score));
    const norm = Math.sqrt(weighted.reduce((sum, w) => sum + w * w, 0)) || 1;
    const exps = scores.map((s) => Math.exp(((s.score - best) / norm) * sharpness));
    const sum = exps.reduce((a, b) => a + b, 0);
    return scores
      .map((s, i) => ({ label: s.label, score: s.score, confidence: (exps[i] as number) / sum }))
      .sort((a, b) => b.score - a.score);
  }
}
