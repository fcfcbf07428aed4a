/**
 * The Token Explorer journey in a real VS Code (code-server) with the packaged .vsix, in the
 * private D-Bus session with gnome-keyring that scripts/e2e.sh starts. A token is put in the
 * keychain with the CLI (`keyward init`, `keyward set` with the value on stdin), then, in the
 * Keyward side bar: the tree shows it with its scopes and policy and where the code reads it;
 * Copy puts it on the clipboard and the clipboard is cleared a few seconds later; Reveal shows it
 * for a moment and hides it again; Rotate changes the keychain's value (checked with libsecret's
 * secret-tool); the Audit Log view lists those events, and Verify finds the chain intact.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed, rand } from '../unit/fakes.ts';
import { Editor, ROOT, journey as defineJourney, positionOf, renderFixture, secretToolLookup, waitFor, type Tokens } from './harness.ts';

const PROJECT = 'orders-api';
const NAME = 'ORDERS_WEBHOOK_SECRET';
const ACCOUNT = `${PROJECT}/${NAME}`;
const CLEAR_AFTER = 4;

let ed: Editor;
let workspace: string;
let auditLog: string;
let value: string;
let fixtureTokens: Tokens;

function cli(args: string[], input?: string): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd: workspace, input, encoding: 'utf8' });
  assert.equal(r.status, 0, `keyward ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

/** The Token Explorer's row for a token (its screen reader label starts "Token NAME,"). */
const tokenRow = () => ed.page.locator(`.monaco-list-row[aria-label^="Token ${NAME},"]`).first();

async function inlineAction(title: string): Promise<void> {
  const row = tokenRow();
  await row.hover();
  await row.locator(`.action-label[aria-label*="${title}"]`).first().click();
}

async function clipboardText(): Promise<string> {
  // A string, not a function: the project's tsconfig has no DOM lib.
  return ed.page.evaluate('navigator.clipboard.readText()') as Promise<string>;
}

/** What a person can read anywhere on the page. */
const pageText = () => ed.page.evaluate('document.body.innerText') as Promise<string>;

const journey = (name: string, slug: string, body: () => Promise<void>, timeout?: number) => defineJourney(() => ed, name, slug, body, timeout);

