/**
 * Rotation: policies against an injected clock, each strategy, approval, format validation of a
 * pasted value, previous versions (grace period, rollback, purge) and failures that lose nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AuditLog } from '../../core/vault/audit.ts';
import { parseManifest, serializeManifest, type TokenEntry } from '../../core/vault/manifest.ts';
import { MemoryStore } from '../../core/vault/memory.ts';
import {
  ALPHABETS,
  DAY_MS,
  dueWindowDays,
  formatValidatorFor,
  generateSecret,
  isPreviousName,
  previousName,
  providerPageFor,
  purgeExpiredPrevious,
  rollbackToken,
  rotateToken,
  rotationStatus,
  RotationError,
  strategyOf,
  type RotationState,
} from '../../core/vault/rotation.ts';
import { VaultUnavailableError, type SecretStore } from '../../core/vault/store.ts';
import { badChecksum, checksummed, rand } from './fakes.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const at = (days: number) => new Date(Date.parse(T0) + days * DAY_MS);

function auditFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-rot-')), 'audit.jsonl');
}

// ---------------------------------------------------------------------------------------------
// Status

test('rotationStatus: ok, due in the last tenth of the period (1 to 7 days), overdue, expired wins, no-policy', () => {
  const e: TokenEntry = { ref: 'keyward://keychain/p/A', createdAt: T0, rotation: { rotateEveryDays: 90 } };
  const state = (entry: TokenEntry, days: number): RotationState => rotationStatus(entry, at(days)).state;
  assert.equal(dueWindowDays(90), 7);
  assert.equal(dueWindowDays(30), 3);
  assert.equal(dueWindowDays(5), 1);
  assert.equal(dueWindowDays(365), 7);
  assert.equal(state(e, 0), 'ok');
  assert.equal(state(e, 82.9), 'ok');
  assert.equal(state(e, 83), 'due');
  assert.equal(state(e, 89.99), 'due');
  assert.equal(state(e, 90), 'overdue');
  const s = rotationStatus(e, at(100.5));
  assert.deepEqual(s, { state: 'overdue', ageDays: 100, dueAt: at(90) });

  // Age counts from rotatedAt once rotated.
  const rotated = { ...e, rotatedAt: at(80).toISOString() };
  assert.equal(state(rotated, 100), 'ok');
  assert.equal(rotationStatus(rotated, at(100)).ageDays, 20);
  assert.equal(state(rotated, 163), 'due');

  // Expiry: due within 7 days of it, expired at it, whatever the period says.
  const exp: TokenEntry = { ref: e.ref, createdAt: T0, rotation: { rotateEveryDays: 365, expiresAt: '2026-03-01' } };
  assert.equal(state(exp, 50), 'ok');
  assert.equal(state(exp, 53), 'due');
  assert.equal(state(exp, 59), 'expired');
  assert.deepEqual(rotationStatus(exp, at(59)).expiresAt, new Date('2026-03-01T00:00:00.000Z'));
  assert.equal(state({ ref: e.ref, rotation: { expiresAt: '2026-03-01' } }, 0), 'ok', 'expiry alone is a policy');

  assert.deepEqual(rotationStatus({ ref: e.ref, createdAt: T0 }, at(400)), { state: 'no-policy', ageDays: 400 });
  assert.equal(state({ ref: e.ref, rotation: { rotateEveryDays: 30 } }, 0), 'due', 'a period with no date to count from: rotate to start one');
});

test('strategyOf: explicit, else command when a command is set, generate when a recipe is, else manual', () => {
  assert.equal(strategyOf(undefined), 'manual');
  assert.equal(strategyOf({ command: 'x' }), 'command');
  assert.equal(strategyOf({ generate: {} }), 'generate');
  assert.equal(strategyOf({ generate: {}, strategy: 'manual' }), 'manual');
});

// ---------------------------------------------------------------------------------------------
// Generating

test('generateSecret: prefix, length, alphabet; default 256 bits of base62', () => {
  const v = generateSecret({ prefix: 'whsec_', length: 32, alphabet: 'hex' });
  assert.match(v, /^whsec_[0-9a-f]{32}$/);
  assert.match(generateSecret({}), /^[0-9A-Za-z]{43}$/);
  assert.match(generateSecret({ alphabet: 'base64url' }), /^[A-Za-z0-9_-]{43}$/);
  assert.match(generateSecret({ alphabet: 'alphanumeric' }), /^[0-9a-z]{50}$/);
  assert.notEqual(generateSecret({}), generateSecret({}));
  assert.throws(() => generateSecret({ length: 8 }), /from 16 to 1024/);
  assert.throws(() => generateSecret({ prefix: 'has space' }), /prefix/);
});

test('generateSecret: rejection sampling drops biased bytes and stays uniform', () => {
  // base62: bytes 248..255 would favour '0'..'7'; they must be skipped.
  const fixed = (bytes: number[]) => {
    let i = 0;
    return (n: number) => Buffer.from(Array.from({ length: n }, () => bytes[i++ % bytes.length]!));
  };
  assert.equal(generateSecret({ length: 16 }, fixed([255, 248, 0])), '0'.repeat(16));
  assert.equal(generateSecret({ length: 16 }, fixed([61, 62])), 'z0'.repeat(8), '62 wraps to 0: 62 is below the limit 248');
  // Exactly uniform: every byte value 0..255 four times over gives each of 36 characters exactly
  // 28 times (bytes 252..255 are dropped). Plain `b % 36` would give '0'..'3' 32 times.
  const counts = new Map<string, number>();
  const everyByte = fixed(Array.from({ length: 256 }, (_, b) => b));
  for (const c of generateSecret({ alphabet: 'alphanumeric', length: 4 * 252 }, everyByte)) counts.set(c, (counts.get(c) ?? 0) + 1);
  assert.deepEqual([...new Set(counts.values())], [28]);
  assert.equal(counts.size, 36);
  // And the real source: all 36 characters, none off by more than six standard deviations (a
  // bound a correct generator misses about once in 10^7 runs).
  const real = new Map<string, number>();
  const draws = 200;
  for (let i = 0; i < draws; i++) for (const c of generateSecret({ alphabet: 'alphanumeric', length: 180 })) real.set(c, (real.get(c) ?? 0) + 1);
  assert.equal(real.size, 36);
  const expected = (draws * 180) / 36;
  const sigma = Math.sqrt(expected * (35 / 36));
  for (const [c, n] of real) assert.ok(Math.abs(n - expected) < 6 * sigma, `${c}: ${n} vs ${expected}`);
  assert.equal(ALPHABETS.base62.length, 62);
});

// ---------------------------------------------------------------------------------------------
// Format validation

test('formatValidatorFor: a provider\'s formats, checksums, and plain checks for unknown providers; never quotes the value', () => {
  const gh = formatValidatorFor('GitHub');
  const good = checksummed('ghp_');
  assert.equal(gh(good), undefined);
  const bad = badChecksum('ghp_');
  assert.match(gh(bad)!, /checksum does not verify/);
  const wrong = `sk_live_${rand(30)}`;
  const msg = gh(wrong)!;
  assert.match(msg, /does not match the format of any GitHub token/);
  assert.ok(!msg.includes(wrong) && !msg.includes(wrong.slice(8)));
  assert.equal(formatValidatorFor('github-pat')(good), undefined, 'by rule id');
  assert.match(formatValidatorFor('github-pat')(checksummed('gho_'))!, /GitHub personal access token/);
  assert.equal(formatValidatorFor('Stripe')(`sk_live_${rand(30)}`), undefined);
  assert.equal(formatValidatorFor('AWS')(rand(40)), undefined, 'a format the rule finds only next to a name (AWS secret key)');
  assert.match(formatValidatorFor('Stripe')('sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx') ?? 'refused', /./, 'a placeholder is refused');
  for (const v of [formatValidatorFor(), formatValidatorFor('Some In-House Service')]) {
    assert.equal(v('anything-goes-123'), undefined);
    assert.match(v('')!, /empty/);
    assert.match(v(`${good}\n`)!, /several lines/);
    assert.match(v(` ${good}`)!, /spaces/);
  }
  assert.equal(providerPageFor('GitHub'), 'https://github.com/settings/tokens');
});

// ---------------------------------------------------------------------------------------------
// Rotating

const entry = (rotation: TokenEntry['rotation'] = {}): TokenEntry => ({ ref: 'keyward://memory/p/HOOK', createdAt: T0, rotation: { rotateEveryDays: 30, ...rotation } });

test('generate: new value stored and read back, old one kept as NAME__PREVIOUS, rotatedAt set, audited without values', async () => {
  const store = new MemoryStore({ HOOK: 'old-value-123456' });
  const file = auditFile();
  const audit = new AuditLog(file, { actor: 'cli:test' });
  const r = await rotateToken({ project: 'p', name: 'HOOK', entry: entry({ generate: { prefix: 'whsec_', alphabet: 'hex', length: 40 } }), store, now: () => at(31), audit });
  const value = await store.get('HOOK');
  assert.match(value!, /^whsec_[0-9a-f]{40}$/);
  assert.equal(await store.get('HOOK__PREVIOUS'), 'old-value-123456');
  assert.equal(r.previousName, 'HOOK__PREVIOUS');
  assert.equal(r.strategy, 'generate');
  assert.equal(r.entry.rotatedAt, at(31).toISOString());
  assert.equal(r.entry.createdAt, T0);
  assert.equal(rotationStatus(r.entry, at(31)).state, 'ok');
  const [ev] = await audit.read();
  assert.equal(ev!.action, 'rotated');
  assert.equal(ev!.token, 'HOOK');
  assert.equal(ev!.project, 'p');
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(!text.includes(value!) && !text.includes('old-value-123456'));
  assert.ok(isPreviousName('HOOK__PREVIOUS') && !isPreviousName('HOOK') && !isPreviousName('__PREVIOUS'));
  assert.equal(previousName('HOOK'), 'HOOK__PREVIOUS');
});

test('command: runs only when that exact command is approved; stdout trimmed is the value; refusal changes nothing', async () => {
  const cmd = 'vault write -f -field=secret sys/rotate';
  const store = new MemoryStore({ HOOK: 'old' });
  const ran: string[] = [];
  const runCommand = async (c: string) => {
    ran.push(c);
    return '  new-secret-from-command-xyz\n';
  };
  // No approver, or one that says no: refused, nothing ran.
  for (const approveCommand of [undefined, async () => false]) {
    await assert.rejects(rotateToken({ project: 'p', name: 'HOOK', entry: entry({ strategy: 'command', command: cmd }), store, runCommand, approveCommand }), (e: RotationError) => e.code === 'refused');
  }
  assert.deepEqual(ran, []);
  assert.deepEqual(await store.list().then((l) => l.map((i) => i.name)), ['HOOK']);
  assert.equal(await store.get('HOOK'), 'old');

  const asked: string[] = [];
  const r = await rotateToken({
    project: 'p',
    name: 'HOOK',
    entry: entry({ command: cmd }),
    store,
    runCommand,
    approveCommand: async (c) => {
      asked.push(c);
      return c === cmd;
    },
  });
  assert.deepEqual(asked, [cmd]);
  assert.deepEqual(ran, [cmd]);
  assert.equal(r.strategy, 'command');
  assert.equal(await store.get('HOOK'), 'new-secret-from-command-xyz');
  assert.equal(await store.get('HOOK__PREVIOUS'), 'old');

  // A command that fails, or prints nothing, or prints a value of the wrong format: nothing changes.
  const s2 = new MemoryStore({ HOOK: 'old' });
  const base = { project: 'p', name: 'HOOK', entry: entry({ command: 'x' }), store: s2, approveCommand: async () => true };
  await assert.rejects(rotateToken({ ...base, runCommand: async () => Promise.reject(new Error('it exited with code 3')) }), /rotation command failed: it exited with code 3; nothing was changed/);
  await assert.rejects(rotateToken({ ...base, runCommand: async () => '\n' }), /empty/);
  await assert.rejects(rotateToken({ ...base, runCommand: async () => 'not-a-github-token', validate: formatValidatorFor('GitHub') }), (e: RotationError) => e.code === 'invalid');
  await assert.rejects(rotateToken({ ...base, entry: entry({ strategy: 'command' }) }), (e: RotationError) => e.code === 'no-command');
  assert.deepEqual(await s2.list().then((l) => l.map((i) => i.name)), ['HOOK']);
  assert.equal(await s2.get('HOOK'), 'old');
});

test('command: the default runner uses the shell; a failing command reports its exit code, never its output', async () => {
  const store = new MemoryStore({ HOOK: 'old' });
  const secretOut = `printed-${rand(20)}`;
  await rotateToken({ project: 'p', name: 'HOOK', entry: entry({ command: `printf '%s\\n' ${secretOut}` }), store, approveCommand: async () => true });
  assert.equal(await store.get('HOOK'), secretOut);
  const err = await rotateToken({ project: 'p', name: 'HOOK', entry: entry({ command: `echo ${secretOut}-2; exit 4` }), store, approveCommand: async () => true }).catch((e: Error) => e);
  assert.ok(err instanceof RotationError);
  assert.match(err.message, /exited with code 4/);
  assert.ok(!err.message.includes(secretOut));
});

test('manual: the pasted value must match the provider\'s format; cancel changes nothing', async () => {
  const store = new MemoryStore({ GH: checksummed('ghp_') });
  const old = await store.get('GH');
  const e: TokenEntry = { ref: 'keyward://memory/p/GH', provider: 'GitHub', rotation: { strategy: 'manual' } };
  const validate = formatValidatorFor(e.provider);
  await assert.rejects(rotateToken({ project: 'p', name: 'GH', entry: e, store, manualValue: async () => undefined, validate }), (x: RotationError) => x.code === 'cancelled');
  const pasted = badChecksum('ghp_');
  const err = await rotateToken({ project: 'p', name: 'GH', entry: e, store, manualValue: async () => pasted, validate }).catch((x: Error) => x);
  assert.ok(err instanceof RotationError && err.code === 'invalid');
  assert.match(err.message, /checksum does not verify .*; nothing was changed/);
  assert.ok(!err.message.includes(pasted));
  await assert.rejects(rotateToken({ project: 'p', name: 'GH', entry: e, store, manualValue: async () => old, validate }), /same as the current one/);
  await assert.rejects(rotateToken({ project: 'p', name: 'GH', entry: e, store, validate }), (x: RotationError) => x.code === 'cancelled', 'no way to paste (non-interactive)');
  assert.equal(await store.get('GH'), old);
  assert.equal(await store.get('GH__PREVIOUS'), undefined);

  const fresh = checksummed('ghp_');
  await rotateToken({ project: 'p', name: 'GH', entry: e, store, manualValue: async () => fresh, validate });
  assert.equal(await store.get('GH'), fresh);
  assert.equal(await store.get('GH__PREVIOUS'), old);
});

test('the strategy option overrides the policy', async () => {
  const store = new MemoryStore({ HOOK: 'old' });
  const r = await rotateToken({ project: 'p', name: 'HOOK', entry: entry({ command: 'never run' }), store, strategy: 'generate' });
  assert.equal(r.strategy, 'generate');
  assert.match((await store.get('HOOK'))!, /^[0-9A-Za-z]{43}$/);
});

/** A store whose set/get can be made to fail or lie for one name. */
class FaultyStore extends MemoryStore {
  failSetOf?: string;
  lieOnGetOf?: string;
  override async set(name: string, value: string): Promise<void> {
    if (name === this.failSetOf) throw new VaultUnavailableError('The keychain went away', 'memory', 'test');
    return super.set(name, value);
  }
  override async get(name: string): Promise<string | undefined> {
    const v = await super.get(name);
    return name === this.lieOnGetOf ? `${v}-garbled` : v;
  }
}

