/**
 * The vault journey in a real VS Code (code-server) with the packaged per-platform .vsix (keytar
 * inside), in the private D-Bus session with gnome-keyring that scripts/e2e.sh starts:
 * "Move to vault…" from the lightbulb / quick-fix menu, Enter through the questions, and the
 * literal becomes the lookup, keyward.json gains the entry, libsecret's secret-tool finds the
 * value in the keychain, the squiggle goes, the token's presence in git history is flagged with a
 * Rotate offer, the audit log records it without the value, and Undo restores the text.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Editor, VSIX, positionOf, renderFixture, secretToolLookup, waitFor, type Tokens } from './harness.ts';
import { checksummed } from '../unit/fakes.ts';
import { zipEntries, zipReadText } from '../../scripts/package.mjs';

let ed: Editor;
let tokens: Tokens;
let workspace: string;
let auditLog: string;
/** A file with two tokens, for "Move all", written into the workspace copy only. */
const KEYS_FILE = 'config/keys.py';
const KEYS = { github: checksummed('ghp_'), npm: checksummed('npm_') };
const KEYS_TEXT = `"""Publishing credentials."""\n\nGITHUB_TOKEN = "${KEYS.github}"\nNPM_TOKEN = "${KEYS.npm}"\n`;

const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('vault: the packaged .vsix is per-platform and carries keytar (package.json, loader, native binary) and nothing else of node_modules', () => {
  const names = zipEntries(VSIX);
  const modules = names.filter((n: string) => n.includes('node_modules/')).sort();
  assert.deepEqual(modules, ['extension/node_modules/keytar/build/Release/keytar.node', 'extension/node_modules/keytar/lib/keytar.js', 'extension/node_modules/keytar/package.json']);
  const manifest = zipReadText(VSIX, 'extension.vsixmanifest');
  assert.match(manifest, /TargetPlatform="linux-x64"/);
});

