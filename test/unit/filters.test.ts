import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { KeywordMatcher } from '../../core/detect/keywords.ts';
import { looksRandom, isTemplateOrReference, hasPlaceholderWord } from '../../core/detect/filters.ts';
import { rand, HEX, checksummed } from './fakes.ts';
import { findingsOf, spans } from './helpers.ts';

test('keyword matcher finds every occurrence, case-insensitively, with its line', () => {
  const m = new KeywordMatcher(['ghp_', 'token', 'ken']);
  const hits: [string, number, number][] = [];
  m.scan('a TOKEN\nghp_x token', (k, end, line) => hits.push([m.keywords[k], end, line]));
  assert.deepEqual(hits, [['token', 7, 0], ['ken', 7, 0], ['ghp_', 12, 1], ['token', 19, 1], ['ken', 19, 1]]);
});

test('generic secrets are found in every common language and config format', () => {
  const v = rand(32);
  const cases: [string, string][] = [
    ['app.js', `const apiKey = "${v}";`],
    ['app.ts', `export const config = { clientSecret: '${v}' };`],
    ['app.py', `API_TOKEN = "${v}"`],
    ['main.go', `apiToken := "${v}"`],
    ['App.java', `private static final String SECRET_KEY = "${v}";`],
    ['app.rb', `config.secret_token = '${v}'`],
    ['Program.cs', `var password = @"${v}";`],
    ['config.yaml', `auth:\n  client_secret: ${v}`],
    ['config.json', `{ "api_key": "${v}" }`],
    ['.env', `SERVICE_TOKEN=${v}`],
    ['app.properties', `db.password=${v}`],
    ['settings.ini', `password = ${v}`],
    ['web.xml', `<apiKey>${v}</apiKey>`],
    ['main.tf', `  password = "${v}"`],
    ['main.tf', `  username            = "admin"\n  password            = "${v}"`],
    ['deployment.yaml', `        env:\n          - name: REDIS_PASSWORD\n            value: "${v}"`],
    ['Dockerfile', `ENV API_TOKEN=${v}`],
    ['deploy.sh', `export DEPLOY_TOKEN="${v}"`],
    ['README.md', '```\nAPI_SECRET=' + v + '\n```'],
    ['App.java', `props.put("client_secret", "${v}");`],
  ];
  for (const [path, text] of cases) {
    const found = scanText(text, { path }).findings.filter((f) => f.ruleId.startsWith('generic-secret'));
    assert.deepEqual(spans(text, found), [v], `${path}: ${text}`);
  }
});

test('generic detector stays quiet on references, placeholders, identifiers and non-secrets', () => {
  const negatives = [
    'const apiKey = process.env.API_KEY;',
    'password: ${DB_PASSWORD}',
    'token: {{ .Values.token }}',
    'token: ${{ secrets.GITHUB_TOKEN }}',
    'set PASSWORD=%DB_PASSWORD%',
    'API_KEY=$API_KEY',
    'api_key = os.environ["API_KEY"]',
    'secret = getSecret("name")',
    'const token = this.tokenService.current;',
    'password = "changeme"',
    'api_key: YOUR_API_KEY_HERE',
    'token = "<token>"',
    'password: "xxxxxxxxxxxxxxxx"',
    'secret = "REDACTED"',
    'api_key = "0123456789abcdef"',
    'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"',
    'public_key = "' + rand(40) + '"',
    'token_id = "' + rand(24) + '"',
    'request_token = "550e8400-e29b-41d4-a716-446655440000"',
    'integrity: sha512-' + rand(86) + '==',
    'const TOKEN_TYPE = "access_token_refresh";',
    'passwordField = "password-input-field"',
    'cacheKey = "' + rand(24, HEX) + '"',
    'password = "aaaaaaaaaaaa"',
    'secret_file = "/etc/app/secret.pem"',
  ];
  for (const line of negatives) assert.deepEqual(scanText(line).findings.map((f) => f.ruleId), [], line);
});

test('generic findings in lockfiles are ignored', () => {
  const text = `"token": "${rand(32)}"`;
  assert.equal(findingsOf('generic-secret', text, 'package-lock.json').length, 0);
  assert.equal(findingsOf('generic-secret', text, 'config.json').length, 1);
});

