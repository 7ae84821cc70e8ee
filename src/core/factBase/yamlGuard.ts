import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Alias, CST, ParsedNode } from 'yaml';
import { MAX_NESTING } from './vocabulary';

/** The offset of the first collection nested deeper than MAX_NESTING, or undefined; iterative, so hostile depth cannot overflow the stack. */
export function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const t of tokens) if (t.type === 'document' && t.value) stack.push([t.value, 1]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return token.offset;
    if (!('items' in token)) continue;
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/** Where each alias points, the aliases with no anchor before them, and how many nodes expanding every alias would add. */
export interface AliasAnalysis {
  readonly targets: ReadonlyMap<Alias, ParsedNode>;
  readonly unresolved: readonly Alias[];
  readonly addedNodes: number;
}

/** Resolves aliases in one pass in document order (an anchor counts once its node is complete) and sizes their expansion. */
export function analyseAliases(root: ParsedNode | null): AliasAnalysis {
  const targets = new Map<Alias, ParsedNode>();
  const unresolved: Alias[] = [];
  const anchors = new Map<string, ParsedNode>();
  const sizes = new Map<ParsedNode, number>();
  let addedNodes = 0;
  const visit = (node: ParsedNode | null): number => {
    if (!node) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        unresolved.push(node);
        return 1;
      }
      targets.set(node, target);
      const added = sizes.get(target) ?? 1;
      addedNodes = Math.min(addedNodes + added, Number.MAX_SAFE_INTEGER);
      return added;
    }
    let size = 1;
    if (isMap(node)) for (const pair of node.items) size += visit(pair.key) + visit(pair.value);
    else if (isSeq(node)) for (const item of node.items) size += visit(item);
    size = Math.min(size, Number.MAX_SAFE_INTEGER);
    if (node.anchor !== undefined && (isMap(node) || isSeq(node) || isScalar(node))) {
      anchors.set(node.anchor, node);
      sizes.set(node, size);
    }
    return size;
  };
  visit(root);
  return { targets, unresolved, addedNodes };
}