before(async () => {
  workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-vault-')), 'orders-api');
  tokens = renderFixture(workspace);
  fs.writeFileSync(path.join(workspace, KEYS_FILE), KEYS_TEXT);
  // The token is already committed: the move must say it stays in history and offer rotation.
  git('init', '-q');
  git('-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'add', '-A');
  git('-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'commit', '-q', '-m', 'initial');
  // The extension host inherits this: the audit log goes to the test's folder, not the real home.
  auditLog = path.join(path.dirname(workspace), 'audit.jsonl');
  process.env.KEYWARD_AUDIT_LOG = auditLog;
  ed = await Editor.launch({ workspace, logName: 'code-server-vault.log' });
}, { timeout: 180_000 });

after(async () => {
  await ed?.close();
  for (const name of ['GITHUB_TOKEN', 'GITHUB_TOKEN_2', 'NPM_TOKEN']) spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', `orders-api/${name}`]);
  if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
});

test('vault: "Move to vault…" from the quick-fix stores the token in the keychain, rewrites the literal, adds keyward.json; undo restores the text', { timeout: 180_000 }, async () => {
  const file = 'src/app.js';
  const token = tokens.ghp_1;
  const at = positionOf(ed.file(file), token);
  const original = fs.readFileSync(ed.file(file), 'utf8').split('\n')[at.line - 1];
  try {
    await ed.openFile(file);
    await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line), `a squiggle on line ${at.line}`, 20_000);
    assert.equal(secretToolLookup('orders-api/GITHUB_TOKEN'), undefined, 'the keychain starts without the entry');

    // The lightbulb's quick-fix menu at the token.
    await ed.goTo(at.line, at.column + 6);
    const fixes = await ed.quickFixes({ keepOpen: true });
    assert.ok(fixes.some((t) => t === 'Move GitHub token to vault…'), `the menu offers "Move GitHub token to vault…": ${JSON.stringify(fixes)}`);
    await ed.press('Escape');
    await ed.applyQuickFix('Move GitHub token to vault…');

    // Enter, Enter, Enter, Enter: every default.
    await waitFor(async () => /\(1\/4\): name/.test((await ed.quickInputState())?.title ?? ''), 'the name prompt', 15_000);
    await ed.screenshot('vault-1-name-prompt');
    const name = await ed.answerQuickInput(/Move to vault \(1\/4\): name/);
    assert.equal(name.value, 'GITHUB_TOKEN', 'the suggested name');
    await ed.answerQuickInput(/\(2\/4\): scopes/);
    const env = await ed.answerQuickInput(/\(3\/4\): environment/);
    assert.equal(env.items[0], 'Any environment');
    const rotation = await ed.answerQuickInput(/\(4\/4\): rotation/);
    assert.equal(rotation.items[0], 'Every 90 days');

    // The literal becomes the lookup, in the editor.
    const expected = original.replace(`'${token}'`, 'process.env.GITHUB_TOKEN');
    assert.notEqual(expected, original);
    await waitFor(async () => (await ed.visibleText()).split('\n')[at.line - 1] === expected, `line ${at.line} to read ${JSON.stringify(expected)}`, 20_000);

    // keyward.json gains the entry (created, with the folder's name as the project); no value in it.
    const manifest = await waitFor(() => (fs.existsSync(ed.file('keyward.json')) ? JSON.parse(fs.readFileSync(ed.file('keyward.json'), 'utf8')) : undefined), 'keyward.json');
    assert.equal(manifest.project, 'orders-api');
    assert.equal(manifest.tokens.GITHUB_TOKEN.ref, 'keyward://keychain/orders-api/GITHUB_TOKEN');
    assert.equal(manifest.tokens.GITHUB_TOKEN.provider, 'GitHub');
    assert.deepEqual(manifest.tokens.GITHUB_TOKEN.rotation, { rotateEveryDays: 90 });
    assert.ok(!fs.readFileSync(ed.file('keyward.json'), 'utf8').includes(token), 'keyward.json holds no value');

    // The OS keychain holds it, where the CLI and secret-tool look.
    assert.equal(secretToolLookup('orders-api/GITHUB_TOKEN'), token, 'secret-tool finds the value in the keychain');

    // The squiggle goes.
    await waitFor(async () => !(await ed.squiggles()).some((s) => s.line === at.line), `the squiggle on line ${at.line} to go`, 20_000);

    // It was committed: the user is told it stays in history, and offered Rotate.
    const warning = await waitFor(async () => (await ed.notifications()).find((n) => /already committed/.test(n)), 'the git history warning', 15_000);
    assert.match(warning, /git history/);
    assert.match(warning, /Rotate/);
    for (const n of await ed.notifications()) assert.ok(!n.includes(token) && !n.includes(token.slice(4, 20)), `a notification shows the value: ${n}`);
    await ed.screenshot('vault-2-moved');

    // The audit log has a 'stored' event, with a fingerprint and never the value.
    const audit = await waitFor(() => (fs.existsSync(auditLog) ? fs.readFileSync(auditLog, 'utf8') : undefined), 'the audit log');
    const events = audit.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(events.some((e) => e.action === 'stored' && e.token === 'GITHUB_TOKEN' && e.project === 'orders-api' && typeof e.fingerprint === 'string'), audit.replaceAll(token, '<value>'));
    assert.ok(!audit.includes(token), 'the audit log holds no value');

    // Undo (one step) restores the literal.
    await ed.goTo(at.line, 1);
    await ed.press('Control+Z');
    await waitFor(async () => (await ed.visibleText()).split('\n')[at.line - 1] === original, `undo to restore line ${at.line}`, 10_000);
    await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line), 'the squiggle to come back with the literal', 20_000);
    await ed.screenshot('vault-3-undone');
  } catch (err) {
    await ed?.screenshot('vault-FAILED').catch(() => undefined);
    throw err;
  }
});

test('vault: "Move all 2 tokens in this file to vault" moves both with default names (unique against keyward.json), adds `import os` once, in one undoable edit', { timeout: 180_000 }, async () => {
  const at = positionOf(ed.file(KEYS_FILE), KEYS.github);
  const original = KEYS_TEXT.replace(/\n$/, '').split('\n');
  try {
    await ed.openFile(KEYS_FILE);
    await waitFor(async () => (await ed.squiggles()).length >= 2, `two squiggles in ${KEYS_FILE}`, 20_000);
    await ed.goTo(at.line, at.column + 6);
    await ed.applyQuickFix('Move all 2 tokens in this file to vault');

    const moved = (lines: string[]) =>
      lines.filter((l) => l === 'import os').length === 1 &&
      lines.includes('GITHUB_TOKEN = os.environ["GITHUB_TOKEN_2"]') &&
      lines.includes('NPM_TOKEN = os.environ["NPM_TOKEN"]');
    await waitFor(async () => moved((await ed.visibleText()).split('\n')), 'both literals rewritten and one `import os`', 20_000);
    const text = await ed.visibleText();
    assert.ok(!text.includes(KEYS.github) && !text.includes(KEYS.npm), 'no value is left in the editor');

    const manifest = await waitFor(() => {
      const m = JSON.parse(fs.readFileSync(ed.file('keyward.json'), 'utf8'));
      return m.tokens.NPM_TOKEN ? m : undefined;
    }, 'keyward.json with NPM_TOKEN');
    assert.deepEqual(Object.keys(manifest.tokens).sort(), ['GITHUB_TOKEN', 'GITHUB_TOKEN_2', 'NPM_TOKEN']);
    assert.equal(manifest.tokens.GITHUB_TOKEN_2.ref, 'keyward://keychain/orders-api/GITHUB_TOKEN_2');
    assert.equal(secretToolLookup('orders-api/GITHUB_TOKEN_2'), KEYS.github, 'secret-tool finds the first value');
    assert.equal(secretToolLookup('orders-api/NPM_TOKEN'), KEYS.npm, 'secret-tool finds the second value');
    await waitFor(async () => (await ed.squiggles()).length === 0, 'the squiggles to go', 20_000);
    await ed.screenshot('vault-4-moved-all');

    // One Undo brings back both literals and removes the import.
    await ed.goTo(1, 1);
    await ed.press('Control+Z');
    await waitFor(async () => {
      const lines = (await ed.visibleText()).split('\n');
      return original.every((l, i) => lines[i] === l) && !lines.includes('import os');
    }, 'one undo to restore the file', 10_000);
    await waitFor(async () => (await ed.squiggles()).length >= 2, 'the squiggles to come back with the literals', 20_000);
    await ed.screenshot('vault-5-moved-all-undone');
  } catch (err) {
    await ed?.screenshot('vault-moved-all-FAILED').catch(() => undefined);
    throw err;
  }
});

