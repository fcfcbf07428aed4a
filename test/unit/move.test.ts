/**
 * "Move to vault" without an editor (core/vault/move.ts): the plan (names, collisions, edits,
 * the manifest entry) and the execution with a failure injected at each step. After any failure
 * the store, keyward.json and the document are as they were, and no message shows the value.
 * Also the extension's editor-free parts: the SecretStorage fallback store and the git history check.
 */
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SecretStorageStore } from '../../client/src/secretStorage.ts';
import { committedLines } from '../../client/src/gitHistory.ts';
import assert from 'node:assert/strict';
import { executeMove, freeName, MovePlanError, nameProblem, planMove, projectFromFolder, type MoveInput, type MoveIo, type MovePlan } from '../../core/vault/move.ts';
import { MemoryStore } from '../../core/vault/memory.ts';
import { parseManifest, serializeManifest, newManifest, withToken } from '../../core/vault/manifest.ts';
import { applyEdits, type Edit } from '../../core/rewrite/index.ts';
import { VaultUnavailableError } from '../../core/vault/store.ts';
import { checksummed } from './fakes.ts';

const TOKEN = checksummed('ghp_');
const TOKEN2 = checksummed('ghp_');
const JS = `const octokit = new Octokit({ auth: "${TOKEN}" });\n`;
const NOW = new Date('2026-11-23T12:00:00.000Z');

function input(over: Partial<MoveInput> = {}): MoveInput {
  const text = over.text ?? JS;
  const offset = text.indexOf(TOKEN);
  return {
    text, version: 3, languageId: 'javascript', path: '/ws/src/app.js',
    items: [{ offset, length: TOKEN.length, name: 'GITHUB_TOKEN', provider: 'GitHub', scopes: ['repo'], environment: 'development', rotation: { rotateEveryDays: 90 } }],
    manifestText: undefined, project: 'orders-api', storeKind: 'memory', now: NOW, ...over,
  };
}

/** A fake editor + file system around a store: records what happened, fails where told. */
class World implements MoveIo {
  text: string;
  version: number;
  manifest: string | undefined;
  fail: Partial<Record<'version' | 'versionLate' | 'readManifest' | 'writeManifest' | 'restoreManifest' | 'apply' | 'applyThrows', boolean>> = {};
  versionReads = 0;
  constructor(
    readonly store: MemoryStore,
    plan: { version: number },
    manifest: string | undefined,
    text = JS,
  ) {
    this.text = text;
    this.version = plan.version;
    this.manifest = manifest;
  }
  documentVersion() {
    this.versionReads++;
    if (this.fail.version) return this.version + 1;
    if (this.fail.versionLate && this.versionReads >= 2) return this.version + 1;
    return this.version;
  }
  async readManifest() {
    if (this.fail.readManifest) throw new Error('EACCES');
    return this.manifest;
  }
  async writeManifest(text: string) {
    if (this.fail.writeManifest) throw new Error('EROFS: read-only file system');
    this.manifest = text;
  }
  async restoreManifest(text: string | undefined) {
    if (this.fail.restoreManifest) throw new Error('EIO');
    this.manifest = text;
  }
  async applyEdits(edits: Edit[]) {
    if (this.fail.applyThrows) throw new Error('the document was closed');
    if (this.fail.apply) return false;
    this.text = applyEdits(this.text, edits);
    this.version++;
    return true;
  }
}

async function snapshot(w: World) {
  return { text: w.text, manifest: w.manifest, store: JSON.stringify(await w.store.list()), values: await Promise.all((await w.store.list()).map((e) => w.store.get(e.name))) };
}

function assertNoValue(s: string, value = TOKEN) {
  assert.ok(!s.includes(value), `the value appears in: ${s}`);
  assert.ok(!s.includes(value.slice(4, 20)), `part of the value appears in: ${s}`);
}

// ---------------------------------------------------------------------------------------------
// The plan

test('plan: the literal becomes process.env.NAME, keyward.json is created with the entry, nothing shows the value', () => {
  const plan = planMove(input());
  assert.equal(plan.newText(), 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });\n');
  const m = parseManifest(plan.manifestAfter);
  assert.equal(m.project, 'orders-api');
  assert.deepEqual(m.tokens.GITHUB_TOKEN, {
    ref: 'keyward://memory/orders-api/GITHUB_TOKEN', provider: 'GitHub', scopes: ['repo'], environment: 'development', rotation: { rotateEveryDays: 90 }, createdAt: NOW.toISOString(),
  });
  assertNoValue(plan.manifestAfter);
  assertNoValue(JSON.stringify(plan));
  assertNoValue(String(plan));
});

