/**
 * `keyward rotate`, `rollback` and `audit` as a user runs them: the built dist/cli.js in child
 * processes, on temporary projects using the .env store, each with its own audit log
 * (KEYWARD_AUDIT_LOG). The keychain variant is in vault-keychain.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed, rand } from './fakes.ts';
import { until } from './helpers.ts';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

interface Project {
  dir: string;
  log: string;
  /** Runs the CLI in the project folder, or in `sub` below it. */
  run(args: string[], input?: string, sub?: string): { code: number | null; stdout: string; stderr: string };
  env(): Record<string, string>;
  manifest(): { project: string; tokens: Record<string, Record<string, unknown>> };
  setManifest(edit: (m: { project: string; tokens: Record<string, Record<string, unknown>> }) => void): void;
}

/** A project on the .env store with its own audit log; `tokens` stored through `keyward set`. */
function project(tokens: Record<string, string> = {}): Project {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-rotate-'));
  const log = path.join(dir, 'state', 'audit.jsonl');
  const p: Project = {
    dir,
    log,
    run(args, input = '', sub = '.') {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: path.join(dir, sub), encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', KEYWARD_AUDIT_LOG: log } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    env() {
      const out: Record<string, string> = {};
      for (const line of fs.readFileSync(path.join(dir, '.env'), 'utf8').split('\n')) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (m) out[m[1]!] = m[2]!.replace(/^'(.*)'$/, '$1');
      }
      return out;
    },
    manifest() {
      return JSON.parse(fs.readFileSync(path.join(dir, 'keyward.json'), 'utf8'));
    },
    setManifest(edit) {
      const m = p.manifest();
      edit(m);
      fs.writeFileSync(path.join(dir, 'keyward.json'), JSON.stringify(m, null, 2));
    },
  };
  assert.equal(p.run(['init', '--project', 'demo', '--store', 'env-file']).code, 0);
  for (const [name, value] of Object.entries(tokens)) {
    const r = p.run(['set', name], `${value}\n`);
    assert.equal(r.code, 0, r.stderr);
  }
  return p;
}

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

test('dist/cli.js is built (npm run build)', () => {
  assert.ok(fs.existsSync(CLI), 'run npm run build first');
});

test('help: the main help lists rotate, rollback and audit; each has its own', () => {
  const p = project();
  const main = p.run(['--help']);
  for (const c of ['rotate NAME', 'rotate --due', 'rollback NAME', 'audit ', 'audit verify']) assert.ok(main.stdout.includes(c), c);
  assert.match(p.run(['rotate', '--help']).stdout, /--strategy S[\s\S]*--yes[\s\S]*--due[\s\S]*Exit codes/);
  assert.match(p.run(['help', 'rollback']).stdout, /Usage: keyward rollback NAME/);
  assert.match(p.run(['audit', '--help']).stdout, /--since DATE[\s\S]*verify/);
  assert.equal(p.run(['rotate']).code, 2);
  assert.equal(p.run(['rotate', 'A', '--strategy', 'magic']).code, 2);
  assert.equal(p.run(['audit', 'frobnicate']).code, 2);
  assert.match(p.run(['audit', '--since', 'yesterday-ish']).stderr, /--since needs a date/);
});

