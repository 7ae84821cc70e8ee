/** A trie of keys, numbered breadth-first. */
export interface Trie {
  readonly count: number;
  readonly parent: Int32Array;
  /** The UTF-16 unit on the edge into each node. */
  readonly nodeChar: Uint16Array;
  /** Index of the key ending at each node, -1 when none. */
  readonly output: Int32Array;
  /** The children of n are [childStart[n], childStart[n + 1]), sorted by unit. */
  readonly childStart: Int32Array;
}

/** A trie of distinct, non-empty keys, numbered breadth-first with every node's children contiguous and sorted. */
export function buildTrie(keys: readonly string[]): Trie {
  // Level by level over the sorted keys: each level's nodes come out in lexicographic order, which
  // is breadth-first order with every node's children contiguous and sorted.
  // The default sort compares UTF-16 units and is much faster than a comparator.
  const sorted = [...keys].sort();
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const capacity = keys.reduce((n, k) => n + k.length, 1);
  const parent = new Int32Array(capacity);
  const nodeChar = new Uint16Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
  const childCount = new Int32Array(capacity);
  const current = new Int32Array(sorted.length);
  let count = 1;
  let active = sorted.map((_, j) => j);
  for (let depth = 0; active.length > 0; depth++) {
    const next: number[] = [];
    let lastParent = -1;
    let lastChar = -1;
    let node = 0;
    for (const j of active) {
      const key = sorted[j]!;
      const p = current[j]!;
      const ch = key.charCodeAt(depth);
      if (p !== lastParent || ch !== lastChar) {
        node = count++;
        parent[node] = p;
        nodeChar[node] = ch;
        childCount[p]!++;
        lastParent = p;
        lastChar = ch;
      }
      current[j] = node;
      if (key.length === depth + 1) output[node] = indexOf.get(key)!;
      else next.push(j);
    }
    active = next;
  }
  const childStart = new Int32Array(count + 1);
  childStart[0] = 1;
  for (let n = 0; n < count; n++) childStart[n + 1] = childStart[n]! + childCount[n]!;
  return { count, parent, nodeChar, output, childStart };
}

/** Depth-first (pre-order) number of every breadth-first node. */
export function preorder(trie: Trie): Int32Array {
  const { count, childStart } = trie;
  const order = new Int32Array(count);
  const stack = [0];
  let next = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    order[n] = next++;
    for (let c = childStart[n + 1]! - 1; c >= childStart[n]!; c--) stack.push(c);
  }
  return order;
}