test('plan: an existing keyward.json keeps its project and other tokens', () => {
  const before = serializeManifest(withToken(newManifest('billing'), 'OTHER', { ref: 'keyward://keychain/billing/OTHER' }));
  const plan = planMove(input({ manifestText: before, project: 'ignored' }));
  const m = parseManifest(plan.manifestAfter);
  assert.equal(m.project, 'billing');
  assert.deepEqual(Object.keys(m.tokens), ['GITHUB_TOKEN', 'OTHER']);
  assert.equal(m.tokens.GITHUB_TOKEN!.ref, 'keyward://memory/billing/GITHUB_TOKEN');
});

test('plan: a name already in keyward.json is refused (and freeName suggests the next free one)', () => {
  const m = withToken(newManifest('orders-api'), 'GITHUB_TOKEN', { ref: 'keyward://keychain/orders-api/GITHUB_TOKEN' });
  assert.throws(() => planMove(input({ manifestText: serializeManifest(m) })), (e: Error) => e instanceof MovePlanError && /GITHUB_TOKEN is already in keyward\.json/.test(e.message));
  assert.match(nameProblem('GITHUB_TOKEN', m)!, /already in keyward\.json/);
  assert.match(nameProblem('1BAD', m)!, /letters, digits/);
  assert.match(nameProblem('', m)!, /name is needed/);
  assert.equal(nameProblem('GITHUB_TOKEN_2', m), undefined);
  assert.equal(freeName('GITHUB_TOKEN', m), 'GITHUB_TOKEN_2');
  assert.equal(freeName('GITHUB_TOKEN', m, new Set(['GITHUB_TOKEN_2'])), 'GITHUB_TOKEN_3');
});

test('plan: a broken keyward.json stops the move before anything is stored, with line and column', () => {
  assert.throws(() => planMove(input({ manifestText: '{\n  "project": "x",\n  "tokens": { "A": 1 }\n}\n' })), /keyward\.json:3:\d+.*fix keyward\.json first/);
});

test('plan: an unsupported language is refused before anything is stored', () => {
  assert.throws(() => planMove(input({ languageId: 'brainfuck', path: '/ws/x.bf' })), /not supported/);
});

test('plan: move all — Python gets one `import os`, a repeated token becomes one entry, names stay unique', () => {
  const text = `API = "${TOKEN}"\nOTHER = "${TOKEN2}"\nAGAIN = "${TOKEN}"\n`;
  const at = (t: string, from = 0) => text.indexOf(t, from);
  const plan = planMove(input({
    text, languageId: 'python', path: '/ws/settings.py',
    items: [
      { offset: at(TOKEN), length: TOKEN.length, name: 'GITHUB_TOKEN' },
      { offset: at(TOKEN2), length: TOKEN2.length, name: 'GITHUB_TOKEN_2' },
      { offset: at(TOKEN, at(TOKEN) + 1), length: TOKEN.length, name: 'GITHUB_TOKEN_3' },
    ],
  }));
  assert.equal(plan.newText(), 'import os\n\nAPI = os.environ["GITHUB_TOKEN"]\nOTHER = os.environ["GITHUB_TOKEN_2"]\nAGAIN = os.environ["GITHUB_TOKEN"]\n');
  assert.deepEqual(plan.tokens.map((t) => [t.name, t.occurrences]), [['GITHUB_TOKEN', 2], ['GITHUB_TOKEN_2', 1]]);
  assert.deepEqual(Object.keys(parseManifest(plan.manifestAfter).tokens), ['GITHUB_TOKEN', 'GITHUB_TOKEN_2']);
});

test('projectFromFolder: folder names become valid project names', () => {
  assert.equal(projectFromFolder('orders-api'), 'orders-api');
  assert.equal(projectFromFolder('My Project!'), 'My-Project-');
  assert.equal(projectFromFolder('...'), 'project');
});

// ---------------------------------------------------------------------------------------------
// Execution: success

test('execute: stores, reads back, writes keyward.json, edits the document once', async () => {
  const plan = planMove(input());
  const w = new World(new MemoryStore(), plan, undefined);
  const out = await executeMove(plan, w);
  assert.equal(out.ok, true, out.message);
  assert.equal(await w.store.get('GITHUB_TOKEN'), TOKEN);
  assert.equal(w.text, plan.newText());
  assert.equal(w.manifest, plan.manifestAfter);
  assert.match(out.message, /Moved GITHUB_TOKEN to the memory store and created keyward\.json/);
  assertNoValue(JSON.stringify(out));
});

