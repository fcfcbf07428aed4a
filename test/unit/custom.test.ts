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

test('a regex that repeats an unbounded group is refused, in JSON and gitleaks TOML, with its line', () => {
  const json = JSON.stringify({ rules: [
    { id: 'fine', regex: 'fin_[a-z0-9]{20}', keywords: ['fin_'] },
    { id: 'redos', regex: '([a-z]+)+$', keywords: ['x'] },
    { id: 'redos-2', regex: 'k_(?:ab*){2,}', keywords: ['k_'] },
  ] }, null, 2);
  const r = parseCustomRules(json, 'rules.json');
  assert.deepEqual(r.rules.map((x) => x.id), ['fine']);
  assert.equal(r.errors.length, 2);
  assert.match(r.errors[0], /rules\.json: rule redos: "regex" repeats a group .* exponential/);
  assert.match(r.errors[1], /rule redos-2: .*exponential/);
  const idLine = (id: string) => json.split('\n').findIndex((l) => l.includes(`"id": "${id}"`)) + 1;
  assert.deepEqual(r.problems.map((p) => [p.ruleId, p.index, p.line]), [['redos', 1, idLine('redos')], ['redos-2', 2, idLine('redos-2')]]);
  const toml = '[[rules]]\nid = "slow"\nregex = \'\'\'(\\w*)*@\'\'\'\nkeywords = ["@"]\n';
  const t = parseCustomRules(toml, '.gitleaks.toml');
  assert.equal(t.rules.length, 0);
  assert.match(t.errors[0], /rule slow: .*exponential/);
  assert.equal(t.problems[0].line, 2);
});

test('the editor\'s checks apply to every custom rule: flags, empty matches, revokeUrl, taken ids', () => {
  const json = JSON.stringify([
    { id: 'flags', regex: 'fl_[a-z]{8}', keywords: ['fl_'], flags: 'gy' },
    { id: 'empty', regex: 'e?', keywords: ['e'] },
    { id: 'url', regex: 'u_[0-9]{8}', keywords: ['u_'], revokeUrl: 'command:workbench.action.terminal.new' },
    { id: 'github-pat', regex: 'gh_[0-9]{8}', keywords: ['gh_'] },
    { id: 'ok', regex: 'ok_[0-9]{8}', keywords: ['ok_'], flags: 'i', revokeUrl: 'https://example.invalid/keys' },
  ]);
  const r = parseCustomRules(json, 'r.json', { takenIds: new Set(RULES.map((x) => x.id)) });
  assert.deepEqual(r.rules.map((x) => x.id), ['ok']);
  assert.equal(r.rules[0].regex.flags, 'i');
  assert.deepEqual(r.problems.map((p) => p.ruleId), ['flags', 'empty', 'url', 'github-pat']);
  assert.match(r.errors[0], /"flags" may contain only i, m and s/);
  assert.match(r.errors[1], /matches the empty string/);
  assert.match(r.errors[2], /https/);
  assert.match(r.errors[3], /already taken/);
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
