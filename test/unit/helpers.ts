import { scanText } from '../../core/detect/engine.ts';
import type { Finding } from '../../core/detect/types.ts';

/** Findings of one rule in `text` (scanned as if it were the file at `path`). */
export function findingsOf(ruleId: string, text: string, path = 'src/app.txt'): Finding[] {
  return scanText(text, { path }).findings.filter((f) => f.ruleId === ruleId);
}

/** The text each finding covers, for assertions in tests (never for output). */
export function spans(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.offset, f.offset + f.length));
}

/** Every finding's rule id in `text`. */
export function ruleIds(text: string, path = 'src/app.txt'): string[] {
  return scanText(text, { path }).findings.map((f) => f.ruleId);
}

/** Resolves when `pred` holds, polling every 10 ms (no fixed sleep); rejects after the deadline. */
export function until(pred: () => boolean, what: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (pred()) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10); // poll, without spinning a core the child processes need
    };
    tick();
  });
}