test('execute: a store entry that already holds the same value is reused, not rewritten', async () => {
  const plan = planMove(input());
  const store = new MemoryStore({ GITHUB_TOKEN: TOKEN });
  const w = new World(store, plan, undefined);
  const out = await executeMove(plan, w);
  assert.ok(out.ok);
  assert.deepEqual(out.ok && [out.stored, out.reused], [[], ['GITHUB_TOKEN']]);
});

// ---------------------------------------------------------------------------------------------
// Execution: a failure at each step leaves everything as it was

type Setup = (w: World, plan: MovePlan) => void;

const FAILURES: Array<[string, string, RegExp, Setup]> = [
  ['the store is unreachable', 'store', /Could not reach/, (w) => (w.store.failNext = 'Cannot autolaunch D-Bus without X11 $DISPLAY')],
  ['the store write fails', 'store', /Storing GITHUB_TOKEN .* failed/, (w) => {
    const set = w.store.set.bind(w.store);
    w.store.set = async (n, v) => {
      await set(n, v.slice(0, 5)); // a half-written entry, then the error
      throw new VaultUnavailableError('the keyring was locked', 'memory');
    };
  }],
  ['the read-back differs', 'read-back', /reading it back gave a different value/, (w) => {
    const get = w.store.get.bind(w.store);
    let calls = 0;
    w.store.get = async (n) => (++calls >= 2 ? `${await get(n)}x` : get(n));
  }],
  ['the read-back finds nothing', 'read-back', /reading it back gave nothing/, (w) => {
    let calls = 0;
    const get = w.store.get.bind(w.store);
    w.store.get = async (n) => (++calls >= 2 ? undefined : get(n));
  }],
  ['the document changed before the manifest is written', 'document-changed', /file changed/, (w) => (w.fail.version = true)],
  ['the document changed after the manifest was written', 'document-changed', /file changed/, (w) => (w.fail.versionLate = true)],
  ['keyward.json cannot be read', 'manifest', /could not be read/, (w) => (w.fail.readManifest = true)],
  ['keyward.json changed on disk meanwhile', 'manifest', /changed on disk/, (w) => (w.manifest = '{"project":"orders-api","tokens":{}}\n')],
  ['keyward.json is unwritable', 'manifest', /could not be written: EROFS/, (w) => (w.fail.writeManifest = true)],
  ['the editor refuses the edit', 'edit', /could not be edited/, (w) => (w.fail.apply = true)],
  ['the edit throws', 'edit', /document was closed/, (w) => (w.fail.applyThrows = true)],
];

for (const [what, step, message, setup] of FAILURES) {
  for (const manifestBefore of [undefined, serializeManifest(withToken(newManifest('orders-api'), 'OTHER', { ref: 'keyward://keychain/orders-api/OTHER' }))]) {
    test(`execute fails when ${what} (${manifestBefore ? 'keyward.json exists' : 'no keyward.json yet'}): step ${step}, nothing lost, nothing half-moved`, async () => {
      const plan = planMove(input({ manifestText: manifestBefore }));
      const store = new MemoryStore({ UNRELATED: 'keep-me' });
      const w = new World(store, plan, manifestBefore);
      const before = await snapshot(w);
      setup(w, plan);
      const manifestOnDisk = w.manifest;
      const out = await executeMove(plan, w);
      assert.equal(out.ok, false);
      assert.ok(!out.ok);
      assert.equal(out.step, step);
      assert.match(out.message, message);
      assert.match(out.message, /The code was not changed; the token is still where it was/);
      assertNoValue(out.message);
      assertNoValue(JSON.stringify(out));
      // Nothing lost: the literal is still in the document. Nothing half-moved: no new store entry, keyward.json as it was.
      assert.equal(w.text, JS);
      assert.equal(w.manifest, manifestOnDisk);
      store.failNext = undefined;
      delete (store as { get?: unknown }).get; // the prototype's, untampered
      assert.deepEqual({ ...(await snapshot(w)), manifest: manifestBefore }, before);
      assert.equal(await store.get('GITHUB_TOKEN'), undefined);
      assert.equal(await store.get('UNRELATED'), 'keep-me');
    });
  }
}

