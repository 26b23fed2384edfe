/**
 * The value under `key`, made and stored first when there is none: the get-or-insert `Map` lacks, for the many indexes
 * the dedup passes build (key → set of articles, figure → keys).
 */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