test('the vault commands write audit events: stored, read, injected (run, inject), deleted; never a value', () => {
  const value = `sk_live_${rand(30)}`;
  const other = rand(24);
  const p = project({ STRIPE_KEY: value, OTHER: other });
  assert.equal(p.run(['get', 'STRIPE_KEY']).stdout, `${value}\n`);
  assert.equal(p.run(['run', '--', process.execPath, '-e', '0']).code, 0);
  fs.writeFileSync(path.join(p.dir, 'tpl'), 'k: keyward://env-file/demo/OTHER\n');
  assert.equal(p.run(['inject', '-i', 'tpl', '-o', 'out.yml']).code, 0);
  assert.equal(p.run(['rm', 'OTHER']).code, 0);

  const text = fs.readFileSync(p.log, 'utf8');
  assert.ok(!text.includes(value) && !text.includes(value.slice(8, 20)) && !text.includes(other), 'no value in the audit log');
  const events = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    events.map((e) => `${e.action} ${e.token}`),
    ['stored STRIPE_KEY', 'stored OTHER', 'read STRIPE_KEY', 'injected OTHER', 'injected STRIPE_KEY', 'injected OTHER', 'deleted OTHER'],
  );
  assert.match(events[0].actor, /^cli:/);
  assert.equal(events[0].project, 'demo');
  assert.equal(events[0].fingerprint, events[2].fingerprint, 'the same value, the same fingerprint');
  assert.match(events[3].detail, /keyward run node/);
  assert.match(events[5].detail, /keyward inject tpl -> out\.yml/);

  const table = p.run(['audit']);
  assert.equal(table.code, 0);
  assert.match(table.stdout, /^TIME +ACTOR +ACTION +TOKEN +FINGERPRINT +DETAIL/);
  assert.match(table.stdout, /stored +demo\/STRIPE_KEY +[0-9a-f]{12}/);
  assert.equal(p.run(['audit', '--json', '--token', 'OTHER']).stdout.trim().split('\n').length, 4);
  assert.match(p.run(['audit', '--since', '2999-01-01']).stdout, /no audit events since 2999/);
  assert.equal(p.run(['audit', '--since', '1h']).stdout.trim().split('\n').length, 8);

  const ok = p.run(['audit', 'verify']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /intact: 7 lines/);
});

test('an audit log that cannot be written warns and does not stop get', () => {
  const value = rand(24);
  const p = project({ A: value });
  fs.writeFileSync(path.join(p.dir, 'blocker'), '');
  const r = spawnSync(process.execPath, [CLI, 'get', 'A'], { cwd: p.dir, encoding: 'utf8', env: { ...process.env, KEYWARD_AUDIT_LOG: path.join(p.dir, 'blocker', 'audit.jsonl') } });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `${value}\n`);
  assert.match(r.stderr, /warning: the audit log .*blocker\/audit\.jsonl was not written: (ENOTDIR|EEXIST)/);
  assert.ok(!r.stderr.includes(value));
});

test('audit verify exits 1 naming the first bad line', () => {
  const p = project({ A: rand(20), B: rand(20) });
  p.run(['get', 'A']);
  const lines = fs.readFileSync(p.log, 'utf8').split('\n');
  lines[1] = lines[1]!.replace('"stored"', '"deleted"');
  fs.writeFileSync(p.log, lines.join('\n'));
  const r = p.run(['audit', 'verify']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`tampered with or damaged: ${p.log.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: does not chain`));
  assert.match(p.run(['audit']).stderr, /warning: the audit log's chain is broken at line 3/, 'showing the log warns too');
  const json = JSON.parse(p.run(['audit', 'verify', '--json']).stdout);
  assert.equal(json.ok, false);
  assert.equal(json.line, 3);
  // --log reads another file.
  assert.match(p.run(['audit', 'verify', '--log', path.join(p.dir, 'none.jsonl')]).stdout, /intact: 0 lines/);
});

