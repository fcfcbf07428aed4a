/**
 * The bundled demo workspace (demo/, written by test/fixtures/make-demo.ts) against the engine:
 * every planted leak in demo/expected.json is reported on its line by a rule of its provider,
 * nothing is reported on a lookalike line, and nothing is reported anywhere else either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../core/detect/engine.ts';
import type { Finding } from '../../core/detect/types.ts';

const DEMO = path.resolve(__dirname, '../../demo');

interface Expectation {
  path: string;
  line: number;
  provider?: string;
  negative?: boolean;
  what?: string;
}

const expected: Expectation[] = JSON.parse(fs.readFileSync(path.join(DEMO, 'expected.json'), 'utf8'));
const planted = expected.filter((e) => !e.negative);
const negatives = expected.filter((e) => e.negative);

/** Every file under demo/ except inside .git, as posix paths relative to demo/. */
function demoFiles(): string[] {
  return (fs.readdirSync(DEMO, { recursive: true, encoding: 'utf8' }) as string[])
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => !p.split('/').includes('.git'))
    .filter((p) => fs.statSync(path.join(DEMO, p)).isFile())
    .sort();
}

const findings = new Map<string, Finding[]>();
for (const rel of demoFiles()) {
  const text = fs.readFileSync(path.join(DEMO, rel), 'utf8');
  findings.set(rel, scanText(text, { path: rel }).findings);
}

/** Whether the finding covers `line` (a multi-line finding, such as a private key, covers each of its lines). */
const covers = (f: Finding, line: number) => f.start.line <= line && line <= f.end.line;
const describe = (f: Finding) => `${f.ruleId} (${f.provider}) at ${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column}`;

test('demo/expected.json names files that exist and the demo has something to find', () => {
  assert.ok(planted.length >= 20, `only ${planted.length} planted leaks listed`);
  assert.ok(negatives.length >= 10, `only ${negatives.length} lookalikes listed`);
  for (const e of expected) assert.ok(findings.has(e.path), `${e.path} is listed in expected.json but not in demo/`);
});

test('every planted leak is reported on its line by a rule of its provider', () => {
  const missed: string[] = [];
  for (const e of planted) {
    const inFile = findings.get(e.path) ?? [];
    if (inFile.some((f) => covers(f, e.line) && f.provider === e.provider)) continue;
    const there = inFile.filter((f) => covers(f, e.line)).map(describe);
    missed.push(`${e.path}:${e.line} ${e.provider} (${e.what ?? ''}): ${there.length ? `found only ${there.join(', ')}` : 'nothing found'}`);
  }
  assert.deepEqual(missed, [], `planted leaks not reported as expected:\n  ${missed.join('\n  ')}`);
});

test('nothing is reported on a lookalike line', () => {
  const flagged: string[] = [];
  for (const e of negatives) {
    for (const f of findings.get(e.path) ?? []) {
      if (covers(f, e.line)) flagged.push(`${e.path}:${e.line} (${e.what ?? 'lookalike'}): ${describe(f)}`);
    }
  }
  assert.deepEqual(flagged, [], `lookalikes reported:\n  ${flagged.join('\n  ')}`);
});

test('nothing is reported outside the planted lines', () => {
  const stray: string[] = [];
  for (const [file, list] of findings) {
    const lines = planted.filter((e) => e.path === file).map((e) => e.line);
    for (const f of list) if (!lines.some((l) => covers(f, l))) stray.push(`${file}: ${describe(f)}`);
  }
  assert.deepEqual(stray, [], `findings not listed in demo/expected.json:\n  ${stray.join('\n  ')}`);
});
