/**
 * A bounded memo: what `compute` gave for a key, kept until the map holds `limit` keys, when it is
 * emptied (a question's words repeat within a few questions, and a long-running bot must not grow).
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, compute: () => V): V {
  const found = memo.get(key);
  if (found !== undefined || memo.has(key)) return found as V;
  const value = compute();
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