test('rotate NAME (generate): a new value, the old kept as a hidden previous version, rotatedAt saved; rollback puts it back', () => {
  const p = project({ WEBHOOK_SECRET: 'whsec_original_value_1234' });
  p.setManifest((m) => {
    m.tokens.WEBHOOK_SECRET!.rotation = { rotateEveryDays: 30, strategy: 'generate', generate: { prefix: 'whsec_', alphabet: 'hex', length: 32 } };
  });
  const r = p.run(['rotate', 'WEBHOOK_SECRET']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /rotated WEBHOOK_SECRET \(generate\).*kept for 7 days/);
  const env = p.env();
  assert.match(env.WEBHOOK_SECRET!, /^whsec_[0-9a-f]{32}$/);
  assert.equal(env.WEBHOOK_SECRET__PREVIOUS, 'whsec_original_value_1234');
  assert.ok(!r.stdout.includes(env.WEBHOOK_SECRET!) && !r.stderr.includes(env.WEBHOOK_SECRET!));
  const entry = p.manifest().tokens.WEBHOOK_SECRET!;
  assert.ok(Date.now() - Date.parse(entry.rotatedAt as string) < 60_000);

  const list = JSON.parse(p.run(['list', '--json']).stdout);
  assert.deepEqual(
    list.tokens.map((t: { name: string }) => t.name),
    ['WEBHOOK_SECRET'],
  );
  assert.equal(list.tokens[0].rotationState, 'ok');
  assert.equal(list.tokens[0].rotatedAt, entry.rotatedAt);
  // run injects the current value only, never the previous version.
  const run = p.run(['run', '--', process.execPath, '-e', 'console.log(Object.keys(process.env).filter(k => k.startsWith("WEBHOOK")).join(","))']);
  assert.equal(run.stdout.trim(), 'WEBHOOK_SECRET');

  const back = p.run(['rollback', 'WEBHOOK_SECRET']);
  assert.equal(back.code, 0, back.stderr);
  assert.equal(p.env().WEBHOOK_SECRET, 'whsec_original_value_1234');
  assert.equal(p.env().WEBHOOK_SECRET__PREVIOUS, undefined);
  assert.equal(p.manifest().tokens.WEBHOOK_SECRET!.rotatedAt, undefined);
  const again = p.run(['rollback', 'WEBHOOK_SECRET']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /no previous version/);

  const actions = fs
    .readFileSync(p.log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).action);
  assert.deepEqual(actions, ['stored', 'rotated', 'injected', 'rolled-back']);
  assert.equal(p.run(['audit', 'verify']).code, 0);
  assert.equal(p.run(['set', 'X__PREVIOUS'], 'v\n').code, 2, 'previous-version names are reserved');
});

