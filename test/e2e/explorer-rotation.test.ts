/**
 * The Token Explorer's rotation journeys in a real VS Code (code-server) with the packaged .vsix,
 * in the private D-Bus session with gnome-keyring that scripts/e2e.sh starts, on a git repository
 * whose src/app.js has a committed GitHub token:
 *
 *  1. opening the file records one `leak-found` audit event (fingerprint only), shown in the Audit
 *     Log view and listed by `keyward audit --json`; reopening the file adds none;
 *  2. Move to vault (the quick-fix) puts it in the keychain, and the Token Explorer shows it as
 *     exposed in git history;
 *  3. Copy reference puts its keyward:// reference on the clipboard, never the value;
 *  4. Open provider page opens the GitHub rule's token page;
 *  5. Edit scopes / Edit policy change keyward.json and what the tree says;
 *  6. Rotate with the `command` strategy: a modal shows the exact command and nothing runs without
 *     approval; approved, the command's output lands in the keychain and the exposure clears;
 *  7. Roll back puts the committed value back (and with it the exposure), audited;
 *  8. `manual`: a paste of the wrong format is refused in the box with a reason; nothing changes.
 *
 * Values are compared, never printed: assertion messages name tokens, not their values.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { checksummed, rand } from '../unit/fakes.ts';
import { formatRef } from '../../core/vault/manifest.ts';
import { providerPageFor } from '../../core/vault/rotation.ts';
import { Editor, ROOT, journey as defineJourney, positionOf, renderFixture, secretToolLookup, waitFor, type Tokens } from './harness.ts';

const PROJECT = 'payments-api';
const NAME = 'GITHUB_TOKEN';
const ACCOUNT = `${PROJECT}/${NAME}`;
const FILE = 'src/app.js';
/** The rotation command, relative to the project folder (where keyward.json is). */
const COMMAND = 'cat ../next-token';

let ed: Editor;
let workspace: string;
let auditLog: string;
let tokens: Tokens;
/** The committed token in src/app.js, and the value the rotation command prints. */
let committed: string;
let next: string;

const fp = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 12);

/** Names what the keychain holds for an account, without the value: for assertion messages. */
function keychainHolds(account: string): string {
  const v = secretToolLookup(account);
  if (v === undefined) return 'nothing';
  if (v === committed) return 'the committed token';
  if (v === next) return 'the command\'s token';
  return `another value (fingerprint ${fp(v)})`;
}

interface AuditEvent {
  action: string;
  token?: string;
  project?: string;
  fingerprint?: string;
  detail?: string;
}

function auditEvents(): AuditEvent[] {
  if (!fs.existsSync(auditLog)) return [];
  return fs.readFileSync(auditLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent);
}

const manifest = () => JSON.parse(fs.readFileSync(path.join(workspace, 'keyward.json'), 'utf8'));

/** The Token Explorer's row for the token (its screen reader label starts "Token NAME,"). */
const tokenRow = () => ed.page.locator(`.monaco-list-row[aria-label^="Token ${NAME},"]`).first();
const tokenLabel = async () => (await tokenRow().getAttribute('aria-label').catch(() => null)) ?? '';

async function inlineAction(title: string): Promise<void> {
  const row = tokenRow();
  await row.hover();
  await row.locator(`.action-label[aria-label*="${title}"]`).first().click();
}

const menuOpen = () => ed.page.locator('.monaco-menu .action-label').first().isVisible().catch(() => false);