test('execute: a different value already under the name is never overwritten', async () => {
  const plan = planMove(input());
  const store = new MemoryStore({ GITHUB_TOKEN: 'someone-elses-value' });
  const w = new World(store, plan, undefined);
  const out = await executeMove(plan, w);
  assert.ok(!out.ok);
  assert.equal(out.step, 'store');
  assert.match(out.message, /already holds a different value under GITHUB_TOKEN/);
  assert.equal(await store.get('GITHUB_TOKEN'), 'someone-elses-value');
  assert.equal(w.text, JS);
  assert.equal(w.manifest, undefined);
});

test('execute: a reused entry is not removed when a later step fails', async () => {
  const plan = planMove(input());
  const store = new MemoryStore({ GITHUB_TOKEN: TOKEN });
  const w = new World(store, plan, undefined);
  w.fail.apply = true;
  const out = await executeMove(plan, w);
  assert.ok(!out.ok);
  assert.equal(await store.get('GITHUB_TOKEN'), TOKEN);
  assert.deepEqual(out.rollback.removed, []);
});

test('execute: when the rollback itself fails, the message says what is left and how to remove it', async () => {
  const plan = planMove(input());
  const store = new MemoryStore();
  const w = new World(store, plan, undefined);
  w.fail.apply = true;
  w.fail.restoreManifest = true;
  store.delete = async () => {
    throw new VaultUnavailableError('gone', 'memory');
  };
  const out = await executeMove(plan, w);
  assert.ok(!out.ok);
  assert.deepEqual(out.rollback, { removed: [], leftInStore: ['GITHUB_TOKEN'], manifest: 'not-restored' });
  assert.match(out.message, /GITHUB_TOKEN could not be removed .*`keyward rm GITHUB_TOKEN`/);
  assert.match(out.message, /keyward\.json could not be put back: remove the new GITHUB_TOKEN entry by hand/);
  assertNoValue(out.message);
});

test('execute: move all rolls back every entry it created', async () => {
  const text = `A = "${TOKEN}"\nB = "${TOKEN2}"\n`;
  const plan = planMove(input({
    text, languageId: 'python', path: '/ws/s.py',
    items: [{ offset: text.indexOf(TOKEN), length: TOKEN.length, name: 'A_TOKEN' }, { offset: text.indexOf(TOKEN2), length: TOKEN2.length, name: 'B_TOKEN' }],
  }));
  const store = new MemoryStore();
  const w = new World(store, plan, undefined, text);
  w.fail.writeManifest = true;
  const out = await executeMove(plan, w);
  assert.ok(!out.ok);
  assert.deepEqual(out.rollback.removed.sort(), ['A_TOKEN', 'B_TOKEN']);
  assert.deepEqual(await store.list(), []);
  assert.equal(w.text, text);
});

// ---------------------------------------------------------------------------------------------
// The editor's pieces that need no editor: the SecretStorage fallback store and the git check.

/** vscode.SecretStorage's shape over a Map. */
function fakeSecrets() {
  const m = new Map<string, string>();
  return {
    map: m,
    get: async (k: string) => m.get(k),
    store: async (k: string, v: string) => void m.set(k, v),
    delete: async (k: string) => void m.delete(k),
    keys: async () => [...m.keys()],
    onDidChange: () => ({ dispose() {} }),
  };
}

test('SecretStorageStore: the store contract; keys are <project>/<NAME>; list has names, never values', async () => {
  const secrets = fakeSecrets();
  const s = new SecretStorageStore(secrets as never, 'orders-api');
  assert.equal(s.kind, 'vscode-secret-storage');
  assert.deepEqual(await s.available(), { ok: true });
  assert.equal(await s.get('GITHUB_TOKEN'), undefined);
  await s.set('GITHUB_TOKEN', TOKEN);
  await s.set('A_TOKEN', 'a');
  assert.equal(secrets.map.get('orders-api/GITHUB_TOKEN'), TOKEN);
  assert.equal(await s.get('GITHUB_TOKEN'), TOKEN);
  const list = await s.list();
  assert.deepEqual(list.map((e) => e.name), ['A_TOKEN', 'GITHUB_TOKEN']);
  assertNoValue(JSON.stringify(list));
  assert.equal(await s.delete('GITHUB_TOKEN'), true);
  assert.equal(await s.delete('GITHUB_TOKEN'), false);
  assert.deepEqual((await s.list()).map((e) => e.name), ['A_TOKEN']);
  // Another project's entries are not this project's.
  assert.deepEqual(await new SecretStorageStore(secrets as never, 'other').list(), []);
  assert.throws(() => new SecretStorageStore(secrets as never, '../x'));
});

