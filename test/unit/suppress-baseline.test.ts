import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { addToBaseline, baselineFilter, emptyBaseline, parseBaseline, serializeBaseline } from '../../core/detect/baseline.ts';
import { checksummed } from './fakes.ts';

const tok = checksummed('ghp_');

test('keyward:ignore and the ecosystem markers suppress on the line', () => {
  for (const marker of ['// keyward:ignore', '# gitleaks:allow', '# pragma: allowlist secret', '// secretlint-disable-line', '# trufflehog:ignore', '# ggignore']) {
    assert.deepEqual(scanText(`t = "${tok}" ${marker}`).findings, [], marker);
  }
});

test('next-line markers suppress the following line only', () => {
  for (const marker of ['// keyward:ignore', '# pragma: allowlist nextline secret', '// secretlint-disable-next-line']) {
    const r = scanText(`${marker}\nt = "${tok}"\nu = "${tok}"`);
    assert.deepEqual(r.findings.map((f) => f.start.line), [3], marker);
  }
});

test('a keyward:ignore after code on the line above does not silence the next line', () => {
  const r = scanText(`a = "${tok}" // keyward:ignore\nb = "${tok}"`);
  assert.deepEqual(r.findings.map((f) => f.start.line), [2]);
});

test('keyward:ignore naming a rule silences only that rule', () => {
  assert.equal(scanText(`t = "${tok}" // keyward:ignore github-pat`).findings.length, 0);
  assert.equal(scanText(`t = "${tok}" // keyward:ignore generic-secret`).findings.length, 1);
});

test('a baseline is keyed by rule, path and secret hash, so moving the line keeps it accepted', () => {
  const before = scanText(`x = 1\nt = "${tok}"`).findings.map((f) => ({ ...f, path: 'a.js' }));
  const baseline = parseBaseline(serializeBaseline(addToBaseline(emptyBaseline(), before)));
  assert.ok(!serializeBaseline(baseline).includes(tok), 'the baseline never stores the value');
  const after = scanText(`x = 1\ny = 2\n\nt = "${tok}"`).findings.map((f) => ({ ...f, path: 'a.js' }));
  assert.deepEqual(after.filter(baselineFilter(baseline)), []);
  const elsewhere = after.map((f) => ({ ...f, path: 'b.js' }));
  assert.equal(elsewhere.filter(baselineFilter(baseline)).length, 1);
});

test('a broken baseline says what is wrong without echoing its content', () => {
  assert.throws(() => parseBaseline('{ "findings": [', 'b.json'), /b\.json: not valid JSON/);
  assert.throws(() => parseBaseline('{"findings":[{"ruleId":"x","path":"a","fingerprint":"nothex"}]}', 'b.json'), /findings\[0\]/);
});
