/** Maps UTF-16 offsets in `text` to Unicode code point offsets (what Python, brat and W3C text selectors count). */
export function toCodePointOffsets(text: string): (offset: number) => number {
  const pairEnds: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) pairEnds.push(++i);
  }
  return (offset) => {
    let lo = 0;
    let hi = pairEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairEnds[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}
