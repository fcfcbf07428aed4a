/**
 * A real LSP client for the server tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC
 * through vscode-jsonrpc, answers the server's requests (configuration, progress, registration)
 * and records what it is sent. `waitFor` re-checks a predicate on every message, with a deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

export interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Answer to workspace/configuration for a scope URI (section keyward). */
  settings?: (scopeUri: string | undefined) => unknown;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
};

export const fileUri = (p: string) => pathToFileURL(p).href;

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly progress: ProgressEvent[] = [];
  readonly progressCreated: (string | number)[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly counts: number[] = [];
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  readonly configurationRequests: (string | undefined)[] = [];
  refreshes = 0;
  initializeResult!: InitializeResult;
  settings: (scopeUri: string | undefined) => unknown;
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, settings: StartOptions['settings']) {
    this.settings = settings ?? (() => ({}));
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new TestClient(proc, conn, options.settings);
    proc.stderr!.on('data', (d: Buffer) => (c.stderr += d.toString()));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      c.diagnostics.set(p.uri, p.diagnostics);
      c.poke();
    });
    conn.onNotification('$/progress', (p: ProgressEvent) => {
      c.progress.push(p);
      c.poke();
    });
    conn.onNotification('keyward/findingCount', (p: { count: number }) => {
      c.counts.push(p.count);
      c.poke();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      c.logs.push(p.message);
      c.poke();
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      c.shown.push(p.message);
      c.poke();
    });
    conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      c.shown.push(p.message);
      c.poke();
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      c.progressCreated.push(p.token);
      c.poke();
      return null;
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      c.registrations.push(...p.registrations);
      c.poke();
      return null;
    });
    conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      return p.items.map((item) => {
        c.configurationRequests.push(item.scopeUri);
        return item.section === 'keyward' ? c.settings(item.scopeUri) : null;
      });
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      c.refreshes++;
      c.poke();
      return null;
    });
    conn.listen();
    const folders = options.workspaceFolders ?? [];
    c.initializeResult = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.length ? folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })) : null,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: { scanOnStartup: false, ...options.initializationOptions },
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return c;
  }

  private poke(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the predicate's first truthy value; rejects at the deadline with `what`. */
  waitFor<T>(predicate: () => T | undefined | false | null, what = 'condition', deadlineMs = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let v: T | undefined | false | null;
        try {
          v = predicate();
        } catch (err) {
          finish();
          reject(err as Error);
          return;
        }
        if (v) {
          finish();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}; server log: ${this.logs.slice(-5).join(" / ")}`));
      }, deadlineMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Diagnostics for a URI once `accept` holds for them. */
  waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean, deadlineMs = 5000): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const d = this.diagnostics.get(uri);
      return d && accept(d) ? d : undefined;
    }, `diagnostics for ${uri} (last: ${JSON.stringify(this.diagnostics.get(uri)?.map((d) => [d.code, d.severity]))})`, deadlineMs);
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
