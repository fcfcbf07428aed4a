/**
 * Rotating from the editor: the decisions behind the Token Explorer's Rotate (core/vault/rotation.ts
 * editorRotationHooks), with VS Code's dialogs replaced by fakes that record what they were shown
 * and answer as a person would, an in-memory store, a real audit log and an injected clock.
 *
 * - command: refused without asking in an untrusted workspace; otherwise a modal shows the exact
 *   command (invisible characters escaped) and only its "Run This Command" button runs it; the
 *   printed value must have the provider's format; the default runner runs in the project folder.
 * - manual: the provider's page is offered first; the paste box refuses a wrong-format value with
 *   a message that says why and never quotes it; a value that gets past the box is refused again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AuditLog, shortFingerprint } from '../../core/vault/audit.ts';
import type { TokenEntry } from '../../core/vault/manifest.ts';
import { MemoryStore } from '../../core/vault/memory.ts';
import {
  commandApproval,
  commandForDisplay,
  DAY_MS,
  editorRotationHooks,
  providerPageFor,
  rotateToken,
  rotationChoices,
  RotationError,
  RUN_COMMAND_BUTTON,
  untrustedCommandProblem,
  type CommandApproval,
  type EditorRotationUi,
} from '../../core/vault/rotation.ts';
import { badChecksum, checksummed, rand } from './fakes.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const at = (days: number) => new Date(Date.parse(T0) + days * DAY_MS);
const SOURCE = '/work/orders-api/keyward.json';
const NAME = 'GITHUB_TOKEN';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-rot-editor-'));
}

/** A fake editor: records every dialog it was shown and answers from the script it was given. */
class FakeUi implements EditorRotationUi {
  readonly shown: { confirm: CommandApproval[]; pages: string[]; pastes: { title: string; prompt: string }[] } = { confirm: [], pages: [], pastes: [] };
  /** What the paste box's validator said about each value typed into it. */
  readonly problems: (string | undefined)[] = [];
  constructor(
    readonly trusted: boolean,
    private readonly answers: { confirm?: string; page?: boolean; typed?: string[]; paste?: string } = {},
    readonly source = SOURCE,
  ) {}
  async confirm(a: CommandApproval): Promise<string | undefined> {
    this.shown.confirm.push(a);
    return this.answers.confirm;
  }
  async offerProviderPage(url: string): Promise<boolean> {
    this.shown.pages.push(url);
    return this.answers.page ?? true;
  }
  async paste(o: { title: string; prompt: string; validate: (v: string) => string | undefined }): Promise<string | undefined> {
    this.shown.pastes.push({ title: o.title, prompt: o.prompt });
    // The person types (pastes) each value in turn; an input box accepts Enter only when the validator is silent.
    for (const v of this.answers.typed ?? []) this.problems.push(o.validate(v));
    return this.answers.paste;
  }
}

const ghEntry = (rotation: TokenEntry['rotation'] = {}): TokenEntry => ({ ref: `keyward://memory/orders-api/${NAME}`, provider: 'GitHub', createdAt: T0, rotation: { rotateEveryDays: 90, ...rotation } });

interface Setup {
  store: MemoryStore;
  audit: AuditLog;
  auditFile: string;
  ran: string[];
  old: string;
}

function setup(): Setup {
  const auditFile = path.join(tmpDir(), 'audit.jsonl');
  const old = checksummed('ghp_');
  return { store: new MemoryStore({ [NAME]: old }), audit: new AuditLog(auditFile, { actor: 'vscode:test' }), auditFile, ran: [], old };
}

async function rotateWith(s: Setup, ui: FakeUi, entry: TokenEntry, printed: string, strategy?: 'command' | 'manual') {
  return rotateToken({
    project: 'orders-api',
    name: NAME,
    entry,
    store: s.store,
    strategy,
    audit: s.audit,
    now: () => at(40),
    runCommand: async (c) => {
      s.ran.push(c);
      return `${printed}\n`;
    },
    ...editorRotationHooks({ name: NAME, provider: entry.provider }, ui),
  });
}