before(async () => {
  workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-explorer-')), PROJECT);
  fixtureTokens = renderFixture(workspace);
  fs.writeFileSync(path.join(workspace, 'src/webhooks.js'), [
    "import crypto from 'node:crypto';",
    '',
    'export function verify(body, signature) {',
    "  const mac = crypto.createHmac('sha256', process.env.ORDERS_WEBHOOK_SECRET).update(body).digest('hex');",
    '  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(signature));',
    '}',
    '',
  ].join('\n'));
  auditLog = path.join(path.dirname(workspace), 'audit.jsonl');
  // The CLI and the extension host both inherit this: the audit log stays in the test's folder.
  process.env.KEYWARD_AUDIT_LOG = auditLog;
  spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', ACCOUNT]);

  // A webhook secret we issue ourselves: stored with the CLI, rotated by the generate strategy.
  value = `whsec_${rand(32)}`;
  cli(['init', '--project', PROJECT]);
  cli(['set', NAME, '--scope', 'webhooks:verify', '--environment', 'production', '--rotate-every', '30'], value);
  const manifestPath = path.join(workspace, 'keyward.json');
  const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  m.tokens[NAME].rotation = { ...m.tokens[NAME].rotation, strategy: 'generate', generate: { length: 32, alphabet: 'base62', prefix: 'whsec_' } };
  fs.writeFileSync(manifestPath, `${JSON.stringify(m, null, 2)}\n`);
  assert.equal(secretToolLookup(ACCOUNT), value, 'the CLI put the value in the keychain');

  ed = await Editor.launch({ workspace, logName: 'code-server-explorer.log', settings: { 'keyward.clipboard.clearAfterSeconds': CLEAR_AFTER } });
  await ed.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${ed.port}` });
  await ed.widenSideBar(560);
}, { timeout: 180_000 });

after(async () => {
  await ed?.close();
  spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', ACCOUNT]);
  spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', `${ACCOUNT}__PREVIOUS`]);
  if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
});

journey('explorer 1. the Token Explorer shows the token with its environment, scopes, policy and where the code reads it', 'explorer-1-tree', async () => {
  const rows = await waitFor(async () => {
    const r = await ed.treeItems('Token Explorer');
    return r.some((x) => x.startsWith(`Token ${NAME},`)) ? r : undefined;
  }, `${NAME} in the Token Explorer`, 30_000);
  const row = rows.find((x) => x.startsWith(`Token ${NAME},`))!;
  assert.ok(rows.some((x) => /^Project orders-api, 1 token/.test(x)), `a project row: ${JSON.stringify(rows)}`);
  assert.ok(rows.some((x) => /^Environment production, 1 token/.test(x)), `an environment row: ${JSON.stringify(rows)}`);
  assert.match(row, /scopes webhooks:verify/, 'the scope');
  assert.match(row, /age today/, 'the age');
  assert.match(row, /rotate by \d{4}-\d{2}-\d{2}/, 'the rotation policy\'s next date');
  // The workspace scan for references runs after the tree appears.
  await waitFor(async () => /used in 1 place/.test((await ed.treeItems('Token Explorer')).find((x) => x.startsWith(`Token ${NAME},`)) ?? ''), 'the token to show it is read in src/webhooks.js', 20_000);
  const shown = await tokenRow().innerText();
  assert.match(shown, /webhooks:verify/, `the row's description shows the scope: ${shown}`);
  assert.ok(!(await pageText()).includes(value), 'the value is nowhere on the page');

  // Expanding the token lists where the code reads it.
  await tokenRow().click();
  await ed.press('ArrowRight');
  await waitFor(async () => (await ed.treeItems('Token Explorer')).some((x) => x === `${NAME} is read in src/webhooks.js line 4`), 'the reference row src/webhooks.js:4', 10_000);
  await ed.screenshot('explorer-1a-references');
  await ed.press('ArrowLeft');
});

journey('explorer 2. Copy puts the value on the clipboard, with a countdown, and it is cleared a few seconds later', 'explorer-2-cleared', async () => {
  await ed.treeItems('Token Explorer');
  await ed.page.evaluate(`navigator.clipboard.writeText('before')`);
  await inlineAction('Copy Token Value');
  await waitFor(async () => (await clipboardText()) === value, 'the token on the clipboard', 10_000);
  const countdown = await waitFor(() => ed.statusBarText('Keyward clipboard'), 'the clipboard countdown in the status bar', 5_000);
  assert.match(countdown, new RegExp(`${NAME} \\d+s`), `the countdown names the token: ${countdown}`);
  assert.ok(!countdown.includes(value));
  await ed.screenshot('explorer-2a-copied');
  const copiedAt = Date.now();
  await waitFor(async () => (await clipboardText()) === '', `the clipboard to be cleared after ${CLEAR_AFTER} s`, (CLEAR_AFTER + 6) * 1000, 200);
  const took = (Date.now() - copiedAt) / 1000;
  assert.ok(took >= CLEAR_AFTER - 2, `not cleared too early (${took.toFixed(1)} s)`);
  await waitFor(async () => !(await ed.statusBarText('Keyward clipboard')), 'the countdown to go', 5_000);

  // Something the user copies afterwards is left alone by a later copy's clear.
  await inlineAction('Copy Token Value');
  await waitFor(async () => (await clipboardText()) === value, 'the token on the clipboard again', 10_000);
  await ed.page.evaluate(`navigator.clipboard.writeText('mine')`);
  await waitFor(async () => !(await ed.statusBarText('Keyward clipboard')), 'the second countdown to end', (CLEAR_AFTER + 6) * 1000, 200);
  assert.equal(await clipboardText(), 'mine', 'what the user copied since is not cleared');
});

