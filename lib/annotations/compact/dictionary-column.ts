import type { DictionaryColumn } from "./compact-annotations-types";

/**
 * A column of values as a table of the distinct ones plus one index per row.
 * Values are told apart by their JSON, so objects with the same fields share
 * one entry. Strings, the usual values (ids, kinds), are keyed by themselves
 * in a map of their own: the same partition as by JSON, without serialising
 * 5,000 of them per column.
 */
export function toDictionaryColumn<T>(values: readonly T[]): DictionaryColumn<T> {
  const table: T[] = [];
  const strings = new Map<string, number>();
  const others = new Map<string, number>();
  const index = values.map((value) => {
    const isString = typeof value === "string";
    const seen = isString ? strings : others;
    const key = isString ? value : JSON.stringify(value);
    let at = seen.get(key);
    if (at === undefined) {
      at = table.length;
      seen.set(key, at);
      table.push(value);
    }
    return at;
  });
  return { table, index };
}

export function readDictionaryColumn<T>(column: DictionaryColumn<T>, row: number): T {
  const at = column.index[row];
  if (at === undefined || at < 0 || at >= column.table.length) throw new RangeError(`compact annotations: no value for row ${row}`);
  return column.table[at] as T;
}
