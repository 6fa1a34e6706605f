/**
 * What `analyze` reports: the JSON object of `--json` (`AnalyzeJSON`; keys of earlier
 * versions kept, new ones added), the facts it streams (`--jsonl`: one record per decided
 * fact), and the sinks the sections write to as they decide (`AnalyzeSink`): text section
 * by section, JSONL record by record, and the skipped parts with their reasons.
 */

/** A part of the analysis that was not computed, and why (printed, and listed in the JSON). */
export interface Skip {
  /** The section (`cosines`, `argmax`, `ties`, `patterns`, `rank`, …). */
  readonly section: string;
  /** One line: what was not computed and why (e.g. `ties: 1 204 of 1 999 000 pairs decided before the 60 s budget ran out; the rest not computed`). */
  readonly reason: string;
}

/** A counted pattern (S or R) as reported by `analyze`. */
export interface PatternCount {
  /** Exact number of patterns (a JS number when safe), or null when not known. */
  count: number | null;
  /** The exact count as decimal text, when known (k! and 2^k may exceed 2^53). */
  countExact?: string;
  /** True when the patterns were enumerated (each with a certified decision). */
  enumerated: boolean;
  /** Cover's general-position count for k and the effective dimension: an upper bound (null: not computed, surely above --max-regions). */
  coverBound: string | null;
  /** The dimension used for the bound (rank of W, resp. of DW; with bias of [W | b], resp. D[W | b]). */
  boundDimension: number | null;
  /** Certified LP decisions made by the enumeration (and the bias filter). */
  lps: number;
  /** How the count is known without an enumeration (`rank`: every pattern occurs), or why it is empty. */
  reason?: string;
  /** Patterns found before a budget stopped the enumeration (then `count` is null). */
  found?: number;
  /** The patterns themselves with `--list`: sign vectors as "+-+", rankings as label arrays. */
  list?: string[] | number[][];
}

/** The result of one survey (argmax, ties) in `analyze --json`'s `"surveys"`. */
export interface SurveyJSON {
  /** The question's registry name (`argmax`, `tie`). */
  question: string;
  /** The labels the survey was restricted to (`--rows`), or null for all labels. */
  labels: number[] | null;
  /** Arguments decided, and how many there are. */
  decided: number;
  total: number;
  complete: boolean;
  /** The decided arguments with answer yes / no, as the question writes them (`"2"`, `"1,2"`). */
  yes: string[];
  no: string[];
  /** Who decided it: `scale` (the vocabulary-scale path on the dense floats) or `exact` (the exact engine); absent when neither could. */
  backend?: string;
}

/** The JSON printed by `analyze --json`. */
export interface AnalyzeJSON {
  source: string;
  /** The tensor W was read from, for containers (`tensor "unknown_43" F32 [3, 3, 256, 7]`). */
  tensor?: string;
  k: number;
  d: number;
  field: string;
  /** Exact rank of W; null when W was too large for exact objects. */
  rank: number | null;
  centered: boolean | null;
  bias: boolean;
  /** Label names (one per row), when given. */
  labels?: string[];
  /** The sections that ran (`cosines`, `argmax`, `ties`, `patterns`, `pair`). */
  sections: string[];
  /** True when every section ran to its end; else `skipped` says what is missing and why. */
  complete: boolean;
  skipped: Skip[];
  /** Set when the run was interrupted (Ctrl-C). */
  interrupted?: boolean;
  /** C(W) as decimals (6 digits), k × k; null entries for a zero row; null when not printed whole (large k, see `cosineRows`). */
  cosine: (string | null)[][] | null;
  /** C(W) exactly (`"4/5"`, `"-8/sqrt(185)"`, or `"±sqrt(square)"` for huge squares). */
  cosineExact: (string | null)[][] | null;
  /** Cosine matrix of the centered W, or null when a centered row is zero (then see `centeredCosineNote`) or not computed. */
  centeredCosine: (string | null)[][] | null;
  centeredCosineNote?: string;
  /** Why some cosines are undefined (a zero row) or not printed. */
  cosineNote?: string;
  /** The cosines among the labels of `--rows` (when the whole matrix is not printed). */
  cosineRows?: { labels: number[]; cosine: (string | null)[][]; cosineExact: (string | null)[][]; centeredCosine: (string | null)[][] | null };
  /** The survey of the argmax question: one boolean per label (null unless decided for every label). */
  argmaxable: boolean[] | null;
  /** The survey of the tie question: the pairs [i, j], i < j, that can tie for the top (null unless every pair was decided). */
  canTieForTop: [number, number][] | null;
  /** Every survey's decided arguments, also when restricted (`--rows`) or cut by the budget. */
  surveys: Record<string, SurveyJSON>;
  signPattern: PatternCount | null;
  rankingPattern: PatternCount | null;
  pair?: {
    i: number;
    j: number;
    cosine: string | null;
    minusOne: { v: string[]; W: string[][]; cosine: string };
    plusOne: { v: string[]; W: string[][]; cosine: string };
    verified: { minusOneEquivalent: boolean; plusOneEquivalent: boolean; cosineIsMinusOne: boolean; cosineIsPlusOne: boolean };
  };
  /** Every question with a survey has its key (`survey.key`) here. */
  [survey: string]: unknown;
}

/** Where the sections put what they decide, as soon as they decide it. */
export interface AnalyzeSink {
  /** Lines of the text report (written at once in text mode). */
  text(lines: readonly string[]): void;
  /** One JSONL record (written at once with `--jsonl`). */
  record(r: Record<string, unknown>): void;
  /** A part not computed: listed in the JSON, one line in the text, one JSONL record. */
  notComputed(s: Skip): void;
}
