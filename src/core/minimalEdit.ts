/** Replace `before[start, end)` with `text`. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix kept),
 * with offsets into `before`; it never cuts a surrogate pair or a CR LF in either text.
 */
export function minimalEdit(before: string, after: string): TextReplacement {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (cutsUnit(before, prefix) || cutsUnit(after, prefix))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (suffix > 0 && (cutsUnit(before, before.length - suffix) || cutsUnit(after, after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** True when a boundary at `i` would split a surrogate pair or a CR LF. */
function cutsUnit(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const left = text.charCodeAt(i - 1);
  const right = text.charCodeAt(i);
  return (left >= 0xd800 && left <= 0xdbff && right >= 0xdc00 && right <= 0xdfff) || (left === 13 && right === 10);
}