journey('explorer 3. Reveal shows the value in the tree for a moment, then hides it', 'explorer-3-hidden', async () => {
  await ed.treeItems('Token Explorer');
  await inlineAction('Reveal Token Value');
  await waitFor(async () => (await tokenRow().innerText()).includes(value), 'the value in the token\'s row', 10_000);
  await ed.screenshot('explorer-3a-revealed');
  await waitFor(async () => !(await pageText()).includes(value), 'the value to be hidden again', 15_000, 200);
});

journey('explorer 4. Rotate replaces the keychain value with a new one made by the policy', 'explorer-4-rotated', async () => {
  const before = secretToolLookup(ACCOUNT);
  assert.equal(before, value, 'the keychain holds the stored value');
  await ed.treeItems('Token Explorer');
  await inlineAction('Rotate Token');
  const note = await waitFor(async () => (await ed.notifications()).find((n) => n.includes(`${NAME} rotated`)), 'the "rotated" notification', 20_000);
  assert.match(note, /previous value is kept as ORDERS_WEBHOOK_SECRET__PREVIOUS/);
  const afterValue = secretToolLookup(ACCOUNT);
  assert.ok(afterValue && afterValue !== before, 'the keychain value changed');
  assert.match(afterValue!, /^whsec_[0-9A-Za-z]{32}$/, 'made by the generate recipe');
  assert.equal(secretToolLookup(`${ACCOUNT}__PREVIOUS`), before, 'the previous value is kept for rollback');
  const m = JSON.parse(fs.readFileSync(path.join(workspace, 'keyward.json'), 'utf8'));
  assert.ok(m.tokens[NAME].rotatedAt, 'keyward.json records when it was rotated');
  assert.ok(!JSON.stringify(m).includes(afterValue!) && !JSON.stringify(m).includes(before!), 'keyward.json holds no value');
  assert.ok(!(await pageText()).includes(afterValue!), 'the new value is nowhere on the page');
});

journey('explorer 5. the Audit Log view lists the copy, reveal and rotation, and Verify finds the chain intact', 'explorer-5-audit', async () => {
  const rows = await waitFor(async () => {
    const r = await ed.treeItems('Audit Log');
    return ['copied', 'revealed', 'rotated'].every((a) => r.some((x) => x.startsWith(`${a} ${NAME}`))) ? r : undefined;
  }, 'copied, revealed and rotated events in the Audit Log view', 15_000);
  assert.ok(rows.findIndex((x) => x.startsWith(`rotated ${NAME}`)) < rows.findIndex((x) => x.startsWith(`copied ${NAME}`)), `newest first: ${JSON.stringify(rows)}`);
  assert.ok(rows.some((x) => /by vscode:/.test(x)), 'the actor is the editor');
  await ed.runCommand('Keyward: Verify Audit Log');
  await waitFor(async () => (await ed.notifications()).some((n) => /audit log is intact/.test(n)), 'the "intact" notification', 10_000);
  await waitFor(async () => (await ed.treeItems('Audit Log')).some((x) => /^Audit log verified: \d+ lines intact/.test(x)), 'the verified row', 10_000);
  const text = fs.readFileSync(auditLog, 'utf8');
  assert.ok(!text.includes(value), 'the audit log holds no value');
  await ed.runCommand('Keyward: Show Audit Log');
  await waitFor(async () => /Keyward audit log/.test(await ed.visibleText()), 'the audit log document', 10_000);
  assert.match(await ed.visibleText(), /chain verified/);
});