/** Right-clicks the token and picks `item` from its context menu. */
async function contextAction(item: string): Promise<void> {
  await ed.escapeAll();
  if (await menuOpen()) await ed.press('Escape');
  await ed.treeItems('Token Explorer');
  await tokenRow().click({ button: 'right' });
  const entry = ed.page.locator('.monaco-menu .action-label').filter({ hasText: new RegExp(`^${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  await entry.waitFor({ state: 'visible', timeout: 5_000 });
  // A menu ignores a click that comes too soon after it opened (the right-click's own release);
  // a person whose click did nothing clicks again.
  await waitFor(async () => {
    if (await entry.isVisible()) await entry.click({ timeout: 2_000 }).catch(() => undefined);
    return waitFor(async () => !(await menuOpen()), 'the menu to close', 1_500).catch(() => false);
  }, `"${item}" to be picked from the token's context menu`, 10_000);
}

/** The tooltip VS Code shows on hovering the token's row, as text. */
async function tokenTooltip(expect: RegExp): Promise<string> {
  let last = '';
  // A hover fades in: read it once it is fully drawn, so a screenshot shows it as a person sees it.
  const read = () => ed.page.evaluate(`[...document.querySelectorAll('.workbench-hover, .monaco-hover')].filter((h) => h.offsetParent !== null && getComputedStyle(h.closest('.workbench-hover-container, .monaco-hover') ?? h).opacity === '1').map((h) => h.innerText).join('\\n')`) as Promise<string>;
  try {
    return await waitFor(async () => {
      // Moving off and back on makes a fresh hover, drawn from the current tree item.
      await ed.page.mouse.move(5, 5);
      await tokenRow().hover({ position: { x: 120, y: 10 } });
      const text = await waitFor(read, 'a hover', 3_000).catch(() => '');
      last = text;
      return expect.test(text) ? text : undefined;
    }, `the token's tooltip to match ${expect}`, 15_000, 200);
  } catch (err) {
    throw new Error(`${(err as Error).message}; it reads ${JSON.stringify(last)}`);
  }
}

async function clipboardText(): Promise<string> {
  return ed.page.evaluate('navigator.clipboard.readText()') as Promise<string>;
}

/** What a person can read anywhere on the page. */
const pageText = () => ed.page.evaluate('document.body.innerText') as Promise<string>;

/**
 * Where, outside the editors, a person can see `needle` (side bar, panels, notifications, dialogs,
 * hovers, status bar): the elements' class paths, never their text. The editor itself shows the
 * hardcoded token until it is moved, as it should.
 */
async function seenOutsideEditors(needle: string): Promise<string[]> {
  return ed.page.evaluate(`((needle) => {
    const found = [];
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden';
    };
    const path = (el) => { const p = []; for (let e = el; e && e !== document.body; e = e.parentElement) p.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).slice(0, 2).join('.') : '')); return p.slice(-4).join(' > '); };
    const walk = (el) => {
      if (el.matches('.part.editor')) return;
      if (!(el.innerText || '').includes(needle)) return;
      const kids = [...el.children].filter((c) => (c.innerText || '').includes(needle));
      if (!kids.length) { if (visible(el)) found.push(path(el)); return; }
      for (const c of kids) walk(c);
    };
    walk(document.body);
    return found;
  })(${JSON.stringify(needle)})`) as Promise<string[]>;
}

async function noValueOnScreen(): Promise<void> {
  for (const [what, v] of [['the committed token', committed], ['the command\'s token', next]] as const) {
    for (const part of [v, v.slice(4, 24)]) {
      const where = await seenOutsideEditors(part);
      assert.deepEqual(where, [], `${what} is visible outside the editor`);
    }
  }
}

async function clearNotifications(): Promise<void> {
  await ed.runCommand('Notifications: Clear All Notifications').catch(() => undefined);
}

const journey = (name: string, slug: string, body: () => Promise<void>, timeout?: number) => defineJourney(() => ed, name, slug, body, timeout);

before(async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-rotation-'));
  workspace = path.join(parent, PROJECT);
  tokens = renderFixture(workspace);
  committed = tokens.ghp_1!;
  // What the rotation command prints: outside the workspace, so no scan ever sees it.
  next = checksummed('ghp_');
  fs.writeFileSync(path.join(parent, 'next-token'), `${next}\n`, { mode: 0o600 });
  // src/app.js, token and all, is already in a commit.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', ...args], { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  // The CLI and the extension host both inherit this: the audit log stays in the test's folder.
  auditLog = path.join(parent, 'audit.jsonl');
  process.env.KEYWARD_AUDIT_LOG = auditLog;
  for (const a of [ACCOUNT, `${ACCOUNT}__PREVIOUS`]) spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', a]);

  ed = await Editor.launch({ workspace, logName: 'code-server-rotation.log' });
  await ed.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${ed.port}` });
  await ed.widenSideBar(560);
}, { timeout: 180_000 });

after(async () => {
  await ed?.close();
  for (const a of [ACCOUNT, `${ACCOUNT}__PREVIOUS`]) spawnSync('secret-tool', ['clear', 'service', 'keyward', 'account', a]);
  if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
});

journey('explorer-rotation 1. opening a file with a hardcoded token records one leak-found event (fingerprint, no value); reopening it adds none', 'explorer-rotation-1-leak-found', async () => {
  const line = positionOf(ed.file(FILE), committed).line;
  // The Audit Log draws only the rows on screen: give it the Findings view's room.
  await ed.collapseView('Findings');
  await ed.openFile(FILE);
  const rowText = `leak-found GitHub token in ${FILE} line ${line}`;
  const rows = await waitFor(async () => {
    const r = await ed.treeItems('Audit Log');
    return r.some((x) => x.startsWith(rowText)) ? r : undefined;
  }, `"${rowText}" in the Audit Log view`, 30_000);
  assert.match(rows.find((x) => x.startsWith(rowText))!, /by vscode:/, 'recorded by the editor');
  await noValueOnScreen();

  // The CLI reads the same log: the event has a 12-hex fingerprint of the value, and no value.
  const out = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'audit', '--json'], { cwd: workspace, encoding: 'utf8' });
  const listed = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent & Record<string, unknown>);
  const leaks = listed.filter((e) => e.action === 'leak-found' && e.fingerprint === fp(committed));
  assert.equal(leaks.length, 1, `one leak-found event for the token in ${FILE}: ${JSON.stringify(listed.map((e) => [e.action, e.fingerprint, e.detail]))}`);
  assert.match(leaks[0]!.fingerprint!, /^[0-9a-f]{12}$/);
  assert.equal(leaks[0]!.project, PROJECT);
  assert.match(leaks[0]!.detail!, new RegExp(`^GitHub token \\(rule [a-z0-9-]+\\) in ${FILE} line ${line}$`));
  assert.deepEqual(Object.keys(leaks[0]!).filter((k) => !['time', 'actor', 'action', 'project', 'fingerprint', 'detail', 'prev'].includes(k)), [], 'no other field (no value)');
  for (const [key, v] of Object.entries(tokens)) assert.ok(!out.includes(v), `keyward audit --json shows the value of ${key}`);
  await ed.screenshot('explorer-rotation-1a-audit-view');

  // Close the file and open it again.
  await ed.runCommand('View: Close All Editors');
  await waitFor(async () => (await ed.activeTab()) === undefined, 'no editor open');
  await ed.openFile(FILE);
  // A barrier instead of a sleep: paste a second token into the open file and wait for *its*
  // leak-found. The same audit pass saw the first token's finding again, so a duplicate would be
  // there by now.
  const pasted = checksummed('ghp_');
  const lines = fs.readFileSync(ed.file(FILE), 'utf8').split('\n').length; // the last one is empty
  await ed.goTo(lines, 1);
  await ed.page.keyboard.insertText(`const backup = '${pasted}';`);
  await waitFor(() => auditEvents().some((e) => e.action === 'leak-found' && e.fingerprint === fp(pasted)), 'a leak-found event for the pasted token', 20_000);
  assert.equal(auditEvents().filter((e) => e.action === 'leak-found' && e.fingerprint === fp(committed)).length, 1, 'reopening the file added no second leak-found');
  // Take the paste back: the file is as committed again.
  await ed.runCommand('File: Revert File');
  await waitFor(async () => !(await ed.visibleText()).includes('backup'), 'the pasted line to go');
  await waitFor(() => ed.page.evaluate(`!document.querySelector('.editor-group-container.active .tab.active.dirty')`), 'the file to be unmodified again');
  assert.ok(!fs.readFileSync(auditLog, 'utf8').includes(pasted) && !fs.readFileSync(auditLog, 'utf8').includes(committed), 'the audit log holds no value');
});

journey('explorer-rotation 2. "Move to vault…" on the committed token: the keychain holds it and the Token Explorer shows it exposed in git history', 'explorer-rotation-2-exposed', async () => {
  const at = positionOf(ed.file(FILE), committed);
  await ed.openFile(FILE);
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line), `a squiggle on line ${at.line}`, 20_000);
  await ed.goTo(at.line, at.column + 6);
  await ed.applyQuickFix('Move GitHub token to vault…');
  const name = await ed.answerQuickInput(/Move to vault \(1\/4\): name/);
  assert.equal(name.value, NAME);
  for (const step of [/\(2\/4\)/, /\(3\/4\)/, /\(4\/4\)/]) await ed.answerQuickInput(step);
  await waitFor(() => secretToolLookup(ACCOUNT) === committed, 'the token in the keychain', 20_000);
  await waitFor(async () => (await ed.notifications()).some((n) => /already committed/.test(n)), 'the "already committed" warning', 15_000);

  const label = await waitFor(async () => {
    await ed.treeItems('Token Explorer');
    const l = await tokenLabel();
    return /exposed in git history/.test(l) ? l : undefined;
  }, `${NAME} in the Token Explorer, exposed in git history`, 20_000);
  assert.match(label, /from GitHub/);
  assert.match(await tokenRow().innerText(), /exposed in git history/, 'the row\'s description says so');
  await tokenTooltip(/Exposed in git history: it stays readable in old commits until it is rotated/);
  await noValueOnScreen();
  await ed.screenshot('explorer-rotation-2a-tooltip');
  await clearNotifications();
});

journey('explorer-rotation 3. Copy reference puts the keyward:// reference on the clipboard, not the value', 'explorer-rotation-3-reference', async () => {
  await ed.page.evaluate(`navigator.clipboard.writeText('before')`);
  await contextAction('Copy Token Reference');
  const ref = formatRef({ store: 'keychain', project: PROJECT, name: NAME });
  assert.equal(ref, `keyward://keychain/${PROJECT}/${NAME}`);
  await waitFor(async () => (await clipboardText()) === ref, `${ref} on the clipboard`, 10_000);
  assert.equal(manifest().tokens[NAME].ref, ref, 'the reference keyward.json holds');
  // No clipboard countdown: there is no value to clear.
  assert.equal(await ed.statusBarText('Keyward clipboard'), undefined);
});

journey('explorer-rotation 4. Open provider page opens the GitHub rule\'s token page', 'explorer-rotation-4-provider-page', async () => {
  const expected = providerPageFor('GitHub');
  assert.ok(expected && expected.startsWith('https://'), 'the GitHub rules carry a token page');
  const context = ed.page.context();
  // No network in tests: answer every outside request with a stub page and remember the address.
  const requested: string[] = [];
  await context.route((url) => url.protocol === 'https:', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>provider page (stub)</title>' });
  });
  const popups: Page[] = [];
  const onPage = (p: Page) => popups.push(p);
  context.on('page', onPage);
  try {
    await contextAction('Open Token Provider Page');
    // code-server opens the page in a new browser tab, after its "open external website?" dialog
    // unless the domain is trusted. Accept the dialog if it comes; it must name the same address.
    let confirmed = false;
    const popup = await waitFor(async () => {
      const d = (await ed.dialogs()).find((x) => /external website/i.test(x));
      if (d && !confirmed) {
        assert.ok(d.includes(expected), `the dialog names ${expected}: ${d}`);
        await ed.screenshot('explorer-rotation-4a-open-dialog');
        await ed.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Open$/ }).first().click();
        confirmed = true;
      }
      return popups.find((p) => p.url() !== 'about:blank') ?? (requested.length ? popups[0] : undefined);
    }, 'a browser tab for the provider page', 15_000);
    await waitFor(() => popup.url() === expected || requested.includes(expected), `the tab to load ${expected}`, 10_000);
    assert.equal(popup.url(), expected, 'the new tab shows the provider page');
  } finally {
    for (const p of popups) await p.close().catch(() => undefined);
    context.off('page', onPage);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  }
  await ed.page.bringToFront();
});

