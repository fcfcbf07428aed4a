/**
 * Realistic fake credentials for tests: right alphabet, length and checksum, random content from a
 * seeded generator so failures reproduce. None of these was ever issued by a provider.
 */
import { base62Crc32 } from '../../core/detect/checksum.ts';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE64 = BASE62 + '+/';
export const BASE64URL = BASE62 + '-_';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let defaultRandom = rng(0x5eed);

/** A random string of `length` characters from `alphabet`. */
export function rand(length: number, alphabet = BASE62, random = defaultRandom): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

export function reseed(seed: number): void {
  defaultRandom = rng(seed);
}

/** PREFIX + 30 random base62 + base62 CRC32 (GitHub ghp_/gho_/ghu_/ghs_/ghr_, npm_). */
export function checksummed(prefix: string): string {
  const body = rand(30);
  return prefix + body + base62Crc32(body);
}

/** The same shape with the checksum broken (last character changed). */
export function badChecksum(prefix: string): string {
  const t = checksummed(prefix);
  const last = t[t.length - 1];
  return t.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

export function base64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** A JWT with the given claims and a random signature. */
export function jwt(claims: Record<string, unknown> = { sub: rand(10), iat: 1700000000 }): string {
  return `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.${rand(43, BASE64URL)}`;
}