test('rotate (command): not run without approval off a terminal; with --yes its output is the new value', () => {
  const p = project({ DB_PASSWORD: 'old-password-value' });
  const marker = path.join(p.dir, 'ran');
  const fresh = `pw-${rand(24)}`;
  // The command prints a value it reads from elsewhere, as a secrets tool would.
  fs.writeFileSync(path.join(p.dir, 'issued'), `  ${fresh}  \n`);
  const cmd = `echo x > ${JSON.stringify(marker)}; cat ${JSON.stringify(path.join(p.dir, 'issued'))}`;
  p.setManifest((m) => {
    m.tokens.DB_PASSWORD!.rotation = { strategy: 'command', command: cmd };
  });
  const refused = p.run(['rotate', 'DB_PASSWORD']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /not running the rotation command without approval: pass --yes/);
  assert.ok(!fs.existsSync(marker), 'the command did not run');
  assert.equal(p.env().DB_PASSWORD, 'old-password-value');
  assert.equal(p.manifest().tokens.DB_PASSWORD!.rotatedAt, undefined);

  const ok = p.run(['rotate', 'DB_PASSWORD', '--yes']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(fs.existsSync(marker));
  assert.match(ok.stderr, /approved with --yes/);
  assert.equal(p.env().DB_PASSWORD, fresh);
  assert.equal(p.env().DB_PASSWORD__PREVIOUS, 'old-password-value');
  assert.ok(!ok.stdout.includes(fresh) && !ok.stderr.includes(fresh) && !fs.readFileSync(p.log, 'utf8').includes(fresh));

  const failing = project({ T: 'v1-abcdefgh' });
  failing.setManifest((m) => {
    m.tokens.T!.rotation = { command: 'exit 7' };
  });
  const f = failing.run(['rotate', 'T', '--yes']);
  assert.equal(f.code, 1);
  assert.match(f.stderr, /exited with code 7; nothing was changed/);
  assert.equal(failing.env().T, 'v1-abcdefgh');
});

test('rotate (command) runs the command in the folder of keyward.json, wherever keyward is run from', () => {
  const p = project({ SIGNING_KEY: 'old-signing-key-value' });
  const fresh = `sk-${rand(32)}`;
  fs.mkdirSync(path.join(p.dir, 'scripts'));
  fs.mkdirSync(path.join(p.dir, 'src', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(p.dir, 'scripts', 'issued'), `${fresh}\n`);
  p.setManifest((m) => {
    m.tokens.SIGNING_KEY!.rotation = { strategy: 'command', command: 'cat scripts/issued' };
  });
  const r = p.run(['rotate', 'SIGNING_KEY', '--yes'], '', 'src/deep');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(p.env().SIGNING_KEY, fresh);
});

test('rotate (manual): the pasted value (stdin) must match the provider format; a wrong one changes nothing', () => {
  const old = checksummed('ghp_');
  const p = project({ GITHUB_TOKEN: old });
  p.setManifest((m) => {
    m.tokens.GITHUB_TOKEN!.provider = 'GitHub';
  });
  const wrong = `sk_live_${rand(30)}`;
  const bad = p.run(['rotate', 'GITHUB_TOKEN', '--strategy', 'manual'], `${wrong}\n`);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /does not match the format of any GitHub token.*nothing was changed/);
  assert.match(bad.stderr, /https:\/\/github\.com\/settings\/tokens/, 'points at the provider page');
  assert.ok(!bad.stderr.includes(wrong));
  assert.equal(p.env().GITHUB_TOKEN, old);
  assert.equal(p.env().GITHUB_TOKEN__PREVIOUS, undefined);

  const fresh = checksummed('ghp_');
  const good = p.run(['rotate', 'GITHUB_TOKEN'], `${fresh}\n`);
  assert.equal(good.code, 0, good.stderr);
  assert.equal(p.env().GITHUB_TOKEN, fresh);
  assert.equal(p.env().GITHUB_TOKEN__PREVIOUS, old);
});

test('rotate --due: rotates what is due non-interactively, lists manual ones, exits 1 if any was left; purges old previous versions', () => {
  const p = project({ HOOK: 'hook-old-value', FRESH: 'fresh-value-xyz', GH: checksummed('ghp_'), SCRIPTED: 'scripted-old', GONE: 'gone-v2' });
  // An old previous version of GONE, past its grace period.
  fs.appendFileSync(path.join(p.dir, '.env'), 'GONE__PREVIOUS=gone-v1\n');
  p.setManifest((m) => {
    m.tokens.HOOK!.createdAt = daysAgo(40);
    m.tokens.HOOK!.rotation = { rotateEveryDays: 30, generate: {} };
    m.tokens.FRESH!.rotation = { rotateEveryDays: 30, generate: {} };
    m.tokens.GH!.provider = 'GitHub';
    m.tokens.GH!.rotation = { expiresAt: daysAgo(1) };
    m.tokens.SCRIPTED!.createdAt = daysAgo(29);
    m.tokens.SCRIPTED!.rotation = { rotateEveryDays: 30, command: 'echo scripted-new-value' };
    m.tokens.GONE!.rotatedAt = daysAgo(8);
  });
  const r = p.run(['rotate', '--due']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /rotated HOOK \(generate\)/);
  assert.match(r.stderr, /GH is expired but rotates by hand \(manual strategy\)/);
  assert.match(r.stderr, /SCRIPTED \(due\) was not rotated: .*not approved/);
  assert.match(r.stdout, /1 rotated, 2 not rotated/);
  assert.match(r.stdout, /deleted the previous version of GONE/);
  const env = p.env();
  assert.notEqual(env.HOOK, 'hook-old-value');
  assert.equal(env.HOOK__PREVIOUS, 'hook-old-value');
  assert.equal(env.FRESH, 'fresh-value-xyz');
  assert.equal(env.SCRIPTED, 'scripted-old');
  assert.equal(env.GONE__PREVIOUS, undefined);

  const yes = p.run(['rotate', '--due', '--yes']);
  assert.equal(yes.code, 1, 'GH still needs a person');
  assert.equal(p.env().SCRIPTED, 'scripted-new-value');
  p.setManifest((m) => {
    delete m.tokens.GH;
  });
  const clean = p.run(['rotate', '--due']);
  assert.equal(clean.code, 0, clean.stderr);
  assert.match(clean.stdout, /no token is due for rotation/);
  assert.equal(p.run(['audit', 'verify']).code, 0);
});

test('rotate: a token not in keyward.json, or a broken manifest, is a clear error (exit 2) and nothing changes', () => {
  const p = project({ A: 'a-value-1234' });
  const missing = p.run(['rotate', 'NOPE']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /NOPE is not in keyward\.json/);
  p.setManifest((m) => {
    m.tokens.A!.rotation = { strategy: 'command' } as unknown as Record<string, unknown>;
  });
  const broken = p.run(['rotate', 'A', '--yes']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /keyward\.json:\d+:\d+: tokens\.A\.rotation\.strategy: the command strategy needs "command"/);
  assert.equal(p.env().A, 'a-value-1234');
});

/** Runs the CLI on a pseudo-terminal (script(1)), answers the first prompt with `answer`. */
async function onTerminal(p: Project, args: string[], prompt: string, answer: string): Promise<{ code: number | null | undefined; out: string }> {
  const cmd = [process.execPath, CLI, ...args].map((a) => JSON.stringify(a)).join(' ');
  const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: p.dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', KEYWARD_AUDIT_LOG: p.log } });
  let out = '';
  let exit: number | null | undefined;
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.on('exit', (code) => (exit = code));
  try {
    await until(() => out.includes(prompt) || exit !== undefined, 'the prompt');
    child.stdin.write(`${answer}\r`);
    await until(() => exit !== undefined, 'the command to finish');
  } finally {
    if (exit === undefined) child.kill('SIGKILL');
  }
  return { code: exit, out };
}

test('rotate (command) on a terminal asks about that exact command; only yes runs it', { skip: process.platform !== 'linux' && 'needs util-linux script(1) for a pty' }, async (t) => {
  if (spawnSync('script', ['--version']).error) return t.skip('script(1) is not installed');
  const p = project({ SVC_PASSWORD: 'svc-old-value' });
  fs.writeFileSync(path.join(p.dir, 'issued'), 'svc-new-value-from-tool\n');
  const cmd = `cat ${JSON.stringify(path.join(p.dir, 'issued'))}`;
  p.setManifest((m) => {
    m.tokens.SVC_PASSWORD!.rotation = { command: cmd };
  });
  const no = await onTerminal(p, ['rotate', 'SVC_PASSWORD'], '[y/N] ', 'n');
  assert.equal(no.code, 1, no.out);
  assert.ok(no.out.includes(`Run this command to make the new value of SVC_PASSWORD?\r\n  ${cmd}`), no.out);
  assert.match(no.out, /was not approved, so it did not run/);
  assert.equal(p.env().SVC_PASSWORD, 'svc-old-value');

  const yes = await onTerminal(p, ['rotate', 'SVC_PASSWORD'], '[y/N] ', 'y');
  assert.equal(yes.code, 0, yes.out);
  assert.equal(p.env().SVC_PASSWORD, 'svc-new-value-from-tool');
  assert.ok(!yes.out.includes('svc-new-value-from-tool'));
});

test('rotate (manual) on a terminal: a hidden prompt, the value not echoed', { skip: process.platform !== 'linux' && 'needs util-linux script(1) for a pty' }, async (t) => {
  if (spawnSync('script', ['--version']).error) return t.skip('script(1) is not installed');
  const p = project({ GITHUB_TOKEN: checksummed('ghp_') });
  p.setManifest((m) => {
    m.tokens.GITHUB_TOKEN!.provider = 'GitHub';
  });
  const fresh = checksummed('ghp_');
  const r = await onTerminal(p, ['rotate', 'GITHUB_TOKEN'], '(input hidden): ', fresh);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /issue a new GitHub token for GITHUB_TOKEN at https:\/\/github\.com\/settings\/tokens/);
  assert.ok(!r.out.includes(fresh));
  assert.equal(p.env().GITHUB_TOKEN, fresh);
});