journey('explorer-rotation 5. Edit scopes and Edit policy change keyward.json, and the tree says what they now are', 'explorer-rotation-5-edited', async () => {
  await contextAction('Edit Token Scopes…');
  await ed.answerQuickInput(new RegExp(`scopes of ${NAME}`), 'repo:read, workflow, repo:read');
  await waitFor(() => JSON.stringify(manifest().tokens[NAME].scopes) === JSON.stringify(['repo:read', 'workflow']), 'keyward.json scopes ["repo:read","workflow"]', 10_000);
  await waitFor(async () => (await tokenLabel()).includes('scopes repo:read, workflow'), 'the tree to show the new scopes', 10_000);
  assert.match(await tokenRow().innerText(), /repo:read, workflow/);

  // Policy: every 30 days, then a rotation command, then the command strategy.
  await contextAction('Edit Token Policy…');
  await ed.answerQuickInput(new RegExp(`policy of ${NAME}`), 'Rotate every');
  const every = await ed.answerQuickInput(new RegExp(`rotate ${NAME} every`), '30');
  assert.equal(every.value, '90', 'the move\'s default was 90 days');
  await waitFor(() => manifest().tokens[NAME].rotation?.rotateEveryDays === 30, 'rotateEveryDays 30 in keyward.json', 10_000);
  await waitFor(async () => /every 30 days/.test(await tokenRow().innerText()), 'the description to say "every 30 days"', 10_000);

  await contextAction('Edit Token Policy…');
  await ed.answerQuickInput(new RegExp(`policy of ${NAME}`), 'Rotation command');
  await ed.answerQuickInput(new RegExp(`rotation command of ${NAME}`), COMMAND);
  await waitFor(() => manifest().tokens[NAME].rotation?.command === COMMAND, 'the command in keyward.json', 10_000);

  await contextAction('Edit Token Policy…');
  await ed.answerQuickInput(new RegExp(`policy of ${NAME}`), 'Strategy');
  const strategies = await ed.answerQuickInput(new RegExp(`how ${NAME} is rotated`), 'command');
  assert.deepEqual(strategies.items, ['generate', 'command', 'manual'], 'the three strategies');
  await waitFor(() => manifest().tokens[NAME].rotation?.strategy === 'command', 'strategy "command" in keyward.json', 10_000);
  assert.deepEqual(manifest().tokens[NAME].rotation, { rotateEveryDays: 30, command: COMMAND, strategy: 'command' });

  const tip = await tokenTooltip(/Rotation: every 30 days, command;/);
  assert.match(tip, /Scopes: repo:read, workflow/);
  await noValueOnScreen();
});

