/**
 * The user's journeys in a real VS Code (code-server) with the packaged extension, driven through
 * headless Chromium the way a person would: palette, keyboard, quick-fix menu, Problems panel,
 * hovers, the status bar. Each asserts what the person sees and saves a screenshot of its end
 * state in test/e2e/artifacts/. Run by `npm run test:e2e` (scripts/e2e.sh).
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed } from '../unit/fakes.ts';
import { Editor, ROOT, journey as defineJourney, positionOf, renderFixture, waitFor, type Problem, type Tokens } from './harness.ts';

let ed: Editor;
let tokens: Tokens;
let workspace: string;

const journey = (name: string, slug: string, body: () => Promise<void>, timeout?: number) => defineJourney(() => ed, name, slug, body, timeout);

const keyward = (ps: Problem[], file?: string) => ps.filter((p) => /keyward/i.test(p.source + ' ' + p.message) && (!file || p.file === file));

/** No token of the fixture, nor the given ones, appears in `text`. */
function assertNoTokenIn(text: string, where: string, extra: string[] = []): void {
  for (const t of [...Object.values(tokens), ...extra]) {
    assert.ok(!text.includes(t), `${where} shows a full token value (${t.slice(0, 4)}…)`);
    assert.ok(!text.includes(t.slice(4, 24)), `${where} shows most of a token's value (${t.slice(0, 4)}…)`);
  }
}

/** What `keyward scan` says about the workspace on disk (the CLI shares the engine). */
function cliFindings(): { path: string; ruleId: string }[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `keyward scan failed: ${r.stderr}`);
  return JSON.parse(r.stdout).findings;
}

before(async () => {
  workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-e2e-ws-')), 'orders-api');
  tokens = renderFixture(workspace);
  ed = await Editor.launch({ workspace });
}, { timeout: 180_000 });

after(async () => {
  await ed?.close();
  if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
});

journey('1. a hardcoded token is flagged: squiggle, Problems entry, masked hover; typed tokens come and go', 'journey-1-as-you-type', async () => {
  const file = 'src/app.js';
  const token = tokens.ghp_1;
  const at = positionOf(ed.file(file), token);
  await ed.openFile(file);

  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line), `a squiggle on line ${at.line} of ${file}`, 20_000);
  const entries = await waitFor(async () => keyward(await ed.problems(), 'app.js').filter((p) => p.line === at.line), `a Keyward entry for app.js:${at.line} in Problems`, 10_000);
  assert.equal(entries.length, 1, `one Problems entry for the token, got ${JSON.stringify(entries)}`);
  assert.match(entries[0].message, /GitHub/, 'the entry names the provider');
  assert.match(entries[0].message, /ghp_/, 'the entry shows the masked value');
  assertNoTokenIn(JSON.stringify(await ed.problems()), 'the Problems panel');

  await ed.goTo(at.line, at.column + 6);
  const hover = await ed.hover(/What to do|Why it matters/);
  assert.match(hover, /GitHub/, `the hover names the provider: ${hover}`);
  assert.match(hover, /vault|environment|revoke|rotate/i, `the hover says what to do: ${hover}`);
  assertNoTokenIn(hover, 'the hover');
  await ed.screenshot('journey-1a-hover');
  await ed.press('Escape');

  // Type a second token on a new line below: flagged within a second of the last keystroke.
  const second = checksummed('ghp_');
  await ed.goTo(at.line, 1);
  await ed.press('End');
  await ed.press('Enter');
  await ed.typeText(`const backup = '${second}`);
  const typed = Date.now();
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line + 1), 'a squiggle under the typed token within 1 s', 1_000, 25);
  console.log(`# typed token flagged ${Date.now() - typed} ms after its last character was typed`);
  await ed.typeText(`';`);
  await waitFor(async () => keyward(await ed.problems(), 'app.js').some((p) => p.line === at.line + 1), 'a Problems entry for the typed token');
  assertNoTokenIn(JSON.stringify(await ed.problems()), 'the Problems panel', [second]);
  await ed.screenshot('journey-1b-typed');

  // Delete that line: its flag goes, the original stays.
  await ed.goTo(at.line + 1, 1);
  await ed.press('Control+Shift+K');
  await waitFor(async () => !(await ed.squiggles()).some((s) => s.line === at.line + 1), 'the typed token\'s squiggle to clear', 5_000);
  await waitFor(async () => {
    const e = keyward(await ed.problems(), 'app.js');
    return e.length === 1 && e[0].line === at.line;
  }, 'Problems to show only the original app.js entry again', 5_000);
  await ed.save();
  assert.ok((await ed.squiggles()).some((s) => s.line === at.line), 'the original token is still flagged');
});

