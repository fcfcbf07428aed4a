/**
 * Masks secret values in a byte stream, for `keyward run`: the child's stdout and stderr pass
 * through here so an injected token that gets printed shows as `*****` (as `op run` does).
 *
 * Pipes deliver arbitrary chunks, so a value may arrive split across two or more of them. The
 * masker works on bytes (multibyte UTF-8 cannot be cut wrongly, because nothing is decoded) and
 * holds back only a tail that is still a prefix of some value (at most max(length) - 1 bytes),
 * releasing it as soon as the next chunk settles it or the stream ends. At each position the
 * longest value that matches wins, so with "abc" and "abcdef" both secret, "abcdef" is one mask.
 * The output is the same however the input is chunked: every decision looks only at bytes that
 * are already there, or at the true end of the stream.
 */
import { Transform, type TransformCallback } from 'node:stream';

export interface MaskSecret {
  name: string;
  value: string;
}

export type MaskStyle = 'stars' | 'named';

export const MASK = '*****';

interface Needle {
  bytes: Buffer;
  replacement: Buffer;
}

export class Masker {
  /** Candidate values by their first byte, longest first. */
  private readonly byFirst = new Map<number, Needle[]>();
  private held: Buffer = Buffer.alloc(0);
  readonly maxLength: number;

  constructor(secrets: readonly MaskSecret[], style: MaskStyle = 'stars') {
    let max = 0;
    const seen = new Set<string>();
    for (const s of secrets) {
      // An empty value would match everywhere; a value listed twice needs one needle.
      if (!s.value || seen.has(s.value)) continue;
      seen.add(s.value);
      const bytes = Buffer.from(s.value, 'utf8');
      const replacement = Buffer.from(style === 'named' ? `<${s.name}:masked>` : MASK, 'utf8');
      const list = this.byFirst.get(bytes[0]!) ?? [];
      list.push({ bytes, replacement });
      this.byFirst.set(bytes[0]!, list);
      max = Math.max(max, bytes.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.bytes.length - a.bytes.length);
    this.maxLength = max;
  }

  /** Feeds a chunk; returns what can be released now (possibly empty). */
  push(chunk: Buffer | string): Buffer {
    const input = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (this.byFirst.size === 0) return input;
    return this.process(this.held.length ? Buffer.concat([this.held, input]) : input, false);
  }

  /** The end of the stream: releases whatever is held back. */
  end(): Buffer {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return rest.length ? this.process(rest, true) : rest;
  }

  /** Bytes currently held back (for tests and diagnostics). */
  get pending(): number {
    return this.held.length;
  }

  private process(buf: Buffer, final: boolean): Buffer {
    const out: Buffer[] = [];
    let emitFrom = 0; // start of the unmasked run not yet copied to out
    let i = 0;
    while (i < buf.length) {
      const candidates = this.byFirst.get(buf[i]!);
      if (!candidates) {
        i++;
        continue;
      }
      const available = buf.length - i;
      let match: Needle | undefined;
      let undecided = false;
      for (const n of candidates) {
        const len = n.bytes.length;
        if (len > available) {
          // The value does not fit in what has arrived: it might still match once more comes.
          if (!final && buf.compare(n.bytes, 0, available, i, buf.length) === 0) {
            undecided = true;
            break;
          }
        } else if (buf.compare(n.bytes, 0, len, i, i + len) === 0) {
          match = n; // candidates are longest first, so the first full match is the longest
          break;
        }
      }
      if (undecided) break;
      if (match) {
        if (i > emitFrom) out.push(buf.subarray(emitFrom, i));
        out.push(match.replacement);
        i += match.bytes.length;
        emitFrom = i;
      } else {
        i++;
      }
    }
    if (i > emitFrom) out.push(buf.subarray(emitFrom, i));
    // Copy, so the held tail does not pin the caller's (possibly large) chunk.
    this.held = i < buf.length ? Buffer.from(buf.subarray(i)) : Buffer.alloc(0);
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }
}

/**
 * Masks one value at a time: the same rules, for text already complete (error messages, say).
 */
export function maskText(text: string, secrets: readonly MaskSecret[], style: MaskStyle = 'stars'): string {
  const m = new Masker(secrets, style);
  return Buffer.concat([m.push(text), m.end()]).toString('utf8');
}

/** A Transform stream around a Masker, to sit in a pipe between the child and our stdout. */
export class MaskingStream extends Transform {
  private readonly masker: Masker;

  constructor(secrets: readonly MaskSecret[], style: MaskStyle = 'stars') {
    super();
    this.masker = new Masker(secrets, style);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const out = this.masker.push(chunk);
    if (out.length) this.push(out);
    done();
  }

  override _flush(done: TransformCallback): void {
    const out = this.masker.end();
    if (out.length) this.push(out);
    done();
  }
}
