/**
 * The language server over stdio with a real JSON-RPC client: capabilities, diagnostics as you
 * type (push and pull), code actions, hover, settings, baseline, custom rules.
 * Run after `npm run build`: node --import tsx --test test/lsp/*.test.ts
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest, DidChangeConfigurationNotification, DocumentDiagnosticRequest, ExecuteCommandRequest, HoverRequest,
  type CodeAction, type Diagnostic, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol';
import { checksummed } from '../unit/fakes.ts';
import { DEFAULT_CAPABILITIES, TestClient, fileUri } from './client.ts';

const TOKEN = checksummed('ghp_');
const DOCS = 'https://github.com/keyward/keyward/blob/main/docs/rules.md#github-pat';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-lsp-'));
}

const msg = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const githubDiag = (d: Diagnostic[]) => d.find((x) => x.code === 'github-pat');

describe('initialize', () => {
  test('declares incremental sync, code action kinds, hover, the baseline command; push diagnostics by default', async () => {
    const c = await TestClient.start();
    try {
      const caps = c.initializeResult.capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
      assert.equal(caps.hoverProvider, true);
      const kinds = (caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
      for (const k of ['quickfix', 'quickfix.keyward.ignore', 'quickfix.keyward.baseline', 'quickfix.keyward.moveToVault', 'quickfix.keyward.moveAllToVault', 'quickfix.keyward.openTokenSettings']) assert.ok(kinds.includes(k), k);
      assert.deepEqual(caps.executeCommandProvider?.commands, ['keyward.addToBaseline']);
      assert.equal(caps.diagnosticProvider, undefined);
      assert.equal(c.initializeResult.serverInfo?.name, 'keyward');
    } finally {
      await c.stop();
    }
  });

  test('declares pull diagnostics when the client supports them', async () => {
    const c = await TestClient.start({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: {} } } });
    try {
      assert.deepEqual(c.initializeResult.capabilities.diagnosticProvider, { identifier: 'keyward', interFileDependencies: false, workspaceDiagnostics: false });
    } finally {
      await c.stop();
    }
  });
});

describe('diagnostics as you type (push)', () => {
  let c: TestClient;
  let dir: string;
  before(async () => {
    dir = tmpdir();
    c = await TestClient.start({ workspaceFolders: [dir] });
  });
  after(() => c.stop());

  test('a token in an opened file: code, link, source, severity, masked message without the value', async () => {
    const uri = fileUri(path.join(dir, 'config.js'));
    await c.open(uri, `const x = 1;\nconst githubToken = "${TOKEN}";\n`, 'javascript');
    const diags = await c.waitForDiagnostics(uri, (d) => d.length > 0);
    const d = githubDiag(diags)!;
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.source, 'keyward');
    assert.equal(d.codeDescription?.href, DOCS);
    assert.equal(d.severity, 1); // checksum verified → error
    assert.deepEqual(d.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 61 } });
    assert.match(msg(d), /GitHub/);
    assert.ok(msg(d).includes(TOKEN.slice(0, 4) + '…(40 chars)'), msg(d));
    assert.ok(!msg(d).includes(TOKEN), 'the message must not contain the value');
    assert.ok(!JSON.stringify(diags).includes(TOKEN), 'nothing in the diagnostics contains the value');
    const data = d.data as { revokeUrl?: string; hint?: string };
    assert.equal(data.revokeUrl, 'https://github.com/settings/tokens');
    assert.ok(data.hint);
  });

  test('didChange adding then removing a token updates the diagnostics', async () => {
    const uri = fileUri(path.join(dir, 'app.py'));
    await c.open(uri, 'import os\n\nprint("hello")\n', 'python');
    await c.waitForDiagnostics(uri, (d) => d.length === 0);
    await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `TOKEN = "${TOKEN}"` }]);
    const diags = await c.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.equal(diags[0].range.start.line, 1);
    await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 + TOKEN.length } }, text: '' }]);
    await c.waitForDiagnostics(uri, (d) => d.length === 0);
    await c.close(uri);
  });

  test('untitled documents are checked too', async () => {
    const uri = 'untitled:Untitled-1';
    await c.open(uri, `token: ${TOKEN}\n`);
    const diags = await c.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.equal(diags[0].code, 'github-pat');
  });

  test('the client is told the finding count', async () => {
    await c.waitFor(() => c.counts.length > 0 && c.counts[c.counts.length - 1] >= 1, 'a keyward/findingCount');
  });

  test('a document over maxFileSize gets one information diagnostic and is not scanned', async () => {
    const uri = fileUri(path.join(dir, 'big.txt'));
    c.settings = () => ({ maxFileSize: 100 });
    await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await c.open(uri, `${'x'.repeat(200)}\n${TOKEN}\n`);
    const diags = await c.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'file-too-large');
    assert.equal(diags[0].severity, 3);
    c.settings = () => ({});
    await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await c.waitForDiagnostics(uri, (d) => d.length === 1 && d[0].code === 'github-pat');
    await c.close(uri);
  });
});

describe('pull diagnostics', () => {
  test('textDocument/diagnostic answers with the findings; nothing is pushed for open documents', async () => {
    const c = await TestClient.start({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: {} } } });
    try {
      const uri = fileUri(path.join(tmpdir(), 'a.ts'));
      await c.open(uri, `export const key = '${TOKEN}';\n`, 'typescript');
      const report = await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      const items = (report as { items: Diagnostic[] }).items;
      assert.equal(items.length, 1);
      assert.equal(items[0].code, 'github-pat');
      assert.ok(!JSON.stringify(items).includes(TOKEN));
      const again = await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: (report as { resultId?: string }).resultId });
      assert.equal(again.kind, 'unchanged');
      await c.change(uri, [{ text: 'export const key = process.env.KEY;\n' }]);
      const after = await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.deepEqual((after as { items: Diagnostic[] }).items, []);
      assert.equal(c.diagnostics.has(uri), false, 'no publishDiagnostics for a pulled document');
    } finally {
      await c.stop();
    }
  });
});

describe('code actions and hover', () => {
  let c: TestClient;
  let dir: string;
  before(async () => {
    dir = tmpdir();
    c = await TestClient.start({ workspaceFolders: [dir] });
  });
  after(() => c.stop());

  async function actionsFor(name: string, languageId: string, text: string): Promise<{ uri: string; actions: CodeAction[]; diag: Diagnostic }> {
    const uri = fileUri(path.join(dir, name));
    await c.open(uri, text, languageId);
    const diags = await c.waitForDiagnostics(uri, (d) => d.length > 0);
    const diag = githubDiag(diags)!;
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    return { uri, actions, diag };
  }

  const ignoreEdit = (uri: string, actions: CodeAction[]): TextEdit | undefined =>
    actions.find((a) => a.kind === 'quickfix.keyward.ignore')?.edit?.changes?.[uri]?.[0];

  const cases: [string, string, string, string][] = [
    ['a.js', 'javascript', `function f() {\n    const githubToken = "${TOKEN}";\n}\n`, '    // keyward:ignore\n'],
    ['b.py', 'python', `def f():\n    GITHUB_TOKEN = "${TOKEN}"\n`, '    # keyward:ignore\n'],
    ['c.yaml', 'yaml', `env:\n  token: ${TOKEN}\n`, '  # keyward:ignore\n'],
    ['d.html', 'html', `<body>\n\t<meta name="token" content="${TOKEN}">\n</body>\n`, '\t<!-- keyward:ignore -->\n'],
  ];
  for (const [name, lang, text, expected] of cases) {
    test(`"Ignore this line" in ${lang} inserts ${JSON.stringify(expected)} above the line, and it suppresses the finding`, async () => {
      const { uri, actions, diag } = await actionsFor(name, lang, text);
      const edit = ignoreEdit(uri, actions);
      assert.ok(edit, JSON.stringify(actions));
      assert.equal(edit.newText, expected);
      assert.deepEqual(edit.range, { start: { line: diag.range.start.line, character: 0 }, end: { line: diag.range.start.line, character: 0 } });
      // Apply it as a client would: the diagnostic goes away.
      await c.change(uri, [{ range: edit.range, text: edit.newText }]);
      await c.waitForDiagnostics(uri, (d) => d.length === 0);
    });
  }

  test('the full list: kinds, Move to vault arguments, token settings URL; JSON gets no ignore action', async () => {
    const { uri, actions, diag } = await actionsFor('settings.ts', 'typescript', `export const config = {\n  githubToken: "${TOKEN}",\n};\n`);
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix.keyward.moveToVault', 'quickfix.keyward.ignore', 'quickfix.keyward.baseline', 'quickfix.keyward.openTokenSettings']);
    const vault = actions[0];
    assert.equal(vault.isPreferred, true);
    assert.equal(vault.command?.command, 'keyward.moveToVault');
    assert.deepEqual(vault.command?.arguments, [{ uri, range: diag.range, ruleId: 'github-pat', provider: 'GitHub', suggestedName: 'GITHUB_TOKEN', version: 1, revokeUrl: 'https://github.com/settings/tokens' }]);
    assert.equal(actions[3].title, 'Open GitHub token settings');
    assert.deepEqual(actions[3].command, { title: 'Open GitHub token settings', command: 'keyward.openUrl', arguments: ['https://github.com/settings/tokens'] });
    assert.ok(!JSON.stringify(actions).includes(TOKEN), 'no action carries the value');

    const only = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix.keyward.ignore'] } })) as CodeAction[];
    assert.deepEqual(only.map((a) => a.kind), ['quickfix.keyward.ignore']);

    const json = await actionsFor('package.json', 'json', `{\n  "token": "${TOKEN}"\n}\n`);
    assert.deepEqual(json.actions.map((a) => a.kind), ['quickfix.keyward.moveToVault', 'quickfix.keyward.baseline', 'quickfix.keyward.openTokenSettings']);
  });

  test('"Move all N tokens in this file to vault" is offered when a file has two or more, with every finding (no values)', async () => {
    const t2 = checksummed('ghp_');
    const text = `const a = "${TOKEN}";\nconst b = "${t2}";\n`;
    const uri = fileUri(path.join(dir, 'two.js'));
    await c.open(uri, text, 'javascript');
    const diags = await c.waitForDiagnostics(uri, (d) => d.length === 2);
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: [diags[0]!] } })) as CodeAction[];
    const all = actions.find((a) => a.kind === 'quickfix.keyward.moveAllToVault');
    assert.ok(all, JSON.stringify(actions.map((a) => a.kind)));
    assert.equal(all.title, 'Move all 2 tokens in this file to vault');
    assert.equal(all.command?.command, 'keyward.moveAllToVault');
    const args = all.command?.arguments?.[0] as { uri: string; version: number; findings: { range: unknown; ruleId: string; provider: string }[] };
    assert.equal(args.uri, uri);
    assert.equal(args.version, 1);
    assert.deepEqual(args.findings.map((f) => f.range), diags.map((d) => d.range).sort((x, y) => x.start.line - y.start.line));
    assert.ok(!JSON.stringify(actions).includes(TOKEN) && !JSON.stringify(actions).includes(t2), 'no action carries a value');
  });

  test('suggested names come from the variable, UPPER_SNAKE, or from the provider', async () => {
    const a = await actionsFor('n1.js', 'javascript', `const stripeKeyForOrders = "${TOKEN}";\n`);
    assert.equal((a.actions[0].command?.arguments?.[0] as { suggestedName: string }).suggestedName, 'STRIPE_KEY_FOR_ORDERS');
    const b = await actionsFor('n2.txt', 'plaintext', `${TOKEN}\n`);
    assert.equal((b.actions[0].command?.arguments?.[0] as { suggestedName: string }).suggestedName, 'GITHUB_TOKEN');
  });

  test('hover shows provider, rule, why, what to do, masked value only', async () => {
    const uri = fileUri(path.join(dir, 'hover.go'));
    await c.open(uri, `package main\n\nvar token = "${TOKEN}"\n`, 'go');
    await c.waitForDiagnostics(uri, (d) => d.length === 1);
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } });
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /\*\*GitHub\*\*/);
    assert.match(md, /GitHub personal access token \\\(classic\\\)/);
    assert.match(md, /Why it matters/);
    assert.match(md, /What to do/);
    assert.ok(md.includes('https://github.com/settings/tokens'));
    assert.ok(md.includes(TOKEN.slice(0, 4) + '…(40 chars)'));
    assert.ok(!md.includes(TOKEN));
    const none = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(none, null);
  });

  test('"Add to baseline" writes .keyward-baseline.json (no value in it) and the diagnostic goes away', async () => {
    const { uri, actions } = await actionsFor('baselined.rb', 'ruby', `TOKEN = "${TOKEN}"\n`);
    const action = actions.find((a) => a.kind === 'quickfix.keyward.baseline')!;
    const r = await c.conn.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
    const file = path.join(dir, '.keyward-baseline.json');
    assert.deepEqual(r, { file });
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(!text.includes(TOKEN));
    const b = JSON.parse(text) as { findings: { ruleId: string; path: string }[] };
    assert.deepEqual(b.findings.map((e) => [e.ruleId, e.path]), [['github-pat', 'baselined.rb']]);
    await c.waitForDiagnostics(uri, (d) => d.length === 0);
  });
});