journey('2. "Ignore this line" and "Add to baseline" clear the flag, and it stays gone after a reload', 'journey-2-ignore-baseline', async () => {
  // Ignore this line, in Python: a `# keyward:ignore` comment, indented like the line.
  const py = 'config/settings.py';
  const pyAt = positionOf(ed.file(py), tokens.ghp_2);
  await ed.openFile(py);
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === pyAt.line), `a squiggle on ${py}:${pyAt.line}`, 20_000);
  await ed.goTo(pyAt.line, pyAt.column + 6);
  await ed.applyQuickFix('Ignore this line');
  await waitFor(async () => (await ed.visibleText()).split('\n')[pyAt.line - 1] === '    # keyward:ignore', 'a "    # keyward:ignore" line above the token', 5_000);
  await waitFor(async () => !(await ed.squiggles()).length, `the squiggle in ${py} to go`, 5_000);
  await waitFor(async () => keyward(await ed.problems(), 'settings.py').length === 0, 'the settings.py entry to leave Problems', 5_000);
  await ed.save();
  assert.match(fs.readFileSync(ed.file(py), 'utf8'), /\n {4}# keyward:ignore\n {4}token = "ghp_/, 'the saved file has the comment above the token');

  // Add to baseline, in Go: .keyward-baseline.json appears, the flag goes, the code is untouched.
  const go = 'cmd/server/main.go';
  const goAt = positionOf(ed.file(go), tokens.gho_1);
  const goBefore = fs.readFileSync(ed.file(go), 'utf8');
  await ed.openFile(go);
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === goAt.line), `a squiggle on ${go}:${goAt.line}`, 20_000);
  await ed.goTo(goAt.line, goAt.column + 6);
  await ed.applyQuickFix('Add to baseline');
  const baseline = ed.file('.keyward-baseline.json');
  await waitFor(() => fs.existsSync(baseline), '.keyward-baseline.json to be written', 5_000);
  await waitFor(async () => !(await ed.squiggles()).length, `the squiggle in ${go} to go`, 5_000);
  await waitFor(async () => keyward(await ed.problems(), 'main.go').length === 0, 'the main.go entry to leave Problems', 5_000);
  assertNoTokenIn(fs.readFileSync(baseline, 'utf8'), '.keyward-baseline.json');
  assert.equal(fs.readFileSync(ed.file(go), 'utf8'), goBefore, 'adding to the baseline does not edit the code');
  await ed.screenshot('journey-2a-before-reload');

  // Reload the window: once the server has flagged app.js again, neither comes back.
  await ed.reload();
  await waitFor(async () => keyward(await ed.problems(), 'app.js').length > 0, 'app.js flagged again after the reload (the server is up)', 30_000);
  const after = await ed.problems();
  assert.deepEqual(keyward(after, 'settings.py'), [], 'the ignored line stays out of Problems after a reload');
  assert.deepEqual(keyward(after, 'main.go'), [], 'the baselined token stays out of Problems after a reload');
  for (const [f, line] of [[py, pyAt.line + 1], [go, goAt.line]] as const) {
    await ed.openFile(f);
    await assertOnlyFreshTokenFlagged(f, line);
  }
});

/**
 * In the open file, a token typed at the end is flagged (so the server has answered for this
 * document) while `quietLine` is not; then the typed line is deleted and the file saved as it was.
 */