async function unchanged(s: Setup): Promise<void> {
  assert.equal(await s.store.get(NAME), s.old, 'the value is unchanged');
  assert.deepEqual((await s.store.list()).map((i) => i.name), [NAME], 'no previous version was made');
  assert.deepEqual(await s.audit.read(), [], 'nothing was audited');
}

const CMD = 'gh auth refresh --hostname github.com && gh auth token';

test('command, untrusted workspace: refused before anything is asked or run; the message names the manifest and workspace trust', async () => {
  const s = setup();
  const ui = new FakeUi(false, { confirm: RUN_COMMAND_BUTTON });
  const err = await rotateWith(s, ui, ghEntry({ strategy: 'command', command: CMD }), checksummed('ghp_')).catch((e: unknown) => e);
  assert.ok(err instanceof RotationError && err.code === 'refused', String(err));
  assert.match(err.message, /comes from \/work\/orders-api\/keyward\.json/);
  assert.match(err.message, /only in a trusted workspace/);
  assert.match(err.message, /Nothing was run or changed/);
  assert.deepEqual(ui.shown.confirm, [], 'no approval was even offered');
  assert.deepEqual(s.ran, [], 'the command did not run');
  await unchanged(s);

  // The editor checks this before it starts (and before any progress shows): same decision.
  assert.equal(untrustedCommandProblem(NAME, false, SOURCE), err.message);
  assert.equal(untrustedCommandProblem(NAME, true, SOURCE), undefined);
});

test('command, trusted: the modal shows that exact command; dismissing it or any other answer runs nothing', async () => {
  for (const answer of [undefined, 'Cancel', 'run this command', `${RUN_COMMAND_BUTTON} `]) {
    const s = setup();
    const ui = new FakeUi(true, { confirm: answer });
    const err = await rotateWith(s, ui, ghEntry({ strategy: 'command', command: CMD }), checksummed('ghp_')).catch((e: unknown) => e);
    assert.ok(err instanceof RotationError && err.code === 'refused', `answer ${JSON.stringify(answer)}: ${String(err)}`);
    assert.match(err.message, /not approved, so it did not run/);
    assert.equal(ui.shown.confirm.length, 1);
    const shown = ui.shown.confirm[0]!;
    assert.equal(shown.message, `Run this command to make ${NAME}'s new value?`);
    assert.ok(shown.detail.startsWith(`${CMD}\n\n`), `the detail starts with the exact command: ${shown.detail}`);
    assert.match(shown.detail, /comes from \/work\/orders-api\/keyward\.json/);
    assert.equal(shown.button, RUN_COMMAND_BUTTON);
    assert.deepEqual(s.ran, [], `answer ${JSON.stringify(answer)} ran the command`);
    await unchanged(s);
  }
});

test('command, trusted and approved: runs the command it showed; its output is the new value, the old one kept, audited by fingerprint at the injected time', async () => {
  const s = setup();
  const ui = new FakeUi(true, { confirm: RUN_COMMAND_BUTTON });
  const fresh = checksummed('ghp_');
  const r = await rotateWith(s, ui, ghEntry({ strategy: 'command', command: CMD }), fresh);
  assert.deepEqual(s.ran, [CMD], 'exactly the approved command ran, once');
  assert.ok(ui.shown.confirm[0]!.detail.startsWith(CMD));
  assert.equal(await s.store.get(NAME), fresh, 'the printed value (trimmed) is stored');
  assert.equal(await s.store.get(`${NAME}__PREVIOUS`), s.old, 'the old value is kept for rollback');
  assert.equal(r.strategy, 'command');
  assert.equal(r.entry.rotatedAt, at(40).toISOString(), 'rotatedAt comes from the injected clock');
  const events = await s.audit.read();
  assert.deepEqual(events.map((e) => [e.action, e.token, e.fingerprint]), [['rotated', NAME, shortFingerprint(fresh)]]);
  const log = fs.readFileSync(s.auditFile, 'utf8');
  assert.ok(!log.includes(fresh) && !log.includes(s.old), 'the audit log holds no value');
});

