import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { checksummed, badChecksum } from './fakes.ts';
import { findingsOf, spans } from './helpers.ts';

test('a GitHub token with a valid checksum is an error with the value masked', () => {
  const tok = checksummed('ghp_');
  const text = `const gh = "${tok}";\n`;
  const [f] = findingsOf('github-pat', text);
  assert.equal(f.level, 'error');
  assert.equal(f.validation, 'valid');
  assert.deepEqual(spans(text, [f]), [tok]);
  assert.deepEqual(f.start, { line: 1, column: 13 });
  assert.ok(!JSON.stringify(f).includes(tok.slice(4)), 'a finding never carries the value');
});

test('a GitHub token whose checksum does not verify is reported one step less sure', () => {
  const [f] = findingsOf('github-pat', `token = "${badChecksum('ghp_')}"`);
  assert.equal(f.validation, 'invalid');
  assert.equal(f.level, 'warning');
});

test('the engine reports nothing on ordinary code', () => {
  assert.deepEqual(scanText('function add(a, b) { return a + b; }\nconst token = getToken();\n').findings, []);
});