test('failure mid-rotation loses nothing: the old value stays (or is restored), the error says where it is', async () => {
  // Keeping the previous version fails: nothing else is touched.
  const a = new FaultyStore({ HOOK: 'old' });
  a.failSetOf = 'HOOK__PREVIOUS';
  await assert.rejects(rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store: a, strategy: 'generate' }), /keychain went away/);
  assert.equal(await a.get('HOOK'), 'old');

  // Reading the previous version back gives something else: stop before the value changes.
  const b = new FaultyStore({ HOOK: 'old' });
  b.lieOnGetOf = 'HOOK__PREVIOUS';
  await assert.rejects(rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store: b, strategy: 'generate' }), /could not be kept as HOOK__PREVIOUS.*nothing was changed/);
  assert.equal(await b.get('HOOK'), 'old');

  // Writing the new value fails: the old one is still in place, and kept as previous too.
  const c = new FaultyStore({ HOOK: 'old' });
  c.failSetOf = 'HOOK';
  const ec = await rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store: c, strategy: 'generate', audit: new AuditLog(auditFile()) }).catch((e: Error) => e);
  assert.ok(ec instanceof RotationError && ec.code === 'failed');
  assert.match(ec.message, /could not be stored \(The keychain went away\); the old value is still in place/);
  assert.equal(await c.get('HOOK'), 'old');
  assert.equal(await c.get('HOOK__PREVIOUS'), 'old');

  // The new value reads back wrong: the old one is put back.
  const d = new FaultyStore({ HOOK: 'old' });
  let lie = true;
  const origGet = d.get.bind(d);
  d.get = async (n: string) => {
    const v = await origGet(n);
    if (n === 'HOOK' && v !== 'old' && lie) {
      lie = false;
      return 'garbled';
    }
    return v;
  };
  await assert.rejects(rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store: d, strategy: 'generate' }), /reading it back gave something else\); the old value is still in place/);
  assert.equal(await d.get('HOOK'), 'old');

  // The write lands but reports failure, and putting the old value back fails too: the error
  // points at the previous version and rollback, which brings it back.
  const e = new MemoryStore({ HOOK: 'old' });
  const orig = e.set.bind(e);
  let writes = 0;
  e.set = async (n: string, v: string) => {
    if (n === 'HOOK') {
      writes++;
      if (writes === 1) await orig(n, v);
      throw new VaultUnavailableError('locked', 'memory');
    }
    return orig(n, v);
  };
  await assert.rejects(rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store: e, strategy: 'generate' }), /old value is kept as HOOK__PREVIOUS: run 'keyward rollback HOOK'/);
  assert.equal(writes, 2);
  assert.equal(await e.get('HOOK__PREVIOUS'), 'old');
  e.set = orig;
  await rollbackToken({ project: 'p', name: 'HOOK', entry: entry(), store: e });
  assert.equal(await e.get('HOOK'), 'old');
});

