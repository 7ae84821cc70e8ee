import { KIND, KIND_WORD } from './fold';
import { buildTrie, preorder, type Trie } from './trie';
import { UNIT_CLASS, WORD, unitsFoldingTo } from './unitClass';

// Letters are indices into the alphabet of units that occur in keys (1-based; 0 = a unit no key
// contains). Nodes are numbered depth-first, so a key's path is mostly consecutive nodes: the first
// child of node n is n + 1, and scanning a long name reads memory in order.
/** An Aho-Corasick automaton over folded keys, frozen into typed arrays laid out as the fields say. */
export interface Automaton {
  /** Every UTF-16 unit of a text as (letter << 2 | class): its letter after folding and its scan class. */
  readonly unitInfo: Int32Array;
  /** Node entered from the root by a unit: [unit] after a non-word unit, [0x10000 | unit] inside a word (0 = none). */
  readonly rootGate: Int32Array;
  /**
   * Four int32 per node, read together while scanning: [n*4] how its children are found (0 none,
   * 1 the single child n + 1, m > 1 the m edges from [n*4+1], -1 the dense row at [n*4+1], -2 the
   * full transition row at [n*4+1]);
   * [n*4+2] failure link, the longest proper suffix that is a node and may start a word (0 = root);
   * [n*4+3] the first node in the suffix chain (itself included) where a key ends, 0 when none.
   */
  readonly nodes: Int32Array;
  /** The letter on the edge into each node. */
  readonly nodeLetter: Uint16Array;
  readonly edgeLetter: Uint16Array;
  readonly edgeTarget: Int32Array;
  /** Rows of `alphabetSize + 1` child nodes (0 = none) for nodes with many children. */
  readonly dense: Int32Array;
  /** Full transition rows of `alphabetSize + 1` next nodes, failures and word gating resolved. */
  readonly delta: Int32Array;
  /** 1 at [first letter << 8 | second letter] when some key starts with those two letters or is the first letter alone; empty past 255 letters. */
  readonly pairs: Uint8Array;
  /** Index of the key ending at each node, -1 when none. */
  readonly output: Int32Array;
  /** Length of each key in folded code units. */
  readonly keyLength: Int32Array;
  readonly nodeCount: number;
  /** Ring buffer mask: a power of two minus one, at least the longest key. */
  readonly ringMask: number;
}

/** Nodes with at least this many children get a dense row of children (a few thousand at 50,000 keys). */
const DENSE_CHILDREN = 6;
/** Marks a node (in `nodes[n * 4]`) whose full transition row is at `delta[nodes[n * 4 + 1]]`. */
export const DFA_ROW = -2;
/** Budget for full transition rows, in int32 entries (4 MB): every node of a fact base of a few thousand aliases. */
const DFA_ENTRIES = 1 << 20;

/** How to find a node's children, for nodes without a full transition row. */
type Children = Pick<Automaton, 'nodes' | 'nodeLetter' | 'edgeLetter' | 'edgeTarget' | 'dense'>;

/** The child of `node` along `letter`, or 0; `node` must not have a full transition row. */
function childOf(a: Children, node: number, letter: number): number {
  const m = a.nodes[node * 4]!;
  if (m === 1) return a.nodeLetter[node + 1] === letter ? node + 1 : 0;
  if (m < 0) return a.dense[a.nodes[node * 4 + 1]! + letter]!;
  for (let e = a.nodes[node * 4 + 1]!, end = e + m; e < end; e++) if (a.edgeLetter[e] === letter) return a.edgeTarget[e]!;
  return 0;
}

/** The distinct units on the trie's edges, sorted, and the letter (1-based index) of every unit. */
function alphabetOf(nodeChar: Uint16Array, count: number): { alphabet: number[]; letterOfChar: Uint16Array } {
  const letterOfChar = new Uint16Array(0x10000);
  const alphabet: number[] = [];
  for (let n = 1; n < count; n++) {
    if (letterOfChar[nodeChar[n]!] === 0) {
      letterOfChar[nodeChar[n]!] = 1;
      alphabet.push(nodeChar[n]!);
    }
  }
  alphabet.sort((x, y) => x - y);
  alphabet.forEach((f, i) => (letterOfChar[f] = i + 1));
  return { alphabet, letterOfChar };
}

