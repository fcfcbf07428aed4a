/**
 * The audit log: the chain, each way of tampering with it, concurrent writers, where it lives,
 * and that no value ever reaches it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AuditLog, defaultAuditPath, GENESIS, hashLine, shortFingerprint, type AuditAction } from '../../core/vault/audit.ts';
import { fingerprint } from '../../core/detect/fingerprint.ts';
import { checksummed, rand } from './fakes.ts';

function tmpLog(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-audit-')), 'nested', 'dir', 'audit.jsonl');
}

/** A clock that moves one second per call, from a fixed start. */
function stepClock(start = Date.parse('2026-11-01T09:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

const ACTIONS: AuditAction[] = ['stored', 'read', 'copied', 'revealed', 'rotated', 'rolled-back', 'deleted', 'injected', 'leak-found'];

/** A log of `n` events with values; returns the log, its file's lines and the values used. */
async function filled(n = 6) {
  const file = tmpLog();
  const log = new AuditLog(file, { clock: stepClock(), actor: 'cli:tester' });
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const value = i % 2 ? checksummed('ghp_') : `sk_live_${rand(30)}`;
    values.push(value);
    await log.append({ action: ACTIONS[i % ACTIONS.length]!, token: `TOKEN_${i}`, project: 'orders-api', value, detail: `event ${i}` });
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, -1);
  return { file, log, lines, values };
}

const rewrite = (file: string, lines: string[]) => fs.writeFileSync(file, lines.map((l) => `${l}\n`).join(''));

test('entries chain: prev is the sha256 of the previous line, GENESIS first; a fingerprint, never the value', async () => {
  const { file, log, lines, values } = await filled(9);
  assert.equal(lines.length, 9);
  const entries = lines.map((l) => JSON.parse(l));
  assert.equal(entries[0].prev, GENESIS);
  for (let i = 1; i < lines.length; i++) assert.equal(entries[i].prev, hashLine(lines[i - 1]!));
  assert.deepEqual(Object.keys(entries[0]), ['time', 'actor', 'action', 'token', 'project', 'fingerprint', 'detail', 'prev']);
  assert.equal(entries[0].actor, 'cli:tester');
  assert.equal(entries[0].time, '2026-11-01T09:00:01.000Z');
  assert.deepEqual(
    entries.map((e) => e.action),
    ACTIONS,
  );
  // The fingerprint is the scanner's sha256 fingerprint, shortened: a leak can be matched to a stored token.
  assert.equal(entries[1].fingerprint, fingerprint(values[1]!).slice(0, 12));
  assert.equal(entries[1].fingerprint, shortFingerprint(values[1]!));

  const text = fs.readFileSync(file, 'utf8') + fs.readFileSync(`${file}.head`, 'utf8');
  for (const v of values) {
    assert.ok(!text.includes(v), 'no value in the log');
    assert.ok(!text.includes(v.slice(8, 24)), 'not even part of one');
  }
  assert.deepEqual(await log.verify(), { ok: true, lines: 9 });
  assert.equal((fs.statSync(file).mode & 0o777).toString(8), '600');
  assert.equal((fs.statSync(path.dirname(file)).mode & 0o777).toString(8), '700');
});

test('a leak-found event carries the finding\'s fingerprint, shortened; details stay on one line', async () => {
  const file = tmpLog();
  const log = new AuditLog(file, { actor: 'vscode:ana' });
  const fp = fingerprint(checksummed('ghp_'));
  const e = await log.append({ action: 'leak-found', fingerprint: fp, detail: 'src/app.ts:3\nsecond line' });
  assert.equal(e.fingerprint, fp.slice(0, 12));
  assert.equal(e.actor, 'vscode:ana');
  assert.equal(e.detail, 'src/app.ts:3 second line');
  assert.equal(fs.readFileSync(file, 'utf8').split('\n').length, 2);
  await assert.rejects(log.append({ action: 'exfiltrated' as AuditAction }), /unknown audit action/);
});

test('read() returns entries oldest first, filtered by --since; an absent log reads as empty and verifies', async () => {
  const { log } = await filled(5);
  assert.equal((await log.read()).length, 5);
  const since = await log.read({ since: new Date('2026-11-01T09:00:04.000Z') });
  assert.deepEqual(
    since.map((e) => e.token),
    ['TOKEN_3', 'TOKEN_4'],
  );
  const none = new AuditLog(tmpLog());
  assert.deepEqual(await none.read(), []);
  assert.deepEqual(await none.verify(), { ok: true, lines: 0 });
});

test('verify: an altered line is named', async () => {
  const { file, log, lines } = await filled();
  const e = JSON.parse(lines[2]!);
  e.action = 'deleted';
  lines[2] = JSON.stringify(e);
  rewrite(file, lines);
  const r = await log.verify();
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.line, 4, 'the line after the altered one no longer chains to it');
  // Altering the last line: the head recorded its hash.
  const f2 = await filled();
  const last = JSON.parse(f2.lines[5]!);
  last.token = 'OTHER';
  f2.lines[5] = JSON.stringify(last);
  rewrite(f2.file, f2.lines);
  const r2 = await f2.log.verify();
  assert.deepEqual(r2.ok ? r2 : r2.line, 6);
  // A line that is no longer JSON.
  const f3 = await filled();
  f3.lines[1] = f3.lines[1]!.replace('{', '[');
  rewrite(f3.file, f3.lines);
  const r3 = await f3.log.verify();
  assert.ok(!r3.ok && r3.line === 2 && /not a valid audit entry/.test(r3.reason));
});