journey('explorer-rotation 6. Rotate by command: a modal shows the exact command; declined, nothing runs; approved, its output is the new keychain value and the exposure clears', 'explorer-rotation-6-rotated', async () => {
  const dialogText = async () => waitFor(async () => (await ed.dialogs()).find((d) => d.includes(`Run this command to make ${NAME}'s new value?`)), 'the approval dialog', 15_000);

  await ed.treeItems('Token Explorer');
  await inlineAction('Rotate Token');
  const shown = await dialogText();
  assert.ok(shown.includes(COMMAND), `the dialog shows the exact command: ${shown}`);
  assert.ok(shown.includes(path.join(workspace, 'keyward.json')), 'and where it comes from');
  await noValueOnScreen();
  await ed.screenshot('explorer-rotation-6a-approval');
  await ed.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Cancel$/ }).first().click();
  await waitFor(async () => (await ed.dialogs()).length === 0, 'the dialog to close');
  await waitFor(async () => /not approved, so it did not run/.test(await pageText()), 'the status bar to say the command did not run', 10_000);
  assert.equal(keychainHolds(ACCOUNT), 'the committed token', 'declined: the keychain is unchanged');
  assert.equal(keychainHolds(`${ACCOUNT}__PREVIOUS`), 'nothing', 'declined: no previous version');
  assert.equal(manifest().tokens[NAME].rotatedAt, undefined);

  await inlineAction('Rotate Token');
  await dialogText();
  await ed.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Run This Command$/ }).first().click();
  const note = await waitFor(async () => (await ed.notifications()).find((n) => n.includes(`${NAME} rotated (command)`)), 'the "rotated" notification', 20_000);
  assert.match(note, new RegExp(`previous value is kept as ${NAME}__PREVIOUS`));
  assert.equal(keychainHolds(ACCOUNT), 'the command\'s token', 'the command\'s output is the new keychain value');
  assert.equal(keychainHolds(`${ACCOUNT}__PREVIOUS`), 'the committed token', 'the old value is kept for rollback');
  assert.ok(manifest().tokens[NAME].rotatedAt, 'keyward.json records the rotation');
  assert.deepEqual(auditEvents().filter((e) => e.token === NAME && e.action === 'rotated').map((e) => e.fingerprint), [fp(next)], 'one rotation, audited by the new value\'s fingerprint');
  await waitFor(async () => {
    await ed.treeItems('Token Explorer');
    const l = await tokenLabel();
    return l && !/exposed/.test(l) && /rotate by \d{4}-\d{2}-\d{2}/.test(l);
  }, 'the token to be no longer exposed, its next rotation dated', 15_000);
  assert.doesNotMatch(await tokenRow().innerText(), /exposed/);
  await noValueOnScreen();
});