test('an audit log that cannot be written does not undo a rotation; it is reported', async () => {
  const store = new MemoryStore({ HOOK: 'old' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-rot-'));
  fs.writeFileSync(path.join(dir, 'file'), '');
  const audit = new AuditLog(path.join(dir, 'file', 'audit.jsonl')); // a file where the directory should be
  const r = await rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store, strategy: 'generate', audit });
  assert.ok(r.auditError);
  assert.notEqual(await store.get('HOOK'), 'old');
});

// ---------------------------------------------------------------------------------------------
// Previous versions

test('rollback puts the previous value back, deletes it, drops rotatedAt; without one it says so', async () => {
  const store = new MemoryStore({ HOOK: 'old' });
  const audit = new AuditLog(auditFile());
  const r = await rotateToken({ project: 'p', name: 'HOOK', entry: entry(), store, strategy: 'generate', now: () => at(40), audit });
  const rotatedValue = await store.get('HOOK');
  const back = await rollbackToken({ project: 'p', name: 'HOOK', entry: r.entry, store, audit });
  assert.equal(await store.get('HOOK'), 'old');
  assert.equal(await store.get('HOOK__PREVIOUS'), undefined);
  assert.equal(back.entry.rotatedAt, undefined);
  assert.equal(back.entry.createdAt, T0);
  assert.equal(rotationStatus(back.entry, at(40)).state, 'overdue', 'the old value is as old as it was');
  const events = await audit.read();
  assert.deepEqual(
    events.map((e) => e.action),
    ['rotated', 'rolled-back'],
  );
  assert.ok(!fs.readFileSync(audit.file, 'utf8').includes(rotatedValue!));
  await assert.rejects(rollbackToken({ project: 'p', name: 'HOOK', entry: back.entry, store }), (e: RotationError) => e.code === 'no-previous' && /no previous version/.test(e.message));
});