/** Builds the automaton for distinct, non-empty folded keys; a match reports the key's index. `fullRowEntries` caps the full transition rows (tests lower it to exercise the sparse path). */
export function buildAutomaton(keys: readonly string[], fullRowEntries = DFA_ENTRIES): Automaton {
  const trie = buildTrie(keys);
  const { count, parent, nodeChar, childStart } = trie;
  const id = preorder(trie);
  // Only the units keys use get letters; the tables below are sized by the alphabet, not by 2^16.
  const { alphabet, letterOfChar } = alphabetOf(nodeChar, count);
  const width = alphabet.length + 1;
  // The first `rows` nodes breadth-first (all of them for a small fact base) get full rows.
  const rows = Math.min(count - 1, Math.floor(fullRowEntries / width));

  const nodeLetter = new Uint16Array(count);
  const output = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    nodeLetter[id[n]!] = letterOfChar[nodeChar[n]!]!;
    output[id[n]!] = trie.output[n]!;
  }

  const nodes = new Int32Array(count * 4);
  let edgeCount = 0;
  let denseSize = 0;
  for (let n = 0; n < count; n++) {
    if (n >= 1 && n <= rows) continue;
    const m = childStart[n + 1]! - childStart[n]!;
    const at = id[n]! * 4;
    if (m >= DENSE_CHILDREN) {
      nodes[at] = -1;
      nodes[at + 1] = denseSize;
      denseSize += width;
    } else {
      nodes[at] = m;
      if (m > 1) {
        nodes[at + 1] = edgeCount;
        edgeCount += m;
      }
    }
  }
  const children: Children = {
    nodes,
    nodeLetter,
    edgeLetter: new Uint16Array(edgeCount),
    edgeTarget: new Int32Array(edgeCount),
    dense: new Int32Array(denseSize),
  };
  for (let n = 0; n < count; n++) {
    const at = id[n]! * 4;
    if (n >= 1 && n <= rows) continue;
    for (let c = childStart[n]!, e = 0; c < childStart[n + 1]!; c++, e++) {
      if (nodes[at]! < 0) children.dense[nodes[at + 1]! + nodeLetter[id[c]!]!] = id[c]!;
      else if (nodes[at]! > 1) {
        children.edgeLetter[nodes[at + 1]! + e] = nodeLetter[id[c]!]!;
        children.edgeTarget[nodes[at + 1]! + e] = id[c]!;
      }
    }
  }

  const rootGate = new Int32Array(0x20000);
  const unitInfo = Int32Array.from(UNIT_CLASS);
  for (const f of alphabet) {
    const letter = letterOfChar[f]!;
    const child = childOf(children, 0, letter);
    for (const u of unitsFoldingTo(f)) {
      unitInfo[u] = (letter << 2) | UNIT_CLASS[u]!;
      rootGate[u] = child;
      rootGate[0x10000 | u] = UNIT_CLASS[u] === WORD ? 0 : child;
    }
  }

  const delta = linkFailures(trie, id, children, alphabet, rows);

  const pairs = new Uint8Array(alphabet.length < 0x100 ? 0x10000 : 0);
  if (pairs.length > 0) {
    for (let n = 1; n < count; n++) {
      const first = parent[n] === 0 ? n : parent[parent[n]!] === 0 ? parent[n]! : 0;
      if (first === 0) continue;
      // A one-letter key must be reported whatever follows, so its letter pairs with everything.
      if (n === first && trie.output[n]! >= 0) pairs.fill(1, nodeLetter[id[n]!]! << 8, (nodeLetter[id[n]!]! + 1) << 8);
      else if (n !== first) pairs[(nodeLetter[id[first]!]! << 8) | nodeLetter[id[n]!]!] = 1;
    }
  }

  const keyLength = Int32Array.from(keys, (k) => k.length);
  const longest = keyLength.reduce((x, y) => Math.max(x, y), 0);
  return {
    ...children,
    unitInfo,
    rootGate,
    delta,
    pairs,
    output,
    keyLength,
    nodeCount: count,
    ringMask: (1 << Math.ceil(Math.log2(longest + 1))) - 1,
  };
}

/**
 * Sets every node's failure link and report link, and fills the full transition rows of the first
 * `rows` nodes breadth-first; returns those rows. Failure links only lead to suffixes that start a
 * word (or start with a non-word unit): a suffix starting inside a word can never become a
 * whole-word match, and skipping those keeps the scan at the root through the rest of the word.
 */
function linkFailures(trie: Trie, id: Int32Array, children: Children, alphabet: readonly number[], rows: number): Int32Array {
  const { count, parent, nodeChar, childStart } = trie;
  const { nodes, nodeLetter } = children;
  const isWord = (unit: number): boolean => KIND[unit] === KIND_WORD;
  const width = alphabet.length + 1;
  const delta = new Int32Array(rows * width);
  // Where no suffix continues the root takes over, except for a word unit right after a word unit.
  const rootRows = [new Int32Array(width), new Int32Array(width)];
  alphabet.forEach((f, i) => {
    const child = childOf(children, 0, i + 1);
    rootRows[0]![i + 1] = child;
    rootRows[1]![i + 1] = isWord(f) ? 0 : child;
  });
  const afterRoot = (unit: number): Int32Array => rootRows[isWord(unit) ? 1 : 0]!;
  // Breadth-first, so every shorter suffix is linked (and has its row) before it is needed.
  for (let v = 1; v < count; v++) {
    const p = parent[v]!;
    const letter = nodeLetter[id[v]!]!;
    let target = 0;
    for (let f = p === 0 ? 0 : nodes[id[p]! * 4 + 2]!; p !== 0; f = nodes[f * 4 + 2]!) {
      if (f === 0) {
        target = afterRoot(nodeChar[p]!)[letter]!;
        break;
      }
      if (nodes[f * 4] === DFA_ROW) {
        target = delta[nodes[f * 4 + 1]! + letter]!;
        break;
      }
      target = childOf(children, f, letter);
      if (target !== 0) break;
    }
    const at = id[v]! * 4;
    nodes[at + 2] = target;
    nodes[at + 3] = trie.output[v]! >= 0 ? id[v]! : nodes[target * 4 + 3]!;
    if (v <= rows) {
      const row = (v - 1) * width;
      if (target !== 0) delta.copyWithin(row, nodes[target * 4 + 1]!, nodes[target * 4 + 1]! + width);
      else delta.set(afterRoot(nodeChar[v]!), row);
      for (let c = childStart[v]!; c < childStart[v + 1]!; c++) delta[row + nodeLetter[id[c]!]!] = id[c]!;
      nodes[at] = DFA_ROW;
      nodes[at + 1] = row;
    }
  }
  return delta;
}
