import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { checksummed, badChecksum, rand, jwt, BASE64 as BASE64_CHARS } from './fakes.ts';
import { findingsOf, spans } from './helpers.ts';
import { RULES, ruleById } from '../../core/detect/rules/index.ts';

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

test('a token in a declaration file\'s doc comment is documentation; a declared value is still found', () => {
  const tok = checksummed('ghp_');
  const doc = `export interface Options {\n  /**\n   * A token looks like this: ${tok}\n   */\n  token?: string;\n}\n`;
  assert.deepEqual(scanText(doc, { path: 'types/index.d.ts' }).findings, []);
  // the same comment in a source file is reported
  assert.equal(findingsOf('github-pat', doc, 'src/index.ts').length, 1);
  // tsc copies a const's literal into the .d.ts: that is the value, not a comment
  const decl = `export declare const TOKEN = "${tok}";\n`;
  assert.equal(findingsOf('github-pat', decl, 'dist/index.d.ts').length, 1);
});

test('documentation-example collections (*.examples.json) get provider rules only', () => {
  const value = rand(40, BASE64_CHARS);
  const json = `{\n  "input": {\n    "ClientSecret": "${value}"\n  }\n}\n`;
  assert.deepEqual(scanText(json, { path: 'apis/cognito-idp-2016-04-18.examples.json' }).findings, []);
  assert.deepEqual(scanText(json, { path: 'botocore/data/kms/2014-11-01/examples-1.json' }).findings, []);
  // a template people fill in (.example, singular) keeps every rule
  assert.equal(scanText(json, { path: 'config/settings.example.json' }).findings.length, 1);
  assert.equal(scanText(json, { path: 'config/settings.json' }).findings.length, 1);
  // a provider-format token in an examples file is still reported
  const tok = checksummed('ghp_');
  assert.equal(findingsOf('github-pat', `{"token": "${tok}"}`, 'apis/x.examples.json').length, 1);
});

test('a JWT whose claims are documentation data is not a finding; a real-looking one is', () => {
  const docs = [
    jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }),
    jwt({ iss: 'https://auth.example.com', sub: rand(12), exp: 1900000000 }),
    jwt({ 'sts:identity_context': 'EXAMPLEIDENTITYCONTEXT', sub: rand(12) }),
  ];
  for (const t of docs) assert.deepEqual(findingsOf('jwt', `const idToken = "${t}";`), [], t);
  const real = jwt({ iss: 'https://login.acme-corp.io', sub: rand(12), aud: 'orders-api', exp: 1900000000 });
  assert.equal(findingsOf('jwt', `const idToken = "${real}";`).length, 1);
});

test('a Supabase anon key is public; its service_role key is a secret', () => {
  const ref = rand(20, 'abcdefghijklmnopqrstuvwxyz');
  const anon = jwt({ iss: 'supabase', ref, role: 'anon', iat: 1700000000, exp: 2000000000 });
  const service = jwt({ iss: 'supabase', ref, role: 'service_role', iat: 1700000000, exp: 2000000000 });
  assert.deepEqual(scanText(`const supabaseKey = "${anon}";`, { path: 'web/src/supabase.ts' }).findings, []);
  assert.equal(findingsOf('jwt', `SUPABASE_SERVICE_ROLE_KEY=${service}\n`, '.env').length, 1);
});

test('variants of AWS\'s documentation key id are not findings', () => {
  assert.deepEqual(scanText('This is AWS Access Key ID: AKIAIOSFODNN7SECRETS').findings, []);
});

test('every rule has its own id: baselines, suppressions and SARIF name a rule by it', () => {
  const seen = new Map<string, number>();
  for (const r of RULES) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  assert.deepEqual([...seen].filter(([, n]) => n > 1).map(([id]) => id), []);
  for (const r of RULES) assert.equal(ruleById(r.id), r, r.id);
});
