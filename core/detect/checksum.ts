/**
 * Format checksums that let a token prove it is real without any network call.
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens are PREFIX + 30 random base62
 * characters + the CRC32 of those 30 characters written in base62, zero-padded to 6.
 */
import type { Validation } from './types.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE, as zlib) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** The checksum a GitHub/npm-style token with this 30-char random part must end in. */
export function base62Crc32(random: string): string {
  return base62(crc32(random), 6);
}

/** Validates PREFIX + random + 6-char base62 CRC32 tokens (GitHub classic families, npm). */
export function validateCrc32Token(token: string, prefixLength: number): Validation {
  const body = token.slice(prefixLength);
  if (body.length < 7) return 'invalid';
  const random = body.slice(0, -6);
  return base62Crc32(random) === body.slice(-6) ? 'valid' : 'invalid';
}