journey('explorer 6. the Findings view groups hardcoded tokens by file, masked; its "Ignore" runs the editor\'s quick-fix', 'explorer-6-findings', async () => {
  // The list draws only the rows on screen: give the Findings view the side bar.
  await ed.collapseView('Token Explorer');
  await ed.collapseView('Audit Log');
  const file = 'src/app.js';
  const line = positionOf(ed.file(file), fixtureTokens.ghp_1).line;
  const rows = await waitFor(async () => {
    const r = await ed.treeItems('Findings');
    return r.some((x) => x.startsWith(`${file}, 1 hardcoded token`)) ? r : undefined;
  }, `${file} in the Findings view`, 30_000);
  const finding = rows.find((x) => x.startsWith(`error in ${file} line ${line}:`));
  assert.ok(finding, `the finding under ${file}: ${JSON.stringify(rows)}`);
  assert.match(finding!, /GitHub/);
  for (const t of Object.values(fixtureTokens)) assert.ok(!rows.join('\n').includes(t) && !(await pageText()).includes(t), 'no finding shows a value');
  await ed.screenshot('explorer-6a-findings');

  const row = ed.page.locator(`.monaco-list-row[aria-label^="error in ${file} line ${line}:"]`).first();
  await row.hover();
  await row.locator('.action-label[aria-label*="Ignore Finding"]').first().click();
  // The fix opens the file at the finding and edits it there, as the lightbulb's would.
  await waitFor(async () => (await ed.activeTab()) === 'app.js' && (await ed.visibleText()).split('\n')[line - 1]?.trim() === '// keyward:ignore', `a "// keyward:ignore" line above the token in ${file}`, 15_000);
  await waitFor(async () => {
    const r = await ed.treeItems('Findings');
    return r.some((x) => x.startsWith('src/util.js,') || x.startsWith('ci/publish.yml,')) && !r.some((x) => x.startsWith(`${file},`));
  }, `${file} to leave the Findings view, the others staying`, 15_000);
});

journey('explorer 7. Delete asks first, then removes the value from the keychain and the entry from keyward.json; the empty explorer welcomes', 'explorer-7-welcome', async () => {
  await ed.treeItems('Token Explorer');
  assert.ok(secretToolLookup(ACCOUNT), 'the keychain holds the token before');
  // The token's context menu (right-click; Shift+F10 from the keyboard) has every action.
  await tokenRow().click({ button: 'right' });
  const menu = await waitFor(() => ed.page.evaluate(`(() => {
    const labels = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.matches('.monaco-menu .action-label') && el.offsetParent !== null) labels.push((el.getAttribute('aria-label') || el.textContent || '').trim());
      }
    };
    walk(document);
    return labels.length ? labels : undefined;
  })()`) as Promise<string[] | undefined>, 'the token\'s context menu', 5_000);
  for (const a of ['Copy Token Value', 'Copy Token Reference', 'Reveal Token Value', 'Rotate Token…', 'Edit Token Scopes…', 'Edit Token Policy…', 'Open Token Provider Page', 'Delete Token…']) {
    assert.ok(menu.some((m) => m.startsWith(a)), `the context menu offers ${a}: ${JSON.stringify(menu)}`);
  }
  await ed.screenshot('explorer-7a-context-menu');
  await ed.page.locator('.monaco-menu .action-label').filter({ hasText: /^Delete Token…$/ }).first().click();
  const dialog = await waitFor(async () => (await ed.dialogs()).find((d) => d.includes(`Delete ${NAME}?`)), 'the confirmation dialog', 10_000);
  assert.match(dialog, /removed from the OS keychain/);
  assert.match(dialog, /1 place in the workspace read/, 'it says what will stop working');
  await ed.screenshot('explorer-7b-confirm');
  await ed.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Delete$/ }).first().click();
  await waitFor(() => secretToolLookup(ACCOUNT) === undefined, 'the keychain entry to go', 10_000);
  assert.equal(secretToolLookup(`${ACCOUNT}__PREVIOUS`), undefined, 'the previous version goes too');
  const m = JSON.parse(fs.readFileSync(path.join(workspace, 'keyward.json'), 'utf8'));
  assert.deepEqual(m.tokens, {}, 'keyward.json no longer lists it');
  const welcome = await waitFor(() => ed.page.evaluate(`(() => {
    for (const pane of document.querySelectorAll('.pane')) {
      if (!/Token Explorer/.test(pane.querySelector('.pane-header')?.textContent ?? '')) continue;
      const w = pane.querySelector('.welcome-view-content');
      return w && w.offsetParent !== null ? w.innerText : undefined;
    }
  })()`) as Promise<string | undefined>, 'the welcome view of the empty Token Explorer', 10_000);
  assert.match(welcome, /Scan Workspace/);
  assert.match(welcome, /Add Token/);
  assert.ok((await fs.promises.readFile(auditLog, 'utf8')).includes('"action":"deleted"'), 'the deletion is audited');
  await ed.screenshot('explorer-7c-welcome');

  // Its link opens the walkthrough, steps and all.
  await ed.page.locator('.welcome-view-content a').filter({ hasText: 'Open the walkthrough' }).first().click();
  const steps = ['Find hardcoded tokens', 'Move a token to the vault', 'Browse your tokens', 'Copy safely, rotate on time', 'Check the audit log'];
  await waitFor(async () => {
    const text = await pageText();
    return /Keep tokens out of your code/.test(text) && steps.every((st) => text.includes(st));
  }, 'the Keyward walkthrough with its five steps', 15_000);
  // Room for the step's media (the markdown beside the steps) in the screenshot: hide the side bar.
  await ed.press('Control+B');
  await waitFor(async () => !(await ed.page.locator('.part.sidebar').isVisible()), 'the side bar to hide', 5_000);
  // The step's markdown is drawn in a webview (a frame of its own) beside the steps.
  await waitFor(async () => {
    for (const f of ed.page.frames()) {
      const t = await f.evaluate('document.body ? document.body.innerText : ""').catch(() => '');
      if (typeof t === 'string' && t.includes('flags a token the moment it is typed')) return true;
    }
    return false;
  }, 'the first step\'s markdown beside the steps', 20_000);
  await ed.screenshot('explorer-7d-walkthrough');
  await ed.press('Control+B');
});