test('command: a printed value that is not the provider\'s format (or whose checksum fails) is refused; nothing changes', async () => {
  for (const [printed, why] of [
    [`ghp_${rand(12)}`, /does not match the format of any GitHub token/],
    [badChecksum('ghp_'), /checksum does not verify/],
    ['', /the value is empty/],
  ] as const) {
    const s = setup();
    const ui = new FakeUi(true, { confirm: RUN_COMMAND_BUTTON });
    const err = await rotateWith(s, ui, ghEntry({ strategy: 'command', command: CMD }), printed).catch((e: unknown) => e);
    assert.ok(err instanceof RotationError && err.code === 'invalid', String(err));
    assert.match(err.message, why);
    assert.match(err.message, /nothing was changed/);
    if (printed) assert.ok(!err.message.includes(printed), 'the message never quotes the value');
    assert.deepEqual(s.ran, [CMD]);
    await unchanged(s);
  }
});

test('command approval: invisible and direction-changing characters are shown escaped, so what is approved is what runs', () => {
  assert.deepEqual(commandForDisplay(CMD), { text: CMD, hidden: false });
  assert.deepEqual(commandForDisplay('printf "%s\\n" x\tand\nnext line'), { text: 'printf "%s\\n" x\tand\nnext line', hidden: false }, 'tabs and newlines stay as they are');
  // Trojan Source: a right-to-left override makes "echo ok #\u202e; rm -rf ~" read differently.
  const sneaky = 'echo ok #\u202e ~ fr- mr ;';
  const shown = commandForDisplay(sneaky);
  assert.equal(shown.hidden, true);
  assert.equal(shown.text, 'echo ok #\\u{202E} ~ fr- mr ;');
  for (const [ch, esc] of [['\u200b', '\\u{200B}'], ['\u2066', '\\u{2066}'], ['\u001b', '\\u{001B}'], ['\ufeff', '\\u{FEFF}'], ['\u0085', '\\u{0085}']]) {
    assert.equal(commandForDisplay(`a${ch}b`).text, `a${esc}b`);
  }
  const a = commandApproval(NAME, sneaky, SOURCE);
  assert.ok(a.detail.startsWith('echo ok #\\u{202E} ~ fr- mr ;\n\n'));
  assert.match(a.detail, /invisible or control characters, shown above as \\u\{…\} escapes/);
  assert.doesNotMatch(commandApproval(NAME, CMD, SOURCE).detail, /invisible/);
});

test('command: the default runner runs in the folder it is given (the project), so ./scripts/… and ../… resolve there', async () => {
  const root = tmpDir();
  const fresh = checksummed('ghp_');
  fs.writeFileSync(path.join(root, 'next-token'), `${fresh}\n`);
  const store = new MemoryStore({ [NAME]: checksummed('ghp_') });
  const ui = new FakeUi(true, { confirm: RUN_COMMAND_BUTTON });
  await rotateToken({ project: 'p', name: NAME, entry: ghEntry({ command: 'cat ./next-token' }), store, cwd: root, ...editorRotationHooks({ name: NAME, provider: 'GitHub' }, ui) });
  assert.equal(await store.get(NAME), fresh);
  assert.equal(ui.shown.confirm.length, 1);
});

