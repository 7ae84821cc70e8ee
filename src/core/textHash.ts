/**
 * A short fingerprint of a text: its length and a 32-bit FNV-1a hash of its UTF-16 code units.
 * Tells whether a file read twice holds the same text without keeping the first copy; two different
 * texts of one length share a fingerprint with a chance of about one in four billion.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
