/** FNV-1a, 32 bits: a short, stable key for things without an id (events without a UID). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** fnv1a as 8 hexadecimal digits. */
export function fnv1aHex(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** fnv1a in base 36: a short stable key (events on calendar pages without an id). */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36);
}