journey('explorer-rotation 7. Roll back puts the previous keychain value back, is audited, and the restored (committed) value shows as exposed again', 'explorer-rotation-7-rolled-back', async () => {
  await clearNotifications();
  await contextAction('Roll Back Last Rotation…');
  const d = await waitFor(async () => (await ed.dialogs()).find((x) => x.includes(`Put ${NAME}'s previous value back?`)), 'the rollback confirmation', 10_000);
  assert.match(d, new RegExp(`${NAME}__PREVIOUS`));
  await ed.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Roll Back$/ }).first().click();
  await waitFor(() => secretToolLookup(ACCOUNT) === committed, 'the keychain to hold the previous value again', 15_000);
  assert.equal(keychainHolds(`${ACCOUNT}__PREVIOUS`), 'nothing', 'the previous version is used up');
  await waitFor(() => manifest().tokens[NAME].rotatedAt === undefined, 'rotatedAt to leave keyward.json', 10_000);
  const rolled = auditEvents().filter((e) => e.token === NAME && e.action === 'rolled-back');
  assert.deepEqual(rolled.map((e) => e.fingerprint), [fp(committed)], 'one rolled-back event with the restored value\'s fingerprint');
  assert.match(rolled[0]!.detail ?? '', new RegExp(`discarded the value with fingerprint ${fp(next)}`));
  await waitFor(async () => (await ed.treeItems('Audit Log')).some((x) => x.startsWith(`rolled-back ${NAME}`)), 'rolled-back in the Audit Log view', 10_000);
  await waitFor(async () => {
    await ed.treeItems('Token Explorer');
    return /exposed in git history/.test(await tokenLabel());
  }, 'the restored committed value to show as exposed again', 10_000);
  await noValueOnScreen();
});