journey('explorer 8. "Add Token" from the welcome view asks for a name and a hidden value, stores it in the keychain and lists it', 'explorer-8-added', async () => {
  const name = 'GITHUB_DEPLOY_TOKEN';
  const secret = checksummed('ghp_');
  await ed.treeItems('Token Explorer');
  await ed.page.locator('.welcome-view-content .monaco-button').filter({ hasText: 'Add Token' }).first().click();
  await ed.answerQuickInput(/Add Token \(1\/2\)/, name);
  const valueBox = ed.page.locator('.quick-input-widget .quick-input-box input');
  await waitFor(async () => /Add Token \(2\/2\)/.test((await ed.quickInputState())?.title ?? ''), 'the value prompt', 10_000);
  assert.equal(await valueBox.getAttribute('type'), 'password', 'the value is typed into a password box');
  await ed.answerQuickInput(/Add Token \(2\/2\)/, secret);
  await waitFor(() => secretToolLookup(`${PROJECT}/${name}`) === secret, 'the value in the keychain', 10_000);
  // The view is on screen: read its rows as they are (no palette while the input box is closing).
  const row = await waitFor(() => ed.page.evaluate(`[...document.querySelectorAll('.monaco-list-row')].map((r) => r.getAttribute('aria-label') || '').find((l) => l.startsWith('Token ${name},'))`) as Promise<string | undefined>, `${name} in the Token Explorer`, 10_000);
  assert.match(row, /from GitHub/, 'the provider is recognised from the value\'s format');
  const m = JSON.parse(fs.readFileSync(path.join(workspace, 'keyward.json'), 'utf8'));
  assert.equal(m.tokens[name].ref, `keyward://keychain/${PROJECT}/${name}`);
  assert.ok(!JSON.stringify(m).includes(secret), 'keyward.json holds no value');
  assert.ok(!(await pageText()).includes(secret), 'the value is nowhere on the page');
  spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', `${PROJECT}/${name}`]);
});