test('a provider rule wins over the generic rule on the same value', () => {
  const tok = checksummed('ghp_');
  assert.deepEqual(scanText(`GITHUB_TOKEN="${tok}"`).findings.map((f) => f.ruleId), ['github-pat']);
});

test('looksRandom separates random strings from words, versions and sequences', () => {
  assert.ok(looksRandom(rand(24)));
  assert.ok(looksRandom(rand(40, HEX)));
  for (const s of ['thisIsNotRandom', '1.2.3-beta.4', '2024-01-01T00:00', 'abcdefgh12345678', 'Password123']) assert.ok(!looksRandom(s), s);
});

test('templates and placeholders are recognised', () => {
  for (const s of ['${X}', '{{ y }}', '%APPDATA%', '$TOKEN', 'process.env.X', 'keyward://keychain/p/N']) assert.ok(isTemplateOrReference(s), s);
  for (const s of ['YOUR_API_KEY', 'sk_live_xxxxxxxxxxxxxxxx', '<api-key>', 'REDACTED']) assert.ok(hasPlaceholderWord(s), s);
});

test('minified lines are searched for known formats only, and reported', () => {
  const tok = checksummed('ghp_');
  const line = 'var a=1;'.repeat(1000) + `t="${tok}";password="${rand(20)}";` + 'var b=2;'.repeat(1000);
  const r = scanText(line);
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['github-pat']);
  assert.deepEqual(r.skippedLines, [1]);
});

test('adversarial input stays linear: a long run of near-matches scans quickly', () => {
  const nearMisses = [
    'password=' + 'a'.repeat(5000),
    ('token = "' + rand(7) + '" ').repeat(20000),
    'api_key:'.repeat(100000),
    ('x'.repeat(79) + '_token=').repeat(10000),
    'Bearer ' + 'A'.repeat(100000),
  ];
  for (const text of nearMisses) {
    const t0 = performance.now();
    scanText(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
});

test('documented example keys are not findings', () => {
  const lines = ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"'];
  for (const line of lines) assert.deepEqual(scanText(line).findings, [], line);
});

test('hand-typed sequences are not secrets, interleaved ones included', () => {
  assert.deepEqual(scanText('--set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL').findings, []);
  assert.deepEqual(scanText('api_key = "abcdef0123456789abcdef"').findings, []);
});

test('documentation-style values seen in published packages are not secrets', () => {
  const lines: [string, string][] = [
    ['api.json', '"NextToken": "U1FsdGVkX19nBV2zoh+Gou9NgnulLJHWpn9xnG4hqSOfvw3o2JqjI86QDxef"'],
    ['api.json', '"PasswordLastUsed": "2016-09-08T21:47:36Z",'],
    ['api.json', '"S3Key": "my-app/5026-stage-150723_222618.war"'],
    ['api.json', '"result_key": "LocalGatewayRouteTableVpcAssociations"'],
    ['api.json', '"clientSecret": "VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0",'],
    ['api.json', '"Password": "SomeKindOfPassword123!@#",'],
    ['s3.js', "['starts-with', '$key', 'path/to/uploads/']"],
    ['test.js', "'href': 'http://user:pass@example.com/'"],
    ['README.md', "new Keyv('redis://user:pass@localhost:6379')"],
  ];
  for (const [path, line] of lines) assert.deepEqual(scanText(line, { path }).findings.map((f) => f.ruleId), [], line);
});

test('a chosen password assigned to a password name is found; words and leetspeak placeholders are not', () => {
  for (const [line, want] of [
    ['password = "Rrhh1234"', 1],
    ["db_password: 'super$ecret'", 1],
    ['"vm_password": "Pass123!@#",', 1],
    ["const pass = 'pa$$word'", 0],
    ['password = "foo-bar-baz"', 0],
    ['password = "thisismypassword"', 0],
    ['  - Release GPG key: 3ABC01543F22DD2239285CB5EAD6F8C1E8FBD8B4', 0],
  ] as const) {
    assert.equal(scanText(line, { path: 'config.txt' }).findings.length, want, line);
  }
});