journey('explorer-rotation 8. Rotate by pasting (manual): a value of the wrong format is refused in the box with the reason; nothing changes', 'explorer-rotation-8-wrong-format', async () => {
  await clearNotifications();
  await contextAction('Edit Token Policy…');
  await ed.answerQuickInput(new RegExp(`policy of ${NAME}`), 'Strategy');
  await ed.answerQuickInput(new RegExp(`how ${NAME} is rotated`), 'manual');
  await waitFor(() => manifest().tokens[NAME].rotation?.strategy === 'manual', 'strategy "manual" in keyward.json', 10_000);

  await ed.treeItems('Token Explorer');
  await inlineAction('Rotate Token');
  // First the offer of GitHub's page; the person already has a new token.
  const offer = await waitFor(async () => (await ed.notifications()).find((n) => n.includes(`create a new GitHub token for ${NAME}`)), 'the offer to open GitHub\'s token page', 15_000);
  assert.match(offer, /Open GitHub Token Page/);
  await ed.page.locator('.notification-toast .monaco-button').filter({ hasText: /^I Have It$/ }).first().click();
  await waitFor(async () => new RegExp(`new value for ${NAME}`).test((await ed.quickInputState())?.title ?? ''), 'the paste box', 10_000);
  const box = ed.page.locator('.quick-input-widget .quick-input-box input');
  assert.equal(await box.getAttribute('type'), 'password', 'the value is pasted into a password box');
  const wrong = `ghp_${rand(20)}`;
  await box.fill(wrong);
  const message = await waitFor(async () => {
    const m = (await ed.page.evaluate(`[...document.querySelectorAll('.quick-input-widget .quick-input-message')].filter((m) => m.offsetParent !== null).map((m) => m.innerText.trim()).join(' ')`)) as string;
    return /does not match/.test(m) ? m : undefined;
  }, 'the paste box to say the value has the wrong format', 10_000);
  assert.match(message, /the value does not match the format of any GitHub token/);
  assert.match(message, /\(24 characters given\)/);
  assert.ok(!message.includes(wrong), 'the message does not quote the value');
  await ed.screenshot('explorer-rotation-8a-refused');
  // Enter does not accept it.
  await ed.press('Enter');
  assert.match((await ed.quickInputState())?.title ?? '', new RegExp(`new value for ${NAME}`), 'the box stays open');
  await ed.press('Escape');
  await waitFor(async () => !(await ed.quickInputState()), 'the box to close');
  await waitFor(async () => /rotation cancelled; nothing was changed/.test(await pageText()), 'the status bar to say nothing changed', 10_000);
  assert.equal(keychainHolds(ACCOUNT), 'the committed token', 'the keychain is unchanged');
  assert.equal(keychainHolds(`${ACCOUNT}__PREVIOUS`), 'nothing');
  assert.equal(manifest().tokens[NAME].rotatedAt, undefined);
  assert.ok(!fs.readFileSync(auditLog, 'utf8').includes(wrong));
});