test('SecretStorageStore: a move into it works and references say vscode-secret-storage', async () => {
  const plan = planMove(input({ storeKind: 'vscode-secret-storage' }));
  const store = new SecretStorageStore(fakeSecrets() as never, 'orders-api');
  const w = new World(new MemoryStore(), plan, undefined);
  const out = await executeMove(plan, { ...w, documentVersion: () => w.documentVersion(), readManifest: () => w.readManifest(), writeManifest: (t) => w.writeManifest(t), restoreManifest: (t) => w.restoreManifest(t), applyEdits: (e) => w.applyEdits(e), store });
  assert.ok(out.ok, out.message);
  assert.match(out.message, /VS Code's secret storage/);
  assert.equal(parseManifest(w.manifest!).tokens.GITHUB_TOKEN!.ref, 'keyward://vscode-secret-storage/orders-api/GITHUB_TOKEN');
  assert.equal(await store.get('GITHUB_TOKEN'), TOKEN);
});

test('committedLines: committed lines carry their commit; edited, untracked, non-repository and no-git all mean "not committed"', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-move-git-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'app.js');
  const text = `const a = 1;\nconst token = "${TOKEN}";\n`;
  fs.writeFileSync(file, text);
  // Not a repository yet.
  assert.equal((await committedLines(file, [2], text)).size, 0);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  // Untracked.
  assert.equal((await committedLines(file, [2], text)).size, 0);
  git('add', 'app.js');
  git('commit', '-q', '-m', 'add app');
  const hit = await committedLines(file, [1, 2], text);
  assert.deepEqual([...hit.keys()].sort(), [1, 2]);
  assert.match(hit.get(2)!.hash, /^[0-9a-f]{40}$/);
  assert.equal(hit.get(2)!.summary, 'add app');
  // The editor's unsaved text decides: a line typed after the commit is not in history.
  const edited = `const a = 1;\nconst b = "${TOKEN2}";\nconst token = "${TOKEN}";\n`;
  const e = await committedLines(file, [2, 3], edited);
  assert.deepEqual([...e.keys()], [3]);
  // No git on PATH.
  const saved = process.env.PATH;
  process.env.PATH = dir;
  try {
    assert.equal((await committedLines(file, [2], text)).size, 0);
  } finally {
    process.env.PATH = saved;
  }
});

test('a literal built from pieces is stored joined and rewritten whole', () => {
  const head = 'https://hooks.slack.com/services/', mid = 'T0ABCDEFG1/B0HIJKLMN23/', tail = 'Ly8GenUooJ9wjWj19caVcgZi';
  const text = `const SLACK_URL =\n  "${head}" +\n  "${mid}" +\n  "${tail}";\nexport { SLACK_URL };\n`;
  const offset = text.indexOf(head), length = text.indexOf(tail) + tail.length - offset;
  const plan = planMove(input({ text, items: [{ offset, length, name: 'SLACK_WEBHOOK_URL', provider: 'Slack' }] }));
  assert.deepEqual(plan.skipped, []);
  assert.equal(plan.valueOf('SLACK_WEBHOOK_URL'), head + mid + tail);
  assert.equal(plan.newText(), 'const SLACK_URL =\n  process.env.SLACK_WEBHOOK_URL;\nexport { SLACK_URL };\n');
});

test('adjacent Python literals are one value; a range that covers part of the pieces is refused', () => {
  const a = 'shpss_1e467680423b8', b = '02ed6e9b625fe716275';
  const text = `SHOPIFY_API_SECRET = (\n    "${a}"\n    "${b}"\n)\n`;
  const offset = text.indexOf(a), length = text.indexOf(b) + b.length - offset;
  const plan = planMove(input({ text, languageId: 'python', path: '/ws/app/settings.py', items: [{ offset, length, name: 'SHOPIFY_API_SECRET', provider: 'Shopify' }] }));
  assert.equal(plan.valueOf('SHOPIFY_API_SECRET'), a + b);
  assert.match(plan.newText(), /^import os\n[\s\S]*SHOPIFY_API_SECRET = \(\n    os\.environ\["SHOPIFY_API_SECRET"\]\n\)\n$/);
  // From the middle of the first piece: there is no literal to replace whole.
  assert.throws(() => planMove(input({ text, languageId: 'python', path: '/ws/app/settings.py', items: [{ offset: offset + 6, length: length - 6, name: 'X', provider: 'Shopify' }] })), MovePlanError);
});