test('manual: the provider\'s page is offered first; declining it cancels before anything is pasted', async () => {
  const s = setup();
  const ui = new FakeUi(true, { page: false, paste: checksummed('ghp_') });
  const err = await rotateWith(s, ui, ghEntry({ strategy: 'manual' }), '').catch((e: unknown) => e);
  assert.ok(err instanceof RotationError && err.code === 'cancelled', String(err));
  assert.deepEqual(ui.shown.pages, [providerPageFor('GitHub')]);
  assert.match(ui.shown.pages[0]!, /^https:\/\//);
  assert.deepEqual(ui.shown.pastes, [], 'the paste box never opened');
  await unchanged(s);
});

test('manual: the paste box refuses a wrong-format value with a message that says why and never quotes it; only the right format gets through', async () => {
  const s = setup();
  const wrong = `ghp_${rand(20)}`;
  const mistyped = badChecksum('ghp_');
  const fresh = checksummed('ghp_');
  const ui = new FakeUi(true, { typed: ['', wrong, mistyped, `${fresh} `, 'a\nb', fresh], paste: fresh });
  await rotateWith(s, ui, ghEntry({ strategy: 'manual' }), '');
  assert.equal(ui.problems[0], undefined, 'an empty box says nothing yet');
  assert.match(ui.problems[1]!, /^the value does not match the format of any GitHub token \(.*\) \(24 characters given\)$/);
  assert.match(ui.problems[2]!, /checksum does not verify \(mistyped or cut short\?\)/);
  assert.match(ui.problems[3]!, /starts or ends with spaces/);
  assert.match(ui.problems[4]!, /spans several lines/);
  assert.equal(ui.problems[5], undefined, 'a real-format token passes');
  for (const p of ui.problems) assert.ok(!p || (!p.includes(wrong) && !p.includes(mistyped) && !p.includes(fresh)), 'no message quotes a value');
  assert.deepEqual(ui.shown.pastes.map((p) => p.title), [`Keyward: new value for ${NAME}`]);
  assert.match(ui.shown.pastes[0]!.prompt, /GitHub token/);
  assert.equal(await s.store.get(NAME), fresh);
  assert.equal(await s.store.get(`${NAME}__PREVIOUS`), s.old);
});

test('manual: a wrong-format value that gets past the box anyway (another editor, a script) is refused; nothing changes', async () => {
  const s = setup();
  const wrong = `github_pat_${rand(10)}`;
  const ui = new FakeUi(true, { paste: wrong });
  const err = await rotateWith(s, ui, ghEntry({ strategy: 'manual' }), '').catch((e: unknown) => e);
  assert.ok(err instanceof RotationError && err.code === 'invalid', String(err));
  assert.match(err.message, new RegExp(`^${NAME}: the value does not match the format of any GitHub token .*; nothing was changed$`));
  assert.ok(!err.message.includes(wrong));
  await unchanged(s);

  // Cancelling the paste box is a cancel, not an error.
  const s2 = setup();
  const err2 = await rotateWith(s2, new FakeUi(true, { paste: undefined }), ghEntry({ strategy: 'manual' }), '').catch((e: unknown) => e);
  assert.ok(err2 instanceof RotationError && err2.code === 'cancelled', String(err2));
  await unchanged(s2);
});

test('manual, provider without known formats or page: no page is offered, the paste needs only the basic checks', async () => {
  const s = setup();
  const fresh = `svc-${rand(24)}`;
  const ui = new FakeUi(true, { typed: ['two words', fresh], paste: fresh });
  await rotateToken({ project: 'orders-api', name: NAME, entry: { ...ghEntry({ strategy: 'manual' }), provider: 'Internal Billing' }, store: s.store, ...editorRotationHooks({ name: NAME, provider: 'Internal Billing' }, ui) });
  assert.deepEqual(ui.shown.pages, []);
  assert.deepEqual(ui.problems, [undefined, undefined]);
  assert.equal(await s.store.get(NAME), fresh);
});

test('rotationChoices: the policy\'s strategy alone; else its default first, and "generate" only for values you issue yourself', () => {
  // Named in the policy: no choice to make.
  assert.deepEqual(rotationChoices({ strategy: 'command', command: CMD }, 'GitHub'), ['command']);
  assert.deepEqual(rotationChoices({ strategy: 'generate' }, 'GitHub'), ['generate'], 'what the manifest says, even for a provider token');
  // A GitHub token moved out of the code (rotateEveryDays only): paste a new one from GitHub. A
  // random string would break the code and leave the leaked token valid at GitHub.
  assert.deepEqual(rotationChoices({ rotateEveryDays: 90 }, 'GitHub'), ['manual']);
  assert.deepEqual(rotationChoices(undefined, 'github-pat'), ['manual'], 'a rule id works as the provider');
  assert.deepEqual(rotationChoices({ command: CMD }, 'GitHub'), ['command', 'manual']);
  // A recipe says it is yours to generate.
  assert.deepEqual(rotationChoices({ generate: { prefix: 'whsec_' } }, 'Stripe'), ['generate', 'manual']);
  // No known format (your own service password, an unknown provider): generating is offered.
  assert.deepEqual(rotationChoices({ rotateEveryDays: 30 }, undefined), ['manual', 'generate']);
  assert.deepEqual(rotationChoices({ command: CMD }, 'Internal Billing'), ['command', 'manual', 'generate']);
});