test('verify: an altered line whose successor was re-chained is still caught at the next line', async () => {
  const { file, log, lines } = await filled();
  const e = JSON.parse(lines[1]!);
  e.detail = 'nothing to see';
  lines[1] = JSON.stringify(e);
  const next = JSON.parse(lines[2]!);
  next.prev = hashLine(lines[1]);
  lines[2] = JSON.stringify(next);
  rewrite(file, lines);
  const r = await log.verify();
  assert.ok(!r.ok && r.line === 4, JSON.stringify(r));
});

test('verify: a removed line, in the middle, first or last', async () => {
  const mid = await filled();
  rewrite(mid.file, mid.lines.filter((_, i) => i !== 3));
  assert.deepEqual(await mid.log.verify().then((r) => !r.ok && r.line), 4);

  const first = await filled();
  rewrite(first.file, first.lines.slice(1));
  const r = await first.log.verify();
  assert.ok(!r.ok && r.line === 1 && /start the chain/.test(r.reason));

  const last = await filled();
  rewrite(last.file, last.lines.slice(0, -1));
  const rl = await last.log.verify();
  assert.ok(!rl.ok && rl.line === 6 && /truncated/.test(rl.reason), JSON.stringify(rl));
});

test('verify: reordered lines', async () => {
  const { file, log, lines } = await filled();
  [lines[2], lines[3]] = [lines[3]!, lines[2]!];
  rewrite(file, lines);
  const r = await log.verify();
  assert.ok(!r.ok && r.line === 3, JSON.stringify(r));
});

test('verify: an inserted line, even one that chains to its predecessor', async () => {
  const { file, log, lines } = await filled();
  const forged = JSON.stringify({ time: '2026-11-01T09:00:03.500Z', actor: 'cli:tester', action: 'read', token: 'TOKEN_2', prev: hashLine(lines[1]!) });
  lines.splice(2, 0, forged);
  rewrite(file, lines);
  const r = await log.verify();
  assert.ok(!r.ok && r.line === 4, JSON.stringify(r));
});

test('verify: a log cut mid-line, or cut to nothing', async () => {
  const { file, log } = await filled();
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.slice(0, text.length - 30));
  const r = await log.verify();
  assert.ok(!r.ok && r.line === 6 && /truncated/.test(r.reason), JSON.stringify(r));

  fs.writeFileSync(file, '');
  const empty = await log.verify();
  assert.ok(!empty.ok && empty.line === 1 && /6 lines were written, 0 remain/.test(empty.reason), JSON.stringify(empty));
  fs.rmSync(file);
  assert.equal((await log.verify()).ok, false, 'a deleted log with its head left behind is reported');
});

test('appending after a cut line keeps the new lines whole; verify still names the cut line', async () => {
  const { file, log } = await filled(3);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.slice(0, text.length - 10));
  await log.append({ action: 'read', token: 'AFTER' });
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.equal(JSON.parse(lines[3]!).token, 'AFTER');
  const r = await log.verify();
  assert.ok(!r.ok && r.line === 3, JSON.stringify(r));
});

