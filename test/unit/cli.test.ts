/**
 * The CLI as a user runs it: the built dist/cli.js in a child process, on temporary trees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed, rand } from './fakes.ts';

// The CLI children write their audit events here, not into the user's real log.
process.env.KEYWARD_AUDIT_LOG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-audit-')), 'audit.jsonl');

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

function keyward(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tok = checksummed('ghp_');
const secret = rand(32);

test('exit codes: 0 clean, 1 findings, 2 errors', () => {
  const clean = tree({ 'a.js': 'const x = 1;\n' });
  assert.equal(keyward(['scan'], clean).code, 0);
  const dirty = tree({ 'a.js': `const t = "${tok}";\n` });
  assert.equal(keyward(['scan'], dirty).code, 1);
  const missing = keyward(['scan', 'nope'], clean);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read nope: no such file or directory/);
  assert.equal(keyward(['scan', '--format', 'xml'], clean).code, 2);
  assert.equal(keyward(['frobnicate'], clean).code, 2);
});

test('text output names file, line, column, provider and rule, and never the value', () => {
  const root = tree({ 'src/app.js': `// config\nconst t = "${tok}";\n`, 'conf/.env': `API_SECRET=${secret}\n` });
  const r = keyward(['scan'], root);
  assert.match(r.stdout, /src\/app\.js:2:12 +error +GitHub +github-pat/);
  assert.match(r.stdout, /conf\/\.env:1:12 +warning +Generic +generic-secret/);
  assert.match(r.stdout, /2 findings/);
  assert.ok(!r.stdout.includes(tok) && !r.stdout.includes(tok.slice(4, 20)) && !r.stdout.includes(secret.slice(8)));
});

test('JSON and SARIF carry positions and masks but no value', () => {
  const root = tree({ 'a.py': `TOKEN = "${tok}"\n` });
  const json = keyward(['scan', '--format', 'json'], root);
  const data = JSON.parse(json.stdout);
  assert.equal(data.findings[0].ruleId, 'github-pat');
  assert.deepEqual(data.findings[0].start, { line: 1, column: 10 });
  assert.ok(!json.stdout.includes(tok.slice(4)));

  const out = path.join(root, 'reports/out.sarif');
  assert.equal(keyward(['scan', 'a.py', '--format', 'sarif', '--output', out], root).code, 1);
  const text = fs.readFileSync(out, 'utf8');
  assert.ok(!text.includes(tok.slice(4)));
  const sarif = JSON.parse(text);
  assert.equal(sarif.version, '2.1.0');
  const [res] = sarif.runs[0].results;
  assert.equal(res.ruleId, 'github-pat');
  assert.equal(res.level, 'error');
  assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'a.py');
  assert.deepEqual([res.locations[0].physicalLocation.region.startLine, res.locations[0].physicalLocation.region.startColumn], [1, 10]);
  assert.equal(sarif.runs[0].tool.driver.rules[res.ruleIndex].id, 'github-pat');
});

test('the walk honours .gitignore and .keywardignore and skips binaries and big files, saying so', () => {
  const root = tree({
    '.gitignore': 'build/\n*.log\n',
    '.keywardignore': 'fixtures/\n',
    'build/out.js': `t="${tok}"`,
    'debug.log': `t="${tok}"`,
    'fixtures/fake.js': `t="${tok}"`,
    'sub/.gitignore': 'local.txt\n',
    'sub/local.txt': `t="${tok}"`,
    'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(`t="${tok}"`)]),
    'big.txt': 'x'.repeat(2000) + `\nt="${tok}"\n`,
    'kept.js': `t="${tok}"`,
  });
  const r = keyward(['scan', '--format', 'json', '--max-file-size', '1000'], root);
  const data = JSON.parse(r.stdout);
  assert.deepEqual(data.findings.map((f: { path: string }) => f.path), ['kept.js']);
  const skipped = Object.fromEntries(data.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]));
  assert.equal(skipped['image.png'], 'binary');
  assert.equal(skipped['big.txt'], 'too-large');
});

test('symlinks out of the tree are not followed; invalid UTF-8 is still scanned', () => {
  const outside = tree({ 'secret.js': `t="${tok}"` });
  const root = tree({ 'bad.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`\nt="${tok}"\n`)]) });
  fs.symlinkSync(outside, path.join(root, 'link'));
  fs.symlinkSync(path.join(root, 'bad.txt'), path.join(root, 'inside-link.txt'));
  const data = JSON.parse(keyward(['scan', '--format', 'json'], root).stdout);
  assert.deepEqual(data.findings.map((f: { path: string; start: { line: number } }) => `${f.path}:${f.start.line}`), ['bad.txt:2', 'inside-link.txt:2']);
  assert.ok(data.skipped.some((s: { path: string; reason: string }) => s.path === 'link' && s.reason === 'symlink-outside-tree'));
});

test('a baseline accepts known findings by hash; --update-baseline writes one', () => {
  const root = tree({ 'a.js': `t="${tok}"\n` });
  assert.equal(keyward(['scan', '--update-baseline'], root).code, 0);
  const baseline = fs.readFileSync(path.join(root, '.keyward-baseline.json'), 'utf8');
  assert.ok(!baseline.includes(tok.slice(4)));
  assert.equal(keyward(['scan'], root).code, 0);
  fs.writeFileSync(path.join(root, 'a.js'), `// moved down\n\nt="${tok}"\nu="${checksummed('ghp_')}"\n`);
  const r = keyward(['scan', '--format', 'json'], root);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { start: { line: number } }) => f.start.line), [4]);
  fs.writeFileSync(path.join(root, 'broken.json'), '{');
  const bad = keyward(['scan', '--baseline', 'broken.json'], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /broken\.json: not valid JSON/);
});

test('--staged reports only what the index adds', () => {
  const root = tree({ 'old.js': `t="${tok}"\n`, 'app.js': 'const a = 1;\n' });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'init');
  const added = checksummed('ghp_');
  fs.writeFileSync(path.join(root, 'app.js'), `const a = 1;\nconst t = "${added}";\n`);
  fs.writeFileSync(path.join(root, 'unstaged.js'), `t="${checksummed('ghp_')}"\n`);
  assert.equal(keyward(['scan', '--staged'], root).code, 0, 'nothing staged yet');
  git('add', 'app.js');
  const r = keyward(['scan', '--staged', '--format', 'json'], root);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string; start: { line: number } }) => `${f.path}:${f.start.line}`), ['app.js:2']);
  const notRepo = keyward(['scan', '--staged'], tree({}));
  assert.equal(notRepo.code, 2);
  assert.match(notRepo.stderr, /--staged needs a git repository/);
});

test('help is complete', () => {
  const root = tree({});
  const main = keyward(['--help'], root);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /scan \[PATH\.\.\.\]/);
  const scan = keyward(['scan', '--help'], root);
  for (const flag of ['--format', '--output', '--baseline', '--staged', '--max-file-size', '--ignore']) assert.ok(scan.stdout.includes(flag), flag);
});

test('docs/rules.md, where diagnostics and SARIF link, is the current catalogue with an anchor per rule', () => {
  const r = keyward(['rules', '--markdown'], tree({}));
  assert.equal(r.code, 0);
  const committed = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
  assert.ok(committed === r.stdout, 'docs/rules.md is stale: run `npm run docs`');
  for (const id of ['github-pat', 'jwt-signed', 'generic-key-argument', 'wordpress-auth-key']) assert.ok(committed.includes(`\n## ${id}\n`), id);
});
