import { DFA_ROW, type Automaton } from './ahoCorasick';
import { IN_WORD_AFTER, SEPARATOR as SEPARATOR_CLASS, SKIP as SKIP_CLASS, WORD as WORD_CLASS } from './unitClass';

// Module constants, not the imports: CommonJS import bindings are getters, too slow per character.
const SKIP = SKIP_CLASS;
const WORD = WORD_CLASS;
const SEPARATOR = SEPARATOR_CLASS;
const FULL_ROW = DFA_ROW;
const inWordAfterTable = IN_WORD_AFTER;

/** Appends (key, start, end) to `hits` for every key occurrence in text[from, to) that starts a word, in one folded pass; by end, longest first. */
export function scanKeys(a: Automaton, text: string, from: number, to: number, hits: number[]): void {
  // Folds on the fly: skipped units are dropped and separator runs collapse to one space. An
  // occurrence starting with a word unit right after another word unit is never reported, since
  // no whole-word match can start inside a word. start/end are UTF-16 offsets into `text`, end
  // exclusive. Hits are collected rather than passed to a callback so the hot loop stays small.
  const { unitInfo, rootGate, nodes, nodeLetter, delta, pairs, output, keyLength, ringMask } = a;
  const checkPairs = pairs.length > 0;
  const inWordAfter = inWordAfterTable;
  // Original offsets of the units fed to the automaton, to map a key's length back to its start.
  const ring = new Int32Array(ringMask + 1);
  let k = 0;
  let inWord = 0;
  let i = from;
  while (i < to) {
    // At the root: table lookups only, no data-dependent branch but the exit, until a unit
    // starts a key where a word may start.
    let state = 0;
    for (; i < to; i++) {
      const gate = (inWord << 16) | text.charCodeAt(i);
      state = rootGate[gate]!;
      inWord = inWordAfter[gate]!;
      if (state === 0) continue;
      // Most word starts that enter end at the next letter: when it is a plain word unit no key
      // continues with, skip both without entering (the second is inside the word, so gated).
      if (inWord === 0 || !checkPairs || i + 1 >= to) break;
      const info2 = unitInfo[text.charCodeAt(i + 1)]!;
      if ((info2 & 3) !== WORD || pairs[(nodeLetter[state]! << 8) | (info2 >> 2)] === 1) break;
      state = 0;
      i++;
    }
    if (state === 0) break;
    // Inside the automaton until it falls back to the root.
    let prevSpace = false;
    for (;;) {
      ring[k & ringMask] = i;
      k++;
      for (let s = nodes[state * 4 + 3]!; s !== 0; s = nodes[nodes[s * 4 + 2]! * 4 + 3]!) {
        const key = output[s]!;
        hits.push(key, ring[(k - keyLength[key]!) & ringMask]!, i + 1);
      }
      let info = 0;
      let cls = SKIP;
      do {
        if (++i >= to) return;
        info = unitInfo[text.charCodeAt(i)]!;
        cls = info & 3;
      } while (cls === SKIP || (cls === SEPARATOR && prevSpace));
      const gated = cls === WORD && inWord === 1;
      inWord = cls === WORD ? 1 : 0;
      prevSpace = cls === SEPARATOR;
      const letter = info >> 2;
      if (letter === 0) break;
      const at = state * 4;
      state = nodes[at] === FULL_ROW ? delta[nodes[at + 1]! + letter]! : step(a, state, letter, gated ? 0 : rootGate[text.charCodeAt(i)]!);
      if (state === 0) break;
    }
    i++;
  }
}

/** The next node from a node without a full transition row: children, then failure links, then `fallback` from the root. */
function step(a: Automaton, state: number, letter: number, fallback: number): number {
  const { nodes, nodeLetter, edgeLetter, edgeTarget, dense, delta } = a;
  for (;;) {
    const at = state * 4;
    const m = nodes[at]!;
    if (m === FULL_ROW) return delta[nodes[at + 1]! + letter]!;
    if (m === 1) {
      if (nodeLetter[state + 1] === letter) return state + 1;
    } else if (m > 1) {
      for (let e = nodes[at + 1]!, end = e + m; e < end; e++) if (edgeLetter[e] === letter) return edgeTarget[e]!;
    } else if (m < 0) {
      const next = dense[nodes[at + 1]! + letter]!;
      if (next !== 0) return next;
    }
    state = nodes[at + 2]!;
    if (state === 0) return fallback;
  }
}