test('purgeExpiredPrevious deletes previous versions past graceDays (default 7), keeps the rest', async () => {
  const store = new MemoryStore({ A: 'a2', A__PREVIOUS: 'a1', B: 'b2', B__PREVIOUS: 'b1', C: 'c2', C__PREVIOUS: 'c1', D: 'd' });
  const tokens: Record<string, TokenEntry> = {
    A: { ref: 'keyward://memory/p/A', rotatedAt: at(0).toISOString() },
    B: { ref: 'keyward://memory/p/B', rotatedAt: at(0).toISOString(), rotation: { graceDays: 30 } },
    C: { ref: 'keyward://memory/p/C' }, // no rotatedAt: left alone
    D: { ref: 'keyward://memory/p/D', rotatedAt: at(0).toISOString() },
  };
  const audit = new AuditLog(auditFile());
  assert.deepEqual(await purgeExpiredPrevious({ project: 'p', tokens, store, now: () => at(6.9), audit }), []);
  assert.deepEqual(await purgeExpiredPrevious({ project: 'p', tokens, store, now: () => at(7), audit }), ['A']);
  assert.deepEqual(
    (await store.list()).map((i) => i.name),
    ['A', 'B', 'B__PREVIOUS', 'C', 'C__PREVIOUS', 'D'],
  );
  assert.deepEqual(await purgeExpiredPrevious({ project: 'p', tokens, store, now: () => at(30), audit }), ['B']);
  const [ev] = await audit.read();
  assert.equal(ev!.action, 'deleted');
  assert.match(ev!.detail!, /previous version purged after 7 days/);
});

