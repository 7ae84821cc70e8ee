/** A colour as red, green and blue (0–255 integers) and alpha (0–1). */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)(?:\s*,\s*|\s+)([\d.]+)(?:\s*,\s*|\s+)([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

const channel = (n: number): number => Math.min(255, Math.max(0, Math.round(n)));
const unit = (n: number): number => Math.min(1, Math.max(0, n));

/**
 * Reads the colour forms VS Code gives webviews in `--vscode-*` variables: `#rgb`, `#rgba`,
 * `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()` (comma or space separated). Anything else,
 * including an empty string for an unset variable, gives undefined.
 */
export function parseCssColor(text: string): Rgba | undefined {
  const value = text.trim();
  const hex = HEX.exec(value)?.[1];
  if (hex !== undefined) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
    const [r, g, b, a] = digits.map((d) => parseInt(d, 16));
    return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a: a === undefined ? 1 : a / 255 };
  }
  const m = RGB.exec(value);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: channel(Number(m[1])), g: channel(Number(m[2])), b: channel(Number(m[3])), a: unit(alpha) };
}

/** `rgb(r, g, b)`: the opaque part of a colour, the form every canvas library reads. */
export function toRgb(color: Rgba): string {
  return `rgb(${color.r}, ${color.g}, ${color.b})`;
}
