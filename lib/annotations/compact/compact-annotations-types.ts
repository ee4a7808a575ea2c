import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

/** A column of repeated values: each row's value is `table[index[row]]`. */
export type DictionaryColumn<T> = { table: T[]; index: number[] };

/**
 * An article's annotations in the page payload, by column instead of one
 * object per annotation: what 5,000 annotations weigh is mostly keys,
 * repeated label ids and quotes the page already has in the article text.
 * Lossless — `expandAnnotations` gives back exactly the list that was
 * compacted, for the same text.
 *
 * Row i's `exact`/`prefix`/`suffix` are read from the text at its offsets
 * (32 code points of context, as stored); offsets are delta-coded in reading
 * order; times are milliseconds. Any field of a row that the columns and
 * defaults do not reproduce is carried whole in `extra[i]` (notes, evidence,
 * an orphan's quote, a gold annotation…).
 */
export type CompactAnnotations = {
  count: number;
  articleId: string;
  revision: number;
  /** The ids, joined by a space (ids never contain one). */
  ids: string;
  /** start[i] − start[i − 1] (start[−1] = 0). */
  startDeltas: number[];
  lengths: number[];
  kind: DictionaryColumn<AnnotationDTO["kind"]>;
  author: DictionaryColumn<AnnotationDTO["author"]>;
  statusId: DictionaryColumn<string | null>;
  claimTypeId: DictionaryColumn<string | null>;
  entityTypeId: DictionaryColumn<string | null>;
  entityId: DictionaryColumn<string | null>;
  version: DictionaryColumn<number>;
  /** createdAt in ms after `createdBase`. */
  createdBase: number;
  created: number[];
  /** updatedAt in ms after createdAt. */
  updatedAfter: number[];
  extra: Record<number, Partial<AnnotationDTO>>;
};
