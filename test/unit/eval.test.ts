/**
 * The held-out evaluation set (test/fixtures/make-eval.ts): realistic files in ~35 languages and
 * formats with labelled secrets and near-misses. The engine must generalise to it, so the floors
 * here are the ones the independent corpus checks: precision ≥ 0.95 and recall ≥ 0.90.
 * `node test/bench/eval.mjs` runs the same set through the built CLI and lists every miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { makeEval, scoreEval, formatScore, type ScoredFinding } from '../fixtures/make-eval.ts';

function run(seed: number) {
  const set = makeEval(seed);
  const findings: ScoredFinding[] = [];
  for (const [path, text] of Object.entries(set.files)) {
    for (const f of scanText(text, { path }).findings) findings.push({ path, line: f.start.line, level: f.level, ruleId: f.ruleId, masked: f.masked });
  }
  return { set, score: scoreEval(set.cases, findings) };
}

test('the evaluation set is big, varied and reproducible', () => {
  const a = makeEval(1), b = makeEval(1);
  assert.deepEqual(a.cases, b.cases);
  assert.deepEqual(a.files, b.files);
  const pos = a.cases.filter((c) => c.label === 'secret').length;
  assert.ok(pos >= 300, `${pos} secrets`);
  assert.ok(a.cases.length - pos >= 300, `${a.cases.length - pos} not-secrets`);
  assert.ok(new Set(a.cases.map((c) => c.lang)).size >= 25);
  // one case per line: a line is either a secret or not
  const keys = a.cases.map((c) => `${c.file}:${c.line}`);
  assert.equal(new Set(keys).size, keys.length);
});

for (const seed of [1, 2]) {
  test(`evaluation set (seed ${seed}): precision ≥ 0.95 and recall ≥ 0.90`, () => {
    const { set, score } = run(seed);
    const report = formatScore(score, set.files, 25);
    assert.ok(score.precision >= 0.95, `precision ${score.precision.toFixed(3)}\n${report}`);
    assert.ok(score.recall >= 0.9, `recall ${score.recall.toFixed(3)}\n${report}`);
  });
}

test('no finding ever carries a value of the set', () => {
  const { set } = run(1);
  const text = JSON.stringify(Object.entries(set.files).slice(0, 40).map(([path, t]) => scanText(t, { path }).findings));
  for (const [path, t] of Object.entries(set.files).slice(0, 40)) {
    for (const f of scanText(t, { path }).findings) {
      const v = t.slice(f.offset, f.offset + f.length);
      if (v.length >= 12) assert.ok(!text.includes(v), `${path}: value leaked into a finding`);
    }
  }
});
