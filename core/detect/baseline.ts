/**
 * Baselines: findings a team has accepted (test fixtures, revoked tokens). A finding's identity is
 * rule + file + sha256 of the secret, never the line, so edits above it do not resurrect it.
 * File: .keyward-baseline.json  { "version": 1, "findings": [{ "ruleId", "path", "fingerprint" }] }
 */
import type { Finding } from './types.ts';

export interface BaselineEntry {
  ruleId: string;
  path: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export const BASELINE_FILE = '.keyward-baseline.json';

const key = (e: { ruleId: string; path?: string; fingerprint: string }) => `${e.ruleId}\0${e.path ?? ''}\0${e.fingerprint}`;

export function emptyBaseline(): Baseline {
  return { version: 1, findings: [] };
}

/** Parses a baseline file's text; throws an Error that says what is wrong (never echoing content). */
export function parseBaseline(text: string, source = BASELINE_FILE): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const b = data as Partial<Baseline>;
  if (!b || typeof b !== 'object' || !Array.isArray(b.findings)) throw new Error(`${source}: expected { "version": 1, "findings": [...] }`);
  for (const [i, e] of b.findings.entries()) {
    if (!e || typeof e.ruleId !== 'string' || typeof e.path !== 'string' || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(e.fingerprint)) {
      throw new Error(`${source}: findings[${i}] needs string ruleId, path and a 64-hex fingerprint`);
    }
  }
  return { version: 1, findings: b.findings };
}

export function baselineFilter(baseline: Baseline): (f: Finding) => boolean {
  const keys = new Set(baseline.findings.map(key));
  return (f) => !keys.has(key(f));
}

/** Adds findings (deduplicated, sorted for stable diffs); returns a new baseline. */
export function addToBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline {
  const byKey = new Map(baseline.findings.map((e) => [key(e), e] as const));
  for (const f of findings) {
    const e = { ruleId: f.ruleId, path: f.path ?? '', fingerprint: f.fingerprint };
    byKey.set(key(e), e);
  }
  const findingsOut = [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, findings: findingsOut };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}