async function assertOnlyFreshTokenFlagged(file: string, quietLine: number): Promise<void> {
  const lines = fs.readFileSync(ed.file(file), 'utf8').replace(/\n$/, '').split('\n').length;
  await ed.goTo(lines, 1);
  await ed.press('End');
  await ed.press('Enter');
  await ed.typeText(`x = "${checksummed('ghp_')}"`);
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === lines + 1), `a freshly typed token in ${file} to be flagged`, 10_000);
  const flagged = (await ed.squiggles()).map((s) => s.line);
  assert.ok(!flagged.includes(quietLine), `${file}:${quietLine} is flagged again after the reload (squiggles on ${JSON.stringify(flagged)})`);
  await waitFor(async () => {
    const ls = keyward(await ed.problems(), path.basename(file)).map((p) => p.line);
    assert.ok(!ls.includes(quietLine), `${file}:${quietLine} is back in Problems after the reload`);
    return ls.length === 1 && ls[0] === lines + 1;
  }, `Problems to list only the fresh token in ${file}`, 5_000);
  await ed.screenshot(`journey-2-${path.basename(file)}-after-reload`);
  await ed.goTo(lines + 1, 1);
  await ed.press('Control+Shift+K');
  await ed.save();
  await waitFor(async () => !(await ed.squiggles()).length, `the typed token's squiggle in ${file} to clear`, 5_000);
}

journey('3. "Keyward: Scan Workspace" shows progress, then the count in the status bar and findings in unopened files', 'journey-3-scan-workspace', async () => {
  const expected = cliFindings();
  const neverOpened = ['publish.yml', 'release.sh'];
  for (const f of neverOpened) assert.ok(expected.some((x) => path.basename(x.path) === f), `the CLI finds the token in ${f}`);

  const seen = await ed.recordProgress();
  await ed.runCommand('Keyward: Scan Workspace');
  const progress = await waitFor(async () => {
    const errors = [...(await ed.dialogs()), ...(await ed.notifications()).filter((n) => /error|failed/i.test(n))];
    if (errors.length) throw new Error(`the scan shows an error: ${JSON.stringify(errors)}`);
    const p = (await seen()).filter((s) => /keyward|scan/i.test(s) && /progress/.test(s));
    return p.length ? p : undefined;
  }, 'a progress notification for the scan', 15_000).catch(async (err: Error) => assert.fail(`${err.message}; seen: ${JSON.stringify(await seen())}`));
  console.log(`# progress seen: ${JSON.stringify(progress)}`);

  await waitFor(async () => (await ed.statusBarText('Keyward findings'))?.trim() === String(expected.length), `the status bar to read ${expected.length} (what keyward scan finds)`, 30_000)
    .catch(async (err: Error) => assert.fail(`${err.message}; it reads ${JSON.stringify(await ed.statusBarText('Keyward findings'))}`));
  const problems = await waitFor(async () => {
    const ps = keyward(await ed.problems());
    return neverOpened.every((f) => ps.some((p) => p.file === f)) ? ps : undefined;
  }, `Problems entries for the never-opened ${neverOpened.join(', ')}`, 15_000);
  assertNoTokenIn(JSON.stringify(problems), 'the Problems panel');
  assert.equal(problems.length, expected.length, `Problems lists what keyward scan finds: ${JSON.stringify(problems.map((p) => `${p.file}:${p.line}`))}`);
});

journey('4. "Move to vault…" is offered in the quick-fix menu on a finding', 'journey-4-move-to-vault-offered', async () => {
  const file = 'src/app.js';
  const at = positionOf(ed.file(file), tokens.ghp_1);
  await ed.openFile(file);
  await waitFor(async () => (await ed.squiggles()).some((s) => s.line === at.line), `a squiggle on ${file}:${at.line}`, 20_000);
  await ed.goTo(at.line, at.column + 6);
  const titles = await ed.quickFixes({ keepOpen: true });
  assert.ok(titles.some((t) => /to vault…$/.test(t)), `the quick-fix menu offers "Move … to vault…": ${JSON.stringify(titles)}`);
  // The menu stays open for the end-state screenshot.
});
