/**
 * The VS Code face of Keyward: starts the language server, shows the workspace's finding count,
 * and registers the commands. Two disposable scopes, as rust-analyzer does: the extension's
 * (commands, status bar: live as long as the extension) and the client's (everything tied to one
 * running server, disposed on restart).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands.ts';
import { FindingCount } from './status.ts';
import { registerExplorer } from './explorer/index.ts';

export interface Ctx {
  readonly extension: vscode.ExtensionContext;
  readonly output: vscode.LogOutputChannel;
  readonly status: FindingCount;
  /** The running client, or undefined (commands that need it say so). */
  client: LanguageClient | undefined;
  clientScope: vscode.Disposable[];
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

let ctx: Ctx | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Keyward', { log: true });
  const status = new FindingCount();
  extension.subscriptions.push(output, status);

  const c: Ctx = {
    extension,
    output,
    status,
    client: undefined,
    clientScope: [],
    async start() {
      const module = extension.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
      };
      const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
        outputChannel: output,
        // Nothing a workspace contains may make the server run a command; it is told whether it may
        // load workspace-provided configuration that goes beyond data.
        initializationOptions: { trusted: vscode.workspace.isTrusted },
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*') },
      };
      const client = new LanguageClient('keyward', 'Keyward', serverOptions, clientOptions);
      c.client = client;
      c.clientScope.push(
        client.onNotification('keyward/findingCount', (p: { count: number }) => status.set(p.count)),
        client.onDidChangeState((e) => {
          if (e.newState === State.Stopped) status.stopped();
        }),
      );
      await client.start();
      status.set(0);
    },
    async stop() {
      const client = c.client;
      c.client = undefined;
      for (const d of c.clientScope.splice(0)) d.dispose();
      if (client) await client.stop();
    },
    async restart() {
      await c.stop();
      await c.start();
    },
  };
  ctx = c;
  registerCommands(c);
  registerExplorer(c);
  extension.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void c.restart()));
  try {
    await c.start();
  } catch (err) {
    output.error(`Keyward language server failed to start: ${(err as Error).message}`);
    void vscode.window.showErrorMessage('Keyward: the language server failed to start. See Keyward: Show Output.');
  }
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
