/**
 * The OS keychain for real: keytar → libsecret → a Secret Service (gnome-keyring) on D-Bus.
 * Runs only where one is reachable, e.g. (as .ci/run does):
 *   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
 *     node --import tsx --test test/unit/vault-keychain.test.ts'
 * Elsewhere every test is skipped with the reason. libsecret's own secret-tool (apt: libsecret-tools)
 * checks that entries land where other tools look: service keyward, account <project>/<NAME>.
 * Each run uses a fresh project name and deletes its entries afterwards.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KeychainStore } from '../../core/vault/keychain.ts';
import { rand } from './fakes.ts';

// The CLI children write their audit events here, not into the user's real log.
process.env.KEYWARD_AUDIT_LOG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-audit-')), 'audit.jsonl');

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const PROJECT = `keyward-test-${process.pid}-${rand(6).toLowerCase()}`;
const store = new KeychainStore(PROJECT);

let skip: string | false = 'not probed yet';
before(async () => {
  const a = await store.available();
  skip = a.ok ? false : `no Secret Service reachable (${a.reason}); run inside dbus-run-session with gnome-keyring unlocked`;
});

after(async () => {
  if (skip) return;
  for (const i of await store.list()) await store.delete(i.name);
});

function secretTool(...args: string[]): { code: number | null; stdout: string } | undefined {
  const r = spawnSync('secret-tool', args, { encoding: 'utf8' });
  if (r.error) return undefined; // not installed (apt: libsecret-tools)
  return { code: r.status, stdout: r.stdout };
}

function keyward(args: string[], cwd: string, opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input: opts.input ?? '', env: opts.env ?? { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('KeychainStore: set, get, list (names only), delete through keytar; secret-tool finds the entry', async (t) => {
  if (skip) return t.skip(skip);
  const value = `sk_live_${rand(30)}`;
  assert.equal(await store.get('STRIPE_KEY'), undefined);
  await store.set('STRIPE_KEY', value);
  await store.set('OTHER', 'other value with spaces and ünïcode 🔑');
  assert.equal(await store.get('STRIPE_KEY'), value);
  assert.equal(await store.get('OTHER'), 'other value with spaces and ünïcode 🔑');

  const listed = await store.list();
  assert.deepEqual(
    listed.map((i) => i.name),
    ['OTHER', 'STRIPE_KEY'],
  );
  assert.match(listed[1]!.location, new RegExp(`service keyward, account ${PROJECT}/STRIPE_KEY`));
  assert.ok(!JSON.stringify(listed).includes(value), 'list() carries no values');

  const st = secretTool('lookup', 'service', 'keyward', 'account', `${PROJECT}/STRIPE_KEY`);
  if (!st) t.diagnostic('secret-tool not installed (apt-get install libsecret-tools): cross-check skipped');
  else {
    assert.equal(st.code, 0);
    assert.equal(st.stdout, value);
  }

  await store.set('STRIPE_KEY', 'rotated');
  assert.equal(await store.get('STRIPE_KEY'), 'rotated');
  assert.equal(await store.delete('STRIPE_KEY'), true);
  assert.equal(await store.delete('STRIPE_KEY'), false);
  assert.equal(await store.get('STRIPE_KEY'), undefined);
  if (st) assert.notEqual(secretTool('lookup', 'service', 'keyward', 'account', `${PROJECT}/STRIPE_KEY`)!.code, 0, 'gone for secret-tool too');
});

test('the CLI against the keychain: set, secret-tool, get, list, run (masked), rm', async (t) => {
  if (skip) return t.skip(skip);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-kc-'));
  assert.equal(keyward(['init', '--project', PROJECT], dir).code, 0);
  const value = `ghp_${rand(36)}`;
  const set = keyward(['set', 'GITHUB_TOKEN', '--provider', 'GitHub'], dir, { input: `${value}\n` });
  assert.equal(set.code, 0, set.stderr);
  assert.match(set.stdout, new RegExp(`stored GITHUB_TOKEN in the OS keychain \\(service keyward, account ${PROJECT}/GITHUB_TOKEN\\)`));
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8')).tokens.GITHUB_TOKEN.ref, `keyward://keychain/${PROJECT}/GITHUB_TOKEN`);
  assert.ok(!fs.existsSync(path.join(dir, '.env')), 'nothing written outside the keychain');

  const st = secretTool('lookup', 'service', 'keyward', 'account', `${PROJECT}/GITHUB_TOKEN`);
  if (st) assert.equal(st.stdout, value);

  assert.equal(keyward(['get', 'GITHUB_TOKEN', '-n'], dir).stdout, value);
  await store.set('STRAY', 'not in the manifest');
  const list = keyward(['list'], dir);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^GITHUB_TOKEN +keychain +GitHub .* yes$/m);
  assert.match(list.stdout, /^STRAY: in the keychain for .* but not in keyward\.json$/m);
  assert.ok(!list.stdout.includes(value) && !list.stdout.includes('not in the manifest"'));

  const run = keyward(['run', '--', process.execPath, '-e', 'const v = process.env.GITHUB_TOKEN; process.stdout.write(v.slice(0, 9), () => process.stdout.write(v.slice(9) + "\\n", () => process.exit(3)))'], dir);
  assert.equal(run.code, 3, run.stderr);
  assert.equal(run.stdout, '*****\n');

  // Keychain temporarily unreachable: rm fails clearly and loses nothing (entry and value stay).
  const env = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.DISPLAY;
  delete env.XDG_RUNTIME_DIR;
  const rmOffline = keyward(['rm', 'GITHUB_TOKEN'], dir, { env });
  assert.equal(rmOffline.code, 2);
  assert.match(rmOffline.stderr, /No OS keychain is reachable/);
  assert.ok('GITHUB_TOKEN' in JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8')).tokens);
  assert.equal(await store.get('GITHUB_TOKEN'), value);

  const rm = keyward(['rm', 'GITHUB_TOKEN'], dir);
  assert.equal(rm.code, 0, rm.stderr);
  assert.equal(await store.get('GITHUB_TOKEN'), undefined);
  if (st) assert.notEqual(secretTool('lookup', 'service', 'keyward', 'account', `${PROJECT}/GITHUB_TOKEN`)!.code, 0);
});

test('the CLI against the keychain: rotate keeps the previous version as its own entry, list hides it, rollback restores it, all audited', async (t) => {
  if (skip) return t.skip(skip);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-kc-'));
  const log = path.join(dir, 'audit.jsonl');
  const env = { ...process.env, NO_COLOR: '1', KEYWARD_AUDIT_LOG: log };
  assert.equal(keyward(['init', '--project', PROJECT], dir, { env }).code, 0);
  const old = `whsec_${rand(32)}`;
  assert.equal(keyward(['set', 'WEBHOOK_SECRET'], dir, { input: old, env }).code, 0);
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'));
  m.tokens.WEBHOOK_SECRET.rotation = { generate: { prefix: 'whsec_', length: 32 } };
  fs.writeFileSync(path.join(dir, 'keyward.json'), JSON.stringify(m));

  const r = keyward(['rotate', 'WEBHOOK_SECRET'], dir, { env });
  assert.equal(r.code, 0, r.stderr);
  const fresh = await store.get('WEBHOOK_SECRET');
  assert.match(fresh!, /^whsec_[0-9A-Za-z]{32}$/);
  assert.equal(await store.get('WEBHOOK_SECRET__PREVIOUS'), old);
  const st = secretTool('lookup', 'service', 'keyward', 'account', `${PROJECT}/WEBHOOK_SECRET`);
  if (st) assert.equal(st.stdout, fresh, 'other tools see the rotated value');

  const list = keyward(['list'], dir, { env });
  assert.ok(!list.stdout.includes('__PREVIOUS'), list.stdout);

  const back = keyward(['rollback', 'WEBHOOK_SECRET'], dir, { env });
  assert.equal(back.code, 0, back.stderr);
  assert.equal(await store.get('WEBHOOK_SECRET'), old);
  assert.equal(await store.get('WEBHOOK_SECRET__PREVIOUS'), undefined);

  assert.equal(keyward(['rm', 'WEBHOOK_SECRET'], dir, { env }).code, 0);
  const text = fs.readFileSync(log, 'utf8');
  assert.ok(!text.includes(old) && !text.includes(fresh!));
  assert.deepEqual(
    text.trim().split('\n').map((l) => JSON.parse(l).action),
    ['stored', 'rotated', 'rolled-back', 'deleted'],
  );
  assert.equal(keyward(['audit', 'verify'], dir, { env }).code, 0);
});

test('available() reports a clear reason when the session bus is gone (runs everywhere)', () => {
  // In a child, so this process's keytar (already connected) is not involved.
  const env = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.DISPLAY;
  delete env.XDG_RUNTIME_DIR;
  const code = `const { KeychainStore } = require(${JSON.stringify(path.resolve(__dirname, '../../core/vault/keychain.ts'))});
    new KeychainStore('p').available().then((a) => { process.stdout.write(JSON.stringify(a)); });`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', env, cwd: path.resolve(__dirname, '../..') });
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.ok, false);
  assert.match(a.reason, /^No OS keychain is reachable \(Secret Service over D-Bus: .*\): .*\.env store \(--store env-file\)$/);
});