test('concurrent appends from several processes keep the chain intact and lose no event', async () => {
  const file = tmpLog();
  const script = path.join(path.dirname(path.dirname(path.dirname(file))), 'writer.ts');
  const auditModule = path.resolve(__dirname, '../../core/vault/audit.ts');
  fs.writeFileSync(
    script,
    `import { AuditLog } from ${JSON.stringify(auditModule)};
const [file, who, n] = process.argv.slice(2);
const log = new AuditLog(file, { actor: 'proc:' + who });
void (async () => {
  for (let i = 0; i < Number(n); i++) await log.append({ action: 'read', token: 'T_' + who + '_' + i, value: 'v' + i });
})();
`,
  );
  const writers = 6;
  const each = 25;
  const runs = Array.from(
    { length: writers },
    (_, w) =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(w), String(each)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`writer ${w} exited ${code}: ${err}`))));
      }),
  );
  // Appends from this process too, at the same time, as the extension would.
  const here = new AuditLog(file, { actor: 'vscode:here' });
  const local = (async () => {
    for (let i = 0; i < each; i++) await here.append({ action: 'copied', token: `LOCAL_${i}` });
  })();
  await Promise.all([...runs, local]);
  const log = new AuditLog(file);
  assert.deepEqual(await log.verify(), { ok: true, lines: (writers + 1) * each });
  const entries = await log.read();
  const tokens = new Set(entries.map((e) => e.token));
  assert.equal(tokens.size, (writers + 1) * each, 'every event is there once');
  for (let w = 0; w < writers; w++) {
    const mine = entries.filter((e) => e.actor === `proc:${w}`).map((e) => e.token);
    assert.deepEqual(mine, Array.from({ length: each }, (_, i) => `T_${w}_${i}`), 'each writer\'s events in its order');
  }
  assert.ok(!fs.existsSync(`${file}.lock`), 'no lock left behind');
});

test('a lock left by a dead process is broken; the append goes through', async () => {
  const file = tmpLog();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A pid that is not running on this host.
  const dead = spawn(process.execPath, ['-e', '0']);
  const pid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
  fs.writeFileSync(`${file}.lock`, `${pid} ${os.hostname()} stale`);
  const log = new AuditLog(file);
  await log.append({ action: 'read', token: 'X' });
  assert.deepEqual(await log.verify(), { ok: true, lines: 1 });
});

test('defaultAuditPath: XDG state on Linux, Application Support on macOS, LOCALAPPDATA on Windows, KEYWARD_AUDIT_LOG first', () => {
  assert.equal(defaultAuditPath({}, 'linux', '/home/ana'), '/home/ana/.local/state/keyward/audit.jsonl');
  assert.equal(defaultAuditPath({ XDG_STATE_HOME: '/xdg/state' }, 'linux', '/home/ana'), '/xdg/state/keyward/audit.jsonl');
  assert.equal(defaultAuditPath({ XDG_STATE_HOME: 'relative' }, 'freebsd', '/home/ana'), '/home/ana/.local/state/keyward/audit.jsonl', 'a relative XDG path is ignored, as the spec says');
  assert.equal(defaultAuditPath({}, 'darwin', '/Users/ana'), '/Users/ana/Library/Application Support/keyward/audit.jsonl');
  assert.equal(defaultAuditPath({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'), 'C:\\Users\\ana\\AppData\\Local\\keyward\\audit.jsonl');
  assert.equal(defaultAuditPath({}, 'win32', 'C:\\Users\\ana'), 'C:\\Users\\ana\\AppData\\Local\\keyward\\audit.jsonl');
  assert.equal(defaultAuditPath({ KEYWARD_AUDIT_LOG: '/tmp/a.jsonl', XDG_STATE_HOME: '/x' }, 'linux', '/h'), '/tmp/a.jsonl');
});

test('appends stay correct with a line longer than the tail window and without a head file', async () => {
  const file = tmpLog();
  const log = new AuditLog(file);
  await log.append({ action: 'read', token: 'A' });
  await log.append({ action: 'read', token: 'B', detail: 'x'.repeat(200_000) });
  await log.append({ action: 'read', token: 'C' });
  assert.deepEqual(await log.verify(), { ok: true, lines: 3 });
  fs.rmSync(`${file}.head`);
  await log.append({ action: 'read', token: 'D' });
  assert.deepEqual(await log.verify(), { ok: true, lines: 4 });
  assert.equal(JSON.parse(fs.readFileSync(`${file}.head`, 'utf8')).lines, 4, 'the head is rebuilt from a full count');
});