// ---------------------------------------------------------------------------------------------
// Manifest

test('keyward.json: the new rotation policy round-trips; bad recipes get positioned errors; "provider" reads as manual', () => {
  const text = `{
  "project": "p",
  "tokens": {
    "HOOK": {
      "ref": "keyward://keychain/p/HOOK",
      "rotation": {
        "rotateEveryDays": 30,
        "strategy": "generate",
        "generate": { "length": 48, "alphabet": "hex", "prefix": "whsec_" },
        "graceDays": 3
      },
      "createdAt": "2026-01-01T00:00:00.000Z",
      "rotatedAt": "2026-02-01T00:00:00.000Z"
    },
    "VAULT": { "ref": "keyward://keychain/p/VAULT", "rotation": { "command": "vault read -field=v x" } }
  }
}
`;
  const m = parseManifest(text);
  assert.deepEqual(m.tokens.HOOK!.rotation, { rotateEveryDays: 30, strategy: 'generate', generate: { length: 48, alphabet: 'hex', prefix: 'whsec_' }, graceDays: 3 });
  assert.equal(m.tokens.HOOK!.rotatedAt, '2026-02-01T00:00:00.000Z');
  assert.deepEqual(parseManifest(serializeManifest(m)), m);

  const legacy = parseManifest('{"project":"p","tokens":{"A":{"ref":"keyward://keychain/p/A","rotation":{"strategy":"provider","rotateEveryDays":90}}}}');
  assert.equal(legacy.tokens.A!.rotation!.strategy, 'manual');

  const errorOf = (rotation: string) => {
    try {
      parseManifest(`{"project":"p","tokens":{\n"A":{"ref":"keyward://keychain/p/A",\n"rotation":${rotation}}}}`);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  assert.match(errorOf('{"generate":{"length":8}}'), /keyward\.json:3:34: tokens\.A\.rotation\.generate\.length: length must be a whole number from 16 to 1024/);
  assert.match(errorOf('{"generate":{"alphabet":"emoji"}}'), /alphabet must be one of base62, hex, base64url, alphanumeric/);
  assert.match(errorOf('{"generate":{"prefix":"a b"}}'), /prefix must be/);
  assert.match(errorOf('{"generate":{"charset":"hex"}}'), /unknown key "charset"/);
  assert.match(errorOf('{"strategy":"command"}'), /:3:24: .*the command strategy needs "command"/);
  assert.match(errorOf('{"strategy":"api"}'), /strategy must be one of generate, command, manual/);
  assert.match(errorOf('{"graceDays":-1}'), /graceDays must be a whole number/);
  assert.match(errorOf('{"command":""}'), /command must be a non-empty command line/);
  assert.match(errorOf('{"value":"x"}'), /never holds a value/);
});

test('a store that cannot be reached fails the rotation before anything is asked or changed', async () => {
  const store = new MemoryStore({ HOOK: 'old' });
  store.failNext = 'no keyring';
  let ran = false;
  await assert.rejects(
    rotateToken({
      project: 'p',
      name: 'HOOK',
      entry: entry({ command: 'x' }),
      store: store as SecretStore,
      approveCommand: async () => true,
      runCommand: async () => {
        ran = true;
        return 'v-new-1234567890';
      },
    }),
    VaultUnavailableError,
  );
  assert.equal(ran, false, 'the command did not run: its new value would have had nowhere to go');
  assert.equal(await store.get('HOOK'), 'old');
});
