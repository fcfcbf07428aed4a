/**
 * The workspace scan over stdio: work-done progress, diagnostics for closed files, ignore files,
 * keyward/scanWorkspace, keyward/findingCount, watched-file changes, cancellation; and IPC.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { DidChangeWatchedFilesNotification, InitializeRequest, ShutdownRequest, ExitNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { checksummed } from '../unit/fakes.ts';
import { SERVER, TestClient, fileUri } from './client.ts';

const TOKEN = checksummed('ghp_');

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('workspace scan', () => {
  test('scans closed files in the background with progress; honours .gitignore and the ignore setting', async () => {
    const root = workspace({
      '.gitignore': 'dist/\n',
      'src/config.js': `module.exports = { token: "${TOKEN}" };\n`,
      'src/clean.js': 'module.exports = {};\n',
      'deploy/ci.yml': `env:\n  GH_TOKEN: ${checksummed('ghp_')}\n`,
      'dist/bundle.js': `var t="${TOKEN}";\n`,
      'fixtures/skip.txt': `${TOKEN}\n`,
    });
    const c = await TestClient.start({ workspaceFolders: [root], initializationOptions: { scanOnStartup: true }, settings: () => ({ ignore: ['fixtures/'] }) });
    try {
      const config = fileUri(path.join(root, 'src/config.js'));
      const ci = fileUri(path.join(root, 'deploy/ci.yml'));
      await c.waitForDiagnostics(config, (d) => d.length === 1 && d[0].code === 'github-pat');
      await c.waitForDiagnostics(ci, (d) => d.length === 1);
      await c.waitFor(() => c.progress.some((p) => p.value.kind === 'end'), 'progress end');
      const token = c.progressCreated[0];
      assert.ok(token !== undefined, 'window/workDoneProgress/create was sent');
      const mine = c.progress.filter((p) => p.token === token);
      assert.equal(mine[0].value.kind, 'begin');
      assert.equal(mine[0].value.title, 'Keyward: scanning workspace');
      assert.equal(mine[0].value.cancellable, true);
      assert.equal(mine[mine.length - 1].value.kind, 'end');
      assert.ok(!c.diagnostics.get(fileUri(path.join(root, 'dist/bundle.js')))?.length, 'gitignored file not scanned');
      assert.ok(!c.diagnostics.get(fileUri(path.join(root, 'fixtures/skip.txt')))?.length, 'keyward.ignore glob honoured');
      await c.waitFor(() => c.counts[c.counts.length - 1] === 2, 'finding count 2');
      assert.ok(!JSON.stringify([...c.diagnostics.values()]).includes(TOKEN));

      // The watcher was registered dynamically.
      assert.ok(c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));

      // keyward/scanWorkspace runs it again and answers with totals.
      const r = await c.conn.sendRequest<{ files: number; findings: number; cancelled: boolean }>('keyward/scanWorkspace', {});
      // Without params too: vscode-jsonrpc then hands the handler only the cancellation token.
      const bare = await c.conn.sendRequest<{ files: number; findings: number; cancelled: boolean }>('keyward/scanWorkspace');
      assert.equal(bare.findings, r.findings);
      assert.equal(r.findings, 2);
      assert.equal(r.cancelled, false);
      assert.ok(r.files >= 4, JSON.stringify(r));

      // A changed file is re-scanned; a deleted one loses its diagnostics.
      const added = path.join(root, 'src/new.py');
      fs.writeFileSync(added, `API_TOKEN = "${TOKEN}"\n`);
      await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(added), type: FileChangeType.Created }] });
      await c.waitForDiagnostics(fileUri(added), (d) => d.length === 1);
      await c.waitFor(() => c.counts[c.counts.length - 1] === 3, 'finding count 3');
      fs.writeFileSync(path.join(root, 'src/config.js'), 'module.exports = { token: process.env.GH_TOKEN };\n');
      fs.rmSync(added);
      await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: config, type: FileChangeType.Changed }, { uri: fileUri(added), type: FileChangeType.Deleted }],
      });
      await c.waitForDiagnostics(config, (d) => d.length === 0);
      await c.waitForDiagnostics(fileUri(added), (d) => d.length === 0);
      await c.waitFor(() => c.counts[c.counts.length - 1] === 1, 'finding count 1');

      // Opening a scanned file: its open-document diagnostics take over; closing goes back to disk.
      await c.open(ci, fs.readFileSync(path.join(root, 'deploy/ci.yml'), 'utf8'), 'yaml');
      await c.change(ci, [{ text: 'env: {}\n' }]);
      await c.waitForDiagnostics(ci, (d) => d.length === 0);
      await c.close(ci);
      await c.waitForDiagnostics(ci, (d) => d.length === 1);
    } finally {
      await c.stop();
    }
  });

  test('cancelling keyward/scanWorkspace stops the scan and ends the progress', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`d${i % 30}/f${i}.txt`] = `line ${i}\n`.repeat(20);
    const root = workspace(files);
    const c = await TestClient.start({ workspaceFolders: [root] });
    try {
      const source = new (await import('vscode-jsonrpc')).CancellationTokenSource();
      const p = c.conn.sendRequest('keyward/scanWorkspace', { workDoneToken: 'scan-1' }, source.token);
      await c.waitFor(() => c.progress.some((e) => e.token === 'scan-1' && e.value.kind === 'begin'), 'progress begin');
      source.cancel();
      await assert.rejects(p, (err: Error & { code?: number }) => err.code === -32800);
      await c.waitFor(() => c.progress.some((e) => e.token === 'scan-1' && e.value.kind === 'end'), 'progress end after cancel');
      assert.ok(c.logs.some((l) => /Workspace scan cancelled/.test(l)) || (await c.waitFor(() => c.logs.some((l) => /Workspace scan cancelled/.test(l)), 'a log line')));
    } finally {
      await c.stop();
    }
  });
});

describe('transports', () => {
  test('the server speaks LSP over Node IPC too', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const r = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { scanOnStartup: false } });
      assert.equal(r.serverInfo?.name, 'keyward');
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