describe('settings', () => {
  test('asked per document; a rule turned off disappears after didChangeConfiguration; severity override', async () => {
    const dir = tmpdir();
    let rules: Record<string, string> = {};
    const c = await TestClient.start({ workspaceFolders: [dir], settings: () => ({ rules }) });
    try {
      const uri = fileUri(path.join(dir, 's.sh'));
      await c.open(uri, `echo ${TOKEN}\n`, "shellscript");
      await c.waitForDiagnostics(uri, (d) => d.length === 1 && d[0].severity === 1);
      assert.ok(c.configurationRequests.includes(uri), 'settings asked for the document');
      rules = { 'github-pat': 'info' };
      await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await c.waitForDiagnostics(uri, (d) => d.length === 1 && d[0].severity === 3);
      rules = { 'github-pat': 'off' };
      await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await c.waitForDiagnostics(uri, (d) => d.length === 0);
    } finally {
      await c.stop();
    }
  });

  test('clients without workspace/configuration: settings from didChangeConfiguration apply everywhere', async () => {
    const c = await TestClient.start({ capabilities: { textDocument: {} } });
    try {
      const uri = 'untitled:plain';
      await c.open(uri, `${TOKEN}\n`);
      await c.waitForDiagnostics(uri, (d) => d.length === 1);
      await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { keyward: { enable: false } } });
      await c.waitForDiagnostics(uri, (d) => d.length === 0);
    } finally {
      await c.stop();
    }
  });

  test('custom rules: valid ones find matches, invalid ones are reported on the rules file', async () => {
    const dir = tmpdir();
    const rulesFile = path.join(dir, 'keyward-rules.json');
    fs.writeFileSync(rulesFile, JSON.stringify([
      { id: 'acme-key', title: 'Acme API key', provider: 'Acme', regex: '\\b(acme_[a-z0-9]{24})\\b', keywords: ['acme_'], confidence: 'high', revokeUrl: 'https://acme.example/keys' },
      { id: 'bad-regex', regex: '([a-z]+)+$', keywords: ['x'] },
      { id: 'bad-url', regex: 'zz[0-9]{8}', keywords: ['zz'], revokeUrl: 'command:workbench.action.terminal.new' },
    ], null, 2));
    const c = await TestClient.start({ workspaceFolders: [dir], settings: () => ({ customRules: 'keyward-rules.json' }), initializationOptions: { trusted: false } });
    try {
      const uri = fileUri(path.join(dir, 'acme.js'));
      await c.open(uri, `const acmeKey = "acme_k3j9x0q8w7e6r5t4y3u2i1o0";\n`, 'javascript');
      const d = await c.waitForDiagnostics(uri, (x) => x.length === 1);
      assert.equal(d[0].code, 'acme-key');
      const errs = await c.waitForDiagnostics(fileUri(rulesFile), (x) => x.length === 2);
      assert.match(msg(errs[0]), /bad-regex.*exponential/);
      assert.match(msg(errs[1]), /bad-url.*https/);
      assert.equal(errs[0].range.start.line, 13); // its "id" line
      await c.waitFor(() => c.shown.some((m) => m.includes('custom rules')), 'a showMessage about custom rules');
    } finally {
      await c.stop();
    }
  });
});
