import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCustomRules, translateGoRegex } from '../../core/detect/custom.ts';
import { scanText } from '../../core/detect/engine.ts';
import { RULES } from '../../core/detect/rules/index.ts';
import { rand } from './fakes.ts';

const GITLEAKS = `
title = "acme"
[extend]
useDefault = true

[[rules]]
id = "acme-internal-token"
description = "Acme internal API token"
regex = '''(?i)\\b(acme_[a-z0-9]{32})\\b'''
keywords = ["acme_"]
entropy = 3.0

[rules.allowlist]
stopwords = ["acme_00000000000000000000000000000000"]

[allowlist]
regexes = ['''acme_test[a-z0-9]{28}''']
`;

test('a gitleaks config loads: (?i), keywords, entropy, allowlists', () => {
  const { rules, errors } = parseCustomRules(GITLEAKS, '.gitleaks.toml');
  assert.deepEqual(errors, []);
  assert.equal(rules.length, 1);
  const all = [...RULES, ...rules];
  const tok = 'acme_' + rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const text = `ACME = "${tok.toUpperCase()}"\nx = "acme_test${rand(28, 'abcdef0123456789')}"`;
  const found = scanText(text, { rules: all }).findings.filter((f) => f.ruleId === 'acme-internal-token');
  assert.deepEqual(found.map((f) => f.start.line), [1], 'case-insensitive match on line 1; line 2 is allowlisted');
  assert.equal(found[0].title, 'Acme internal API token');
});

test('Go regex syntax is translated', () => {
  assert.equal(translateGoRegex('(?i)abc').flags, 'i');
  assert.ok(translateGoRegex('x(?P<tok>[[:alnum:]]{4})\\z').test('xAb12'));
  assert.ok(translateGoRegex('(?i:secret)=1').test('SECRET=1'));
});

test('bad custom rules are reported by rule, and the good ones still load', () => {
  const json = JSON.stringify({ rules: [{ id: 'ok-rule', regex: 'okt_[a-z]{10}', keywords: ['okt_'] }, { id: 'bad', regex: '([a-z' }, { regex: 'x' }, { id: 'nokw', regex: '[a-z]{4}' }] });
  const { rules, errors } = parseCustomRules(json, 'rules.json');
  assert.deepEqual(rules.map((r) => r.id), ['ok-rule']);
  assert.equal(errors.length, 3);
  assert.match(errors[0], /rules\.json: rule bad: regex does not compile/);
  assert.match(errors[1], /rule #3: needs an "id"/);
  assert.match(errors[2], /rule nokw: give "keywords"/);
  const broken = parseCustomRules('[[rules]\nid=', 'x.toml');
  assert.match(broken.errors[0], /x\.toml: not valid TOML/);
});

test('keyward scan picks up .gitleaks.toml and --rules, and exits 2 on a broken file', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-custom-'));
  const cli = path.resolve(__dirname, '../../dist/cli.js');
  fs.writeFileSync(path.join(root, '.gitleaks.toml'), GITLEAKS);
  fs.writeFileSync(path.join(root, 'a.py'), `TOKEN = "acme_${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\n`);
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'scan', ...args], { cwd: root, encoding: 'utf8' });
  const r = run('--format', 'json');
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['acme-internal-token']);
  fs.writeFileSync(path.join(root, 'broken.json'), '{"rules": [');
  const bad = run('--rules', 'broken.json');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /broken\.json: not valid JSON/);
});