test('vault: without a reachable keychain, the move says so, offers VS Code\'s secret storage (which the CLI cannot read), and nothing changes until the user agrees', { timeout: 240_000 }, async () => {
  // A second editor whose extension host has no D-Bus session: keytar fails as it does for a user without a keyring daemon.
  const ws2 = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-nokeychain-')), 'billing');
  const t2 = renderFixture(ws2);
  let ed2: Editor | undefined;
  try {
    ed2 = await Editor.launch({ workspace: ws2, logName: 'code-server-nokeychain.log', env: { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined } });
    const file = 'src/app.js';
    const token = t2.ghp_1;
    const at = positionOf(ed2.file(file), token);
    const original = fs.readFileSync(ed2.file(file), 'utf8').split('\n')[at.line - 1];
    await ed2.openFile(file);
    await waitFor(async () => (await ed2!.squiggles()).some((s) => s.line === at.line), `a squiggle on line ${at.line}`, 20_000);
    const move = async () => {
      await ed2!.goTo(at.line, at.column + 6);
      await ed2!.applyQuickFix('Move GitHub token to vault…');
      for (const step of [/\(1\/4\)/, /\(2\/4\)/, /\(3\/4\)/, /\(4\/4\)/]) await ed2!.answerQuickInput(step);
      return waitFor(async () => (await ed2!.dialogs()).find((d) => /no OS keychain is reachable/i.test(d)), 'the no-keychain dialog', 20_000);
    };

    // First time: the user says no. Nothing changes.
    let dialog = await move();
    assert.match(dialog, /secret storage/i);
    assert.match(dialog, /CLI .*cannot read/);
    assert.match(dialog, /Nothing has been changed yet/);
    assert.ok(!dialog.includes(token.slice(4, 20)), 'the dialog shows no value');
    await ed2.screenshot('vault-6-no-keychain-dialog');
    await ed2.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Cancel' }).first().click();
    await waitFor(async () => (await ed2!.dialogs()).length === 0, 'the dialog to close');
    assert.equal((await ed2.visibleText()).split('\n')[at.line - 1], original, 'the code is unchanged');
    assert.ok(!fs.existsSync(ed2.file('keyward.json')), 'no keyward.json was written');

    // Second time: the user agrees; the token goes to VS Code's secret storage and the reference says so.
    dialog = await move();
    await ed2.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Use VS Code Secret Storage' }).first().click();
    const expected = original.replace(`'${token}'`, 'process.env.GITHUB_TOKEN');
    await waitFor(async () => (await ed2!.visibleText()).split('\n')[at.line - 1] === expected, 'the literal to become the lookup', 20_000);
    const manifest = await waitFor(() => (fs.existsSync(ed2!.file('keyward.json')) ? JSON.parse(fs.readFileSync(ed2!.file('keyward.json'), 'utf8')) : undefined), 'keyward.json');
    assert.equal(manifest.project, 'billing');
    assert.equal(manifest.tokens.GITHUB_TOKEN.ref, 'keyward://vscode-secret-storage/billing/GITHUB_TOKEN');
    const note = await waitFor(async () => (await ed2!.notifications()).find((n) => /CLI .*cannot read/.test(n)), 'the note that the CLI cannot read it', 15_000);
    assert.ok(!note.includes(token.slice(4, 20)));
    assert.equal(secretToolLookup('billing/GITHUB_TOKEN'), undefined, 'nothing went to the OS keychain');
    await ed2.screenshot('vault-7-secret-storage');
  } finally {
    await ed2?.close();
    fs.rmSync(path.dirname(ws2), { recursive: true, force: true });
  }
});
