import { createHash } from 'node:crypto';

/** sha256 of the secret, hex. Identifies a secret in baselines without storing it. */
export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * A form safe to print: a short prefix (the provider's prefix, usually) and the length.
 * Short secrets show less, so a masked 8-character password gives away 2 characters at most.
 */
export function mask(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, shown)}…(${secret.length} chars)`;
}
