/**
 * The vault commands as a user runs them: the built dist/cli.js (npm run build) in child
 * processes, on temporary projects using the .env store (the keychain has its own file,
 * vault-keychain.test.ts). Also the path with no keychain at all: a clear error, exit 2, nothing lost.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rand } from './fakes.ts';
import { until } from './helpers.ts';

// The CLI children write their audit events here, not into the user's real log.
process.env.KEYWARD_AUDIT_LOG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-audit-')), 'audit.jsonl');

const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** The environment of a machine with no Secret Service: no session bus, no X display to autolaunch one. */
function noKeychainEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.DISPLAY;
  delete env.XDG_RUNTIME_DIR;
  return env;
}

function keyward(args: string[], cwd: string, opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input: opts.input ?? '', env: opts.env ?? { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh project using the .env store, with `tokens` stored through `keyward set`. */
function project(tokens: Record<string, string> = {}, extra: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-run-'));
  const init = keyward(['init', '--project', 'demo', '--store', 'env-file'], dir);
  assert.equal(init.code, 0, init.stderr);
  for (const [name, value] of Object.entries(tokens)) {
    const r = keyward(['set', name, ...extra], dir, { input: `${value}\n` });
    assert.equal(r.code, 0, r.stderr);
  }
  return dir;
}

test('dist/cli.js is built (npm run build)', () => {
  assert.ok(fs.existsSync(CLI), 'run npm run build first');
});

test('init writes keyward.json named after package.json, and never overwrites it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-init-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@acme/orders-api' }));
  const r = keyward(['init'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'), '{\n  "project": "orders-api",\n  "tokens": {}\n}\n');
  const again = keyward(['init', '--project', 'other'], dir);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists/);
  assert.match(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'), /orders-api/);
  assert.equal(keyward(['init', '--project', 'bad name'], fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-init-'))).code, 2);
});

test('set reads stdin, stores, records the reference; get prints it; list and rm', () => {
  const value = `sk_test_${rand(24)}`;
  const dir = project();
  const set = keyward(['set', 'STRIPE_KEY', '--provider', 'Stripe', '--scope', 'charges:read', '--environment', 'dev', '--rotate-every', '30'], dir, { input: `${value}\n` });
  assert.equal(set.code, 0, set.stderr);
  assert.ok(!set.stdout.includes(value) && !set.stderr.includes(value));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'));
  assert.deepEqual({ ...manifest.tokens.STRIPE_KEY, createdAt: undefined }, {
    ref: 'keyward://env-file/demo/STRIPE_KEY',
    provider: 'Stripe',
    scopes: ['charges:read'],
    environment: 'dev',
    rotation: { rotateEveryDays: 30 },
    createdAt: undefined,
  });
  assert.ok(!fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8').includes(value), 'the manifest holds no value');
  assert.equal(fs.statSync(path.join(dir, '.env')).mode & 0o777, 0o600);
  assert.match(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), /^\/\.env$/m);

  const get = keyward(['get', 'STRIPE_KEY'], dir);
  assert.equal(get.code, 0, get.stderr);
  assert.equal(get.stdout, `${value}\n`);
  assert.equal(keyward(['get', 'STRIPE_KEY', '-n'], dir).stdout, value);
  assert.equal(keyward(['get', 'NOPE'], dir).code, 1);

  const list = keyward(['list'], dir);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^STRIPE_KEY +env-file +Stripe +dev +\d+m +in (29|30)d +yes$/m);
  assert.ok(!list.stdout.includes(value));
  const json = JSON.parse(keyward(['list', '--json'], dir).stdout);
  assert.equal(json.tokens[0].stored, true);

  const rm = keyward(['rm', 'STRIPE_KEY'], dir);
  assert.equal(rm.code, 0, rm.stderr);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8')).tokens, {});
  assert.ok(!fs.readFileSync(path.join(dir, '.env'), 'utf8').includes(value));
  assert.equal(keyward(['rm', 'STRIPE_KEY'], dir).code, 1);
});

test('set never takes a value from the command line, and does not echo one put there', () => {
  const dir = project();
  const value = `ghp_${rand(36)}`;
  const r = keyward(['set', 'GH', value], dir, { input: 'x\n' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /never read from the command line/);
  assert.ok(!r.stderr.includes(value.slice(4)));
  const mistaken = keyward(['set', value.replace('_', '-')], dir, { input: 'x\n' });
  assert.equal(mistaken.code, 2);
  assert.ok(!mistaken.stderr.includes(value.slice(4)), 'an invalid name is shown masked');
  assert.equal(keyward(['set', 'EMPTY'], dir, { input: '' }).code, 2);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8')).tokens, {});
});

test('set on a terminal prompts without echoing the value', { skip: process.platform !== 'linux' && 'needs util-linux script(1) for a pty' }, async (t) => {
  if (spawnSync('script', ['--version']).error) return t.skip('script(1) is not installed');
  const dir = project();
  const value = `tty-${rand(20)}`;
  // script(1) gives the CLI a pseudo-terminal; what we write to it is "typed" there. Type only once
  // the prompt is up (raw mode, no echo), as a person would: earlier, the tty itself would echo it.
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} set TTY_TOKEN`;
  const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let exit: number | null | undefined;
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.on('exit', (code) => (exit = code));
  try {
    await until(() => out.includes('(input hidden): ') || exit !== undefined, 'the prompt');
    child.stdin.write(`${value}\r`);
    await until(() => exit !== undefined, 'set to finish');
  } finally {
    if (exit === undefined) child.kill('SIGKILL');
  }
  assert.equal(exit, 0, out);
  assert.match(out, /Value for TTY_TOKEN \(input hidden\): /);
  assert.ok(!out.includes(value), 'the typed value is not echoed');
  assert.equal(keyward(['get', 'TTY_TOKEN', '-n'], dir).stdout, value);
});

test('run injects the tokens, masks them when printed in pieces, and passes the exit code through', () => {
  const value = `sk_live_${rand(30)}`;
  const other = `xoxb-${rand(20)}-ünïcode`;
  const dir = project({ API_KEY: value, SLACK_TOKEN: other });
  // Each half is written only after the previous write has been flushed, so they arrive as separate chunks.
  const child = `const v = process.env.API_KEY, o = process.env.SLACK_TOKEN;
    const h = v.length >> 1, k = Buffer.from(o).length >> 1;
    process.stdout.write('key=' + v.slice(0, h), () => process.stdout.write(v.slice(h) + ' len=' + v.length + '\\n', () => {
      process.stderr.write(Buffer.from(o).subarray(0, k), () => process.stderr.write(Buffer.concat([Buffer.from(o).subarray(k), Buffer.from('\\n')]), () => process.exit(3)));
    }));`;
  const r = keyward(['run', '--', process.execPath, '-e', child], dir);
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stdout, `key=***** len=${value.length}\n`);
  assert.equal(r.stderr, '*****\n');
  assert.ok(!r.stdout.includes(value.slice(0, 12)) || !r.stdout.includes(value.slice(12)));

  const named = keyward(['run', '--mask', 'named', '--', process.execPath, '-e', 'console.log(process.env.API_KEY)'], dir);
  assert.equal(named.stdout, '<API_KEY:masked>\n');
  assert.equal(named.code, 0);
});

test('run --env injects that environment and the unscoped tokens only', () => {
  const dir = project();
  for (const [name, env] of [['DEV_ONLY', 'dev'], ['PROD_ONLY', 'prod'], ['SHARED', undefined]] as const) {
    const r = keyward(['set', name, ...(env ? ['--environment', env] : [])], dir, { input: `${name.toLowerCase()}-value-${rand(8)}` });
    assert.equal(r.code, 0, r.stderr);
  }
  const show = 'console.log(["DEV_ONLY","PROD_ONLY","SHARED"].map(n => n + "=" + (process.env[n] ? "set" : "unset")).join(" "))';
  assert.equal(keyward(['run', '--env', 'dev', '--', process.execPath, '-e', show], dir).stdout, 'DEV_ONLY=set PROD_ONLY=unset SHARED=set\n');
  assert.equal(keyward(['run', '--', process.execPath, '-e', show], dir).stdout, 'DEV_ONLY=set PROD_ONLY=set SHARED=set\n');
});

test('run reports an unresolved token and does not start the command; a missing command exits 127', () => {
  const dir = project({ A: 'a-value-1234' });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'));
  manifest.tokens.GONE = { ref: 'keyward://env-file/demo/GONE' };
  fs.writeFileSync(path.join(dir, 'keyward.json'), JSON.stringify(manifest));
  const marker = path.join(dir, 'ran');
  const r = keyward(['run', '--', process.execPath, '-e', `require("fs").writeFileSync(${JSON.stringify(marker)}, "")`], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /keyward:\/\/env-file\/demo\/GONE: no value in .*\.env \(store one with 'keyward set GONE'\)/);
  assert.ok(!fs.existsSync(marker), 'the command never ran');

  const ok = project({ A: 'a-value-1234' });
  const missing = keyward(['run', '--', 'keyward-no-such-command-xyz'], ok);
  assert.equal(missing.code, 127);
  assert.match(missing.stderr, /command not found/);
  assert.equal(keyward(['run'], ok).code, 2);
});

test('run forwards SIGTERM to the command and returns its exit code; a signal death is 128+n', async () => {
  const dir = project({ A: 'a-value-5678' });
  const child = `process.on('SIGTERM', () => { process.stdout.write('got SIGTERM\\n', () => process.exit(7)); });
    process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`;
  const kw = spawn(process.execPath, [CLI, 'run', '--', process.execPath, '-e', child], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  kw.stdout.on('data', (c: Buffer) => (out += c.toString()));
  kw.stderr.on('data', (c: Buffer) => (err += c.toString()));
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  kw.on('exit', (code, signal) => (exit = { code, signal }));
  try {
    await until(() => out.includes('ready') || exit !== undefined, 'the child to be ready');
    assert.equal(exit, undefined, err);
    kw.kill('SIGTERM');
    await until(() => exit !== undefined, 'keyward to exit');
    assert.deepEqual(exit, { code: 7, signal: null }, err);
    assert.equal(out, 'ready\ngot SIGTERM\n');
  } finally {
    if (exit === undefined) kw.kill('SIGKILL');
  }

  // No handler: the command dies of the signal, and keyward exits 128 + its number.
  const plain = spawn(process.execPath, [CLI, 'run', '--', process.execPath, '-e', `process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out2 = '';
  let exit2: number | null | undefined;
  plain.stdout.on('data', (c: Buffer) => (out2 += c.toString()));
  plain.on('exit', (code) => (exit2 = code));
  try {
    await until(() => out2.includes('ready') || exit2 !== undefined, 'the second child to be ready');
    plain.kill('SIGINT');
    await until(() => exit2 !== undefined, 'keyward to exit after SIGINT');
    assert.equal(exit2, 128 + os.constants.signals.SIGINT);
  } finally {
    if (exit2 === undefined) plain.kill('SIGKILL');
  }
  const killed = keyward(['run', '--', process.execPath, '-e', 'process.kill(process.pid, "SIGKILL")'], dir);
  assert.equal(killed.code, 128 + os.constants.signals.SIGKILL);
});

test('inject renders references into a 0600 file; unknown references stop it, named, with nothing written', () => {
  const db = `postgres-pw-${rand(16)}`;
  const key = `AKIA${rand(16)}`;
  const dir = project({ DB_PASSWORD: db, AWS_KEY: key });
  fs.writeFileSync(path.join(dir, 'config.tpl.yaml'), 'db:\n  password: keyward://env-file/demo/DB_PASSWORD\n  again: "{{ keyward://env-file/demo/DB_PASSWORD }}"\naws: keyward://env-file/demo/AWS_KEY # comment\n');
  const r = keyward(['inject', '-i', 'config.tpl.yaml', '-o', 'out/../config.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  const out = path.join(dir, 'config.yaml');
  assert.equal(fs.readFileSync(out, 'utf8'), `db:\n  password: ${db}\n  again: "${db}"\naws: ${key} # comment\n`);
  assert.equal(fs.statSync(out).mode & 0o777, 0o600);
  assert.ok(!r.stdout.includes(db) && !r.stderr.includes(db));
  assert.equal(keyward(['inject', '-i', 'config.tpl.yaml', '-o', 'config.yaml'], dir).code, 2, 'refuses to overwrite without --force');
  fs.chmodSync(out, 0o644);
  assert.equal(keyward(['inject', '-i', 'config.tpl.yaml', '-o', 'config.yaml', '--force'], dir).code, 0);
  assert.equal(fs.statSync(out).mode & 0o777, 0o600, 'an overwritten file is 0600 too');
  assert.equal(keyward(['inject', '-i', 'config.tpl.yaml'], dir).stdout.includes(db), true, 'stdout without -o');

  fs.writeFileSync(path.join(dir, 'bad.tpl'), 'a: keyward://env-file/demo/DB_PASSWORD\nb: keyward://env-file/demo/NOT_STORED\nc: keyward://dropbox/demo/X\nd: keyward://keychain/demo/BAD-NAME\n');
  const bad = keyward(['inject', '-i', 'bad.tpl', '-o', 'bad.out'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /keyward:\/\/env-file\/demo\/NOT_STORED: no value/);
  assert.match(bad.stderr, /keyward:\/\/dropbox\/demo\/X': unknown store 'dropbox'/);
  assert.match(bad.stderr, /'keyward:\/\/keychain\/demo\/BAD-NAME' is not a valid reference/);
  assert.match(bad.stderr, /nothing was written/);
  assert.ok(!bad.stderr.includes(db));
  assert.ok(!fs.existsSync(path.join(dir, 'bad.out')));
});

test('no keychain reachable: set, get and run fail with a clear error naming the fallback; nothing is lost', () => {
  const env = noKeychainEnv();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-nokc-'));
  assert.equal(keyward(['init', '--project', 'demo'], dir, { env }).code, 0);
  const before = fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8');
  const value = `sk_live_${rand(30)}`;

  const set = keyward(['set', 'STRIPE_KEY'], dir, { input: value, env });
  assert.equal(set.code, 2);
  assert.match(set.stderr, /^keyward: No OS keychain is reachable \(Secret Service over D-Bus: .+\): .*--store env-file/);
  assert.doesNotMatch(set.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(!set.stderr.includes(value));
  assert.equal(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'), before, 'keyward.json unchanged');
  assert.ok(!fs.existsSync(path.join(dir, '.env')));

  // A manifest that points at the keychain: get and run say so, and the command does not start.
  const manifest = JSON.parse(before);
  manifest.tokens.STRIPE_KEY = { ref: 'keyward://keychain/demo/STRIPE_KEY' };
  fs.writeFileSync(path.join(dir, 'keyward.json'), JSON.stringify(manifest));
  const get = keyward(['get', 'STRIPE_KEY'], dir, { env });
  assert.equal(get.code, 2);
  assert.match(get.stderr, /No OS keychain is reachable/);
  const marker = path.join(dir, 'ran');
  const run = keyward(['run', '--', process.execPath, '-e', `require("fs").writeFileSync(${JSON.stringify(marker)}, "")`], dir, { env });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /not running .*keychain\/demo\/STRIPE_KEY: No OS keychain is reachable/s);
  assert.ok(!fs.existsSync(marker));
  const list = keyward(['list'], dir, { env });
  assert.equal(list.code, 0, 'list still works from the manifest');
  assert.match(list.stdout, /^STRIPE_KEY +keychain .* \?$/m);

  // The fallback it names works in the same environment.
  const fallback = keyward(['set', 'STRIPE_KEY', '--store', 'env-file'], dir, { input: value, env });
  assert.equal(fallback.code, 0, fallback.stderr);
  assert.equal(keyward(['get', 'STRIPE_KEY', '-n'], dir, { env }).stdout, value);
});

test('a broken keyward.json is reported with line and column', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-broken-'));
  fs.writeFileSync(path.join(dir, 'keyward.json'), '{\n  "project": "p",\n  "tokens": {\n    "A": { "ref": "keyward://keychain/p/A" },\n  }\n}\n');
  const r = keyward(['list'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^keyward: keyward\.json:5:3: /);
  const noManifest = keyward(['get', 'X'], fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-none-')));
  assert.equal(noManifest.code, 2);
  assert.match(noManifest.stderr, /run 'keyward init' first/);
});

test('help lists the vault commands', () => {
  const r = keyward(['--help'], os.tmpdir());
  for (const c of ['init', 'set NAME', 'get NAME', 'list', 'rm NAME', 'run -- CMD', 'inject -i FILE']) assert.ok(r.stdout.includes(`  ${c}`), c);
  assert.match(keyward(['run', '--help'], os.tmpdir()).stdout, /^Usage: keyward run/);
  assert.match(keyward(['help', 'inject'], os.tmpdir()).stdout, /^Usage: keyward inject/);
});
